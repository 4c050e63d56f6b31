package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import policylens.eval.WhoEvaluation;
import policylens.index.Engine;
import policylens.index.EngineException;
import policylens.index.EngineSettings;
import policylens.index.Filters;
import policylens.index.Hit;
import policylens.index.IndexResult;
import policylens.index.IndexedDocument;
import policylens.index.PolicyIndex;
import policylens.index.Searcher;
import policylens.model.Json;
import policylens.index.WhoAnswerer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus indexed into the embedded index and into a two-node OpenSearch cluster (2 shards, 1 replica) answers
 * the same: eval-who's figures on the three gold question sets, the ranked units and their strengths for every
 * gold question, the top search hits, pages (exact totals, facet counts), and the document catalogue.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {PolicyLensThreads.class})
public class SameAnswersClusterTest extends TwoNodeCluster {
    private static final List<String> QUESTION_SETS = List.of("gold/who.tsv", "gold/who-dev.tsv", "gold/who-blind.tsv");

    public void testBothEnginesAnswerTheSame() throws Exception {
        assertEquals(2, internalCluster().size());
        Path dir = createTempDir();
        List<Path> files = corpus();
        IndexResult embedded = new PolicyIndex(dir).index(files);
        EngineSettings os = settings("policylens-same");
        IndexResult remote = os.indexer(null, null, policylens.ingest.IngestLimits.DEFAULT, s -> { })
                .index(files, false, PolicyIndex.Listener.NONE);
        assertEquals(embedded.indexed(), remote.indexed());
        assertTrue(remote.failures().isEmpty());
        ensureGreen("policylens-same");

        try (Searcher lucene = Searcher.open(dir); Engine cluster = os.open(null)) {
            assertEquals(lucene.size(), cluster.size());
            assertEquals(lucene.documents(), cluster.documents());
            for (String set : QUESTION_SETS) {
                List<WhoEvaluation.Question> questions = WhoEvaluation.read(Path.of(set));
                WhoEvaluation.Report a = WhoEvaluation.evaluate(questions, new WhoAnswerer(lucene));
                WhoEvaluation.Report b = WhoEvaluation.evaluate(questions, new WhoAnswerer(cluster));
                System.out.printf(java.util.Locale.ROOT, "%s: embedded P@1 %.3f R@3 %.3f MRR %.3f | opensearch P@1 %.3f R@3 %.3f MRR %.3f%n",
                        set, a.precisionAt1(), a.recallAt3(), a.mrr(), b.precisionAt1(), b.recallAt3(), b.mrr());
                assertEquals(set, a.precisionAt1(), b.precisionAt1(), 0.0);
                assertEquals(set, a.recallAt3(), b.recallAt3(), 0.0);
                assertEquals(set, a.mrr(), b.mrr(), 0.0);
                for (WhoEvaluation.Question q : questions) {
                    sameAnswers(q.question(), new WhoAnswerer(lucene).who(q.question(), 5),
                            new WhoAnswerer(cluster).who(q.question(), 5));
                    sameHits(q.question(), lucene.search(WhoAnswerer.topic(q.question()), Filters.NONE, 5),
                            cluster.search(WhoAnswerer.topic(q.question()), Filters.NONE, 5));
                }
            }
            // the classic syntax and the filters
            for (String query : List.of("中试平台", "充电 AND 设施", "\"以旧换新\"", "垃圾分类 OR 生活垃圾", "新能源*")) {
                sameHits(query, lucene.search(query, Filters.NONE, 10), cluster.search(query, Filters.NONE, 10));
            }
            Filters filtered = new Filters(List.of(policylens.index.DocType.TASK), "city", null, null, 2024);
            sameHits("filtered", lucene.search("建设", filtered, 10), cluster.search("建设", filtered, 10));

            // pages: the exact total, the second page's hits and the facet counts over every hit (the last query
            // is not in any text verbatim: its loose form is counted and faceted)
            for (String query : List.of("建设", "中试平台", "充电 AND 设施", "新能源*", "推动制造业企业数字化转型的工作由谁负责")) {
                for (Filters f : List.of(Filters.NONE, filtered)) {
                    Engine.Page a = lucene.page(query, f, 10, 10, true);
                    Engine.Page b = cluster.page(query, f, 10, 10, true);
                    assertEquals(query, a.total(), b.total());
                    assertEquals(query, a.facets(), b.facets());
                    sameHits(query + " page 2", a.hits(), b.hits());
                }
            }
            // duties, the calendar and the target series: the records' stored fields read back in index order
            java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
            java.util.Set<String> units = new java.util.TreeSet<>();
            policylens.eval.DutiesEvaluation.read(Path.of("gold/duties.tsv")).forEach(e -> units.add(e.unit()));
            assertTrue(units.toString(), units.size() >= 5);
            for (String unit : units) {
                policylens.index.Duties.Result a = new policylens.index.Duties(lucene).of(unit, Filters.NONE, null, null, today);
                assertFalse(unit, a.duties().isEmpty());
                assertEquals(unit, Json.pretty(a),
                        Json.pretty(new policylens.index.Duties(cluster).of(unit, Filters.NONE, null, null, today)));
            }
            Filters city = new Filters(List.of(), "city", null, null, null);
            assertEquals(Json.pretty(new policylens.index.Duties(lucene).of("市工信局", city, null, null, today)),
                    Json.pretty(new policylens.index.Duties(cluster).of("市工信局", city, null, null, today)));
            for (Filters f : List.of(Filters.NONE, city,
                    new Filters(List.of(), null, null, "新余市工信局", null))) {
                policylens.index.Calendar.Result a = new policylens.index.Calendar(lucene).of(f, null, null, null,
                        policylens.index.Calendar.By.QUARTER, today);
                assertTrue(f.toString(), a.tasks() > 0);
                assertEquals(f.toString(), Json.pretty(a), Json.pretty(new policylens.index.Calendar(cluster).of(f, null,
                        null, null, policylens.index.Calendar.By.QUARTER, today)));
            }
            for (String metric : List.of("专精特新", "充电")) {
                policylens.index.TargetSeries.Result a = new policylens.index.TargetSeries(lucene).of(metric, Filters.NONE);
                assertFalse(metric, a.points().isEmpty());
                assertEquals(metric, Json.pretty(a),
                        Json.pretty(new policylens.index.TargetSeries(cluster).of(metric, Filters.NONE)));
            }

            Engine.Page all = cluster.page("建设", Filters.NONE, 0, 1, true);
            assertTrue(all.total() > 100);
            for (policylens.index.Facets.Dim dim : policylens.index.Facets.Dim.values()) {
                assertFalse(dim + " " + all.facets(), all.facets().get(dim).isEmpty());
            }
        }
    }

