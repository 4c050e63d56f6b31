package policylens.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelTest {
    @Test
    void writesExactlyTheContractsStringsWithLabelsInTheCatalogue() {
        assertEquals(List.of("national", "province", "city", "county"),
                Arrays.stream(Level.values()).map(Level::json).toList());
        for (Level l : Level.values()) {
            assertTrue(policylens.i18n.Messages.keys().contains("level." + l.json()), "a label for " + l);
        }
        assertEquals("national|province|city|county", Level.names("|"));
    }

    @Test
    void everyLevelRoundTripsThroughItsJsonString() throws Exception {
        for (Level l : Level.values()) {
            assertSame(l, Level.fromJson(l.json()));
            assertSame(l, Json.mapper().readValue(Json.line(l), Level.class));
        }
    }

    @Test
    void rankOrdersNationalAboveProvinceAboveCityAboveCounty() {
        List<Level> shuffled = List.of(Level.CITY, Level.NATIONAL, Level.COUNTY, Level.PROVINCE);
        assertEquals(List.of(Level.NATIONAL, Level.PROVINCE, Level.CITY, Level.COUNTY),
                shuffled.stream().sorted(java.util.Comparator.comparingInt(Level::rank).reversed()).toList());
        assertTrue(Level.PROVINCE.isAbove(Level.CITY));
        assertFalse(Level.CITY.isAbove(Level.CITY));
        assertFalse(Level.COUNTY.isAbove(Level.NATIONAL));
    }

    @Test
    void onlyCityAndCountyPlansAreLocal() {
        assertEquals(List.of(Level.CITY, Level.COUNTY), Arrays.stream(Level.values()).filter(Level::isLocal).toList());
    }

    @Test
    void anUnknownLevelIsRefusedNamingItAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.fromJson("town"));
        assertEquals("未知的层级 \"town\" / unknown level \"town\"; 应为 / expected one of: national, province, city, county",
                e.getMessage());
        assertNull(Level.find("省级"));
        assertNull(Level.find(null));
    }
}
