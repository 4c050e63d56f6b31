package policylens.index;

import policylens.eval.WhoEvaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.cli.Main;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IndexCliTest {
    @Test
    void indexSearchWhoAndEvalWhoRun(@TempDir Path tmp) {
        String idx = tmp.resolve("idx").toString();
        assertEquals(0, Main.run("index", "corpus", "--index", idx));
        assertEquals(0, Main.run("index", "corpus", "--index", idx, "--prune"));
        assertEquals(0, Main.run("search", "中试平台", "--type", "task", "--region", "新余市", "--index", idx));
        assertEquals(0, Main.run("search", "中试平台", "--json", "--index", idx));
        assertEquals(2, Main.run("search", "中试平台 AND (", "--index", idx));
        assertEquals(0, Main.run("who", "中试平台谁负责?", "--index", idx));
        assertEquals(0, Main.run("eval-who", "--questions", "gold/who.tsv", "--index", idx));
        assertEquals(2, Main.run("search", "中试平台", "--index", tmp.resolve("none").toString()));
    }

    @Test
    void whoEvaluationOverTheGoldQuestions(@TempDir Path tmp) {
        new PolicyIndex(tmp).index(List.of(Path.of("corpus")).stream()
                .flatMap(p -> { try { return java.nio.file.Files.list(p).sorted(); } catch (java.io.IOException e) { throw new RuntimeException(e); } })
                .toList());
        try (Searcher s = Searcher.open(tmp)) {
            List<WhoEvaluation.Question> qs = WhoEvaluation.read(Path.of("gold/who.tsv"));
            assertTrue(qs.size() >= 40);
            WhoEvaluation.Report r = WhoEvaluation.evaluate(qs, new WhoAnswerer(s));
            System.out.printf("who: P@1 %.3f R@3 %.3f MRR %.3f%n", r.precisionAt1(), r.recallAt3(), r.mrr());
            assertTrue(r.mrr() >= 0.7, r.toString());
        }
    }
}
