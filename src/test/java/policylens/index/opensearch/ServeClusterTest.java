package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.lucene.codecs.Codec;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;
import policylens.ingest.IngestLimits;
import policylens.serve.Server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code serve --engine opensearch}: a server over the two-node cluster answers /api/who, /api/search (pages, totals,
 * facets, filters), /api/documents, a unit's duties, the calendar and the target charts (API and pages) as a server
 * over the embedded index of the same files does, and the duties and calendar commands print the same; what only the
 * embedded index has (uploads and removals) is one line with 501.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {ServeClusterTest.ClientThreads.class})
public class ServeClusterTest extends TwoNodeCluster {
    public void testTheSameAnswersOverHttp() throws Exception {
        Path tmp = Path.of(createTempDir().toString());
        List<Path> files = corpus();
        // the embedded index is written with the product's codec: the test framework's random one may give a field
        // Asserting postings, which insist that its Terms be used on the thread that opened them, while the server's
        // request threads share one searcher (VocabularyAnalyzer keeps the Terms of the text field), as real codecs allow
        Codec random = Codec.getDefault();
        IndexResult embedded;
        Codec.setDefault(Codec.forName("Lucene912"));
        try {
            embedded = new PolicyIndex(tmp.resolve("index")).index(files);
        } finally {
            Codec.setDefault(random);
        }
        IndexResult remote = settings("serve").indexer(null, null, IngestLimits.DEFAULT, s -> { })
                .index(files, false, PolicyIndex.Listener.NONE);
        assertEquals(embedded.indexed(), remote.indexed());
        ensureGreen("serve");

        try (Server lucene = Server.start(new Server.Options(tmp.resolve("index"), tmp.resolve("up-a"), "127.0.0.1", 0,
                1 << 20, null));
             Server os = Server.start(new Server.Options(tmp.resolve("unused"), tmp.resolve("up-b"), "127.0.0.1", 0,
                     1 << 20, null).withEngine(settings("serve")))) {
            assertFalse(os.library().embedded());
            assertEquals(files.size(), os.library().documents().size());
            assertEquals(get(lucene, "/api/documents?limit=100").body(), get(os, "/api/documents?limit=100").body());

            for (String q : List.of("谁负责中试平台建设?", "充电设施建设由哪个部门牵头", "垃圾分类谁负责", "以旧换新")) {
                for (String filters : List.of("", "&level=city", "&region=" + enc("新余市"))) {
                    String path = "/api/who?q=" + enc(q) + filters;
                    Response a = get(lucene, path);
                    assertEquals(path + " " + a.body(), 200, a.statusCode());
                    assertEquals(path, noScores(a.body()), noScores(get(os, path).body()));
                }
            }
            for (String path : List.of("/api/search?q=" + enc("建设"), "/api/search?q=" + enc("建设") + "&offset=20&limit=10",
                    "/api/search?q=" + enc("中试平台") + "&type=task&level=city",
                    "/api/search?q=" + enc("充电 AND 设施") + "&year=2025",
                    "/api/search?q=" + enc("推动制造业企业数字化转型的工作由谁负责"))) {
                Response a = get(lucene, path);
                assertEquals(path + " " + a.body(), 200, a.statusCode());
                assertTrue(path + " " + a.body(), a.body().contains("\"facets\":{\"type\":[{"));
                assertEquals(path, noScores(a.body()), noScores(get(os, path).body()));
            }
            // the ask page links the same documents in the same order
            Response askA = get(lucene, "/?q=" + enc("中试平台") + "&lang=en");
            Response askB = get(os, "/?q=" + enc("中试平台") + "&lang=en");
            assertEquals(200, askB.statusCode());
            assertTrue(docLinks(askA.body()).size() > 3);
            assertEquals(docLinks(askA.body()), docLinks(askB.body()));

            // duties, the calendar and the target charts: the same JSON and pages from both
            java.util.Set<String> units = new java.util.TreeSet<>();
            policylens.eval.DutiesEvaluation.read(Path.of("gold/duties.tsv")).forEach(e -> units.add(e.unit()));
            List<String> paths = new java.util.ArrayList<>();
            for (String unit : units) {
                paths.add("/api/units/" + enc(unit) + "/duties");
            }
            paths.addAll(List.of("/api/units/" + enc("市工信局") + "/duties?level=city",
                    "/api/calendar?by=quarter", "/api/calendar?by=month&level=city",
                    "/api/calendar?unit=" + enc("新余市工信局"),
                    "/api/targets?metric=" + enc("专精特新"), "/api/targets?metric=" + enc("专精特新") + "&level=city",
                    "/calendar?lang=en", "/charts?metric=" + enc("专精特新")));
            for (String path : paths) {
                Response a = get(lucene, path);
                assertEquals(path + " " + a.body(), 200, a.statusCode());
                Response b = get(os, path);
                assertEquals(path + " " + b.body(), 200, b.statusCode());
                assertEquals(path, a.body(), b.body());
            }
            assertTrue(get(os, "/api/targets?metric=" + enc("专精特新")).body().contains("\"points\":[{"));
            // the same from the command line
            Path embeddedIndex = tmp.resolve("index");
            for (String unit : units) {
                String[] args = {"duties", unit, "--format", "json", "--today", "2026-12-01"};
                sameOutput(cli(args, "--index", embeddedIndex.toString()),
                        cli(args, "--engine", "opensearch", "--url", url(), "--index-name", "serve"));
            }
            String[] calendarArgs = {"calendar", "--by", "quarter", "--format", "json", "--today", "2026-12-01"};
            sameOutput(cli(calendarArgs, "--index", embeddedIndex.toString()),
                    cli(calendarArgs, "--engine", "opensearch", "--url", url(), "--index-name", "serve"));

            // what only the embedded index has: one line, 501
            Response delete = request(os, "DELETE", "/api/documents/x");
            assertEquals(501, delete.statusCode());
            assertTrue(delete.body(), delete.body().contains(Messages.t(Lang.ZH, "os.serve.uploads")));
            assertEquals(files.size(), os.library().documents().size());
        }
    }

