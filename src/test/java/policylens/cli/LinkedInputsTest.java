package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: a symbolic-link loop in a folder neither hangs nor stops the run; it is said in one line. */
class LinkedInputsTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkLoopAndABrokenLinkAreEachOneLineAndTheRestIsRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(Path.of("corpus/jiangxi-cluster-upgrade-2025.txt"), in.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("up"), Path.of(".."));          // back to the folder being read
        Files.createSymbolicLink(in.resolve("self"), Path.of("self"));      // to itself
        Files.createSymbolicLink(in.resolve("gone"), Path.of("nowhere.txt")); // to nothing
        Files.createSymbolicLink(in.resolve("again.txt"), Path.of("a.txt"));  // the same file once more
        Path out = tmp.resolve("out");
        String[] r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.run(1, "extract", tmp.resolve("in").toString(), "--out", out.toString()));
        List<String> lines = r[1].lines().filter(l -> l.startsWith("policylens: ")).toList();
        assertEquals(3, lines.size(), r[1]);
        assertTrue(lines.stream().anyMatch(l -> l.contains("up: 链接构成循环")), r[1]);
        assertTrue(lines.stream().anyMatch(l -> l.contains("self: 链接构成循环")), r[1]);
        assertTrue(lines.stream().anyMatch(l -> l.contains("gone: 链接指向的文件不存在")), r[1]);
        try (var s = Files.list(out)) {
            assertEquals(List.of("a.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
