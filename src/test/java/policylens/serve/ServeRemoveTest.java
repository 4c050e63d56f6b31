package policylens.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** A document can be taken out of the index from the web; an upload's stored file goes with it. */
class ServeRemoveTest {
    @TempDir
    Path tmp;

    @Test
    void anUploadCanBeRemovedForGood() throws Exception {
        try (ServeFixture f = ServeFixture.start(tmp, 1 << 20, null)) {
            int before = ServeApiTest.json(f.get("/api/documents")).get("documents").size();
            byte[] text = Files.readAllBytes(Paths.get("heldout/sichuan-province-green-industry-2025.txt"));
            assertEquals(201, f.upload("/api/upload", "garbage.txt", text).statusCode());
            assertTrue(storedUploads(f.uploads) == 1);

            HttpResponse<String> r = delete(f, "/api/documents/garbage");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode gone = ServeApiTest.json(r);
            assertEquals("garbage", gone.get("removed").asText());
            assertEquals(before, ServeApiTest.json(f.get("/api/documents")).get("documents").size());
            assertFalse(ServeApiTest.json(f.get("/api/search?q=" + ServeFixture.enc("绿色低碳优势产业"))).toString()
                    .contains("\"garbage\""));
            assertEquals(0, storedUploads(f.uploads), "the stored upload is deleted");
            assertEquals(404, delete(f, "/api/documents/garbage").statusCode());

            // a corpus document: out of the index, its file untouched
            HttpResponse<String> page = f.http.send(HttpRequest.newBuilder(URI.create(f.base() + "/doc/"
                    + ServeApiTest.XINYU + "/remove")).header("Origin", f.base())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, page.statusCode(), page.body());
            assertEquals(404, f.get("/api/documents/" + ServeApiTest.XINYU).statusCode());
            assertTrue(Files.exists(Paths.get("corpus", ServeApiTest.XINYU + ".txt")));
        }
    }

    private static long storedUploads(Path uploads) throws Exception {
        try (Stream<Path> s = Files.list(uploads)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
        }
    }

    private static HttpResponse<String> delete(ServeFixture f, String path) throws Exception {
        return f.http.send(HttpRequest.newBuilder(URI.create(f.base() + path)).timeout(Duration.ofSeconds(60)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
