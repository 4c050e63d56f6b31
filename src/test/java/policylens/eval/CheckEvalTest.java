package policylens.eval;

import org.junit.jupiter.api.Test;
import policylens.check.CheckRun;
import policylens.check.Finding;
import policylens.check.Quote;
import policylens.extract.DocumentExtractor;
import policylens.ingest.Ingestor;
import policylens.text.Norm;
import policylens.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckEvalTest {
    private static final Path GOLD = Path.of("gold", "checks");

    @Test
    void everyGoldKeyIsInTheDocumentItQuotes() throws IOException {
        CheckGold g = CheckGold.read(GOLD);
        assertEquals(2, g.pairs().size());
        for (CheckGold.Pair p : g.pairs()) {
            String child = Norm.norm(Files.readString(Path.of("corpus", p.child() + ".txt"), StandardCharsets.UTF_8));
            String parent = Norm.norm(Files.readString(Path.of("corpus", p.parent() + ".txt"), StandardCharsets.UTF_8));
            List<CheckGold.Entry> all = new ArrayList<>(p.expected());
            all.addAll(p.allowed());
            all.addAll(p.mustNot());
            for (CheckGold.Entry e : all) {
                e.child().forEach(k -> assertTrue(child.contains(Norm.norm(k)), p.file() + ": " + k));
                e.parent().forEach(k -> assertTrue(parent.contains(Norm.norm(k)), p.file() + ": " + k));
            }
            for (CheckGold.AlignmentEntry a : p.alignments()) {
                assertTrue(child.contains(Norm.norm(a.child())), p.file() + ": " + a.child());
                assertTrue(parent.contains(Norm.norm(a.parent())), p.file() + ": " + a.parent());
            }
        }
    }

    @Test
    void checksOnTheCorpusMeetTheGate() {
        List<Path> files = List.of("jiangxi-1269-press-conference-2023", "jiangxi-cluster-upgrade-2025",
                "nanchang-8810-action-plan-2023-2026", "xinyu-cluster-upgrade-2026-2028", "xinyu-industrial-city-report-2024")
                .stream().map(id -> Path.of("corpus", id + ".txt")).toList();
        CheckRun run = new CheckRun();
        CheckRun.Read read = CheckRun.read(files, new Ingestor(), new DocumentExtractor(), new CheckRun.Listener() {
        });
        assertTrue(read.failures().isEmpty(), read.failures().toString());
        CheckEval.Result r = CheckEval.score(CheckGold.read(GOLD), run.all(read.docs()), run);
        String table = CheckEval.table(r, true);
        assertEquals(1.0, r.findings().recall(), table);
        assertTrue(r.maxFalseFindingsPerPair() <= 1, table);
        assertEquals(1.0, r.links().recall(), table);
        assertEquals(1.0, r.links().precision(), table);
        assertTrue(r.alignments().recall() >= 0.9, table);
        assertTrue(r.alignments().precision() >= 0.9, table);
        r.pairs().forEach(p -> assertTrue(p.violatedMustNot().isEmpty(), table));
    }

    @Test
    void aFindingMatchesGoldByKindAndKeysOnBothSides() {
        CheckGold.Entry e = new CheckGold.Entry(Finding.DEADLINE_LATER, List.of("到2026年12月"), List.of("用一年左右的时间"), "");
        Finding hit = new Finding(Finding.DEADLINE_LATER, Severity.MEDIUM, policylens.i18n.Text.plain(""),
                List.of(new Quote("c", "2.3", "到2026年12月, 有序推动")), List.of(new Quote("p", "2.15", "用一年左右的时间实现")));
        Finding otherKind = new Finding(Finding.WEAKER_TARGET, Severity.HIGH, policylens.i18n.Text.plain(""), hit.childEvidence(), hit.parentEvidence());
        Finding otherText = new Finding(Finding.DEADLINE_LATER, Severity.MEDIUM, policylens.i18n.Text.plain(""),
                List.of(new Quote("c", "2.3", "到2026年6月")), hit.parentEvidence());
        assertTrue(e.matches(hit), "whitespace is ignored");
        assertTrue(!e.matches(otherKind) && !e.matches(otherText));
    }

    @Test
    void aGoldFolderWithoutGoldIsAnErrorNotAScore(@org.junit.jupiter.api.io.TempDir Path dir) {
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> CheckGold.read(dir));
        assertTrue(e.getMessage().startsWith("no check gold in " + dir), e.getMessage());
    }

    @Test
    void aBrokenGoldFileIsNamedInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a__b.json"), "{\"child\": ");
        String json = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> CheckGold.read(dir)).getMessage();
        assertTrue(json.contains("a__b.json") && !json.contains("\n"), json);
        Files.delete(dir.resolve("a__b.json"));
        Files.writeString(dir.resolve("links.tsv"), "# header\nchild\tparent\n");
        String tsv = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> CheckGold.read(dir)).getMessage();
        assertTrue(tsv.contains("links.tsv: line 2 has 2 column(s)"), tsv);
    }
}
