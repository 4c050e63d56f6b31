package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.ingest.FormatFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged Word file is one line on stderr: no WARN lines from POI or Tika, no ZipException trace (the libraries
 * log only with --debug).
 */
class QuietLogsTest {
    @TempDir
    Path tmp;

    @Test
    void randomBytesNamedDocxGiveOneLine() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(12).nextBytes(noise);
        assertOneLine(Files.write(tmp.resolve("random.docx"), noise));
    }

    @Test
    void aTruncatedRealDocxGivesOneLine() throws Exception {
        byte[] docx = Files.readAllBytes(FormatFixtures.writeDocx(FormatFixtures.source(), tmp));
        assertOneLine(Files.write(tmp.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2)));
    }

    private static void assertOneLine(Path file) {
        String[] text = CliRun.run(1, "text", file.toString());
        List<String> lines = text[1].lines().toList();
        assertEquals(1, lines.size(), text[1]);
        assertTrue(lines.get(0).startsWith("policylens: " + file + ": Word 文档已损坏或无法读取："), text[1]);
        assertTrue(!lines.get(0).contains("TIKA-"), "the cause, not Tika's wrapper: " + lines.get(0));
        // extract adds only its count of failed files
        String[] extract = CliRun.run(1, "extract", file.toString());
        assertEquals(List.of(lines.get(0), "policylens: 1 of 1 files failed"), extract[1].lines().toList());
    }
}
