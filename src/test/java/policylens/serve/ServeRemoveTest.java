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

    @Test
    void removingFromThePageAsksFirstThenTheListSaysItIsGone() throws Exception {
        try (ServeFixture f = ServeFixture.start(tmp, 1 << 20, null)) {
            byte[] text = Files.readAllBytes(Paths.get("heldout/sichuan-province-green-industry-2025.txt"));
            assertEquals(201, f.upload("/api/upload", "garbage.txt", text).statusCode());
            String title = ServeApiTest.json(f.get("/api/documents/garbage")).get("title").asText();
            String confirm = f.get("/doc/garbage/remove").body();
            assertTrue(confirm.contains(title) && confirm.contains("保存的文件也会一并删除"), confirm);
            assertEquals(200, f.get("/api/documents/garbage").statusCode(), "asking removes nothing");

            HttpResponse<String> r = post(f, "/doc/garbage/remove");
            assertEquals(303, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElse("");
            assertEquals("/docs?removed=garbage", location);
            String list = f.get(location).body();
            assertTrue(list.contains("<p class=\"notice ok\" id=\"notice\">已从索引中删除“garbage”。</p>"), list);
            // a crafted link naming a document the index still has shows no notice
            assertFalse(f.get("/docs?removed=" + ServeApiTest.XINYU).body().contains("id=\"notice\""));
            assertFalse(list.contains("href=\"/doc/garbage\""), list);
            assertEquals(0, storedUploads(f.uploads));
        }
    }

    @Test
    void reindexReadsTheFileAgain() throws Exception {
        try (ServeFixture f = ServeFixture.start(tmp, 1 << 20, null)) {
            byte[] text = Files.readAllBytes(Paths.get("heldout/sichuan-province-green-industry-2025.txt"));
            assertEquals(201, f.upload("/api/upload", "green.txt", text).statusCode());
            int targets = ServeApiTest.json(f.get("/api/documents?q=green")).get("documents").get(0).get("targets").asInt();

            HttpResponse<String> same = post(f, "/doc/green/reindex");
            assertEquals(303, same.statusCode(), same.body());
            assertEquals("/doc/green?added=unchanged", same.headers().firstValue("Location").orElse(""));
            assertTrue(f.get("/doc/green?added=unchanged").body().contains("文件没有改动,索引保持不变。"));

            // the stored file changes (a target added): re-indexing finds it under the same docId
            Path stored = f.uploads.resolve("green.txt");
            Files.writeString(stored, new String(text, StandardCharsets.UTF_8)
                    + "\n到2027年,绿色低碳示范园区达到50个。\n", StandardCharsets.UTF_8);
            HttpResponse<String> changed = post(f, "/api/documents/green/reindex");
            assertEquals(200, changed.statusCode(), changed.body());
            JsonNode r = ServeApiTest.json(changed);
            assertEquals("indexed", r.get("status").asText());
            assertEquals("green", r.get("docId").asText());
            assertEquals(targets + 1, r.get("targets").asInt(), changed.body());
            assertTrue(ServeApiTest.json(f.get("/api/search?q=" + ServeFixture.enc("绿色低碳示范园区"))).toString()
                    .contains("\"green\""));

            Files.delete(stored);
            HttpResponse<String> gone = post(f, "/api/documents/green/reindex");
            assertEquals(410, gone.statusCode(), gone.body());
            assertTrue(gone.body().contains("green.txt"), gone.body());
            assertEquals(404, post(f, "/api/documents/nope/reindex").statusCode());
        }
    }

    private static HttpResponse<String> post(ServeFixture f, String path) throws Exception {
        return f.http.send(HttpRequest.newBuilder(URI.create(f.base() + path)).header("Origin", f.base())
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
