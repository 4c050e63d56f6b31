package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PipeTablesTest {
    private static List<String> apply(String... lines) {
        return new PipeTables().apply(Page.of(List.of(lines))).lines();
    }

    @Test
    void aPipeTableInPlainTextBecomesTabRowsWithoutItsRule() {
        // heldout/resp-probes/r8.txt (a constructed district plan whose activity table is a pipe table in a .txt)
        List<String> out = apply("附件：兴华区2024年促消费活动安排表",
                "| 序号 | 活动名称 | 主要内容 | 责任主体 | 配合单位 | 时间安排 |",
                "| --- | --- | --- | --- | --- | --- |",
                "| 1 | 兴华消费季启动仪式 | 在兴华万达广场举办消费季启动仪式，发放政府消费券1000万元 | 区商务委 | 区财政局、区融媒体中心 | 2024年4月 |",
                "以上活动由区商务委统筹。");
        assertEquals(List.of("附件：兴华区2024年促消费活动安排表",
                "序号\t活动名称\t主要内容\t责任主体\t配合单位\t时间安排",
                "1\t兴华消费季启动仪式\t在兴华万达广场举办消费季启动仪式，发放政府消费券1000万元\t区商务委\t区财政局、区融媒体中心\t2024年4月",
                "以上活动由区商务委统筹。"), out);
    }

    @Test
    void aLineThatOnlyOpensWithAPipeIsLeftAlone() {
        List<String> lines = List.of("| 注：本表数据截至2024年底", "（一）加快建设。");
        assertEquals(lines, apply(lines.toArray(String[]::new)));
    }

    @Test
    void aTableCopiedWithoutOuterPipesOrRuleCountsFromThreeRowsOfThreeCells() {
        // heldout/target-probes/t7.txt (constructed): an indicator table pasted from a web page
        List<String> out = apply("县域商业体系提质升级主要指标表", "指标 | 单位 | 2024年 | 2025年", "农村网络零售额 | 万亿元 | 2.56 | 2.7",
                "农产品冷链流通率 | % | 24 | 27", "（二）加大资金支持。");
        assertEquals(List.of("县域商业体系提质升级主要指标表", "指标\t单位\t2024年\t2025年", "农村网络零售额\t万亿元\t2.56\t2.7",
                "农产品冷链流通率\t%\t24\t27", "（二）加大资金支持。"), out);
        // two lines, or rows of different widths, are no table
        List<String> two = List.of("甲 | 乙 | 丙", "1 | 2 | 3");
        assertEquals(two, apply(two.toArray(String[]::new)));
        List<String> ragged = List.of("甲 | 乙 | 丙", "1 | 2", "3 | 4 | 5");
        assertEquals(ragged, apply(ragged.toArray(String[]::new)));
    }
}
