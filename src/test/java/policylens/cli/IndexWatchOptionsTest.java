package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What {@code index --watch} and {@code serve --watch} refuse before watching anything. */
class IndexWatchOptionsTest {

    @Test
    void watchTakesOneFolderAndNothingToIndexBesides(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("inbox"));
        String[] r = CliRun.run(2, "index", "--watch", dir.toString(), "--index", tmp.resolve("idx").toString(), "corpus");
        assertTrue(r[1].contains("--watch"), r[1]);
        r = CliRun.run(2, "index", "--watch", dir.toString(), "--index", tmp.resolve("idx").toString(), "--rebuild");
        assertTrue(r[1].contains("--rebuild"), r[1]);
        r = CliRun.run(2, "index", "--watch", dir.toString(), "--debounce-ms", "-5");
        assertTrue(r[1].contains("--debounce-ms"), r[1]);
        assertFalse(Files.exists(tmp.resolve("idx")), "nothing was indexed");
    }

    @Test
    void watchOnOpenSearchIsOneLineAndWritesNoEmbeddedIndex(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(dir.resolve("plan.txt"), "到2026年,建成10个示范项目。");
        String[] r = CliRun.run(2, "index", "--watch", dir.toString(), "--index", tmp.resolve("idx").toString(),
                "--engine", "opensearch", "--url", "http://127.0.0.1:9");
        assertEquals(1, r[1].strip().lines().count(), r[1]);
        assertTrue(r[1].contains("index --watch does not work with the OpenSearch engine yet"), r[1]);
        assertFalse(Files.exists(tmp.resolve("idx")), "nothing was indexed");
    }

    @Test
    void aWatchedPathThatIsNotAFolderIsOneLineNamingIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plan.txt"), "到2026年,建成10个示范项目。");
        String[] r = CliRun.run(1, "index", "--watch", file.toString(), "--index", tmp.resolve("idx").toString());
        assertEquals("policylens: " + file + ":不是文件夹,无法监视 / " + file + ": not a folder, cannot watch it",
                r[1].strip());
        assertEquals("", r[0]);
        r = CliRun.run(1, "serve", "--watch", tmp.resolve("missing").toString(), "--index", tmp.resolve("idx").toString(),
                "--port", "0");
        assertTrue(r[1].strip().startsWith("policylens: " + tmp.resolve("missing") + ":不是文件夹"), r[1]);
    }
}
