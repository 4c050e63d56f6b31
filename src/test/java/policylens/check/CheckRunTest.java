package policylens.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.extract.DocumentExtractor;
import policylens.ingest.Ingestor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckRunTest {
    private static final String XINYU = "xinyu-cluster-upgrade-2026-2028";
    private static final String JIANGXI = "jiangxi-cluster-upgrade-2025";
    private static final String PRESS = "jiangxi-1269-press-conference-2023";
    private final CheckRun run = new CheckRun();

    @Test
    void allChecksEveryLinkedPairAndNoOther() {
        List<CheckDoc> docs = new ArrayList<>(Docs.corpus().values());
        CheckRun.All all = run.all(docs);
        assertEquals(List.of("nanchang-8810-action-plan-2023-2026 ← " + PRESS, XINYU + " ← " + JIANGXI),
                all.links().stream().map(l -> l.child() + " ← " + l.parent()).toList());
        assertEquals(all.links(), all.reports().stream().map(CheckReport::link).toList(), "one report per link, in order");
    }

    @Test
    void theParentsOfEachDocumentAreItsLinksInAll() {
        List<CheckDoc> docs = new ArrayList<>(Docs.corpus().values());
        List<Link> all = run.all(docs).links();
        for (CheckDoc d : docs) {
            Linker.Parents p = run.parents(d, docs);
            assertEquals(all.stream().filter(l -> l.child().equals(d.docId())).toList(), p.links(), d.docId());
            assertEquals(p.links().isEmpty(), p.reason() != null, d.docId() + ": a reason exactly when there is no parent");
        }
    }

    @Test
    void aSiblingPlanIsNoParentAndTheReasonSaysSo() {
        List<CheckDoc> docs = new ArrayList<>(Docs.corpus().values());
        policylens.i18n.Text why = run.parents(Docs.corpus(JIANGXI), docs).reason();
        String reason = why.in(policylens.i18n.Lang.ZH);
        assertTrue(reason.startsWith("《江西省产业集群提能升级实施方案》(省级)提到的"), reason);
        assertTrue(reason.contains("不比它高一级") && reason.contains("1269"), "names the sibling it mentions: " + reason);
        String english = why.in(policylens.i18n.Lang.EN);
        assertTrue(english.contains("(provincial) names 《") && english.contains("none stands above it"), english);
    }

    @Test
    void aNewspaperReportIsNoPlanAndHasNoParent() {
        List<CheckDoc> docs = new ArrayList<>(Docs.corpus().values());
        Linker.Parents p = run.parents(Docs.corpus("xinyu-industrial-city-report-2024"), docs);
        assertTrue(p.links().isEmpty());
        assertTrue(p.reason().in(policylens.i18n.Lang.ZH).contains("不是方案"), p.reason().toString());
        assertTrue(p.reason().in(policylens.i18n.Lang.EN).contains("is not a plan"), p.reason().toString());
    }

    @Test
    void aPlanThatNamesNothingSaysHowManyDocumentsItWasReadAgainst() {
        CheckDoc lone = Docs.of("lone", "新余市低空经济发展行动方案", "二、重点任务", "(一)建设起降场。到2027年建成起降场10个。");
        List<CheckDoc> docs = new ArrayList<>(Docs.corpus().values());
        docs.add(lone);
        String reason = run.parents(lone, docs).reason().in(policylens.i18n.Lang.ZH);
        assertTrue(reason.contains("没有提到其余 5 份文件"), reason);
    }

    @Test
    void aPairAsAskedIsCheckedEvenWhenTheChildDoesNotNameTheParent() {
        CheckRun.Single named = run.pair(Docs.corpus(XINYU), Docs.corpus(JIANGXI));
        assertNotNull(named.link());
        assertNull(named.note());
        CheckRun.Single unnamed = run.pair(Docs.corpus("nanchang-8810-action-plan-2023-2026"), Docs.corpus(JIANGXI));
        assertNull(unnamed.link());
        assertTrue(unnamed.note().in(policylens.i18n.Lang.ZH).contains("没有提到"), unnamed.note().toString());
        assertTrue(unnamed.note().in(policylens.i18n.Lang.EN).contains("checked as asked"), unnamed.note().toString());
        assertTrue(!unnamed.report().coverage().isEmpty(), "checked all the same");
    }

    @Test
    void aBrokenFileIsReportedAndTheRestAreRead(@TempDir Path dir) throws IOException {
        Path good = Files.copy(Path.of("corpus", XINYU + ".txt"), dir.resolve("good.txt"));
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes());
        List<Path> failed = new ArrayList<>();
        CheckRun.Read read = CheckRun.read(List.of(broken, good), new Ingestor(), new DocumentExtractor(),
                new CheckRun.Listener() {
                    @Override
                    public void failed(Path file, policylens.ingest.IngestException e) {
                        failed.add(file);
                    }
                });
        assertEquals(List.of("good"), read.docs().stream().map(CheckDoc::docId).toList());
        assertEquals(List.of(broken), failed);
        assertEquals(1, read.failures().size());
        String message = read.failures().get(0).getMessage();
        assertTrue(message.contains("broken.pdf") && !message.contains("\n"), "one line naming the file: " + message);
    }
}
