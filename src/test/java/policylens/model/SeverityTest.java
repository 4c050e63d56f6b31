package policylens.model;

import org.junit.jupiter.api.Test;
import policylens.check.Finding;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeverityTest {
    @Test
    void writesHighMediumLowWithLabelsInTheCatalogue() {
        assertEquals(List.of("high", "medium", "low"), Arrays.stream(Severity.values()).map(Severity::json).toList());
        for (Severity s : Severity.values()) {
            assertTrue(policylens.i18n.Messages.keys().contains("severity." + s.json()), "a label for " + s);
        }
    }

    @Test
    void everySeverityRoundTripsThroughItsJsonString() throws Exception {
        for (Severity s : Severity.values()) {
            assertSame(s, Severity.fromJson(s.json()));
            assertSame(s, Json.mapper().readValue(Json.line(s), Severity.class));
        }
    }

    @Test
    void rankPutsHighFirstAndLowLast() {
        assertEquals(List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW),
                List.of(Severity.LOW, Severity.HIGH, Severity.MEDIUM).stream()
                        .sorted(java.util.Comparator.comparingInt(Severity::rank)).toList());
    }

    @Test
    void aFindingIsWrittenWithTheSeverityString() {
        Finding f = new Finding(Finding.WEAKER_TARGET, Severity.HIGH, policylens.i18n.Text.plain("m"), List.of(), List.of());
        assertEquals("{\"kind\":\"weaker-target\",\"severity\":\"high\",\"message\":\"m\",\"childEvidence\":[],"
                + "\"parentEvidence\":[]}", Json.line(f));
    }

    @Test
    void anUnknownSeverityIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Severity.fromJson("critical"));
        assertTrue(e.getMessage().contains("unknown severity \"critical\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("high, medium, low"), e.getMessage());
    }
}
