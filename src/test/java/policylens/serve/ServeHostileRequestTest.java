package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static policylens.serve.ServeApiTest.json;
import static policylens.serve.ServeApiTest.noStackTrace;

/** Requests a browser would not send: each gets one line and a 4xx, and costs the server nothing it keeps. */
class ServeHostileRequestTest extends CorpusServerTest {

    /** What the uploads folder holds, apart from the server's lock and its (empty) multipart folder. */
    static List<String> uploadsFolder() throws IOException {
        try (Stream<Path> s = Files.walk(f.uploads)) {
            return s.filter(Files::isRegularFile).map(p -> f.uploads.relativize(p).toString())
                    .filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    /** Waits (up to 10 s) until the uploads folder holds what it did: Jetty deletes its temp files as a request ends. */
    static void assertUploadsFolder(List<String> expected) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!uploadsFolder().equals(expected) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertEquals(expected, uploadsFolder());
    }

    /** Sends raw bytes on a socket and returns the whole answer (the server closes or answers with Connection: close). */
    static String raw(String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", f.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException e) {
                // the server answered and closed before the whole body was sent: read what it said
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(answer);
            } catch (SocketException e) {
                // reset after the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static String bodyOf(String rawAnswer) {
        int i = rawAnswer.indexOf("\r\n\r\n");
        return i < 0 ? "" : rawAnswer.substring(i + 4).strip();
    }

    /** Runs {@code action} with the server log (slf4j-simple writes to System.err) captured. */
    static String log(ThrowingRunnable action) throws Exception {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void originNullIsRefusedOnUploads() throws Exception {
        byte[] text = Files.readAllBytes(Paths.get("heldout/sichuan-province-green-industry-2025.txt"));
        HttpResponse<String> r = f.upload("/api/upload", "from-a-sandbox.txt", text, "Origin", "null");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(json(r).get("error").asText().startsWith("拒绝跨站请求"), r.body());
        assertEquals(403, f.upload("/upload", "from-a-sandbox.txt", text, "Origin", "null").statusCode());
        assertFalse(json(f.get("/api/documents")).toString().contains("from-a-sandbox"));
        // the pages' own posts carry their origin: the referrer policy no longer makes browsers send "null"
        assertEquals("same-origin", f.get("/upload").headers().firstValue("Referrer-Policy").orElse(""));
        HttpResponse<String> same = f.upload("/api/upload", "same-origin.txt", text, "Origin", f.base());
        assertEquals(201, same.statusCode(), same.body());
    }

    @Test
    void malformedMultipartIsA400WithOneLineAndOneLogLine() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>();
        String log = log(() -> {
            byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno closing boundary")
                    .getBytes(StandardCharsets.UTF_8);
            answer.set(raw("POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port()
                    + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n", body));
        });
        assertTrue(answer.get().startsWith("HTTP/1.1 400 "), answer.get());
        JsonNode error = ServeApiTest.JSON.readTree(bodyOf(answer.get()));
        assertEquals(400, error.get("status").asInt());
        String line = error.get("error").asText();
        assertTrue(line.startsWith("上传的内容无法读取:"), line);
        assertFalse(line.contains("\n"), line);
        noStackTrace(answer.get());
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "no stack trace in the log: " + log);
        assertTrue(log.lines().filter(l -> !l.isBlank()).count() <= 1, log);

        HttpResponse<String> noBoundary = f.http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(f.base() + "/upload")).header("Content-Type", "multipart/form-data")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("garbage")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noBoundary.statusCode());
        noStackTrace(noBoundary.body());
    }

