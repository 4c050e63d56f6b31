package policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.format.CheckCsv;
import policylens.format.CsvReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path dir;

    private static String[] run(int expected, String... args) {
        return CliRun.run(expected, args);
    }

    @Test
    void checkAllWritesAnHtmlReportOfBothSeedPairs() throws Exception {
        Path html = dir.resolve("report.html");
        String[] out = run(0, "check", "--all", "corpus", "--format", "html", "--out", html.toString());
        assertTrue(out[1].contains("2 pair(s) checked"), out[1]);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("新余市产业集群提能升级三年行动方案") && page.contains("南昌市制造业重点产业链现代化建设"));
        assertTrue(page.contains("deadline-later") && page.contains("用一年左右的时间实现省级以上集群全覆盖"));
    }

    @Test
    void checkOnePairAsJson() throws Exception {
        String[] out = run(0, "check", "corpus/xinyu-cluster-upgrade-2026-2028.txt",
                "corpus/jiangxi-cluster-upgrade-2025.txt", "--json");
        JsonNode root = new ObjectMapper().readTree(out[0]);
        JsonNode report = root.path("reports").get(0);
        assertEquals("xinyu-cluster-upgrade-2026-2028", report.path("child").path("docId").asText());
        assertTrue(report.path("alignments").size() > 5);
        boolean late = false;
        for (JsonNode f : report.path("findings")) {
            late |= f.path("kind").asText().equals("deadline-later");
        }
        assertTrue(late, out[0]);
    }

    @Test
    void markdownIsTheDefault() {
        String[] out = run(0, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt",
                "corpus/jiangxi-1269-press-conference-2023.txt");
        assertTrue(out[0].startsWith("# PolicyLens 核对报告"), out[0]);
        assertTrue(out[0].contains("| 全省规模以上工业营业收入年均增长 |"), out[0]);
    }

    /** --format csv: the pair's findings, alignments, unmatched targets and coverage, one row each. */
    @Test
    void csvReportHasARowPerFindingAndAlignment() {
        String csv = run(0, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt",
                "corpus/jiangxi-1269-press-conference-2023.txt", "--format", "CSV")[0];
        List<List<String>> rows = CsvReader.parse(csv);
        assertEquals(CheckCsv.HEADER, rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("alignment")
                && r.get(6).equals("全省规模以上工业营业收入年均增长")), csv);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(0).equals("nanchang-8810-action-plan-2023-2026")
                && r.get(1).equals("jiangxi-1269-press-conference-2023") && r.size() == CheckCsv.HEADER.size()));
    }

    @Test
    void badArguments() {
        String pdf = run(2, "check", "--all", "corpus", "--format", "pdf")[1];
        assertTrue(pdf.lines().findFirst().orElse("").endsWith("use one of json, md, html, csv"), pdf);
        String xlsx = run(2, "check", "--all", "corpus", "--format", "xlsx")[1];
        assertTrue(xlsx.startsWith("--format: 格式 xlsx 不能用于检查报告"), xlsx);
        run(2, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt");
        String[] same = run(2, "check", "corpus/xinyu-cluster-upgrade-2026-2028.txt",
                "./corpus/xinyu-cluster-upgrade-2026-2028.txt");
        assertTrue(same[1].contains("CHILD and PARENT are the same file"), same[1]);
    }

    @Test
    void evalChecksMeetsTheStrictGate() {
        String[] out = run(0, "eval-checks", "--gold", "gold/checks", "--docs", "corpus", "--strict");
        assertTrue(out[0].contains("findings:   P 1.000  R 1.000"), out[0]);
        assertTrue(out[0].contains("links:      P 1.000  R 1.000"), out[0]);
    }
}
