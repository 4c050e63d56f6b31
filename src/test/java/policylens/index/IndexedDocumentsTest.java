package policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;
import policylens.util.Sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which policy documents an index holds is read by the searcher, on its own reader and commit. */
class IndexedDocumentsTest {
    private static final Path NANCHANG = Path.of("corpus/nanchang-8810-action-plan-2023-2026.txt");
    private static final Path JIANGXI = Path.of("corpus/jiangxi-cluster-upgrade-2025.txt");

    @TempDir
    Path tmp;

    private Path copy(Path file, String name) throws Exception {
        return Files.copy(file, Files.createDirectories(tmp.resolve("docs")).resolve(name));
    }

    @Test
    void documentsListEachIndexedFileWithItsStoredFieldsAndRecordCounts() throws Exception {
        Path idx = tmp.resolve("idx");
        Path b = copy(NANCHANG, "b-nanchang.txt");
        Path a = copy(JIANGXI, "a-jiangxi.txt");
        new PolicyIndex(idx).index(List.of(b, a));
        try (Searcher s = Searcher.open(idx)) {
            List<IndexedDocument> docs = s.documents();
            assertEquals(List.of("a-jiangxi", "b-nanchang"), docs.stream().map(IndexedDocument::docId).toList());
            for (IndexedDocument d : docs) {
                Path file = d.docId().startsWith("a") ? a : b;
                assertEquals(file.getFileName().toString(), d.fileName());
                assertEquals(file.toAbsolutePath().normalize(), d.source());
                assertEquals(Sha256.hex(file), d.sha256());
                RawDocument raw = new Ingestor().read(file);
                DocumentExtractor extractor = new DocumentExtractor();
                PolicyRecord record = extractor.extract(raw, extractor.structure(raw));
                assertEquals(record.targets().size(), d.targets(), d.docId());
                assertEquals(record.deadlines().size(), d.deadlines(), d.docId());
                assertEquals(record.responsibilities().size(), d.responsibilities(), d.docId());
                assertEquals(record.meta().title(), d.title(), d.docId());
                assertFalse(d.years().isEmpty(), d.docId());
                List<Integer> sorted = new ArrayList<>(d.years());
                sorted.sort(null);
                assertEquals(sorted, d.years(), d.docId());
            }
            assertTrue(docs.get(0).targets() > 0, "the Jiangxi plan has targets: " + docs.get(0));
            assertThrows(UnsupportedOperationException.class, () -> docs.get(0).years().add(1999));
        }
    }

    @Test
    void aSearcherListsTheCommitItWasOpenedOnUntilAnotherIsOpened() throws Exception {
        Path idx = tmp.resolve("idx");
        new PolicyIndex(idx).index(List.of(copy(JIANGXI, "a-jiangxi.txt")));
        try (Searcher before = Searcher.open(idx)) {
            assertEquals(before.generation(), Searcher.lastCommitGeneration(idx));
            new PolicyIndex(idx).index(List.of(copy(NANCHANG, "b-nanchang.txt")));
            assertTrue(Searcher.lastCommitGeneration(idx) > before.generation(), "a new commit is seen as newer");
            assertEquals(List.of("a-jiangxi"), before.documents().stream().map(IndexedDocument::docId).toList());
            try (Searcher after = Searcher.open(idx)) {
                assertEquals(Searcher.lastCommitGeneration(idx), after.generation());
                assertEquals(List.of("a-jiangxi", "b-nanchang"),
                        after.documents().stream().map(IndexedDocument::docId).toList());
            }
        }
    }

    @Test
    void thereIsNoCommitWhereNothingWasIndexed() throws Exception {
        assertEquals(-1, Searcher.lastCommitGeneration(tmp.resolve("missing")));
        assertEquals(-1, Searcher.lastCommitGeneration(Files.createDirectories(tmp.resolve("empty"))));
        assertEquals(-1, Searcher.lastCommitGeneration(Files.writeString(tmp.resolve("a-file"), "not a folder")));
    }

    @Test
    void aDocumentMatchesTheLevelRegionOrProvinceAndYearOfTheFilters() {
        IndexedDocument d = new IndexedDocument("x", "新余市方案", "city", "江西省", "新余市", "2024-01-02", "2024-2026",
                List.of(2024, 2025, 2026), "x.txt", Path.of("x.txt"), "00", 1, 2, 3);
        assertTrue(d.matches(null));
        assertTrue(d.matches(Filters.NONE));
        assertTrue(d.matches(new Filters(List.of(DocType.TARGET), " ", "", "科技局", null)), "types and unit are not about documents");
        assertTrue(d.matches(new Filters(List.of(), "city", "新余市", null, 2025)));
        assertTrue(d.matches(new Filters(List.of(), null, "江西省", null, null)), "the province also names it");
        assertFalse(d.matches(new Filters(List.of(), "province", null, null, null)));
        assertFalse(d.matches(new Filters(List.of(), null, "南昌市", null, null)));
        assertFalse(d.matches(new Filters(List.of(), null, null, null, 2023)));
    }
}
