package policylens.check;

import org.junit.jupiter.api.Test;
import policylens.i18n.Lang;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static policylens.check.RelaxedObligationRuleTest.NATIONAL_COUNTIES;
import static policylens.check.RelaxedObligationRuleTest.PROVINCE_COUNTIES_ENCOURAGED;
import static policylens.check.RelaxedObligationRuleTest.national;
import static policylens.check.RelaxedObligationRuleTest.province;

/** narrowed-scope on the guideline/province sentences of {@link RelaxedObligationRuleTest} and on the corpus pair. */
class NarrowedScopeRuleTest {
    private final Checker checker = new Checker();

    private List<Finding> narrowed(CheckDoc child, CheckDoc parent) {
        return checker.check(child, parent, null).findings().stream()
                .filter(f -> f.kind().equals(Finding.NARROWED_SCOPE)).toList();
    }

    @Test
    void everyPlaceInTheGuidelineButPlacesWithTheMeansInTheProvinceIsFlagged() {
        List<Finding> fs = narrowed(province(PROVINCE_COUNTIES_ENCOURAGED), national(NATIONAL_COUNTIES));
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals("鼓励有条件的地区建设县城和乡镇充电基础设施。", f.childEvidence().get(0).text());
        assertTrue(f.parentEvidence().get(0).text().contains("各地要加快建设"), f.toString());
        assertEquals("「县城·乡镇·充电·基础设施」:上级要求“各地”,下级只及于“有条件的地区”,范围缩小", f.message().in(Lang.ZH));
        assertEquals("「县城·乡镇·充电·基础设施」: the parent asks it of “各地” where the child applies it to “有条件的地区” only:"
                + " a narrower scope.", f.message().in(Lang.EN));
    }

    @Test
    void fullCoverageThatBecomesAPilotInSomeClustersIsFlagged() {
        String sixOnes = "(三)完善集群建设模式。到2026年12月,在部分省级产业集群开展“六个一”机制建设。"; // altered 新余 (三)
        List<Finding> fs = narrowed(Docs.of("city", Docs.concat(Docs.CITY_HEAD, sixOnes)),
                Docs.corpus("jiangxi-cluster-upgrade-2025"));
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).parentEvidence().get(0).text().contains("实现省级以上集群全覆盖"));
        assertTrue(fs.get(0).message().in(Lang.ZH).contains("上级要求“全覆盖”,下级只及于“部分”"), fs.toString());
    }

    @Test
    void aChildReachingFurtherThanItsParentIsNotFlagged() {
        CheckDoc parent = national(PROVINCE_COUNTIES_ENCOURAGED.replace("鼓励", "支持"));
        CheckDoc child = province(NATIONAL_COUNTIES);
        assertTrue(narrowed(child, parent).isEmpty(), "有条件的地区 → 各地 is wider");
    }

    @Test
    void theParentsOwnSubsetWordIsNoNarrowing() {
        // jiangxi-cluster-upgrade-2025 (五): 各县(市、区)、开发区培育一批500亿元集群; 新余 keeps 一批
        String parentRange = "(五)实施集群分类培育建设。各县(市、区)、开发区培育一批500亿元集群。";
        String child = "(五)实施集群分类培育。各县(区)培育一批500亿元集群。";
        assertTrue(narrowed(Docs.of("city", Docs.concat(Docs.CITY_HEAD, child)),
                Docs.of("province", Docs.concat(Docs.PROVINCE_HEAD, parentRange))).isEmpty());
    }

    @Test
    void anUnrelatedPilotIsNotFlagged() {
        String pilots = "(一)推进数字化转型。推进集群数字化转型试点。"; // jiangxi-cluster-upgrade-2025 (八)
        assertTrue(narrowed(province(pilots), national(NATIONAL_COUNTIES)).isEmpty());
    }

    @Test
    void theCorpusPairsNarrowNothing() {
        for (String[] p : new String[][]{
                {"xinyu-cluster-upgrade-2026-2028", "jiangxi-cluster-upgrade-2025"},
                {"nanchang-8810-action-plan-2023-2026", "jiangxi-1269-press-conference-2023"}}) {
            CheckPair pair = checker.pair(Docs.corpus(p[0]), Docs.corpus(p[1]), null);
            assertTrue(new NarrowedScopeRule().findings(pair).isEmpty(), p[0]);
        }
    }
}
