package policylens.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class PolicyIndexTest {
    static final Path CORPUS = Paths.get("corpus");

    @TempDir
    static Path shared;
    static Path index;

    static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = shared.resolve("index");
        IndexResult r = new PolicyIndex(index).index(corpus());
        assertEquals(corpus().size(), r.indexed().size(), r.toString());
        assertTrue(r.failures().isEmpty(), r.failures().toString());
    }

    @Test
    void searchFindsPilotPlatformInXinyuPlan() {
        try (Searcher s = Searcher.open(index)) {
            List<Hit> hits = s.search("中试平台", Filters.NONE, 20);
            assertFalse(hits.isEmpty());
            assertTrue(hits.stream().anyMatch(h -> h.docId().equals("xinyu-cluster-upgrade-2026-2028")), hits.toString());
            assertTrue(hits.get(0).snippet().contains("【中试平台】") || hits.get(0).snippet().contains("【"), hits.get(0).snippet());
            for (Hit h : hits) {
                System.out.println(h.type() + " " + h.docId() + " " + h.taskId() + " " + h.snippet());
            }
        }
    }

    @Test
    void filtersByTypeRegionUnitAndYear() {
        try (Searcher s = Searcher.open(index)) {
            List<Hit> resp = s.search("中试平台", Filters.ofType(DocType.RESPONSIBILITY), 20);
            assertFalse(resp.isEmpty());
            assertTrue(resp.stream().allMatch(h -> h.type().equals("responsibility")));
            List<Hit> jx = s.search("产业集群", new Filters(List.of(), null, "新余市", null, null), 50);
            assertFalse(jx.isEmpty());
            assertTrue(jx.stream().allMatch(h -> h.docId().startsWith("xinyu")), jx.toString());
            List<Hit> unit = s.search("产业集群", new Filters(List.of(), null, null, "新余市工业和信息化局", null), 50);
            assertFalse(unit.isEmpty());
            assertTrue(unit.stream().allMatch(h -> h.unitsCanonical().contains("新余市工业和信息化局")), unit.toString());
            List<Hit> written = s.search("产业集群", new Filters(List.of(), null, null, "市工信局", null), 50);
            assertFalse(written.isEmpty());
            List<Hit> y = s.search("产业集群", new Filters(List.of(DocType.DOC), null, null, null, 2027), 50);
            assertTrue(y.stream().allMatch(h -> h.docId().startsWith("xinyu-cluster")), y.toString());
        }
    }

    @Test
    void whoRanksXinyuBureauForPilotPlatform() {
        try (Searcher s = Searcher.open(index)) {
            WhoAnswerer.Result r = new WhoAnswerer(s).who("谁负责中试平台建设?");
            assertEquals("中试平台建设", r.terms());
            List<String> top = r.answers().stream().limit(3).map(WhoAnswerer.Answer::unit).toList();
            r.answers().stream().limit(5).forEach(a -> System.out.println(a.unit() + " " + a.strength() + " " + a.lead()));
            assertTrue(top.contains("新余市工业和信息化局") || top.contains("新余市科学技术局"), top.toString());
            assertFalse(r.answers().get(0).evidence().isEmpty());
            assertNotNull(r.answers().get(0).evidence().get(0).title());
        }
    }

    @Test
    void syntaxErrorIsQuerySyntaxException() {
        try (Searcher s = Searcher.open(index)) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> s.search("中试平台 AND (", Filters.NONE, 5));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void nothingIndexedIsAClearMessage(@TempDir Path empty) {
        IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> Searcher.open(empty.resolve("idx")));
        assertTrue(e.getMessage().contains("policylens index"), e.getMessage());
    }

    @Test
    void secondWriterGetsLockError(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("idx");
        Files.createDirectories(dir);
        try (Directory d = FSDirectory.open(dir);
             IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) {
            IndexLockedException e = assertThrows(IndexLockedException.class,
                    () -> new PolicyIndex(dir).index(List.of(CORPUS.resolve("xinyu-cluster-upgrade-2026-2028.txt"))));
            assertEquals("index is locked by another policylens process: " + dir, e.getMessage());
        }
    }

    @Test
    void incrementalSkipsUnchangedAndReplacesChanged(@TempDir Path tmp) throws IOException {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        for (Path p : corpus()) {
            Files.copy(p, docs.resolve(p.getFileName()));
        }
        Path dir = tmp.resolve("idx");
        PolicyIndex idx = new PolicyIndex(dir);
        List<Path> files = list(docs);
        assertEquals(files.size(), idx.index(files).indexed().size());
        int before = count(dir);
        IndexResult second = idx.index(files);
        assertTrue(second.indexed().isEmpty(), second.toString());
        assertEquals(files.size(), second.unchanged().size());
        assertEquals(before, count(dir));

        Path xinyu = docs.resolve("xinyu-cluster-upgrade-2026-2028.txt");
        // a sentence added inside task (十八) of the body (text after the page footer would be dropped as chrome)
        Files.writeString(xinyu, Files.readString(xinyu, StandardCharsets.UTF_8).replaceFirst(
                "推进工业园区闲置低效用地盘活存量求增量攻坚行动。", "推进工业园区闲置低效用地盘活存量求增量攻坚行动。建设量子计算验证基地。"),
                StandardCharsets.UTF_8);
        IndexResult third = idx.index(files);
        assertEquals(List.of("xinyu-cluster-upgrade-2026-2028"), third.indexed());
        assertEquals(files.size() - 1, third.unchanged().size());
        try (Searcher s = Searcher.open(dir)) {
            assertEquals(1, s.search("量子计算", Filters.ofType(DocType.TASK), 10).size());
            assertEquals(1, s.search("新余市产业集群提能升级三年行动方案", Filters.ofType(DocType.DOC), 10).stream()
                    .filter(h -> h.docId().equals("xinyu-cluster-upgrade-2026-2028")).count());
        }
        assertEquals(before, count(dir)); // the same documents, replaced: nothing duplicated

        Files.delete(docs.resolve("jiangxi-1269-press-conference-2023.txt"));
        IndexResult pruned = idx.index(List.of(), true, PolicyIndex.Listener.NONE);
        assertEquals(List.of("jiangxi-1269-press-conference-2023"), pruned.pruned());
        try (Searcher s = Searcher.open(dir)) {
            assertTrue(s.search("1269", Filters.NONE, 100).stream()
                    .noneMatch(h -> h.docId().equals("jiangxi-1269-press-conference-2023")));
        }
    }

    @Test
    void badFileIsReportedAndTheRunContinues(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("empty.txt");
        Files.writeString(bad, "");
        Path missing = tmp.resolve("missing.txt");
        IndexResult r = new PolicyIndex(tmp.resolve("idx")).index(
                List.of(bad, missing, CORPUS.resolve("xinyu-cluster-upgrade-2026-2028.txt")));
        assertEquals(List.of("xinyu-cluster-upgrade-2026-2028"), r.indexed());
        assertEquals(2, r.failures().size(), r.toString());
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static int count(Path dir) {
        try (Searcher s = Searcher.open(dir)) {
            return s.size();
        }
    }
}
