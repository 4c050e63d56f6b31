package policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: check --all and eval say how far they are on stderr; stdout stays the JSON alone. */
class ProgressOnStderrTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> progressLines(String stderr) {
        return stderr.lines().filter(l -> l.matches(".*\\[\\d+/\\d+] .*")).toList();
    }

    @Test
    void checkAllReportsReadingAndCheckingOnStderrAndPrintsOnlyJsonOnStdout() throws Exception {
        String[] r = CliRun.run(0, "check", "--all", "corpus", "--json");
        JsonNode report = JSON.readTree(r[0]);
        assertEquals("policy-checks/1", report.get("schema").asText());
        List<String> progress = progressLines(r[1]);
        assertTrue(progress.get(0).startsWith("读取 / reading [1/23] "), r[1]);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("读取 / reading [23/23] ")), r[1]);
        int pairs = report.get("reports").size();
        assertTrue(pairs >= 2, r[0]);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("检查 / checking [" + pairs + "/" + pairs + "] ")), r[1]);
    }

    @Test
    void evalReportsItsDocumentsOnStderrAndPrintsOnlyJsonOnStdout() throws Exception {
        String[] r = CliRun.run(0, "eval", "--gold", "gold", "--docs", "corpus", "--json");
        assertTrue(JSON.readTree(r[0]).isObject(), r[0]);
        List<String> progress = progressLines(r[1]);
        assertTrue(progress.size() >= 2, r[1]);
        assertTrue(progress.get(0).startsWith("[1/"), r[1]);
        String last = progress.get(progress.size() - 1);
        assertTrue(last.matches("\\[(\\d+)/\\1] .*"), "the last step is reported: " + r[1]);
    }
}
