package policylens.index;

import policylens.eval.WhoEvaluation;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A loose query ranked by its words and re-scored by its word pairs scores as the one BooleanQuery would. */
class LooseQueryTest {
    @TempDir
    static Path shared;
    static Path index;

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = shared.resolve("index");
        new PolicyIndex(index).index(PolicyIndexTest.corpus());
    }

    @Test
    void rescoredWindowGivesTheScoresOfTheWholeQuery() {
        List<WhoEvaluation.Question> questions = WhoEvaluation.read(Paths.get("gold", "who.tsv"));
        int compared = 0;
        try (Searcher s = Searcher.open(index)) {
            assertEquals(Fields.RESPONSIBILITY_TEXT, s.responsibilityField(), "a new index has the responsibility field");
            for (String field : List.of(Fields.TEXT, s.responsibilityField())) {
                for (WhoEvaluation.Question q : questions) {
                    Query loose = s.loose(WhoAnswerer.topic(q.question()), 0.5f, field);
                    if (loose == null) {
                        continue;
                    }
                    List<Hit> rescored = s.searchWithoutSnippets(loose, Filters.NONE, 40);
                    ScoreDoc[] whole = s.luceneSearch(loose, 40).scoreDocs; // rewritten to +words pair1 pair2 …
                    assertEquals(whole.length, rescored.size(), q.question());
                    for (int i = 0; i < whole.length; i++) {
                        assertEquals(whole[i].score, rescored.get(i).score(), 1e-4f, q.question() + " #" + i);
                    }
                    compared += whole.length;
                }
            }
        }
        assertTrue(compared > 500, "hits compared: " + compared);
    }
}
