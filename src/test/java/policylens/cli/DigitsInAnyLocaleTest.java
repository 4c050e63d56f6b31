package policylens.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts and scores are written with ASCII digits and a decimal point whatever the machine's locale: under Persian
 * defaults {@code printf("%d")} gives ۶ (the OpenSearch test framework's random locale found this).
 */
class DigitsInAnyLocaleTest {
    @Test
    void summariesUseAsciiDigitsUnderAPersianLocale(@TempDir Path tmp) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            String idx = tmp.resolve("idx").toString();
            String[] index = CliRun.run(0, "index", "corpus/xinyu-cluster-upgrade-2026-2028.txt", "--index", idx);
            assertTrue(index[1].contains("indexed 1, unchanged 0, failed 0"), index[1]);
            String[] who = CliRun.run(0, "who", "谁负责中试平台建设?", "--index", idx);
            assertTrue(who[0].matches("(?s)1\\. .*\\(\\d+\\.\\d{2}\\).*"), who[0]);
        } finally {
            Locale.setDefault(before);
        }
    }
}
