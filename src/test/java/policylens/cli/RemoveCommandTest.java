package policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import policylens.index.IndexedDocument;
import policylens.index.Searcher;

/** `remove` takes documents out by docId or by file, in one commit, and says which it could not find. */
class RemoveCommandTest {
    @TempDir
    Path tmp;

    @Test
    void removesByDocIdAndByFileAndKeepsTheRest() throws IOException {
        Path docs = Files.createDirectory(tmp.resolve("docs"));
        for (String n : List.of("xinyu-cluster-upgrade-2026-2028.txt", "jiangxi-cluster-upgrade-2025.txt",
                "nanchang-8810-action-plan-2023-2026.txt")) {
            Files.copy(Path.of("corpus", n), docs.resolve(n));
        }
        String idx = tmp.resolve("idx").toString();
        CliRun.run(0, "index", docs.toString(), "--index", idx);
        String[] r = CliRun.run(0, "remove", "xinyu-cluster-upgrade-2026-2028",
                docs.resolve("nanchang-8810-action-plan-2023-2026.txt").toString(), "--index", idx);
        assertEquals(List.of("xinyu-cluster-upgrade-2026-2028", "nanchang-8810-action-plan-2023-2026"), r[0].strip().lines().toList());
        assertTrue(r[1].contains("removed 2"), r[1]);
        try (Searcher s = Searcher.open(Path.of(idx))) {
            assertEquals(List.of("jiangxi-cluster-upgrade-2025"), s.documents().stream().map(IndexedDocument::docId).toList());
            assertTrue(s.search("新余", null, 10).stream().noneMatch(h -> h.docId().startsWith("xinyu")));
        }
        // the source file is still there: a later index run puts it back (removal is of the index entry only)
        assertTrue(Files.exists(docs.resolve("nanchang-8810-action-plan-2023-2026.txt")));
    }

    @Test
    void anUnknownDocumentIsOneLineAndExitOne() {
        String idx = tmp.resolve("idx").toString();
        CliRun.run(0, "index", "corpus/xinyu-cluster-upgrade-2026-2028.txt", "--index", idx);
        String[] r = CliRun.run(1, "remove", "no-such-plan", "--index", idx);
        assertTrue(r[1].lines().anyMatch(l -> l.equals("policylens: no-such-plan: 索引中没有这个文件 / no such document in the index")), r[1]);
        assertFalse(r[0].contains("xinyu"));
        String[] none = CliRun.run(2, "remove", "x", "--index", tmp.resolve("nothing").toString());
        assertEquals(1, none[1].strip().lines().count(), none[1]);
    }
}
