package policylens.serve;

import policylens.index.IndexResult;
import policylens.index.PolicyIndex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** A server over a fresh index of the bundled corpus, on a free port, and an HTTP client for it. */
final class ServeFixture implements AutoCloseable {
    final Path index;
    final Path uploads;
    final Server server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ServeFixture(Path index, Path uploads, Server server) {
        this.index = index;
        this.uploads = uploads;
        this.server = server;
    }

    static ServeFixture start(Path tmp, long maxUploadBytes, Function<Library, CheckService> check) throws IOException {
        Path index = tmp.resolve("index");
        List<Path> corpus;
        try (Stream<Path> s = Files.list(Paths.get("corpus"))) {
            corpus = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        IndexResult r = new PolicyIndex(index).index(corpus);
        if (!r.failures().isEmpty() || r.indexed().size() != corpus.size()) {
            throw new IllegalStateException("indexing the corpus failed: " + r);
        }
        Path uploads = tmp.resolve("uploads");
        Server server = Server.start(new Server.Options(index, uploads, "127.0.0.1", 0, maxUploadBytes, check));
        return new ServeFixture(index, uploads, server);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs one file as multipart/form-data field "file". */
    HttpResponse<String> upload(String path, String fileName, byte[] bytes, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----policylens" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
