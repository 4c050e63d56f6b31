package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Data tables saved one cell per paragraph are read back as rows of tab-separated cells. */
class FlatGridsTest {
    private static List<String> rebuild(String... lines) {
        return new FlatGrids().apply(Page.of(List.of(lines))).lines();
    }

    /** The rows of a tab-separated table written one cell per line, the way a web page's table is saved as paragraphs. */
    static List<String> flatten(String... rows) {
        List<String> lines = new ArrayList<>();
        for (String row : rows) {
            lines.addAll(List.of(row.split("\t")));
        }
        return lines;
    }

    @Test
    void rebuildsTheRowsOfAPlaceTableOneCellPerLine() {
        List<String> table = List.of("街镇\t总任务量\t2024年(30%)\t2025年(40%)\t2026年(30%)",
                "东关镇\t200\t60\t80\t60", "西关镇\t100\t30\t40\t30");
        List<String> lines = new ArrayList<>(List.of("附件1", "农村公路建设任务量分解表", "单位:亩"));
        lines.addAll(flatten(table.toArray(String[]::new)));
        lines.add("抄送:区委各部门");
        List<String> expected = new ArrayList<>(List.of("附件1", "农村公路建设任务量分解表", "单位:亩"));
        expected.addAll(table);
        expected.add("抄送:区委各部门");
        assertEquals(expected, rebuild(lines.toArray(String[]::new)));
    }

    @Test
    void aTotalRowWhoseNumberCellWasMergedIntoItsNameKeepsItsPlace() {
        assertEquals(List.of("序号\t区县\t2025年\t2026年", "1\t东湖区\t40\t60", "2\t西湖区\t30\t50", "\t合计\t70\t110"),
                rebuild("序号", "区县", "2025年", "2026年", "1", "东湖区", "40", "60", "2", "西湖区", "30", "50",
                        "合计", "70", "110"));
    }

    @Test
    void anIndicatorTableWithAUnitColumn() {
        String[] table = {"序号\t指标名称\t单位\t2024年基数\t2026年目标", "1\t规上工业营业收入\t亿元\t4100\t5000",
                "2\t高新技术企业数量\t家\t210\t280以上", "3\t规上工业企业研发投入占比\t%\t1.8\t2.5左右"};
        assertEquals(List.of(table), rebuild(flatten(table).toArray(String[]::new)));
    }

    @Test
    void aHeaderCellSpanningTheYearsBelowItIsNoColumn() {
        // 年度任务 over 2024年 / 2025年: the rows have three cells, not four
        assertEquals(List.of("街镇\t2024年\t2025年", "城关镇\t36\t48", "新华镇\t20\t30"),
                rebuild("街镇", "年度任务", "2024年", "2025年", "城关镇", "36", "48", "新华镇", "20", "30"));
        // 总任务量（亩） beside the years is a column of its own: the rows say which
        assertEquals(List.of("街镇\t总任务量(亩)\t2024年\t2025年", "城关镇\t84\t36\t48", "新华镇\t50\t20\t30"),
                rebuild("街镇", "总任务量(亩)", "2024年", "2025年", "城关镇", "84", "36", "48", "新华镇", "50", "20", "30"));
    }

    @Test
    void aRemarksColumnLeftEmptyInEveryRowIsDropped() {
        assertEquals(List.of("单位\t任务量(个)", "区绿化市容局\t12", "各街道办事处\t30"),
                rebuild("单位", "任务量(个)", "备注", "区绿化市容局", "12", "各街道办事处", "30"));
    }

    @Test
    void aFlattenedTaskTableIsLeftAsItIs() {
        // shanghai-hongkou-waste-sorting-2018 任务清单: a units cell (各相关单位) is no header, 2020年 is no value
        Page page = Page.of(List.of("干垃圾末端控制量", "2018年", "634吨/日", "区绿化市容局", "各相关单位", "2019年",
                "581吨/日", "2020年", "516吨/日", "2", "居住区湿垃圾分类量", "2018年", "36吨/日", "各街道办事处"));
        assertSame(page, new FlatGrids().apply(page));
        // its header: 指标数 starts like 指标, but 责任单位 after it is no value column
        Page header = Page.of(List.of("类别", "序号", "主要任务", "节点", "指标数", "责任单位", "配合单位", "1.", "分"));
        assertSame(header, new FlatGrids().apply(header));
    }

    @Test
    void rowsThatLostACellEndTheTable() {
        // an empty cell was never written: the second row is one cell short, so only whole rows are rebuilt
        assertEquals(List.of("街镇\t2024年\t2025年", "城关镇\t36\t48", "新华镇\t20\t30", "北关镇", "15", "东关镇", "10", "12"),
                rebuild("街镇", "2024年", "2025年", "城关镇", "36", "48", "新华镇", "20", "30", "北关镇", "15",
                        "东关镇", "10", "12"));
        Page oneRow = Page.of(List.of("街镇", "2024年", "2025年", "城关镇", "36", "48", "二、工作要求"));
        assertSame(oneRow, new FlatGrids().apply(oneRow), "one row is too little to call it a table");
    }

