package policylens.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A nonsense option is a usage error with a message, not a silent empty answer (exit 0). */
class OptionValidationTest {
    @Test
    void aLimitOutsideOneToAThousandIsRefused() {
        String[] search = CliRun.run(2, "search", "中试平台", "--limit", "0", "--index", "does-not-matter");
        assertTrue(search[1].contains("--limit"), search[1]);
        String[] who = CliRun.run(2, "who", "谁负责中试平台建设", "--limit", "-1", "--index", "does-not-matter");
        assertTrue(who[1].contains("--limit"), who[1]);
    }

    @Test
    void anUnknownLevelIsRefused() {
        String[] out = CliRun.run(2, "search", "中试平台", "--level", "bogus", "--index", "does-not-matter");
        assertTrue(out[1].contains("--level") && out[1].contains("bogus"), out[1]);
    }

    @Test
    void anEmptyFolderIsSaidToBeEmpty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String[] out = CliRun.run(2, "extract", dir.toString(), "--out", dir.resolve("out").toString());
        assertTrue(out[1].contains("no documents"), out[1]);
    }
}
