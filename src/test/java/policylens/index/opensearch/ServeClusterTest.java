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
 * facets, filters) and /api/documents as a server over the embedded index of the same files does; what only the
 * embedded index has (duties, the calendar, uploads and removals) is one line with 501.
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

            // what only the embedded index has: one line, 501, on the page and from the API
            Response calendar = get(os, "/calendar?lang=en");
            assertEquals(501, calendar.statusCode());
            assertTrue(calendar.body(), calendar.body().contains(Messages.t(Lang.EN, "os.serve.calendar")));
            assertEquals(200, get(lucene, "/calendar?lang=en").statusCode());
            Response duties = get(os, "/api/units/" + enc("市科技局") + "/duties");
            assertEquals(501, duties.statusCode());
            assertTrue(duties.body(), duties.body().contains(Messages.t(Lang.ZH, "os.serve.duties")));
            Response delete = request(os, "DELETE", "/api/documents/x");
            assertEquals(501, delete.statusCode());
            assertTrue(delete.body(), delete.body().contains(Messages.t(Lang.ZH, "os.serve.uploads")));
            assertEquals(files.size(), os.library().documents().size());
        }
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