    @Test
    void aDataHeaderIsNoTaskHeader() {
        assertEquals(true, FlatGrids.isDataHeader("责任单位\t2024年\t2025年"));
        assertEquals(true, FlatGrids.isDataHeader("序号\t指标名称\t单位\t2026年目标"));
        assertEquals(false, FlatGrids.isDataHeader("序号\t任务内容\t责任单位"));
        assertEquals(false, FlatGrids.isDataHeader("序号\t领域\t2024年推进任务\t牵头责任部门"));
    }

    @Test
    void aNoteOnTheSecondLineOfACellStaysInItsCell() {
        // 2024年 over （30%） in one header cell: saved as two paragraphs
        assertEquals(List.of("街镇\t总任务量\t2024年(30%)\t2025年(70%)", "城关镇\t120\t36\t84", "新华镇(含工业区)\t60\t18\t42"),
                rebuild("街镇", "总任务量", "2024年", "(30%)", "2025年", "(70%)", "城关镇", "120", "36", "84", "新华镇",
                        "(含工业区)", "60", "18", "42"));
        Page prose = Page.of(List.of("二、工作目标", "(一)总体目标", "(二)年度目标"));
        assertSame(prose, new FlatGrids().apply(prose), "lines outside a table are kept as they were");
    }

    @Test
    void aTableWhoseRowsAreYears() {
        assertEquals(List.of("年份\t城关镇\t新华镇\t合计", "2024年\t36\t18\t54", "2025年\t48\t24\t72"),
                rebuild("年份", "城关镇", "新华镇", "合计", "2024年", "36", "18", "54", "2025年", "48", "24", "72"));
        assertEquals(true, FlatGrids.isDataHeader("年度\t城关镇\t新华镇"));
        assertEquals(false, FlatGrids.isDataHeader("年度\t重点任务\t责任单位"), "a task table with a year column");
        Page tasks = Page.of(List.of("年度", "重点任务", "责任单位", "2024年", "完成规划编制。", "区规划资源局"));
        assertSame(tasks, new FlatGrids().apply(tasks));
    }

    @Test
    void aManyLevelHeaderIsPlacedFromTheRightWhenEachRowsYearsAddUpToItsTotal() {
        // the header's cells no longer say which column each heads (two levels over the present state); the total and
        // its years head the last values, as every row's 2024年 + 2025年 = 2024-2025年任务量 shows
        List<String> lines = List.of("街镇", "现有面积", "其中", "耕地", "林地", "2024-2025年任务量", "2024年", "40%",
                "2025年", "60%", "东关镇", "300", "200", "100", "50", "20", "30", "西关镇", "120", "80", "40", "20", "8",
                "12", "北关镇", "90", "50", "40", "10", "4", "6", "抄送:区委各部门");
        assertEquals(List.of("街镇\t现有面积/其中/耕地/林地\t\t\t2024-2025年任务量\t2024年 40%\t2025年 60%",
                "东关镇\t300\t200\t100\t50\t20\t30", "西关镇\t120\t80\t40\t20\t8\t12", "北关镇\t90\t50\t40\t10\t4\t6",
                "抄送:区委各部门"), rebuild(lines.toArray(String[]::new)));
    }

    @Test
    void aPlaceSpanningTwoRowsStaysInTheFirst() {
        // shanghai-fengxian, 任务量分解表: 奉城镇 over 老奉城 and 头桥 (values cut to the first two and the last four)
        List<String> out = rebuild("街镇", "产业类", "存量违法用地", "2024-2026年任务量", "图斑面积", "分年度任务量图斑面积",
                "2024年", "30%", "2025年", "40%", "2026年", "30%", "图斑", "面积", "个数",
                "柘林镇", "819.01", "76", "410", "125", "160", "125",
                "奉城镇", "老奉城", "759.67", "72", "380", "115", "150", "115",
                "头桥", "544.41", "59", "274", "82", "110", "82");
        assertEquals("奉城镇 老奉城\t759.67\t72\t380\t115\t150\t115", out.get(2));
        assertEquals("头桥\t544.41\t59\t274\t82\t110\t82", out.get(3));
        assertEquals("街镇\t产业类/存量违法用地/图斑面积/分年度任务量图斑面积/图斑/面积/个数\t\t2024-2026年任务量\t2024年 30%"
                + "\t2025年 40%\t2026年 30%", out.get(0));
    }

    @Test
    void aManyLevelHeaderWhoseYearsDoNotAddUpIsLeftAsItIs() {
        // the last values are not the total and its years (a 备注-free table of counts): nothing is placed
        String[] lines = {"街镇", "现有面积", "其中", "2024-2025年任务量", "2024年", "2025年", "东关镇", "300", "200", "50",
                "20", "10", "西关镇", "120", "80", "20", "8", "2", "北关镇", "90", "50", "10", "4", "1"};
        assertEquals(List.of(lines), rebuild(lines));
        // years without the total over them cannot be checked: nothing is placed either
        String[] noTotal = {"街镇", "现有面积", "其中", "2024年", "2025年", "东关镇", "300", "200", "20", "30", "西关镇",
                "120", "80", "8", "12", "北关镇", "90", "50", "4", "6"};
        assertEquals(List.of(noTotal), rebuild(noTotal));
    }
}
