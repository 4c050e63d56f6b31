package policylens.check;

import org.junit.jupiter.api.Test;
import policylens.i18n.Lang;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * relaxed-obligation on a national guideline against a provincial implementation (sentences modelled on 国办发〔2023〕19号
 * and the way provinces restate it) and on the corpus pair xinyu ← jiangxi, real and altered (altered copies say so).
 */
class RelaxedObligationRuleTest {
    static final String[] NATIONAL_HEAD = {
            "国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见",
            "国办发〔2023〕19号",
            "二、重点任务"};
    static final String[] PROVINCE_HEAD = {
            "江西省进一步构建高质量充电基础设施体系实施方案",
            "为贯彻落实《国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见》(国办发〔2023〕19号),结合我省实际,制定本方案。",
            "二、重点任务"};
    static final String NATIONAL_COUNTIES = "(一)加快补齐县域充电短板。各地要加快建设县城和乡镇充电基础设施,"
            + "实现充电站“县县全覆盖”、充电桩“乡乡全覆盖”。";
    static final String PROVINCE_COUNTIES_ENCOURAGED = "(一)补齐县域充电短板。鼓励有条件的地区建设县城和乡镇充电基础设施。";
    static final String NATIONAL_HOMES = "(二)落实居住区配建要求。新建居住区要全面落实充电基础设施配建要求,"
            + "固定车位按规定100%建设充电基础设施。";
    static final String PROVINCE_HOMES_RESERVED = "(二)落实居住区配建要求。新建居住区固定车位应预留充电基础设施安装条件。";

    private final RelaxedObligationRule rule = new RelaxedObligationRule();
    private final Checker checker = new Checker();

    static CheckDoc national(String... paragraphs) {
        return Docs.of("national", Docs.concat(NATIONAL_HEAD, paragraphs));
    }

    static CheckDoc province(String... paragraphs) {
        return Docs.of("province", Docs.concat(PROVINCE_HEAD, paragraphs));
    }

    private List<Finding> relaxed(CheckDoc child, CheckDoc parent) {
        return checker.check(child, parent, null).findings().stream()
                .filter(f -> f.kind().equals(Finding.RELAXED_OBLIGATION)).toList();
    }

    @Test
    void aGuidelinesMustBuildThatTheProvinceOnlyEncouragesIsFlaggedQuotingBoth() {
        List<Finding> fs = relaxed(province(PROVINCE_COUNTIES_ENCOURAGED), national(NATIONAL_COUNTIES));
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals("鼓励有条件的地区建设县城和乡镇充电基础设施。", f.childEvidence().get(0).text());
        assertTrue(f.parentEvidence().get(0).text().contains("各地要加快建设县城和乡镇充电基础设施"), f.toString());
        assertEquals("「县城·乡镇·充电·基础设施」:上级用“要”,下级只用“鼓励”,要求减弱", f.message().in(Lang.ZH));
        assertEquals("「县城·乡镇·充电·基础设施」: the parent says “要” where the child only says “鼓励”: a weaker obligation.",
                f.message().in(Lang.EN));
    }

    @Test
    void buildingThatBecomesReservingTheConditionsIsFlagged() {
        List<Finding> fs = relaxed(province(PROVINCE_HOMES_RESERVED), national(NATIONAL_HOMES));
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().in(Lang.ZH).contains("上级用“建设”,下级只用“预留”"), fs.toString());
        assertTrue(fs.get(0).parentEvidence().get(0).text().contains("100%建设充电基础设施"));
    }

    @Test
    void aChoiceTheParentOffersIsNoRelaxation() {
        // the guideline's own words: 100%建设充电基础设施或预留安装条件
        String offers = NATIONAL_HOMES.replace("100%建设充电基础设施。", "100%建设充电基础设施或预留安装条件。");
        assertTrue(relaxed(province(PROVINCE_HOMES_RESERVED), national(offers)).isEmpty());
    }

    @Test
    void aStricterChildIsNotFlagged() {
        // the roles swapped: the parent encourages, the child orders
        CheckDoc parent = Docs.of("national", Docs.concat(NATIONAL_HEAD, PROVINCE_COUNTIES_ENCOURAGED, PROVINCE_HOMES_RESERVED));
        CheckDoc child = Docs.of("province", Docs.concat(PROVINCE_HEAD, NATIONAL_COUNTIES, NATIONAL_HOMES));
        assertTrue(relaxed(child, parent).isEmpty());
    }

    @Test
    void oneStepDownTheScaleIsWordingNotARelaxation() {
        String effort = "(一)补齐县域充电短板。各地力争建设县城和乡镇充电基础设施。";
        assertTrue(relaxed(province(effort), national(NATIONAL_COUNTIES)).isEmpty(), "要 → 力争");
    }

    @Test
    void anUnrelatedEncouragementIsNotFlagged() {
        String mergers = "(一)提升企业竞争力。鼓励企业开展并购重组,支持龙头企业做大做强。"; // jiangxi-cluster-upgrade-2025 (三)
        assertTrue(relaxed(province(mergers), national(NATIONAL_COUNTIES, NATIONAL_HOMES)).isEmpty());
    }

    @Test
    void theCorpusPairRelaxesNothingButAnAlteredCopyIsCaught() {
        CheckDoc parent = Docs.corpus("jiangxi-cluster-upgrade-2025");
        CheckDoc child = Docs.corpus("xinyu-cluster-upgrade-2026-2028");
        CheckPair pair = checker.pair(child, parent, null);
        // 支持各地制定集群实施方案 → 制定集群提能升级实施方案, 支持集群绿色低碳转型 → 推进…: the city is stricter
        assertTrue(rule.findings(pair).isEmpty(), rule.findings(pair).toString());

        String sixOnes = "(三)完善集群建设模式。到2026年12月,探索在部分省级产业集群试点“六个一”机制。"; // altered (三)
        CheckDoc altered = Docs.of("city", Docs.concat(Docs.CITY_HEAD, sixOnes));
        List<Finding> fs = relaxed(altered, parent);
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).parentEvidence().get(0).text().contains("用一年左右的时间实现省级以上集群全覆盖"));
        assertTrue(fs.get(0).message().in(Lang.ZH).contains("上级用“实现”,下级只用“探索”"), fs.toString());
    }
}
