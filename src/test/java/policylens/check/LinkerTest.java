package policylens.check;

import org.junit.jupiter.api.Test;
import policylens.extract.Meta;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkerTest {
    private final Linker linker = new Linker();

    @Test
    void xinyuImplementsTheProvincialClusterPlanByItsCite() {
        Link l = linker.link(Docs.corpus("xinyu-cluster-upgrade-2026-2028"), Docs.corpus("jiangxi-cluster-upgrade-2025"));
        assertNotNull(l);
        assertTrue(l.basis().contains("cite-title"), l.toString());
        assertTrue(l.basis().contains("phrase"), l.toString());
        assertEquals("plan", l.via());
        assertTrue(l.childEvidence().contains("认真落实《江西省产业集群提能升级实施方案》(赣工强省小组字〔2025〕4号)"),
                l.childEvidence());
    }

    @Test
    void nanchangImplementsThe1269PlanPresentedByThePressConference() {
        Link l = linker.link(Docs.corpus("nanchang-8810-action-plan-2023-2026"),
                Docs.corpus("jiangxi-1269-press-conference-2023"));
        assertNotNull(l);
        assertTrue(l.basis().contains("cite-title"), l.toString());
        assertEquals("presents", l.via(), "the press conference is not the plan, it presents it");
        assertTrue(l.childEvidence().contains("赣府字〔2023〕40号"), l.childEvidence());
    }

    @Test
    void allLinksAmongTheCorpusAreTheTwoSeedPairs() {
        List<Link> links = linker.links(new ArrayList<>(Docs.corpus().values()));
        List<String> pairs = links.stream().map(l -> l.child() + "→" + l.parent()).toList();
        assertEquals(List.of("nanchang-8810-action-plan-2023-2026→jiangxi-1269-press-conference-2023",
                "xinyu-cluster-upgrade-2026-2028→jiangxi-cluster-upgrade-2025"), pairs);
    }

    @Test
    void aProvincialPlanImplementingAnotherIsASiblingNotAChild() {
        CheckDoc cluster = Docs.corpus("jiangxi-cluster-upgrade-2025");
        CheckDoc conference = Docs.corpus("jiangxi-1269-press-conference-2023");
        assertNotNull(linker.reference(cluster, conference), "深入实施省…“1269”行动计划 names it");
        assertNull(linker.link(cluster, conference), "same level: not a parent");
    }

    @Test
    void aNewsReportIsNotAPlanAndGetsNoParent() {
        CheckDoc report = Docs.corpus("xinyu-industrial-city-report-2024");
        assertNotNull(linker.reference(report, Docs.corpus("jiangxi-1269-press-conference-2023")),
                "围绕省…“1269”行动计划 names the plan");
        assertNull(linker.link(report, Docs.corpus("jiangxi-1269-press-conference-2023")));
    }

    @Test
    void titleKeysDropTheNoticeWrapperYearsQuotesAndExpandTheProvince() {
        Meta jx = new Meta(null, List.of(), null, null, "city", "江西省", "南昌市", null, List.of());
        String cited = Linker.key("江西省人民政府关于印发江西省制造业重点产业链现代化建设“ 1269”行动计划的通知", jx);
        String headline = Linker.key("江西省制造业重点产业链现代化建设“1269”行动计划(2023—2026年)", jx);
        String bare = Linker.key("省制造业重点产业链现代化建设“1269”行动计划", jx);
        assertEquals("江西省制造业重点产业链现代化建设1269行动计划", cited);
        assertEquals(cited, headline);
        assertEquals(cited, bare);
    }

    @Test
    void aCityPlanNamedOnlyByItsPhraseIsLinked() {
        CheckDoc parent = Docs.of("p", Docs.concat(Docs.PROVINCE_HEAD,
                "(一)优化集群空间布局。编制出台“十五五”推进新型工业化发展规划,明确全省产业定位和区域布局。(责任单位:省工业和信息化厅)"));
        CheckDoc child = Docs.of("c", Docs.concat(Docs.CITY_HEAD,
                "(一)优化集群空间布局。编制全市“十五五”新型工业化发展规划。"));
        Link l = linker.link(child, parent);
        assertNotNull(l);
        assertTrue(l.basis().contains("phrase"));
    }
}
