package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    @TempDir
    Path dir;

    private static String[] run(int expected, String... args) {
        return CliRun.run(expected, args);
    }

    @Test
    void corpusMeetsTheCheckedInThresholds() {
        String[] out = run(0, "eval", "--gold", "gold", "--docs", "corpus", "--thresholds", "gold/thresholds.properties");
        assertTrue(out[0].contains("MICRO"), out[0]);
    }

    @Test
    void heldOutPlansMeetTheirThresholds() {
        String[] out = run(0, "eval", "--gold", "heldout/gold", "--docs", "heldout", "--thresholds", "heldout/thresholds.properties");
        assertTrue(out[0].contains("MICRO"), out[0]);
    }

    @Test
    void failsWhenQualityIsBelowAThreshold() throws Exception {
        Path strict = Files.writeString(dir.resolve("t.properties"), "targets.f1=1.0\nmeta.accuracy=1.0\n");
        String[] out = run(1, "eval", "--gold", "gold", "--docs", "corpus", "--thresholds", strict.toString());
        assertTrue(out[1].contains("quality below threshold"), out[1]);
    }

    @Test
    void jsonOutputIsMachineReadable() throws Exception {
        String[] out = run(0, "eval", "--gold", "gold", "--docs", "corpus", "--json");
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out[0]).has("micro"), out[0]);
    }
}
