package policylens.check;

import org.junit.jupiter.api.Test;
import policylens.i18n.Lang;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on small documents made of real sentences from the corpus (altered copies say so). */
class FindingRulesTest {
    private static final String PARENT_SIX_ONES = "(十五)构建集群发展支撑机制。统筹现有资金渠道,支持先进制造业集群培育和集群“六个一”机制建设等。"
            + "加快集群“六个一”机制建设,用一年左右的时间实现省级以上集群全覆盖。(责任单位:省工业和信息化厅、省财政厅)";
    private static final String CHILD_SIX_ONES = "(三)完善集群建设模式。推动省级产业集群建立“一个集群促进组织、一个产业联盟、一批优质企业群体、"
            + "一个以上协同创新平台、一支产业基金、一个以上人才培养载体”。到2026年6月,确保全市省级先进制造业集群“六个一”生态全面优化。"
            + "到2026年12月,有序推动全市省级产业集群“六个一”机制有效覆盖。";
    private static final String PARENT_RANGE = "(五)实施集群分类培育建设。推进各市(县)依托资源禀赋和本地特色重点发展一批专业化、特色化、高端化的集群,"
            + "支持各设区市瞄准优势明显产业领域打造1-2个过千亿元集群,各县(市、区)、开发区培育一批500亿元集群。"
            + "到2028年,全省营业收入过千亿元集群达到10个、500亿元集群30个左右。(责任单位:省工业和信息化厅)";
    private static final String CHILD_GOAL = "到2028年,力争全市集群规模突破2000亿元。依托重点产业链,培育1个千亿级产业集群(先进钢铁材料及应用集群)、"
            + "2个五百亿级产业集群(锂电新能源和电子信息领域)。";
    private static final String PARENT_PROJECTS = "(二)推进集群重点项目建设。围绕集群产业链关键环节,推进实施一批壮链延链补链项目,"
            + "每年跟踪推进100个以上集群重点项目。(责任单位:省工业和信息化厅、省商务厅、省政务服务办)";
    private static final String CHILD_PROJECTS = "(六)攻坚重点项目建设。实施集群项目带动策略,开展重大工业项目县(区)赛马比拼。"
            + "聚焦钢铁、锂电新能源、电子信息等优势集群产业链关键环节,每年跟踪推进 90个左右集群重点项目。";

    private final Checker checker = new Checker();

    private static CheckDoc province(String... paragraphs) {
        return Docs.of("province", Docs.concat(Docs.PROVINCE_HEAD, paragraphs));
    }

    private static CheckDoc city(String... paragraphs) {
        return Docs.of("city", Docs.concat(Docs.CITY_HEAD, paragraphs));
    }

