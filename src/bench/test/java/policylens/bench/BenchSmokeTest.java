package policylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small run of {@code policylens bench} (N=200): every figure and its baseline must be there and positive. No
 * timing assertion: speed is measured by running the bench, not by tests.
 */
class BenchSmokeTest {
    static final List<String> FIGURES = List.of(
            "extraction.charsPerSecPerCore", "extraction.vsRegex",
            "ingest.txt.charsPerSec", "ingest.html.charsPerSec", "ingest.docx.charsPerSec",
            "index.seconds", "index.docsPerSec", "index.peakHeapMB", "index.liveHeapMB", "index.liveHeapLessBufferMB", "index.sizeMB",
            "who.warm.p50", "who.warm.p95", "who.warm.p99", "search.warm.p50", "search.warm.p95", "search.warm.p99",
            "who.cold.ms");

    @Test
    void benchWithTwoHundredDocumentsReportsEveryFigure(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bench.json");
        int code = BenchMain.run("bench", "--docs", "200", "--work", dir.resolve("work").toString(), "--out", out.toString(),
                "--rounds", "1", "--cold-runs", "1", "--sample", "5");
        assertEquals(0, code);
        JsonNode report = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>();
        for (JsonNode f : report.get("figures")) {
            String key = f.get("key").asText();
            keys.add(key);
            assertTrue(f.get("value").asDouble() > 0, key + " = " + f.get("value"));
            assertTrue(f.get("baseline").asDouble() > 0, key + " baseline = " + f.get("baseline"));
            assertTrue(f.get("ratio").asDouble() > 0, key + " ratio = " + f.get("ratio"));
            assertFalse(f.get("baselineLabel").asText().isBlank(), key);
        }
        assertTrue(keys.containsAll(FIGURES), "missing: " + FIGURES.stream().filter(k -> !keys.contains(k)).toList());
        boolean pdf = CjkPdf.font().isPresent();
        assertEquals(pdf, keys.contains("ingest.pdf.charsPerSec"), "PDF figure exactly when a CJK font exists");
        assertEquals(200, report.get("config").get("docs").asInt());
        assertEquals(200, report.get("config").get("indexedDocs").asInt());
        assertEquals(0, report.get("checks").get("indexFailures").asInt());
        assertEquals(0, report.get("checks").get("searchSyntaxErrors").asInt());
        assertTrue(report.get("checks").get("coldWhoAnswered").asBoolean());
        assertTrue(report.get("machine").get("cores").asInt() > 0);
        String md = Files.readString(dir.resolve("bench.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("| figure | value |"), md);
        assertTrue(md.contains("exists only for timing"), md);
    }
}
