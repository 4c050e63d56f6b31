package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import org.junit.BeforeClass;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import policylens.bench.ScaleCorpus;
import policylens.eval.WhoEvaluation;
import policylens.index.Engine;
import policylens.index.EngineSettings;
import policylens.index.Filters;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;
import policylens.index.QuerySyntaxException;
import policylens.index.Searcher;
import policylens.index.WhoAnswerer;
import policylens.ingest.IngestLimits;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code bench --engine opensearch}: the same scale-corpus documents indexed into the embedded index and into the
 * two in-JVM OpenSearch nodes (2 shards, 1 replica) in the same run, then bulk index throughput, {@code who}
 * latency p50/p95/p99 over the gold questions and {@code search} latency over the bench's fixed search queries, each
 * as a ratio OpenSearch ÷ embedded. Printed and written to {@code target/bench-opensearch.md}. No timing is
 * asserted (figures on a shared two-core machine are not a pass/fail criterion); what is asserted is that both
 * engines indexed every document and answered.
 * <p>
 * Skipped unless {@code -Dbench.opensearch=true} (so the test suite does not pay for it):
 * <pre>
 * mvn -B -o test -Dtest=OpenSearchBenchClusterTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.opensearch=true -Dbench.opensearch.docs=500
 * </pre>
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {PolicyLensThreads.class})
@TimeoutSuite(millis = 60 * 60 * 1000)
public class OpenSearchBenchClusterTest extends TwoNodeCluster {
    private static final String INDEX = "bench";
    private static final int WHO_ANSWERS = 5;
    private static final int SEARCH_HITS = 10;
    private static final int WARM_DOCS = 40;
    private static final List<String> QUESTION_SETS = List.of("gold/who.tsv", "gold/who-dev.tsv", "gold/who-blind.tsv");

    @BeforeClass
    public static void onlyWhenAsked() {
        assumeTrue("the OpenSearch bench runs with -Dbench.opensearch=true", Boolean.getBoolean("bench.opensearch"));
    }

