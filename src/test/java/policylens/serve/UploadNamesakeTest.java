package policylens.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An upload never replaces a document the CLI indexed under the same name, and the CLI never replaces an upload. */
class UploadNamesakeTest {
    private static final Path NANCHANG = Path.of("corpus/nanchang-8810-action-plan-2023-2026.txt");
    private static final Path JIANGXI = Path.of("corpus/jiangxi-cluster-upgrade-2025.txt");

    @TempDir
    Path tmp;

    @Test
    void anUploadNamedLikeACliDocumentGetsItsOwnDocId() throws Exception {
        Path idx = tmp.resolve("idx");
        Path cli = Files.createDirectories(tmp.resolve("c")).resolve("方案.txt");
        Files.copy(JIANGXI, cli);
        new PolicyIndex(idx).index(List.of(cli));
        try (Library library = new Library(idx, null, 1 << 20)) {
            Library.UploadResult up = library.upload("方案.txt", Files.readAllBytes(NANCHANG));
            assertEquals("indexed", up.status());
            assertNotEquals("方案", up.docId());
            assertEquals(List.of("方案", up.docId()), library.documents().stream().map(Library.DocInfo::docId).toList());
            assertTrue(library.document("方案").orElseThrow().title().contains("江西省"));
        }
    }

    @Test
    void aCliDocumentNamedLikeAnUploadGetsItsOwnDocId() throws Exception {
        Path idx = tmp.resolve("idx");
        try (Library library = new Library(idx, null, 1 << 20)) {
            assertEquals("方案", library.upload("方案.txt", Files.readAllBytes(NANCHANG)).docId());
        }
        Path cli = Files.createDirectories(tmp.resolve("c")).resolve("方案.txt");
        Files.copy(JIANGXI, cli);
        IndexResult r = new PolicyIndex(idx).index(List.of(cli));
        assertEquals(List.of("c~方案"), r.indexed());
        try (Library library = new Library(idx, null, 1 << 20)) {
            assertEquals(List.of("c~方案", "方案"), library.documents().stream().map(Library.DocInfo::docId).toList());
            assertTrue(library.document("方案").orElseThrow().title().contains("南昌"));
        }
    }
}
