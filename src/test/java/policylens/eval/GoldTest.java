package policylens.eval;

import org.junit.jupiter.api.Test;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.ingest.Ingestor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-made gold files: one per corpus document, every evidence present in the cleaned text. */
class GoldTest {
    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @Test
    void everyCorpusDocumentHasGoldAndEveryEvidenceOccursInItsCleanedText() throws Exception {
        List<PolicyRecord> gold = RecordIO.readDir(Path.of("gold"));
        List<String> corpus;
        try (var files = Files.list(Path.of("corpus"))) {
            // every document of the corpus, whatever its format (.txt, .md, .html)
            corpus = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(Ingestor::docId).sorted().toList();
        }
        assertEquals(corpus, gold.stream().map(PolicyRecord::docId).sorted().toList());
        Ingestor ingestor = new Ingestor();
        DocumentExtractor extractor = new DocumentExtractor();
        List<String> missing = new ArrayList<>();
        for (PolicyRecord g : gold) {
            String text = norm(extractor.structure(ingestor.read(Path.of(g.source()))).text());
            for (Target t : g.targets()) {
                if (!text.contains(norm(t.evidence()))) {
                    missing.add(g.docId() + " target: " + t.evidence());
                }
            }
            for (Responsibility r : g.responsibilities()) {
                if (!text.contains(norm(r.evidence()))) {
                    missing.add(g.docId() + " responsibility: " + r.evidence());
                }
            }
            g.deadlines().forEach(d -> {
                if (!text.contains(norm(d.expr()))) {
                    missing.add(g.docId() + " deadline: " + d.expr());
                }
            });
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
