package policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.CheckRun;
import policylens.check.Link;
import policylens.check.Linker;
import policylens.extract.DocumentExtractor;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;
import policylens.ingest.Ingestor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page and {@code policylens check} go one way through the checks: on every corpus document the same parents,
 * and on every pair where a plan names another document the same link, alignments and findings.
 */
class CheckCliAndWebAgreeTest {
    @TempDir
    static Path tmp;
    private static Library library;
    private static CheckService web;
    private static List<CheckDoc> cliDocs;
    private static CheckRun.All cli;

    @BeforeAll
    static void bothPaths() throws IOException {
        List<Path> corpus;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            corpus = s.sorted().toList();
        }
        IndexResult r = new PolicyIndex(tmp.resolve("index")).index(corpus);
        assertTrue(r.failures().isEmpty(), r.toString());
        library = new Library(tmp.resolve("index"), tmp.resolve("uploads"), Ingestor.DEFAULT_MAX_BYTES);
        web = new ConsistencyCheckService(library);
        // what `policylens check --all corpus` runs
        CheckRun.Read read = CheckRun.read(corpus, new Ingestor(), new DocumentExtractor(), new CheckRun.Listener() {
        });
        assertTrue(read.failures().isEmpty(), read.failures().toString());
        cliDocs = read.docs();
        cli = new CheckRun().all(cliDocs);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void theWebOffersExactlyTheParentsCheckLinks() {
        assertEquals(2, cli.links().size(), cli.links().toString());
        assertEquals(cliDocs.size(), library.documents().size());
        List<String> without = new ArrayList<>();
        for (CheckDoc d : cliDocs) {
            Linker.Parents parents = web.parents(d.docId());
            assertEquals(cli.links().stream().filter(l -> l.child().equals(d.docId())).toList(), parents.links(), d.docId());
            if (parents.links().isEmpty()) {
                assertTrue(parents.reason() != null && !parents.reason().in(policylens.i18n.Lang.ZH).isBlank(), d.docId());
                without.add(d.docId());
            }
        }
        assertEquals(cliDocs.size() - 2, without.size());
    }

    @Test
    void everyLinkedPairHasTheSameReportOnTheWeb() {
        for (CheckReport c : cli.reports()) {
            CheckService.Report w = web.compare(c.link().child(), c.link().parent());
            same(c, w);
        }
    }

    @Test
    void everyPairWhereAPlanNamesAnotherDocumentIsCheckedAlike() {
        CheckRun run = new CheckRun();
        Linker linker = new Linker();
        int pairs = 0;
        for (CheckDoc child : cliDocs) {
            for (CheckDoc parent : cliDocs) {
                if (child == parent || linker.reference(child, parent) == null) {
                    continue;
                }
                CheckRun.Single c = run.pair(child, parent);
                CheckService.Report w = web.compare(child.docId(), parent.docId());
                same(c.report(), w);
                assertEquals(c.note(), w.linkNote());
                pairs++;
            }
        }
        // the two linked pairs, the sibling provincial plan and the newspaper report that name the 1269 plan
        assertTrue(pairs >= 4, "pairs: " + pairs);
    }

    private static void same(CheckReport c, CheckService.Report w) {
        String pair = c.child().docId() + " ← " + c.parent().docId();
        assertEquals(c.link(), w.link(), pair);
        assertEquals(c.child().docId(), w.childDocId(), pair);
        assertEquals(c.parent().docId(), w.parentDocId(), pair);
        assertEquals(c.alignments(), w.aligned(), pair);
        assertEquals(c.findings(), w.findings(), pair);
        assertEquals(c.unmatched(), w.parentOnly(), pair);
        assertEquals(c.coverage().stream().map(m -> m.parent().taskId() + " " + m.score()).toList(),
                w.coverage().stream().map(m -> m.parent().taskId() + " " + m.score()).toList(), pair);
    }
}
