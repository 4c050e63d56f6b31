package policylens.model;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparatorTest {
    @Test
    void writesExactlyTheContractsStrings() {
        assertEquals(List.of("eq", "gte", "gt", "lte", "lt", "approx", "range"),
                Arrays.stream(Comparator.values()).map(Comparator::json).toList());
        assertEquals("\"gte\"", Json.line(Comparator.GTE));
    }

    @Test
    void everyComparatorRoundTripsThroughItsJsonString() throws Exception {
        for (Comparator c : Comparator.values()) {
            assertSame(c, Comparator.fromJson(c.json()));
            assertSame(c, Json.mapper().readValue(Json.line(c), Comparator.class));
        }
    }

    @Test
    void symbolsAreThoseReportsAndPagesWriteBeforeAValue() {
        assertEquals("=≥>≤<≈", Arrays.stream(Comparator.values()).map(Comparator::symbol)
                .reduce("", String::concat));
        assertEquals("", Comparator.RANGE.symbol());
    }

    @Test
    void onlyLteAndLtAreCeilings() {
        assertTrue(Comparator.LTE.isCeiling());
        assertTrue(Comparator.LT.isCeiling());
        assertFalse(Comparator.GTE.isCeiling());
        assertFalse(Comparator.RANGE.isCeiling());
    }

    @Test
    void anUnknownStringIsRefusedNamingItAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparator.fromJson(">="));
        assertEquals("未知的比较符 \">=\" / unknown comparator \">=\"; 应为 / expected one of: "
                + "eq, gte, gt, lte, lt, approx, range", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Comparator.fromJson("GTE"));
        assertThrows(IllegalArgumentException.class, () -> Comparator.fromJson(null));
        ValueInstantiationException j = assertThrows(ValueInstantiationException.class,
                () -> Json.mapper().readValue("\"greater\"", Comparator.class));
        assertTrue(j.getMessage().contains("unknown comparator \"greater\""), j.getMessage());
    }

    @Test
    void findAnswersNullForWhatIsNotAComparator() {
        assertNull(Comparator.find("≥"));
        assertNull(Comparator.find(null));
        assertSame(Comparator.APPROX, Comparator.find("approx"));
    }
}
