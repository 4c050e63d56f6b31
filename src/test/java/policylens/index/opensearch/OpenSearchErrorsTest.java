package policylens.index.opensearch;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster that cannot be used gives one line naming it and the reason, and a non-zero exit: a malformed address,
 * a refused connection, rejected credentials (a server answering as OpenSearch's security plugin does). A missing
 * index is in {@link CommandLineClusterTest}, against real nodes.
 */
class OpenSearchErrorsTest {
    private static String oneLine(Object[] r, int code) {
        assertEquals(code, r[0], () -> "stderr: " + r[2]);
        String err = ((String) r[2]).strip();
        assertEquals(1, err.lines().count(), err);
        return err;
    }

    @Test
    void aMalformedAddressIsOneLine() {
        String err = oneLine(Cli.run("who", "谁负责中试平台建设", "--engine", "opensearch", "--url", "ftp://example.org:9200"), 2);
        assertTrue(err.contains("不是有效的 OpenSearch 地址") && err.contains("not a valid OpenSearch address"), err);
        err = oneLine(Cli.run("search", "中试", "--engine", "opensearch", "--url", "http://host:9200/some/path"), 2);
        assertTrue(err.contains("not a valid OpenSearch address"), err);
    }

    @Test
    void noAddressOrAnUnknownEngineIsOneLine() {
        String err = oneLine(Cli.run("search", "中试", "--engine", "opensearch"), 2);
        assertTrue(err.contains("--engine opensearch needs --url"), err);
        err = oneLine(Cli.run("search", "中试", "--engine", "solr"), 2);
        assertTrue(err.contains("unknown engine solr"), err);
    }

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String err = oneLine(Cli.run("who", "谁负责中试平台建设", "--engine", "opensearch", "--url", "http://127.0.0.1:" + port), 2);
        assertTrue(err.contains("cannot connect to OpenSearch at http://127.0.0.1:" + port), err);
        err = oneLine(Cli.run("index", "corpus", "--engine", "opensearch", "--url", "http://127.0.0.1:" + port), 2);
        assertTrue(err.contains("cannot connect to OpenSearch at http://127.0.0.1:" + port), err);
    }

    @Test
    void serveOnOpenSearchRefusesWhatItCannotDoAndAnUnreachableClusterInOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        String err = oneLine(Cli.run("serve", "--port", "0", "--engine", "opensearch", "--url", url), 2);
        assertTrue(err.contains("cannot connect to OpenSearch at " + url), err);
        err = oneLine(Cli.run("serve", "--port", "0", "--engine", "opensearch", "--url", url, "--watch", "corpus"), 2);
        assertTrue(err.contains("--watch is not available on the OpenSearch engine yet"), err);
        err = oneLine(Cli.run("serve", "--port", "0", "--engine", "opensearch", "--url", url, "--allow-uploads"), 2);
        assertTrue(err.contains("adding, removing and re-indexing documents from the web is not available on the "
                + "OpenSearch engine yet"), err);
    }

    @Test
    void rejectedCredentialsAreOneLine() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("{\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":\"Unauthorized\"}],"
                    + "\"type\":\"security_exception\",\"reason\":\"Unauthorized\"},\"status\":401}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://admin:wrong@127.0.0.1:" + server.getAddress().getPort();
            String err = oneLine(Cli.run("search", "中试", "--engine", "opensearch", "--url", url), 2);
            assertTrue(err.contains("refused the user name or password (401)"), err);
            assertTrue(!err.contains("wrong"), "the password is never shown: " + err);
        } finally {
            server.stop(0);
        }
    }
}
