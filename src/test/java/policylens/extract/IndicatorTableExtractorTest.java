package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorTableExtractorTest {
    private final IndicatorTableExtractor extractor = new IndicatorTableExtractor();

    @Test
    void readsTargetsFromCellsWithTheUnitInAColumn() {
        List<Target> t = extractor.extract(List.of(
                "序号\t指标名称\t单位\t2024年基数\t2026年目标",
                "1\t规上工业营业收入\t亿元\t4100\t5000",
                "2\t高新技术企业数量\t家\t210\t280以上",
                "3\t规上工业企业研发投入占比\t%\t1.8\t2.5左右"), "A1");
        assertEquals(3, t.size(), t.toString()); // the base-year column holds facts
        assertEquals("规上工业营业收入", t.get(0).metric());
        assertEquals(5.0e11, t.get(0).value());
        assertEquals("元", t.get(0).unit());
        assertEquals("2026", t.get(0).deadline());
        assertEquals("gte", t.get(1).comparator());
        assertEquals("approx", t.get(2).comparator());
        assertEquals("%", t.get(2).unit());
    }

    @Test
    void readsTheUnitFromTheHeader() {
        List<Target> t = extractor.extract(List.of("指标\t目标值(万吨)", "固废综合利用量\t1500"), null);
        assertEquals(1.5e7, t.get(0).value());
        assertEquals("吨", t.get(0).unit());
        assertNull(t.get(0).deadline());
    }

    @Test
    void ignoresTablesThatAreNotIndicatorTables() {
        assertTrue(extractor.extract(List.of("重点任务\t具体举措", "优化布局\t编制规划"), null).isEmpty());
    }

    @Test
    void readsATableOfPlacesByYearWithTheUnitInTheCaption() {
        List<Target> t = extractor.extract(List.of(
                "街镇\t总任务量\t2024年（30%）\t2025年（40%）",
                "城关镇\t120\t36\t48"), "A1", List.of("附件1", "农村公路建设任务量分解表", "单位：亩"));
        assertEquals(5, t.size(), t.toString());
        assertEquals("城关镇农村公路建设任务量", t.get(0).metric());
        assertNull(t.get(0).deadline()); // the total column has no year of its own
        assertEquals(36.0, t.get(1).value());
        assertEquals("亩", t.get(1).unit());
        assertEquals("2024", t.get(1).deadline());
        assertEquals("城关镇2024年农村公路建设任务量", t.get(1).metric()); // a year's part, told apart from the total
        assertEquals("2025", t.get(2).deadline());
        // the share written under each year in the header is due that year
        assertEquals(30.0, t.get(3).value());
        assertEquals("%", t.get(3).unit());
        assertEquals("2024", t.get(3).deadline());
        assertEquals("2024年农村公路建设任务量占比", t.get(3).metric());
    }

    @Test
    void aTotalOverTheYearsIsDueAtTheirEnd() {
        // shanghai-fengxian, 任务量分解表 (rebuilt from one cell per line): the total, then each year and its share
        List<Target> t = extractor.extract(List.of(
                "街镇\t产业类/存量违法用地/图斑面积\t2024-2026年任务量\t2024年 30%\t2025年 40%\t2026年 30%",
                "青村镇\t1145.10\t574\t172\t230\t172"), "A1",
                List.of("附件1", "奉贤区违法用地综合整治三年行动(2024-2026)任务量分解表", "面积单位:亩"));
        assertEquals(7, t.size(), t.toString()); // the present state's column sets nothing
        assertEquals(574.0, t.get(0).value());
        assertEquals("2026", t.get(0).deadline());
        assertEquals("青村镇2024-2026年任务量", t.get(0).metric());
        assertEquals("青村镇2025年任务量", t.get(2).metric());
        assertEquals("2025年任务量占比", t.get(5).metric());
        assertEquals(40.0, t.get(5).value());
    }

    @Test
    void readsTheUnitClosingAnyHeaderCell() {
        List<Target> t = extractor.extract(List.of("区县\t违法用地面积（亩）\t2025年\t2026年", "东湖区\t100\t40\t60"), null);
        assertEquals(2, t.size(), t.toString()); // the area now is a fact: no target header over it
        assertEquals("亩", t.get(0).unit());
        assertEquals("东湖区", t.get(0).metric());
    }

    @Test
    void aCellMayCarryItsOwnUnit() {
        List<Target> t = extractor.extract(List.of("街镇\t2024年\t2025年", "新华镇\t36亩\t48亩"), null);
        assertEquals(2, t.size(), t.toString());
        assertEquals("亩", t.get(1).unit());
        assertEquals(48.0, t.get(1).value());
    }

    @Test
    void aTableWhoseRowsAreYearsGivesEachColumnsValueDueThatYear() {
        List<Target> t = extractor.extract(List.of("年份\t城关镇\t新增面积(亩)", "2024年\t36\t50", "2025年\t48\t60"), "A1",
                List.of("附件1", "农村公路建设任务量分解表", "单位：亩"));
        assertEquals(4, t.size());
        assertEquals("城关镇农村公路建设任务量", t.get(0).metric());
        assertEquals("2024", t.get(0).deadline());
        assertEquals("亩", t.get(0).unit());
        assertEquals("新增面积农村公路建设任务量", t.get(3).metric());
        assertEquals(60, t.get(3).value());
        assertEquals("2025", t.get(3).deadline());
    }

    @Test
    void aUnitCellSpannedOverRowsGovernsEachOfThem() {
        // an HTML table whose 单位 cell spans two indicators: ingest writes 〃 in the covered cell
        List<Target> t = extractor.extract(List.of("指标名称\t单位\t2026年目标", "新建充电桩\t个\t2000", "改造充电桩\t〃\t500"), null);
        assertEquals(2, t.size());
        assertEquals("个", t.get(1).unit());
        assertEquals(500, t.get(1).value());
    }

    @Test
    void aColumnNamingWhatItMeasuresBeforeItsTargetWordGivesEachPlaceItsMetric() {
        // a provincial air plan's city table (heldout/target-probes/t4.txt, constructed)
        List<Target> t = extractor.extract(List.of(
                "城市\t2023年PM2.5浓度（微克/立方米）\t2025年PM2.5浓度目标（微克/立方米）\t2025年优良天数比率目标（%）",
                "岚州市\t52.1\t46\t65"), "4");
        assertEquals(2, t.size(), t.toString()); // the 2023 column holds what there was
        assertEquals("岚州市PM2.5浓度", t.get(0).metric());
        assertEquals(46.0, t.get(0).value());
        assertEquals("微克/立方米", t.get(0).unit());
        assertEquals("岚州市优良天数比率", t.get(1).metric());
        assertEquals("2025", t.get(1).deadline());
    }

    @Test
    void aBareYearColumnBeforeTheDocumentsYearIsItsBaseline() {
        List<String> rows = List.of("指标\t单位\t2024年\t2025年\t2026年", "农产品冷链流通率\t%\t24\t27\t30");
        assertEquals(List.of(27.0, 30.0), extractor.extract(rows, "5", List.of(), 2025).stream().map(Target::value).toList());
        assertEquals(3, extractor.extract(rows, "5", List.of(), 2024).size());
    }

    @Test
    void aTotalRowUnderTheYearsIsDueWithTheLastYear() {
        // a county's task table by year (heldout/target-probes/t3.txt, constructed), unit in the caption
        List<Target> t = extractor.extract(List.of("年度\t新建高标准农田\t改造提升高标准农田", "2026年\t3.5\t1.8", "2027年\t3.3\t2.0",
                "合计\t10\t5.3"), "A1", List.of("（单位：万亩）"));
        assertEquals(6, t.size(), t.toString());
        assertEquals("新建高标准农田", t.get(0).metric());
        assertEquals("新建高标准农田（合计）", t.get(4).metric());
        assertEquals(100000.0, t.get(4).value());
        assertEquals("2027", t.get(4).deadline());
    }
}
