package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.ingest.ZipBombs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A zip bomb among good files: the good files are extracted and indexed, the bomb gets one line, exit 1. */
class DocumentLimitsCliTest {
    private static final List<String> GOOD = List.of("jiangxi-1269-press-conference-2023.txt",
            "nanchang-8810-action-plan-2023-2026.txt");

    @TempDir
    Path tmp;

    private Path folderWithABomb() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : GOOD) {
            Files.copy(Path.of("corpus", name), in.resolve(name));
        }
        ZipBombs.docx(in.resolve("plan.docx"), 1_100_000_000L, true);
        return in;
    }

    @Test
    void extractWritesTheGoodFilesAndSaysOneLineAboutTheBomb() throws Exception {
        Path in = folderWithABomb();
        Path out = tmp.resolve("out");
        String[] run = CliRun.run(1, "extract", "--out", out.toString(), in.toString());
        assertTrue(Files.exists(out.resolve("jiangxi-1269-press-conference-2023.json")));
        assertTrue(Files.exists(out.resolve("nanchang-8810-action-plan-2023-2026.json")));
        assertOneErrorLineAboutTheBomb(run[1]);
    }

    @Test
    void indexIndexesTheGoodFilesAndSaysOneLineAboutTheBomb() throws Exception {
        Path in = folderWithABomb();
        String[] run = CliRun.run(1, "index", "--index", tmp.resolve("index").toString(), in.toString());
        assertTrue(run[1].contains("indexed 2, unchanged 0, failed 1"), run[1]);
        assertOneErrorLineAboutTheBomb(run[1]);
    }

    @Test
    void maxCharsBelowOneIsAUsageError() {
        String[] run = CliRun.run(2, "extract", "--max-chars", "0", "corpus");
        assertTrue(run[1].startsWith("--max-chars 须为正整数"), run[1]);
    }

    private static void assertOneErrorLineAboutTheBomb(String stderr) {
        List<String> bomb = stderr.lines().filter(l -> l.startsWith("policylens: ") && l.contains("plan.docx")).toList();
        assertEquals(1, bomb.size(), stderr);
        assertTrue(bomb.get(0).contains("展开后超过 20 M 字符 (--max-chars) / expands past 20 M characters"), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }
}
