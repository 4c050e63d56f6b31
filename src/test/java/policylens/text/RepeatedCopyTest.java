package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepeatedCopyTest {
    private static final List<String> ARTICLE = List.of(
            "《江西省产业集群提能升级实施方案》印发",
            "现将《江西省产业集群提能升级实施方案》印发给你们,请认真贯彻执行。",
            "江西省工业强省建设工作领导小组",
            "一、总体要求",
            "坚定实施工业强省战略,把产业集群作为工业高质量发展总牵引和总抓手。",
            "力争用三年左右时间,全省工业集群化发展态势明显形成,集群综合竞争力明显提升。",
            "(一)优化集群空间布局。编制出台“十五五”推进新型工业化发展规划。(责任单位:省工业和信息化厅)");

    @Test
    void keepsOneCopyOfAnArticlePrintedTwice() {
        List<String> page = new ArrayList<>(ARTICLE);
        page.add("来源:江西省工业强省建设工作领导小组");
        page.add("主页 > 新闻中心 > 产业规划 >");
        page.addAll(ARTICLE);
        Page out = new RepeatedCopy().apply(Page.of(page));
        assertEquals(ARTICLE, out.lines());
    }

    @Test
    void leavesAnArticleWithRepeatedSentencesAlone() {
        // A target stated in the body and again in an annex is two mentions, not a printed copy.
        List<String> page = List.of(
                "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。",
                "附件2",
                "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。",
                "市工信局、市重点产业链牵头单位");
        assertEquals(page, new RepeatedCopy().apply(Page.of(page)).lines());
    }
}
