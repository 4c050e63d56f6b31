package policylens.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsistencyTest {
    private final Consistency consistency = new Consistency();

    @Test
    void bodyAndAnnexWithDifferentValuesConflict() {
        CheckDoc doc = Docs.of("conflict", Docs.concat(Docs.CITY_HEAD,
                "(七)壮大优质企业矩阵。实施专精特新中小企业提质工程,系统推进中小企业梯度培育,到2028年,专精特新中小企业达到330家。",
                "附件2", "全市产业集群提能升级重点任务清单", "重点任务", "具体举措", "责任单位",
                "7.壮大优质企业矩阵",
                // altered copy of the annex row: 300 instead of 330
                "实施专精特新中小企业提质工程,系统推进中小企业梯度培育,到2028年,专精特新中小企业达到300家。",
                "市工信局、市重点产业链牵头单位"));
        List<Finding> f = consistency.check(doc);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.INCONSISTENT_VALUES, f.get(0).kind());
        assertEquals(2, f.get(0).childEvidence().size());
        String message = f.get(0).message().in(policylens.i18n.Lang.ZH);
        assertTrue(message.contains("330") && message.contains("300") && message.contains("前后不一"), message);
    }

    @Test
    void theSeedDocumentsAreConsistent() {
        for (String id : List.of("xinyu-cluster-upgrade-2026-2028", "jiangxi-cluster-upgrade-2025",
                "nanchang-8810-action-plan-2023-2026", "jiangxi-1269-press-conference-2023")) {
            // tiers in one annex row (覆盖率不低于50% / 70% / 80%), 30个 vs 30个左右, L6 vs L7 are no conflicts
            assertTrue(consistency.check(Docs.corpus(id)).isEmpty(), id + ": " + consistency.check(Docs.corpus(id)));
        }
    }
}