    private static String[] cli(String[] args, String... more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }

    /** Both runs succeed with output, and the same output. */
    private static void sameOutput(String[] a, String[] b) {
        Object[] x = Cli.run(a);
        Object[] y = Cli.run(b);
        assertEquals(String.join(" ", a) + " stderr: " + x[2], 0, x[0]);
        assertEquals(String.join(" ", b) + " stderr: " + y[2], 0, y[0]);
        assertTrue(String.join(" ", a), ((String) x[1]).length() > 100);
        assertEquals(String.join(" ", b), x[1], y[1]);
    }

    private record Response(int statusCode, String body) {
    }

    private static Response get(Server s, String path) throws Exception {
        return request(s, "GET", path);
    }

    private static Response request(Server s, String method, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base(s) + path)).method(method,
                        HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body());
    }

    /** The JDK's HTTP client (its threads live as long as it does: JDK 17 cannot close it). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The test's own HTTP client threads are not leaks of the cluster. */
    public static final class ClientThreads implements com.carrotsearch.randomizedtesting.ThreadFilter {
        @Override
        public boolean reject(Thread t) {
            return t.getName().startsWith("HttpClient-") || t.getName().startsWith("policylens-");
        }
    }

    private static String base(Server s) {
        return "http://127.0.0.1:" + s.port();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> docLinks(String html) {
        return java.util.regex.Pattern.compile("href=\"(/doc/[^\"?]+)").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    /** Scores and strengths to the 3rd digit: OpenSearch's are divided back by its BM25 factor (equal to 1e-4). */
    private static String noScores(String json) {
        return json.replaceAll("\"(score|strength)\"\\s*:\\s*[0-9.E-]+", "\"$1\":_");
    }
}
