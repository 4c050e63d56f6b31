package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: two files with one name never replace each other, in one run or across runs, in extract or index. */
class NamesakeFilesTest {
    private static final Path NANCHANG = Path.of("corpus/nanchang-8810-action-plan-2023-2026.txt");
    private static final Path JIANGXI = Path.of("corpus/jiangxi-cluster-upgrade-2025.txt");
    private static final Path GUANGZHOU = Path.of("corpus/guangdong-guangzhou-family-doctor-contract-service-plan-2023.html");

    @TempDir
    Path tmp;

    /** c/2023/方案.txt (Jiangxi) and c/2025/方案.txt (Nanchang). */
    private Path twoPlansNamed方案() throws Exception {
        Path c = tmp.resolve("c");
        Files.createDirectories(c.resolve("2023"));
        Files.createDirectories(c.resolve("2025"));
        Files.copy(JIANGXI, c.resolve("2023/方案.txt"));
        Files.copy(NANCHANG, c.resolve("2025/方案.txt"));
        return c;
    }

    private static List<String> docIdsFound(String query, String index) {
        String json = CliRun.run(0, "search", query, "--json", "--limit", "100", "--index", index)[0];
        return json.lines().filter(l -> l.contains("\"docId\"")).map(l -> l.replaceAll(".*: \"(.*)\".*", "$1"))
                .distinct().sorted().toList();
    }

    @Test
    void indexKeepsBothNamesakesOfOneRunAndSearchFindsEach() throws Exception {
        Path c = twoPlansNamed方案();
        String idx = tmp.resolve("idx").toString();
        String[] out = CliRun.run(0, "index", c.toString(), "--index", idx);
        assertTrue(out[1].contains("indexed 2, unchanged 0, failed 0"), out[1]);
        assertTrue(out[1].contains("2025~方案"), "the user is told the docId: " + out[1]);
        assertEquals(List.of("2025~方案"), docIdsFound("南昌", idx));
        assertEquals(List.of("2023~方案"), docIdsFound("江西省产业集群提能升级", idx));
    }

    @Test
    void aLaterRunNeverReplacesANamesakeFromAnotherPathButReindexingTheSamePathStillSkips() throws Exception {
        Path c = twoPlansNamed方案();
        String idx = tmp.resolve("idx").toString();
        CliRun.run(0, "index", c.resolve("2023").toString(), "--index", idx);
        String[] second = CliRun.run(0, "index", c.resolve("2025/方案.txt").toString(), "--index", idx);
        assertTrue(second[1].contains("indexed 1,"), second[1]);
        assertEquals(List.of("2025~方案"), docIdsFound("南昌", idx));
        assertEquals(List.of("方案"), docIdsFound("江西省产业集群提能升级", idx));
        String[] again = CliRun.run(0, "index", c.toString(), "--index", idx);
        assertTrue(again[1].contains("indexed 0, unchanged 2, failed 0"), again[1]);
        assertEquals(List.of("2025~方案"), docIdsFound("南昌", idx));
    }

    @Test
    void checkOfTwoNamesakesTellsChildAndParentApart() throws Exception {
        Path c = tmp.resolve("c");
        Files.createDirectories(c.resolve("2023"));
        Files.createDirectories(c.resolve("2025"));
        Files.copy(Path.of("corpus/jiangxi-1269-press-conference-2023.txt"), c.resolve("2023/方案.txt"));
        Files.copy(NANCHANG, c.resolve("2025/方案.txt"));
        String json = CliRun.run(0, "check", c.resolve("2025/方案.txt").toString(), c.resolve("2023/方案.txt").toString(),
                "--json")[0];
        assertTrue(json.contains("\"child\" : \"2025~方案\""), json);
        assertTrue(json.contains("\"parent\" : \"2023~方案\""), json);
    }

    @Test
    void extractWritesOneRecordPerDocumentForNamesakesInFoldersAndBesideEachOther() throws Exception {
        Path c = twoPlansNamed方案();
        Files.copy(JIANGXI, c.resolve("2023/x.txt"));
        Files.copy(GUANGZHOU, c.resolve("2023/x.html"));
        Path out = tmp.resolve("out");
        CliRun.run(0, "extract", c.toString(), "--out", out.toString());
        List<String> written;
        try (Stream<Path> s = Files.list(out)) {
            written = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("2023~方案.json", "2025~方案.json", "x.html.json", "x.txt.json"), written);
        assertTrue(Files.readString(out.resolve("2025~方案.json")).contains("南昌"));
        assertFalse(Files.readString(out.resolve("2023~方案.json")).contains("南昌市制造业"));
        assertTrue(Files.readString(out.resolve("x.html.json")).contains("\"docId\" : \"x.html\""));
    }
}