    @Test
    void twoFilesInOneUploadAreRefusedAndNeitherIsKept() throws Exception {
        List<String> before = uploadsFolder();
        String boundary = "two-files";
        StringBuilder body = new StringBuilder();
        for (String name : List.of("first.txt", "second.txt")) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(name).append("\"\r\n\r\n某市人民政府关于").append(name).append("的通知\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> r = f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base() + "/api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("一次只能上传一个文件(收到 2 个)", json(r).get("error").asText());
        String docs = json(f.get("/api/documents")).toString();
        assertFalse(docs.contains("\"first\"") || docs.contains("\"second\""), docs);
        assertUploadsFolder(before);
    }

    @Test
    void aChunkedUploadOverTheLimitIsA413NamingTheLimit() throws Exception {
        List<String> before = uploadsFolder();
        String head = "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port()
                + "\r\nContent-Type: multipart/form-data; boundary=B\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] part = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        writeChunk(chunks, part);
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        for (int i = 0; i < 3 * LIMIT / block.length; i++) {
            writeChunk(chunks, block);
        }
        writeChunk(chunks, "\r\n--B--\r\n".getBytes(StandardCharsets.UTF_8));
        chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String answer = raw(head, chunks.toByteArray());
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        String line = ServeApiTest.JSON.readTree(bodyOf(answer)).get("error").asText();
        assertTrue(line.contains("1.0 MB"), "the limit, in MB: " + line);
        assertFalse(line.contains("-0.0") || line.contains("-1"), line);
        assertUploadsFolder(before);
    }

    private static void writeChunk(ByteArrayOutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void recordSourceAndMessagesShowNoServerPaths() throws Exception {
        byte[] text = Files.readAllBytes(Paths.get("heldout/zhejiang-city-manufacturing-2024-2026.txt"));
        assertEquals(201, f.upload("/api/upload", "zhejiang-upload.txt", text).statusCode());
        for (String docId : List.of(ServeApiTest.XINYU, "zhejiang-upload")) {
            JsonNode d = json(f.get("/api/documents/" + docId));
            String source = d.get("record").get("source").asText();
            assertEquals(d.get("info").get("fileName").asText(), source);
            assertFalse(Paths.get(source).isAbsolute() || source.contains("/"), source);
            String recordJson = f.get("/api/documents/" + docId + "/record.json").body();
            assertEquals(source, ServeApiTest.JSON.readTree(recordJson).get("source").asText());
            for (String answer : List.of(d.toString(), recordJson)) {
                assertFalse(answer.contains(tmp.toString()) || answer.contains(Paths.get("").toAbsolutePath().toString()),
                        "no server folder in " + docId);
            }
        }
    }

    @Test
    void aSlowBodyIsCutOffWhileOtherRequestsAreAnswered() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Socket slow = new Socket("127.0.0.1", f.server.port())) {
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port()
                        + "\r\nContent-Type: multipart/form-data; boundary=S\r\nContent-Length: 100000\r\n\r\n"
                        + "--S\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                long start = System.nanoTime();
                boolean cut = false;
                slow.setSoTimeout(1000);
                InputStream in = slow.getInputStream();
                for (int i = 0; i < 40 && !cut; i++) {
                    // meanwhile the server answers others at once
                    if (i == 2) {
                        long t = System.nanoTime();
                        HttpResponse<String> other = f.get("/api/documents");
                        assertEquals(200, other.statusCode());
                        assertTrue(Duration.ofNanos(System.nanoTime() - t).toSeconds() < 5, "answered while a body trickles");
                    }
                    try {
                        out.write('a'); // one byte a second, far below the minimum rate
                        out.flush();
                        cut = in.read() < 0;
                    } catch (SocketTimeoutException e) {
                        // still open
                    } catch (IOException e) {
                        cut = true; // reset
                    }
                }
                assertTrue(cut, "the slow connection was closed");
                assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "cut within seconds");
            }
        });
    }

    @Test
    void anUploadThatFailsToIngestLeavesNothingInTheUploadsFolder() throws Exception {
        List<String> before = uploadsFolder();
        byte[] random = new byte[300_000]; // over Jetty's in-memory part size: goes through its temp folder too
        new Random(11).nextBytes(random);
        for (String name : List.of("noise.pdf", "noise.docx")) {
            HttpResponse<String> r = f.upload("/api/upload", name, random);
            assertEquals(422, r.statusCode(), () -> r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(json(r).get("error").asText().startsWith(name + ": "), r.body());
            assertUploadsFolder(before);
        }
    }
}
