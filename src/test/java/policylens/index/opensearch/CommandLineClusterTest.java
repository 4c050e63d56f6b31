package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import policylens.index.Engine;
import policylens.index.Searcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands with {@code --engine opensearch} against a two-node cluster: incremental indexing as the embedded
 * index does it (unchanged files skipped, a changed file replaced, {@code --prune}), the same {@code who --json},
 * {@code search --json}, {@code calendar} and {@code duties} output as the embedded index, and one line for a missing index or another analysis.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {PolicyLensThreads.class})
public class CommandLineClusterTest extends TwoNodeCluster {

    private String[] os(String... args) {
        String[] out = new String[args.length + 6];
        System.arraycopy(args, 0, out, 0, args.length);
        System.arraycopy(new String[] {"--engine", "opensearch", "--url", url(), "--index-name", "cli"}, 0, out,
                args.length, 6);
        return out;
    }

    private static String[] lucene(Path index, String... args) {
        String[] out = new String[args.length + 2];
        System.arraycopy(args, 0, out, 0, args.length);
        out[args.length] = "--index";
        out[args.length + 1] = index.toString();
        return out;
    }

    private static String ok(Object[] r) {
        assertEquals("stderr: " + r[2], 0, r[0]);
        return (String) r[1];
    }

    public void testIncrementalIndexingAndTheSameOutput() throws Exception {
        Path docs = Path.of(createTempDir().toString());
        List<Path> some = corpus().subList(0, 6);
        for (Path p : some) {
            Files.copy(p, docs.resolve(p.getFileName()));
        }
        Path embedded = Path.of(createTempDir().toString(), "idx");

        Object[] first = Cli.run(os("index", docs.toString(), "--shards", "3", "--replicas", "1"));
        assertEquals("stderr: " + first[2], 0, first[0]);
        assertTrue((String) first[2], ((String) first[2]).contains("indexed 6, unchanged 0, failed 0"));
        ok(Cli.run(lucene(embedded, "index", docs.toString())));
        ensureGreen("cli");
        assertEquals("3", client().admin().indices().prepareGetSettings("cli").get().getSetting("cli", "index.number_of_shards"));

        // freshly built, the two answer alike: the same JSON but for the last digit of a raw score (OpenSearch's scores
        // are divided back by its BM25 factor; SameAnswersClusterTest compares them to 1e-4)
        for (String q : List.of("谁负责中试平台建设?", "充电设施建设由哪个部门牵头", "垃圾分类谁负责")) {
            assertEquals(q, noScores(ok(Cli.run(lucene(embedded, "who", q, "--json")))),
                    noScores(ok(Cli.run(os("who", q, "--json")))));
        }
        assertEquals(noScores(ok(Cli.run(lucene(embedded, "search", "建设", "--type", "task", "--json", "--limit", "20")))),
                noScores(ok(Cli.run(os("search", "建设", "--type", "task", "--json", "--limit", "20")))));

        // the calendar and a unit's duties are read from the records' stored fields: the same on both
        String calendar = ok(Cli.run(lucene(embedded, "calendar", "--by", "quarter", "--format", "json", "--today", "2026-12-01")));
        assertTrue(calendar, calendar.contains("\"buckets\" : [ {"));
        assertEquals(calendar, ok(Cli.run(os("calendar", "--by", "quarter", "--format", "json", "--today", "2026-12-01"))));
        for (String unit : List.of("市科技局", "市发展改革委")) {
            Object[] a = Cli.run(lucene(embedded, "duties", unit, "--format", "json", "--today", "2026-12-01"));
            Object[] b = Cli.run(os("duties", unit, "--format", "json", "--today", "2026-12-01"));
            assertEquals(unit, List.of(a), List.of(b));
        }

        // check --indexed reads the files the cluster's index was built from: as check --all reads their folder
        assertEquals(ok(Cli.run("check", "--all", docs.toString(), "--json")),
                ok(Cli.run(os("check", "--indexed", "--json"))));

        Object[] again = Cli.run(os("index", docs.toString()));
        assertTrue((String) again[2], ((String) again[2]).contains("indexed 0, unchanged 6, failed 0"));

        // a changed file is replaced, a vanished one pruned: on both engines
        Path changed = docs.resolve(some.get(1).getFileName());
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8).replaceFirst("\n", "\n（责任单位：市科技局）\n"),
                StandardCharsets.UTF_8);
        Files.delete(docs.resolve(some.get(2).getFileName()));
        Object[] third = Cli.run(os("index", docs.toString(), "--prune"));
        assertTrue((String) third[2], ((String) third[2]).contains("indexed 1, unchanged 4, failed 0, pruned 1"));
        ok(Cli.run(lucene(embedded, "index", docs.toString(), "--prune")));

        try (Engine a = Searcher.open(embedded); Engine b = settings("cli").open(null)) {
            assertEquals(a.size(), b.size());
            assertEquals(a.documents(), b.documents());
        }
        // the replaced text is what both find (scores may differ now: each engine counts the replaced records in its
        // term statistics until their segments merge, and the two merge at different times)
        String hit = ok(Cli.run(lucene(embedded, "search", "市科技局", "--json", "--limit", "1")));
        assertTrue(hit, hit.contains(some.get(1).getFileName().toString().replaceFirst("\\.[a-z]+$", "")));
        assertEquals(noScores(hit), noScores(ok(Cli.run(os("search", "市科技局", "--json", "--limit", "1")))));

        // the index records its analysis: writing with another is refused in one line
        Object[] other = Cli.run(os("index", docs.toString(), "--analysis", "smartcn"));
        assertEquals(2, other[0]);
        assertEquals((String) other[2], 1, ((String) other[2]).strip().lines().count());
        assertTrue((String) other[2], ((String) other[2]).contains("was analysed with hanlp_dict; it cannot be written with smartcn"));
    }

    private static String noScores(String json) {
        return json.replaceAll("\"score\" : [0-9.E-]+", "\"score\" : _");
    }

    public void testAMissingIndexIsOneLine() {
        Object[] r = Cli.run("who", "谁负责中试平台建设", "--engine", "opensearch", "--url", url(), "--index-name", "nothing-here");
        assertEquals(2, r[0]);
        String err = ((String) r[2]).strip();
        assertEquals(err, 1, err.lines().count());
        assertTrue(err, err.contains("has no index nothing-here"));
    }
}
