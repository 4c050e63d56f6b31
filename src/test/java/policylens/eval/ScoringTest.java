package policylens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.eval.EvalReport.DocumentReport;
import policylens.eval.EvalReport.Finding;
import policylens.eval.EvalReport.Kind;
import policylens.eval.EvalReport.MetaScores;
import policylens.eval.EvalReport.TargetScores;
import policylens.extract.Deadline;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.text.Norm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {
    // ---------------------------------------------------------------- builders

    static Target t(String evidence, String metric, double value, Double valueMax, String unit, String cmp,
                    String deadline) {
        return new Target(evidence, metric, value, valueMax, unit, cmp, deadline, null, null);
    }

    static Target t(String evidence, double value, String unit) {
        return t(evidence, "m", value, null, unit, "eq", null);
    }

    static Deadline d(String expr, String date, String recurring) {
        return new Deadline(expr, date, recurring, null, null);
    }

    static Responsibility r(String evidence, List<String> units, List<String> inherited) {
        return new Responsibility(evidence, units, List.of(), List.of(), inherited, List.of(), null);
    }

    static Responsibility r(String evidence, String... units) {
        return r(evidence, List.of(units), List.of());
    }

    static Meta meta(String title, List<String> issuer, Meta.Period period, List<Meta.Cite> cites) {
        return new Meta(title, issuer, null, "2026-01-09", "city", "江西省", "新余市", period, cites);
    }

    static PolicyRecord doc(String id, Meta meta, List<Target> ts, List<Deadline> ds, List<Responsibility> rs) {
        return new PolicyRecord(PolicyRecord.SCHEMA, id, null, meta, ts, ds, rs);
    }

    static TargetScores targets(List<Target> gold, List<Target> pred) {
        return Scoring.scoreTargets("d", gold, pred, new ArrayList<>());
    }

    static void assertPrf(Prf p, int tp, int fp, int fn) {
        assertEquals(new Prf(tp, fp, fn), p, "tp/fp/fn");
    }

    // ---------------------------------------------------------------- text

    @Test
    void normalizationIsNfkcWithoutWhitespace() {
        assertEquals("到2028年(责任单位:市工信局)", Norm.norm(" 到２０２８年\u3000（责任单位：市工信局）\n"));
        assertTrue(Text.same("30%", "３０ ％"));
        assertNull(Norm.norm(null));
        assertFalse(Text.same(null, ""));
    }

    @Test
    void longestCommonSubstringCountsCodePoints() {
        assertEquals(4, Text.longestCommonSubstring("xx专精特新yy", "专精特新"));
        assertEquals(3, Text.longestCommonSubstring("abcXdef", "zzdefabq"));
        assertEquals(0, Text.longestCommonSubstring("", "abc"));
        assertEquals(0, Text.longestCommonSubstring(null, "abc"));
        assertEquals(3, Text.longestCommonSubstring("𠮷野家", "吉𠮷野家"));
        assertEquals(3, Text.length("𠮷野家"));
        assertEquals(6, Text.longestCommonSubstring("到２０２８年", "力争到2028年底"), "NFKC before LCS");
    }

    @Test
    void bigramDice() {
        assertEquals(8.0 / 12, Text.bigramDice("专精特新中小企业", "专精特新企业"), 1e-12);
        assertEquals(0.5, Text.bigramDice("abc", "abd"), 1e-12);
        assertEquals(1.0, Text.bigramDice("企业", " 企业 "), 1e-12);
        assertEquals(1.0, Text.bigramDice(null, null), 1e-12);
        assertEquals(0.0, Text.bigramDice("企", "企业"), 1e-12);
        assertEquals(0.0, Text.bigramDice(null, "企业"), 1e-12);
        // multiset: "aaa" has bigrams {aa, aa}, "aa" {aa} → 2*1/3
        assertEquals(2.0 / 3, Text.bigramDice("aaa", "aa"), 1e-12);
    }

    // ---------------------------------------------------------------- targets: matching rules

    static final String EV = "到2028年,全市集群规模突破2000亿元";

    @Test
    void valueRelativeTolerance() {
        Target g = t(EV, 2e11, "元");
        assertTrue(Scoring.targetMatches(g, t(EV, 2e11 * (1 + 5e-10), "元")));
        assertFalse(Scoring.targetMatches(g, t(EV, 2e11 * (1 + 2e-9), "元")));
        assertFalse(Scoring.targetMatches(g, t(EV, 2e11 + 1000, "元")), "1000 yuan off is > 1e-9 relative");
        assertTrue(Scoring.targetMatches(t(EV, 0, "%"), t(EV, 0, "%")));
        assertFalse(Scoring.targetMatches(t(EV, 0, "%"), t(EV, 1e-12, "%")), "relative tolerance around 0");
        assertTrue(Scoring.targetMatches(t(EV, 0.1 + 0.2, "%"), t(EV, 0.3, "%")));
        assertFalse(Scoring.targetMatches(g, t(EV, 2e11, "亿元")), "unit must be equal");
    }

    @Test
    void valueMaxComparedOnlyWhenGoldHasOne() {
        Target g = t("培育1-2个五百亿级产业集群", "五百亿级产业集群", 1, 2.0, "个", "range", null);
        assertTrue(Scoring.targetMatches(g, t("培育1-2个五百亿级产业集群", "x", 1, 2.0, "个", "range", null)));
        assertFalse(Scoring.targetMatches(g, t("培育1-2个五百亿级产业集群", "x", 1, null, "个", "range", null)));
        assertFalse(Scoring.targetMatches(g, t("培育1-2个五百亿级产业集群", "x", 1, 3.0, "个", "range", null)));
        assertTrue(Scoring.targetMatches(g, t("培育1-2个五百亿级产业集群", "x", 1, 2.0 * (1 + 1e-10), "个", "range",
                null)));
        Target noMax = t("培育1个千亿级产业集群", 1, "个");
        assertTrue(Scoring.targetMatches(noMax, t("培育1个千亿级产业集群", "x", 1, 5.0, "个", "range", null)),
                "a predicted valueMax is not checked when gold has none");
    }

    @Test
    void evidenceNeedsMinOf8AndShorterLength() {
        String gold = "到2028年,专精特新中小企业达到330家";
        Target g = t(gold, 330, "家");
        // exactly 8 shared characters ("专精特新中小企业"), both longer than 8
        assertTrue(Scoring.targetMatches(g, t("培育专精特新中小企业三百三十家", 330, "家")));
        // 7 shared characters ("精特新中小企业"), both longer than 8
        assertFalse(Scoring.targetMatches(g, t("培育精特新中小企业三百三十家", 330, "家")));
        // shorter evidence (5 chars) entirely contained: min(8, 5) = 5
        assertTrue(Scoring.targetMatches(g, t("达到330家", 330, "家")));
        // shorter evidence (5 chars) with only 4 in common
        assertFalse(Scoring.targetMatches(g, t("达到330个", 330, "家")));
        // whitespace and full-width forms do not count against the overlap
        assertTrue(Scoring.targetMatches(g, t("专精特新 中小企业 达到 ３３０家", 330, "家")));
    }

    @Test
    void nfkcFullWidthDigitsAndParentheses() {
        Target g = t("研发投入强度达到３％（全省平均）", "研发投入强度", 3, null, "％", "eq", "2028");
        Target p = t("研发投入强度达到3%(全省平均)", "研发投入强度", 3, null, "%", "eq", "２０２８");
        TargetScores s = targets(List.of(g), List.of(p));
        assertPrf(s.match(), 1, 0, 0);
        assertPrf(s.whole(), 1, 0, 0);
        assertEquals(new Accuracy(1, 1), s.deadline());
    }

    @Test
    void greedyInDocumentOrder() {
        // P0 overlaps both gold targets, P1 overlaps only G0. G0 comes first and takes P0 (first matching
        // prediction), so G1 is left without partner and P1 is a false positive — no optimal re-assignment.
        String shared = "新增规模以上工业企业";
        Target g0 = t(shared + "一百家(甲县)", 100, "家");
        Target g1 = t(shared + "一百家(乙县)", 100, "家");
        Target p0 = t(shared + "一百家", 100, "家");
        Target p1 = t("一百家(甲县)", 100, "家");
        assertArrayEquals(new int[]{0, -1}, Scoring.matchTargets(List.of(g0, g1), List.of(p0, p1)));
        List<Finding> f = new ArrayList<>();
        TargetScores s = Scoring.scoreTargets("d", List.of(g0, g1), List.of(p0, p1), f);
        assertPrf(s.match(), 1, 1, 1);
        // reversed prediction order: G0 takes P1 (now first), G1 then takes P0
        assertArrayEquals(new int[]{0, 1}, Scoring.matchTargets(List.of(g0, g1), List.of(p1, p0)));
        assertEquals(2, f.size());
        assertEquals(Kind.MISSED, f.get(0).kind());
        assertEquals("duplicate", f.get(0).field(), "G1's only partner was taken by G0");
        assertEquals(Kind.FALSE_POSITIVE, f.get(1).kind());
    }

    @Test
    void oneToOneDuplicatesCount() {
        Target g = t(EV, 2e11, "元");
        TargetScores s = targets(List.of(g), List.of(g, g));
        assertPrf(s.match(), 1, 1, 0);
        s = targets(List.of(g, g), List.of(g));
        assertPrf(s.match(), 1, 0, 1);
    }

    @Test
    void accuraciesAndWholeTarget() {
        Target g0 = t("到2028年,专精特新中小企业达到330家", "专精特新中小企业", 330, null, "家", "eq", "2028");
        Target g1 = t("到2028年,全市集群规模突破2000亿元", "集群规模", 2e11, null, "元", "gt", null);
        Target g2 = t("培育1个千亿级产业集群(先进钢铁材料)", "千亿级产业集群", 1, null, "个", "eq", "2028");
        Target g3 = t("新增上市企业5家以上", "上市企业", 5, null, "家", "gte", "2028");
        // p0: all right (metric Dice 0.67 ≥ 0.5)
        Target p0 = t("专精特新中小企业达到330家", "专精特新企业", 330, null, "家", "eq", "2028");
        // p1: comparator wrong; gold deadline null but predicted 2028 → no deadline accuracy item, whole wrong
        Target p1 = t("全市集群规模突破2000亿元", "集群规模", 2e11, null, "元", "eq", "2028");
        // p2: deadline wrong (counted), metric wrong
        Target p2 = t("培育1个千亿级产业集群", "钢铁", 1, null, "个", "eq", "2027");
        // p3: deadline missing where gold has one
        Target p3 = t("新增上市企业5家以上", "上市企业", 5, null, "家", "gte", null);
        Target spurious = t("去年实现营业收入797亿元", "营业收入", 7.97e10, null, "元", "eq", null);
        List<Finding> f = new ArrayList<>();
        TargetScores s = Scoring.scoreTargets("d", List.of(g0, g1, g2, g3), List.of(p0, p1, p2, p3, spurious), f);
        assertPrf(s.match(), 4, 1, 0);
        assertEquals(new Accuracy(3, 4), s.comparator());
        assertEquals(new Accuracy(1, 3), s.deadline(), "only the 3 pairs with a gold deadline");
        assertEquals(new Accuracy(3, 4), s.metric());
        assertPrf(s.whole(), 1, 4, 3);
        assertEquals(4.0 / 5, s.match().precision(), 1e-12);
        assertEquals(1.0, s.match().recall(), 1e-12);
        assertEquals(2 * 0.8 / 1.8, s.match().f1(), 1e-12);
        long wrong = f.stream().filter(x -> x.kind() == Kind.WRONG).count();
        assertEquals(5, wrong, "p1 comparator + deadline, p2 deadline + metric, p3 deadline");
        assertTrue(f.stream().anyMatch(x -> x.kind() == Kind.FALSE_POSITIVE && x.evidence().contains("797")));
    }

    @Test
    void missedTargetExplainsFailingField() {
        List<Finding> f = new ArrayList<>();
        Scoring.scoreTargets("d", List.of(t(EV, 2e11, "元")), List.of(t(EV, 2e7, "元")), f);
        assertEquals("value", f.get(0).field());
        assertEquals(Kind.MISSED, f.get(0).kind());
        assertEquals("200000000000 元", f.get(0).gold());
        assertEquals("value", f.get(1).field());
        assertEquals(Kind.FALSE_POSITIVE, f.get(1).kind());
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void deadlinesAreAMultiset() {
        List<Deadline> gold = List.of(d("每年", null, "yearly"), d("每年", null, "yearly"), d("到2028年", "2028", null),
                d("3年内", "2028", null));
        List<Deadline> pred = List.of(d("每年", null, "yearly"), d("每 年", null, "yearly"), d("每年", null, "yearly"),
                d("到2028年", "2028-12", null), d("３年内", "2028", null));
        List<Finding> f = new ArrayList<>();
        Prf p = Scoring.scoreDeadlines("d", gold, pred, f);
        assertPrf(p, 3, 2, 1);
        assertEquals(3, f.size());
        Finding missed = f.stream().filter(x -> x.kind() == Kind.MISSED).findFirst().orElseThrow();
        assertEquals("date", missed.field());
        assertEquals("到2028年", missed.evidence());
    }

    @Test
    void deadlineTripleIncludesRecurring() {
        assertPrf(Scoring.scoreDeadlines("d", List.of(d("年均", null, "yearly")), List.of(d("年均", null, null)),
                new ArrayList<>()), 0, 1, 1);
        assertPrf(Scoring.scoreDeadlines("d", List.of(), List.of(), new ArrayList<>()), 0, 0, 0);
    }

    // ---------------------------------------------------------------- responsibilities

    static final String TASK = "大力引进具有资源整合能力的链主企业,定向引入建链、补链、强链、延链型项目";

    @Test
    void pairingTakesLongestCommonSubstringNotFirst() {
        Responsibility g = r(TASK, "市商务局", "市重点产业链牵头单位");
        Responsibility p0 = r("引进具有资源整合能力的企业", "市工信局");               // LCS 8 "具有资源整合能力" < 10: ineligible
        Responsibility p1 = r("大力引进具有资源整合能力", "市发改委");                 // LCS 12
        Responsibility p2 = r("定向引入建链、补链、强链、延链型项目", "市商务局");       // LCS 18
        assertArrayEquals(new int[]{2}, Scoring.pairResponsibilities(List.of(g), List.of(p0, p1, p2)));
        List<Finding> f = new ArrayList<>();
        Prf[] s = Scoring.scoreResponsibilities("d", List.of(g), List.of(p0, p1, p2), f);
        // paired: 市商务局 TP, 市重点产业链牵头单位 FN; unpaired p0, p1 units are false positives
        assertPrf(s[0], 1, 2, 1);
        assertPrf(s[1], 0, 0, 0);
    }

    @Test
    void pairingThresholdMinOf10AndShorter() {
        Responsibility g = r(TASK, "市商务局");
        // 9 shared characters ("进具有资源整合能力") with both longer than 10: no pair
        assertArrayEquals(new int[]{-1}, Scoring.pairResponsibilities(List.of(g),
                List.of(r("另行进具有资源整合能力X的企业", "市商务局"))));
        // exactly 10 shared ("引进具有资源整合能力")
        assertArrayEquals(new int[]{0}, Scoring.pairResponsibilities(List.of(g),
                List.of(r("另行引进具有资源整合能力X的企业", "市商务局"))));
        // short prediction evidence (6 chars) fully contained: min(10, 6)
        assertArrayEquals(new int[]{0}, Scoring.pairResponsibilities(List.of(g), List.of(r("延链型项目 ", "市商务局"))));
        assertArrayEquals(new int[]{-1}, Scoring.pairResponsibilities(List.of(g), List.of(r("延链型工程", "市商务局"))));
    }

    @Test
    void pairingIsOneToOneInGoldOrder() {
        Responsibility g0 = r(TASK + "(甲)", "A");
        Responsibility g1 = r(TASK + "(乙)", "B");
        Responsibility p0 = r(TASK, "A");
        Responsibility p1 = r("定向引入建链、补链、强链", "B");
        // both gold prefer p0 (longest); g0 comes first and takes it; g1 gets the remaining p1
        assertArrayEquals(new int[]{0, 1}, Scoring.pairResponsibilities(List.of(g0, g1), List.of(p0, p1)));
        // tie (equal LCS) goes to the earlier prediction
        assertArrayEquals(new int[]{0}, Scoring.pairResponsibilities(List.of(g0), List.of(r(TASK, "X"), r(TASK, "Y"))));
    }

    @Test
    void unitsScoredAsRecordUnitPairsWithUnpairedCounted() {
        Responsibility g0 = r(TASK, List.of("市工信局", "市商务局", "市工信局"), List.of("各县(区)政府(管委会)"));
        Responsibility g1 = r("深入实施企业上市“映山红行动”,推动更多企业上市", List.of("市金融办"), List.of("各县(区)政府"));
        Responsibility p0 = r(TASK, List.of("市工信局", " 市发改委"), List.of("各县（区）政府（管委会）"));
        Responsibility p1 = r("完全无关的另一项任务文本内容", List.of("市财政局", "市税务局"), List.of("各县(区)政府"));
        List<Finding> f = new ArrayList<>();
        Prf[] s = Scoring.scoreResponsibilities("d", List.of(g0, g1), List.of(p0, p1), f);
        // g0↔p0: 市工信局 TP (gold duplicate collapses), 市商务局 FN, 市发改委 FP; g1 unpaired: 市金融办 FN;
        // p1 unpaired: 2 FP
        assertPrf(s[0], 1, 3, 2);
        // inherited on the same pairing: NFKC parentheses match; g1 unpaired FN; p1 unpaired FP
        assertPrf(s[1], 1, 1, 1);
        assertTrue(f.stream().anyMatch(x -> x.section().equals("responsibilities") && x.kind() == Kind.FALSE_POSITIVE
                && "市发改委".equals(x.predicted())));
    }

    // ---------------------------------------------------------------- meta

    @Test
    void metaExactMatchWithCitesAsSet() {
        List<Meta.Cite> goldCites = List.of(new Meta.Cite("江西省产业集群提能升级实施方案", "赣工强省小组字〔2025〕4号"),
                new Meta.Cite("新余市国民经济和社会发展第十五个五年规划", null));
        List<Meta.Cite> predCites = List.of(new Meta.Cite("新余市国民经济和社会发展 第十五个五年规划", "x"),
                new Meta.Cite("江西省产业集群提能升级实施方案", null),
                new Meta.Cite("江西省产业集群提能升级实施方案", null));
        Meta g = meta("新余市产业集群提能升级三年行动方案(2026-2028年)", List.of("新余市人民政府", "中共新余市委"),
                new Meta.Period(2026, 2028), goldCites);
        Meta p = meta("新余市产业集群提能升级三年行动方案（２０２６-２０２８年）", List.of("中共新余市委", "新余市人民政府"),
                new Meta.Period(2026, 2027), predCites);
        List<Finding> f = new ArrayList<>();
        MetaScores m = Scoring.scoreMeta("d", g, p, f);
        assertEquals(new Accuracy(1, 1), m.field("title"), "NFKC");
        assertEquals(new Accuracy(0, 1), m.field("issuer"), "issuer is an ordered list");
        assertEquals(new Accuracy(1, 1), m.field("docNumber"), "null == null");
        assertEquals(new Accuracy(0, 1), m.field("period"));
        assertEquals(new Accuracy(1, 1), m.field("cites"), "set of titles: order, duplicates and 文号 ignored");
        assertEquals(new Accuracy(7, 9), m.overall());
        assertEquals(2, f.size());

        MetaScores fewer = Scoring.scoreMeta("d", g, meta(g.title(), g.issuer(), g.period(), goldCites.subList(0, 1)),
                new ArrayList<>());
        assertEquals(new Accuracy(0, 1), fewer.field("cites"));
        MetaScores none = Scoring.scoreMeta("d", g, null, new ArrayList<>());
        assertEquals(new Accuracy(1, 9), none.overall(), "only the null docNumber matches a missing meta");
    }

    // ---------------------------------------------------------------- corpus

    @Test
    void microSumsCountsAcrossDocuments() {
        Meta m = meta("方案", List.of("新余市人民政府"), null, List.of());
        PolicyRecord g1 = doc("a", m, List.of(t(EV, 2e11, "元")), List.of(d("每年", null, "yearly")), List.of());
        PolicyRecord p1 = doc("a", m, List.of(t(EV, 2e11, "元"), t("另一条完全不同的证据文本", 1, "个")),
                List.of(d("每年", null, "yearly")), List.of());
        PolicyRecord g2 = doc("b", m, List.of(t(EV, 2e11, "元"), t(EV, 3, "%")), List.of(), List.of(r(TASK, "X")));
        PolicyRecord g3 = doc("c", m, List.of(), List.of(d("到2028年", "2028", null)), List.of());
        PolicyRecord p2 = doc("b", m, List.of(), List.of(), List.of(r(TASK, "X")));
        PolicyRecord extra = doc("z", m, List.of(), List.of(), List.of());
        EvalReport rep = Scoring.scoreCorpus(List.of(g3, g2, g1), List.of(p2, p1, extra));
        assertEquals(List.of("a", "b", "c"), rep.documents().stream().map(DocumentReport::docId).toList());
        assertPrf(rep.documents().get(0).scores().targets().match(), 1, 1, 0);
        assertPrf(rep.documents().get(1).scores().targets().match(), 0, 0, 2);
        assertPrf(rep.micro().targets().match(), 1, 1, 2);
        assertPrf(rep.micro().deadlines(), 1, 0, 1);
        assertPrf(rep.micro().responsibilities(), 1, 0, 0);
        assertEquals(List.of("c"), rep.missingPredictions());
        assertEquals(List.of("z"), rep.extraPredictions());
        // c has no prediction: scored against a null meta, whose null docNumber/period and empty cites match gold
        assertEquals(new Accuracy(9 + 9 + 3, 27), rep.micro().meta().overall());
        assertEquals(0.5, rep.micro().targets().match().precision(), 1e-12);
        assertEquals(1.0 / 3, rep.micro().targets().match().recall(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Scoring.scoreCorpus(List.of(g1, g1), List.of()));
    }

    @Test
    void prfZeroDenominators() {
        assertEquals(1.0, Prf.ZERO.f1());
        assertEquals(0.0, new Prf(0, 0, 3).precision());
        assertEquals(0.0, new Prf(0, 2, 0).recall());
        assertEquals(0.0, new Prf(0, 2, 3).f1());
        assertTrue(Double.isNaN(Accuracy.EMPTY.rate()));
    }

    // ---------------------------------------------------------------- IO, thresholds, printing

    @Test
    void readsGoldToleratingMissingAndUnknownFields(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("xinyu.json"), """
                {"schema":"policy-records/1","comment":"hand-made",
                 "meta":{"title":"新余市方案","issuer":"新余市人民政府","period":{"from":2026,"to":2028}},
                 "targets":[{"evidence":"专精特新中小企业达到330家","value":330,"unit":"家","extra":1}],
                 "deadlines":[{"expr":"到2028年","date":"2028"}],
                 "responsibilities":[{"evidence":"大力引进链主企业","units":["市商务局",null]}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<PolicyRecord> rs = RecordIO.readDir(dir);
        assertEquals(1, rs.size());
        PolicyRecord r = rs.get(0);
        assertEquals("xinyu", r.docId());
        assertEquals(List.of("新余市人民政府"), r.meta().issuer());
        assertEquals(List.of(), r.meta().cites());
        assertNull(r.targets().get(0).taskId());
        assertNull(r.targets().get(0).valueMax());
        assertEquals(List.of("市商务局"), r.responsibilities().get(0).units());
        assertEquals(List.of(), r.responsibilities().get(0).inheritedUnits());
        PolicyRecord bare = RecordIO.parse("{\"docId\":\"x\"}");
        assertEquals(List.of(), bare.targets());
        assertNull(bare.meta());
    }

    @Test
    void thresholdsReportFailures(@TempDir Path dir) throws Exception {
        PolicyRecord g = doc("a", null, List.of(t(EV, 2e11, "元"), t(EV, 3, "%")), List.of(d("每年", null, "yearly")),
                List.of());
        PolicyRecord p = doc("a", null, List.of(t(EV, 2e11, "元")), List.of(d("每年", null, "yearly")), List.of());
        EvalReport rep = Scoring.scoreCorpus(List.of(g), List.of(p));
        Path file = dir.resolve("t.properties");
        Files.writeString(file, "targets.f1=0.90\ndeadlines.f1=1.0\nmeta.accuracy=0.5\ntargets.deadline.accuracy=0.5\n");
        List<Thresholds.Failure> fails = Thresholds.load(file).check(rep);
        assertEquals(List.of("targets.deadline.accuracy", "targets.f1"),
                fails.stream().map(Thresholds.Failure::field).toList());
        assertTrue(Double.isNaN(fails.get(0).actual()), "no matched pair with a gold deadline: undefined fails");
        assertEquals(2.0 / 3, fails.get(1).actual(), 1e-12);
        assertEquals(0.9, fails.get(1).threshold());
        assertTrue(Thresholds.parse("targets.f1=0.6\ninherited.f1=1").check(rep).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.parse("target.f1=0.9"));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.parse("targets.f1=90"));
        for (String k : Thresholds.KEYS) {
            Thresholds.metric(rep.micro(), k);
        }
    }

    @Test
    void printers() throws Exception {
        PolicyRecord g = doc("xinyu", null, List.of(t(EV, 2e11, "元")), List.of(), List.of(r(TASK, "市商务局")));
        PolicyRecord p = doc("xinyu", null, List.of(t(EV, 2e10, "元")), List.of(), List.of(r(TASK, "市商务局")));
        EvalReport rep = Scoring.scoreCorpus(List.of(g), List.of(p));
        String table = ReportPrinter.table(rep);
        assertTrue(table.contains("MICRO"), table);
        assertTrue(table.contains("xinyu"), table);
        assertTrue(table.contains("responsibilities"), table);
        JsonNode json = policylens.model.Json.mapper().readTree(ReportPrinter.json(rep));
        assertEquals(0, json.at("/micro/targets/match/tp").asInt());
        assertEquals(1.0, json.at("/micro/responsibilities/f1").asDouble());
        assertTrue(json.at("/micro/targets/comparator/accuracy").isNull());
        assertEquals("value", json.at("/documents/0/findings/0/field").asText());
        String explain = ReportPrinter.explain(rep);
        assertTrue(explain.contains("targets MISSED value: " + EV), explain);
        assertTrue(explain.contains("targets FALSE_POSITIVE value"), explain);
    }
}
