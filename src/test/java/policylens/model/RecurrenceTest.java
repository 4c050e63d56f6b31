package policylens.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecurrenceTest {
    @Test
    void writesExactlyTheContractsStrings() {
        assertEquals(List.of("yearly", "quarterly", "monthly"),
                Arrays.stream(Recurrence.values()).map(Recurrence::json).toList());
    }

    @Test
    void everyRecurrenceRoundTripsThroughItsJsonString() throws Exception {
        for (Recurrence r : Recurrence.values()) {
            assertSame(r, Recurrence.fromJson(r.json()));
            assertSame(r, Json.mapper().readValue(Json.line(r), Recurrence.class));
        }
    }

    @Test
    void anUnknownRecurrenceIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recurrence.fromJson("weekly"));
        assertTrue(e.getMessage().startsWith("未知的周期 \"weekly\" / unknown recurrence \"weekly\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("yearly, quarterly, monthly"), e.getMessage());
        assertNull(Recurrence.find("每年"));
    }
}
