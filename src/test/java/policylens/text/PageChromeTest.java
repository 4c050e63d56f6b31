package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageChromeTest {
    @Test
    void recognizesNavigationAndPageChromeFromRealPages() {
        for (String chrome : List.of(
                "当前位置:主页 > 新闻中心 > 产业规划 >",
                "当前位置: 新能源网 » 新能源政策法规 » 新能源政策法规库 » 正文",
                "您当前所在位置: 首页 > 部门公开信息 > 县政府综合部门 > 县审计局 > 规划计划",
                "来源:高新院 achie.org 日期:2025-10-16 点击:",
                "日期:2026-01-09    来源:新余市人民政府",
                "手机扫码看资讯", "文章二维码", "访问量:", "关怀版 无障碍 无障碍",
                "关键词: 锂电池 新能源产业 零碳园区", "返回 国际新能源网 首页", "0条 [查看全部]   相关评论",
                "新闻发布会现场(薛声军 摄)", "新余城区鸟瞰图 郭锋杰摄", "Network", "09:22", "国际新能源网")) {
            assertTrue(PageChrome.isChrome(chrome), chrome);
        }
    }

    @Test
    void keepsArticleText() {
        for (String text : List.of(
                "江西省产业集群提能升级实施方案", "一、总体要求", "2025年8月28日", "(此件主动公开)",
                "江西省工业强省建设工作领导小组", "市工信局、市发改委",
                "到2028年,力争全市集群规模突破2000亿元。")) {
            assertFalse(PageChrome.isChrome(text), text);
        }
    }

    @Test
    void dropsTheFooterAfterTheArticleAndRemembersWhatItDropped() {
        List<String> lines = List.of("日期:2026-01-09 来源:新余市人民政府", "新余市产业集群提能升级三年行动方案(2026-2028年)",
                "一、总体要求", "到2028年,力争全市集群规模突破2000亿元。", "市工信局、市发改委",
                "返回 国际新能源网 首页", "风电头条", "国际能源网站群");
        Page page = new PageChrome().apply(Page.of(lines));
        assertEquals(List.of("新余市产业集群提能升级三年行动方案(2026-2028年)", "一、总体要求",
                "到2028年,力争全市集群规模突破2000亿元。", "市工信局、市发改委"), page.lines());
        assertTrue(page.dropped().contains("日期:2026-01-09 来源:新余市人民政府"));
        assertTrue(page.dropped().contains("风电头条"));
    }

    @Test
    void dropsTheSiteHeaderAboveTheBreadcrumb() {
        Page page = new PageChrome().apply(Page.of(List.of("新余市人民政府", "政务公开 政务服务 互动交流",
                "当前位置: 首页 > 政策文件 > 正文", "新余市产业集群提能升级三年行动方案(2026-2028年)",
                "一、总体要求", "坚定不移实施工业强省战略。", "二、重点任务", "(一)优化集群空间布局。")));
        assertEquals("新余市产业集群提能升级三年行动方案(2026-2028年)", page.lines().get(0));
        assertTrue(page.dropped().contains("新余市人民政府"));
    }

    @Test
    void aNumberInATableFlattenedOneCellPerLineIsKeptButAPageNumberIsNot() {
        // Fengxian 附件1: 青村镇 / 1145.10 / 77 …; a PDF page number —10— between a units line and a task line
        Page page = new PageChrome().apply(Page.of(java.util.List.of("青村镇", "1145.10", "77", "总计", "700",
                "备注:1.整治重点类型中,C类和D类违法用地数据互有重叠。", "市工信局、市商务局、市科技局", "—10—", "3.完善集群建设模式")));
        assertEquals(java.util.List.of("青村镇", "1145.10", "77", "总计", "700",
                "备注:1.整治重点类型中,C类和D类违法用地数据互有重叠。", "市工信局、市商务局、市科技局", "3.完善集群建设模式"), page.lines());
    }

    @Test
    void aViewCountBesideTheShareButtonsAndAPagesTitleLineAreChrome() {
        // guangdong-guangzhou-v2g-pilot-city-work-plan-2025-2027: 分享到 / 318次; yunnan: the page's <title> copied
        Page page = new PageChrome().apply(Page.of(java.util.List.of("分享到", "318次", "穗工信函〔2025〕255号",
                "明年底建成25万枪！云南印发方案服务电车充电_云南省交通运输厅", "每季度开展检查不少于2次", "12次")));
        assertEquals(java.util.List.of("穗工信函〔2025〕255号", "每季度开展检查不少于2次", "12次"), page.lines(),
                "a count of times elsewhere (a table cell) stays");
    }
}
