package policylens.extract;

import org.junit.jupiter.api.Test;
import policylens.ingest.RawDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the pipeline adds over the single extractors: dates that govern rows and list items. */
class DocumentExtractorTest {
    private static PolicyRecord extract(String... lines) {
        RawDocument raw = new RawDocument("t.txt", "t", "text/plain", "UTF-8", List.of(lines), "0");
        return new DocumentExtractor().extract(raw);
    }

    @Test
    void theDateOfALeadInParagraphGovernsTheItemsOfItsList() {
        // Chongqing 工作目标: 到2025年,… then "——车网互动初见成效。…打造国家级双向充放电示范项目5个"
        PolicyRecord r = extract("重庆市新能源汽车与电网融合互动工作方案",
                "一、工作目标",
                "到2025年，推广新能源汽车100万辆以上，车网融合互动规模化推广应用取得重要进展。",
                "——车网互动初见成效。力争创建国家级车网互动示范城市，打造国家级双向充放电示范项目5个。",
                "二、重点任务",
                "——建成居住社区智能有序充电示范项目150个以上。");
        Target items = r.targets().stream().filter(t -> t.value() == 5).findFirst().orElseThrow();
        assertEquals("2025", items.deadline());
        Target afterHeading = r.targets().stream().filter(t -> t.value() == 150).findFirst().orElseThrow();
        assertEquals(null, afterHeading.deadline(), "a heading ends the list");
    }

    @Test
    void aColumnHeadersYearGovernsItsCells() {
        // Suzhou 附件1: 序号 | 领域 | 2024年推进任务 | 牵头责任部门
        PolicyRecord r = extract("苏州市推动大规模设备更新和消费品以旧换新实施方案", "附件1", "任务清单",
                "序号\t领域\t2024年推进任务\t牵头责任部门",
                "1\t工业\t组织实施技术改造项目1000个以上。\t市工信局");
        assertEquals("2024", r.targets().get(0).deadline());
        assertEquals(List.of("市工信局"), r.responsibilities().get(0).units());
    }

    @Test
    void aStartStatedOnceGovernsEveryLaterDuration() {
        PolicyRecord r = extract("某区违法用地整治行动方案",
                "自2024年起，用3年时间完成全区违法用地整治。",
                "（一）存量整治。3年内完成全部存量违法用地整治。");
        Deadline later = r.deadlines().stream().filter(d -> d.expr().equals("3年内")).findFirst().orElseThrow();
        assertEquals("2026", later.date());
    }

    @Test
    void aStartWrittenWithoutItsPrepositionGovernsTooAndAnAnnexNameSetsNothingDue() {
        PolicyRecord r = extract("某县乡村旅游高质量发展三年行动方案（2024—2026年）", "某县人民政府办公室", "2024年3月8日",
                "（一）实施景区村庄提升行动。2024年起3年内，县财政每年安排专项资金不少于3000万元。",
                "（二）实施民宿品质提升行动。2年内完成全县存量民宿等级评定全覆盖。",
                "附件：2024年乡村旅游重点村名单");
        assertEquals("2025", r.deadlines().stream().filter(d -> d.expr().equals("2年内")).findFirst().orElseThrow().date());
        assertTrue(r.deadlines().stream().noneMatch(d -> d.expr().equals("2024年")), r.deadlines().toString());
    }

    @Test
    void aRowsValueIsAboutTheLastClauseOfItsIndicatorCell() {
        // shanghai-hongkou-waste-sorting-2018 任务清单: the indicator cell says how, then what is counted
        PolicyRecord r = extract("虹口区生活垃圾分类三年行动计划", "附件", "任务清单",
                "序号\t任务内容\t节点\t指标数\t责任单位",
                "5\t两网融合服务点建设，按照两网融合服务点建设标准，建立两网融合服务点（累计数）\t2018年\t67个\t区绿化市容局");
        assertEquals(67, r.targets().get(0).value());
        assertEquals("建立两网融合服务点(累计数)", r.targets().get(0).metric()); // brackets are made half-width in cleaning
    }

    @Test
    void aDataTableGivesTheSameTargetsOneCellPerLineAsInRows() {
        String[] header = {"某区农村公路建设三年行动工作方案", "某区人民政府办公室", "2024年5月8日", "附件1", "农村公路建设任务量分解表", "单位：亩"};
        String[] rows = {"街镇\t总任务量\t2024年（30%）\t2025年（40%）\t2026年（30%）", "城关镇\t120\t36\t48\t36",
                "新华镇\t60\t18\t24\t18"};
        List<String> tabbed = new java.util.ArrayList<>(List.of(header));
        tabbed.addAll(List.of(rows));
        List<String> flat = new java.util.ArrayList<>(List.of(header));
        for (String row : rows) {
            flat.addAll(List.of(row.split("\t"))); // the same table saved one cell per paragraph
        }
        PolicyRecord asRows = extract(tabbed.toArray(String[]::new));
        PolicyRecord asLines = extract(flat.toArray(String[]::new));
        assertEquals(8 + 3, asRows.targets().size()); // two rows of four, and the header's three yearly shares
        assertEquals(asRows.targets(), asLines.targets());
        assertEquals(asRows.deadlines(), asLines.deadlines());
        assertEquals(List.of("2024年", "2025年", "2026年"), asLines.deadlines().stream().map(Deadline::expr).toList(),
                "each year column header is written once");
        Target due2025 = asLines.targets().stream().filter(t -> t.value() == 48).findFirst().orElseThrow();
        assertEquals("2025", due2025.deadline());
        assertEquals("亩", due2025.unit());
    }

    @Test
    void aLetterArrangingThisYearsWorkCommitsAsAPlanDoes() {
        PolicyRecord r = extract("某省发展和改革委员会关于抓好2024年充换电基础设施建设工作的函", "某省发展和改革委员会", "2024年2月1日",
                "一、2024年,全省新建公共充电桩1万个。");
        assertEquals("2024", r.targets().get(0).deadline());
        assertEquals(List.of("2024年"), r.deadlines().stream().map(Deadline::expr).toList());
    }

    @Test
    void aTimeLimitColumnDatesTheRowAndStaysOutOfItsEvidence() {
        // a county's task table: 序号 | 重点任务 | 具体内容 | 牵头单位 | 配合单位 | 完成时限
        PolicyRecord r = extract("某县充电设施建设实施方案", "附件", "重点任务分工表", "序号\t重点任务\t具体内容\t牵头单位\t配合单位\t完成时限",
                "1\t充电设施建设\t新建公共充电桩500个\t县发改局\t县供电公司\t2025年底前");
        assertEquals("2025-12", r.targets().get(0).deadline());
        assertEquals("新建公共充电桩500个", r.responsibilities().get(0).evidence());
        assertEquals(List.of("2025年底前"), r.deadlines().stream().map(Deadline::expr).toList());
    }
}
