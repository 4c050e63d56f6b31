package policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In who answers, a 牵头 unit goes before 配合 units of equal or near-equal strength. */
class WhoLeadFirstTest {
    @TempDir
    Path tmp;

    /**
     * The Guangzhou V2G plan: 试点项目报备 is led by 市工业和信息化局 with 广州供电局 supporting; 广州供电局 is also named
     * by a few other, weakly matching tasks, whose quarter-weighted scores lift it a hair above the lead unit.
     */
    @Test
    void theLeadUnitOfTheV2gPilotFilingComesBeforeTheSupportingPowerCompany() throws Exception {
        Path index = tmp.resolve("index");
        IndexResult indexed = new PolicyIndex(index).index(List.of(Path.of("corpus/guangdong-guangzhou-v2g-pilot-city-work-plan-2025-2027.md")));
        assertTrue(indexed.failures().isEmpty(), indexed.toString());
        try (Searcher searcher = Searcher.open(index)) {
            WhoAnswerer.Result r = new WhoAnswerer(searcher).who("广州V2G试点项目报备由哪个部门负责", 5);
            WhoAnswerer.Answer first = r.answers().get(0);
            WhoAnswerer.Answer second = r.answers().get(1);
            assertEquals("广州市工业和信息化局", first.unit(), r.answers().toString());
            assertTrue(first.lead());
            assertEquals("广州供电局", second.unit());
            assertFalse(second.lead());
            // the case itself: the supporting unit is (slightly) stronger, and still comes second
            assertTrue(second.strength() > first.strength(), r.answers().toString());
            assertTrue(second.strength() - first.strength() <= WhoAnswerer.NEAR_EQUAL * second.strength());
        }
    }

    record Unit(String name, double strength, boolean lead) {
    }

    @Test
    void aLeadUnitPassesSupportingUnitsWithinFivePercentOnly() {
        List<Unit> ranked = new ArrayList<>(List.of(new Unit("a", 100, false), new Unit("b", 99, false),
                new Unit("c", 97, true), new Unit("d", 90, true), new Unit("e", 80, false)));
        WhoAnswerer.leadFirst(ranked, Unit::strength, Unit::lead);
        // c (97) passes b (99) and a (100), both within 5% of it; d (90) is 9% below b and stays
        assertEquals(List.of("c", "a", "b", "d", "e"), ranked.stream().map(Unit::name).toList());
    }
}