    public void testBothEnginesOnTheSameDocuments() throws Exception {
        int n = Integer.getInteger("bench.opensearch.docs", 500);
        long seed = Long.getLong("bench.opensearch.seed", 42L);
        Path work = Path.of(createTempDir().toString());
        ScaleCorpus scale = ScaleCorpus.from(List.of(Path.of("corpus")));
        List<Path> files = scale.write(work.resolve("corpus"), n, seed);
        System.err.printf("bench-opensearch: %d scale-corpus documents written%n", files.size());

        // warm both paths (JIT of ingest, extraction and analysis; the cluster's first requests) on throwaway indexes
        List<Path> warm = files.subList(0, Math.min(WARM_DOCS, files.size()));
        new PolicyIndex(work.resolve("warm-index")).index(warm);
        settings(INDEX + "-warm").indexer(null, null, IngestLimits.DEFAULT, s -> { })
                .index(warm, false, PolicyIndex.Listener.NONE);

        Path dir = work.resolve("index");
        long t0 = System.nanoTime();
        IndexResult embedded = new PolicyIndex(dir).index(files);
        double embeddedSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("bench-opensearch: embedded index %.1f s%n", embeddedSeconds);

        EngineSettings os = settings(INDEX);
        t0 = System.nanoTime();
        IndexResult remote = os.indexer(null, null, IngestLimits.DEFAULT, System.err::println)
                .index(files, false, PolicyIndex.Listener.NONE);
        double remoteSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("bench-opensearch: opensearch index %.1f s%n", remoteSeconds);
        assertEquals(files.size(), embedded.indexed().size());
        assertEquals(files.size(), remote.indexed().size());
        assertTrue(remote.failures().toString(), remote.failures().isEmpty());
        ensureGreen(INDEX);

        List<String> questions = new ArrayList<>();
        for (String set : QUESTION_SETS) {
            WhoEvaluation.read(Path.of(set)).forEach(q -> questions.add(q.question()));
        }
        List<String> searches = searchQueries();

        try (Searcher lucene = Searcher.open(dir); Engine cluster = os.open(null)) {
            assertEquals(lucene.size(), cluster.size());
            WhoAnswerer a = new WhoAnswerer(lucene);
            WhoAnswerer b = new WhoAnswerer(cluster);
            long[] sink = new long[1];
            for (int round = 0; round < 2; round++) { // warm: caches, JIT, the words memo of the remote engine
                for (String q : questions) {
                    sink[0] += a.who(q, WHO_ANSWERS).answers().size() + b.who(q, WHO_ANSWERS).answers().size();
                }
                for (String q : searches) {
                    sink[0] += search(lucene, q) + search(cluster, q);
                }
            }
            // timed: each query on one engine, then the other, so both see the same moments of a shared machine
            double[] whoA = new double[questions.size()];
            double[] whoB = new double[questions.size()];
            int sameUnits = 0;
            for (int i = 0; i < questions.size(); i++) {
                String q = questions.get(i);
                long s = System.nanoTime();
                WhoAnswerer.Result x = a.who(q, WHO_ANSWERS);
                whoA[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                WhoAnswerer.Result y = b.who(q, WHO_ANSWERS);
                whoB[i] = (System.nanoTime() - s) / 1e6;
                sameUnits += units(x).equals(units(y)) ? 1 : 0;
                sink[0] += x.answers().size() + y.answers().size();
            }
            double[] searchA = new double[searches.size()];
            double[] searchB = new double[searches.size()];
            for (int i = 0; i < searches.size(); i++) {
                long s = System.nanoTime();
                sink[0] += search(lucene, searches.get(i));
                searchA[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                sink[0] += search(cluster, searches.get(i));
                searchB[i] = (System.nanoTime() - s) / 1e6;
            }
            assertTrue("the queries found something", sink[0] > 0);

            List<String[]> rows = new ArrayList<>();
            rows.add(row("bulk index throughput (ingest + extraction + analysis + writing, " + n + " documents)",
                    n / embeddedSeconds, n / remoteSeconds, "docs/s"));
            for (int p : new int[] {50, 95, 99}) {
                rows.add(row("`who` warm latency p" + p + " (" + questions.size() + " gold questions, top "
                        + WHO_ANSWERS + ")", percentile(whoA, p), percentile(whoB, p), "ms"));
            }
            for (int p : new int[] {50, 95, 99}) {
                rows.add(row("`search` warm latency p" + p + " (" + searches.size() + " bench queries, a page of "
                        + SEARCH_HITS + " with its exact total)", percentile(searchA, p), percentile(searchB, p), "ms"));
            }
            String md = report(n, seed, embedded, rows, sameUnits, questions.size());
            System.out.println(md);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench-opensearch.md"), md, StandardCharsets.UTF_8);
        }
    }

    private static int search(Engine engine, String query) {
        try {
            return engine.page(query, Filters.NONE, 0, SEARCH_HITS, false).hits().size();
        } catch (QuerySyntaxException e) {
            return 0;
        }
    }

    /** The search queries of {@code policylens bench} (its fixed query file). */
    private static List<String> searchQueries() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                OpenSearchBenchClusterTest.class.getResourceAsStream("/policylens/bench/queries.tsv"));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("search\t")) {
                    out.add(line.substring("search\t".length()));
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static List<String> units(WhoAnswerer.Result r) {
        return r.answers().stream().map(WhoAnswerer.Answer::unit).toList();
    }

    private static String[] row(String label, double embedded, double opensearch, String unit) {
        return new String[] {label, format(embedded) + " " + unit, format(opensearch) + " " + unit,
                String.format(Locale.ROOT, "%.2f×", opensearch / embedded)};
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private String report(int n, long seed, IndexResult embedded, List<String[]> rows, int sameUnits, int questions) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.vm.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB shared by the test, ")
                .append("the client and both nodes; ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(".\n\n");
        sb.append("Run: `OpenSearchBenchClusterTest`, ").append(n).append(" scale-corpus documents (seed ").append(seed)
                .append(") indexed into the embedded index and into two in-JVM OpenSearch 2.19 nodes (2 shards, 1 replica, ")
                .append("HTTP on loopback), same JVM, same run; ").append(embedded.indexed().size())
                .append(" documents each; queries alternate between the engines.\n\n");
        sb.append("| figure | embedded (Lucene) | OpenSearch | ratio OpenSearch ÷ embedded |\n|---|---:|---:|---:|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        sb.append("\nSame top-").append(WHO_ANSWERS).append(" units for ").append(sameUnits).append(" of ")
                .append(questions).append(" questions.\n");
        return sb.toString();
    }

    /** The nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