    private static void sameAnswers(String question, WhoAnswerer.Result a, WhoAnswerer.Result b) {
        assertEquals(question, a.terms(), b.terms());
        assertEquals(question + ": " + units(a) + " vs " + units(b), units(a), units(b));
        for (int i = 0; i < a.answers().size(); i++) {
            WhoAnswerer.Answer x = a.answers().get(i);
            WhoAnswerer.Answer y = b.answers().get(i);
            assertEquals(question + " " + x.unit(), x.strength(), y.strength(), 0.0015);
            assertEquals(question + " " + x.unit(), x.lead(), y.lead());
            assertEquals(question + " " + x.unit(), x.written(), y.written());
            assertEquals(question + " " + x.unit(), x.evidence().stream().map(e -> e.docId() + "#" + e.taskId() + " " + e.snippet()).toList(),
                    y.evidence().stream().map(e -> e.docId() + "#" + e.taskId() + " " + e.snippet()).toList());
        }
    }

    private static List<String> units(WhoAnswerer.Result r) {
        return r.answers().stream().map(WhoAnswerer.Answer::unit).toList();
    }

    private static void sameHits(String query, List<Hit> a, List<Hit> b) {
        assertEquals(query, describe(a), describe(b));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(query, a.get(i).score(), b.get(i).score(), 1e-4 * Math.max(1, a.get(i).score()));
            assertEquals(query, a.get(i).snippet(), b.get(i).snippet());
        }
    }

    private static List<String> describe(List<Hit> hits) {
        List<String> out = new ArrayList<>();
        for (Hit h : hits) {
            out.add(h.type() + " " + h.docId() + "#" + h.taskId() + " " + h.unitsCanonical());
        }
        return out;
    }
}
