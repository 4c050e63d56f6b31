package policylens.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beyond loopback the server needs a token; with one, every request must carry it; uploads can be off. */
class ServeAccessTest {
    private static final String TOKEN = "correct-horse-battery";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void listeningOnAllAddressesWithoutATokenIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Server.start(
                new Server.Options(tmp.resolve("i"), tmp.resolve("u"), "0.0.0.0", 0, 1 << 20, null)));
        assertTrue(e.getMessage().contains("访问令牌") && e.getMessage().contains("--token"), e.getMessage());
    }

    @Test
    void everyRequestMustCarryTheTokenAndUploadsAreOff() throws Exception {
        try (Server s = Server.start(new Server.Options(tmp.resolve("i"), tmp.resolve("u"), "0.0.0.0", 0, 1 << 20, null)
                .withAccess(new Access(TOKEN, false)))) {
            String base = "http://127.0.0.1:" + s.port();
            HttpResponse<String> none = get(base + "/api/documents", null);
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), none.headers().toString());
            assertTrue(none.body().contains("需要访问令牌"), none.body());
            assertEquals(401, get(base + "/", "Bearer wrong-token-of-length").statusCode());
            assertEquals(401, get(base + "/assets/app.css", null).statusCode());
            assertEquals(200, get(base + "/api/documents", "Bearer " + TOKEN).statusCode());
            String basic = "Basic " + Base64.getEncoder().encodeToString(("clerk:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, get(base + "/docs", basic).statusCode());
            HttpResponse<String> upload = get(base + "/upload", "Bearer " + TOKEN);
            assertEquals(403, upload.statusCode());
            assertTrue(upload.body().contains("不允许从网页添加或删除文件"), upload.body());
            assertFalse(s.urls().isEmpty());
            assertTrue(s.urls().stream().noneMatch(u -> u.contains("0.0.0.0")), s.urls().toString());
        }
    }

    @Test
    void aShortTokenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Access("short", true));
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