    private static List<Finding> findings(CheckReport r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void sixOnesCoverageDueLaterThanTheProvinceAsksIsFlagged() {
        CheckReport r = checker.check(city(CHILD_SIX_ONES), province(PARENT_SIX_ONES), null);
        List<Finding> late = findings(r, Finding.DEADLINE_LATER);
        assertEquals(1, late.size(), r.findings().toString());
        Finding f = late.get(0);
        assertTrue(f.childEvidence().get(0).text().contains("到2026年12月,有序推动全市省级产业集群“六个一”机制有效覆盖"));
        assertTrue(f.parentEvidence().get(0).text().contains("用一年左右的时间实现省级以上集群全覆盖"));
        // one finding, rendered in either language from the same catalogue key and arguments
        assertEquals("「“六个一”·集群·机制·省级」的完成时间:下级为 2026-12(到2026年12月),上级为 2026-08(用一年左右的时间,"
                + "自发布日期 2025-08-28 起算)(晚 4 个月)", f.message().in(Lang.ZH));
        assertEquals("The commitment on 「“六个一”·集群·机制·省级」 is due 2026-12 (到2026年12月) in the child but 2026-08 "
                + "(用一年左右的时间 from the issue date 2025-08-28) in the parent (4 month(s) later).", f.message().in(Lang.EN));
        assertFalse(f.childEvidence().get(0).text().contains("到2026年6月"), "the June commitment is earlier: not late");
    }

    @Test
    void theSameDeadlineIsNotLate() {
        String onTime = CHILD_SIX_ONES.replace("到2026年12月", "到2026年8月"); // altered copy
        CheckReport r = checker.check(city(onTime), province(PARENT_SIX_ONES), null);
        assertTrue(findings(r, Finding.DEADLINE_LATER).isEmpty(), r.findings().toString());
    }

    @Test
    void approximateYearsAreComparedByYear() {
        assertEquals(0, FindingRules.monthsLater("2028", "2028-08"), "到2028年 vs 用三年左右时间 (2028-08)");
        assertEquals(4, FindingRules.monthsLater("2026-12", "2026-08"));
        assertEquals(12, FindingRules.monthsLater("2029", "2028-08"));
        assertTrue(FindingRules.monthsLater("2026-06", "2026-08") < 0);
    }

    @Test
    void oneThousandBillionClusterInsideThePerCityRangeIsNoFinding() {
        CheckReport r = checker.check(city(CHILD_GOAL), province(PARENT_RANGE), null);
        Alignment a = r.alignments().stream().filter(x -> "range".equals(x.parent().comparator())).findFirst().orElseThrow();
        assertEquals(Scope.PER_CITY, a.parentScope());
        assertEquals(1.0, a.child().value());
        assertEquals(FindingRules.WITHIN_RANGE, a.verdict());
        assertTrue(findings(r, Finding.OUTSIDE_RANGE).isEmpty(), r.findings().toString());
    }

    @Test
    void aValueOutsideThePerCityRangeIsFlagged() {
        String three = CHILD_GOAL.replace("培育1个千亿级产业集群", "培育3个千亿级产业集群"); // altered copy
        CheckReport r = checker.check(city(three), province(PARENT_RANGE), null);
        List<Finding> out = findings(r, Finding.OUTSIDE_RANGE);
        assertEquals(1, out.size(), r.findings().toString());
        assertTrue(out.get(0).parentEvidence().get(0).text().contains("打造1-2个过千亿元集群"));
        assertTrue(out.get(0).childEvidence().get(0).text().contains("3个千亿级产业集群"));
        assertTrue(out.get(0).message().in(Lang.ZH).contains("超出上级为各市规定的 1–2"), out.get(0).message().toString());
        assertTrue(out.get(0).message().in(Lang.EN).contains("outside the 1–2 the parent prescribes for each city"),
                out.get(0).message().in(Lang.EN));
    }

    @Test
    void aCityCountBelowTheProvinceTotalIsNoFinding() {
        CheckReport r = checker.check(city(CHILD_PROJECTS), province(PARENT_PROJECTS), null);
        Alignment a = r.alignments().stream().filter(x -> x.parent().value() == 100).findFirst().orElseThrow();
        assertEquals(90.0, a.child().value());
        assertEquals(Scope.TOTAL, a.parentScope(), "每年跟踪推进100个以上 is the province's own total");
        assertEquals(FindingRules.TOTAL_VS_CITY, a.verdict());
        assertTrue(findings(r, Finding.WEAKER_TARGET).isEmpty(), r.findings().toString());
    }

    @Test
    void aRecurringQuantityBelowAPerCityFloorIsWeaker() {
        String perCity = PARENT_PROJECTS.replace("每年跟踪推进100个以上", "各设区市每年跟踪推进100个以上"); // altered copy
        CheckReport r = checker.check(city(CHILD_PROJECTS), province(perCity), null);
        List<Finding> weaker = findings(r, Finding.WEAKER_TARGET);
        assertEquals(1, weaker.size(), r.findings().toString());
        assertTrue(weaker.get(0).childEvidence().get(0).text().contains("90个左右集群重点项目"));
    }

    @Test
    void aGrowthRateIsComparedAcrossLevels() {
        CheckDoc conference = Docs.corpus("jiangxi-1269-press-conference-2023");
        CheckReport follows = checker.check(Docs.corpus("nanchang-8810-action-plan-2023-2026"), conference, null);
        assertFalse(follows.alignments().isEmpty());
        follows.alignments().forEach(a -> assertEquals(FindingRules.FOLLOWS, a.verdict(), "10% ≥ 9%"));
        CheckDoc slower = Docs.of("slow", "南昌市制造业重点产业链现代化建设“8810”行动计划(2023-2026年)", "二、主要目标",
                "到2026年,全市规模以上工业营业收入年均增长8%左右。"); // altered copy: 8% instead of 10%
        List<Finding> weaker = findings(checker.check(slower, conference, null), Finding.WEAKER_TARGET);
        assertFalse(weaker.isEmpty());
        assertTrue(weaker.get(0).parentEvidence().get(0).text().contains("9%左右"));
    }

    @Test
    void scopeReadsTheWordsBeforeTheNumber() {
        assertEquals(Scope.PER_CITY, Scope.of("指导各设区市对标国家先进标准,积极创建"));
        assertEquals(Scope.PER_UNIT, Scope.of("探索实施集群“多链主”和群主培育模式,每个产业集群招引"));
        assertEquals(Scope.TOTAL, Scope.of("到2028年,全省营业收入过千亿元集群达到"));
    }
}
