package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.FolderWatcher;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** {@code serve --watch}: the watcher inside the server, seen through the pages and the API. */
class ServeWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V2G = "guangdong-guangzhou-v2g-pilot-city-work-plan-2025-2027";

    private static Optional<JsonNode> doc(JsonNode documents, String docId) {
        for (JsonNode d : documents.get("documents")) {
            if (d.get("docId").asText().equals(docId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Polls /api/documents until {@code done} holds, at most 20 s. */
    private static JsonNode awaitDocuments(ServeFixture f, String what, Predicate<JsonNode> done) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            HttpResponse<String> r = f.get("/api/documents");
            assertEquals(200, r.statusCode(), r.body());
            last = JSON.readTree(r.body());
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        return fail("/api/documents did not show " + what + " within 20 s: " + last);
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderAppearsInThePagesThenChangesThenGoes(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        List<FolderWatcher.Change> changes = new CopyOnWriteArrayList<>();
        try (ServeFixture f = ServeFixture.start(tmp, 20L << 20, null)) {
            int before = JSON.readTree(f.get("/api/documents").body()).get("documents").size();
            f.server.library().watch(inbox, Duration.ofMillis(300), changes::add);
            String page = f.get("/docs").body();
            assertTrue(page.contains("id=\"watching\"") && page.contains("正在监视文件夹 inbox"), page);
            assertFalse(page.contains(tmp.toString()), "the page names the folder, not where it is on this computer");

            Path plan = inbox.resolve(V2G + ".md");
            Files.copy(Paths.get("corpus", V2G + ".md"), plan);
            JsonNode docs = awaitDocuments(f, "the dropped file", d -> doc(d, V2G).isPresent());
            assertEquals(before + 1, docs.get("documents").size());
            String firstHash = doc(docs, V2G).orElseThrow().get("sha256").asText();
            HttpResponse<String> shown = f.get("/doc/" + V2G);
            assertEquals(200, shown.statusCode());
            assertFalse(shown.body().contains("量子计算验证基地"));

            // an upload while the folder is watched: the same writer path, one at a time, both kept
            HttpResponse<String> up = f.upload("/api/upload", "upload.md",
                    Files.readAllBytes(Paths.get("corpus", "hainan-province-ev-charging-infrastructure-2024-work-letter.md")));
            assertEquals(201, up.statusCode(), up.body());

            Files.writeString(plan, "\n## 九、建设量子计算验证基地\n\n到2027年,建成3个量子计算验证基地。\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            awaitDocuments(f, "the changed file", d -> doc(d, V2G).filter(x -> !x.get("sha256").asText().equals(firstHash)).isPresent());
            assertTrue(f.get("/doc/" + V2G).body().contains("量子计算验证基地"), "the page shows the new text");

            Files.delete(plan);
            docs = awaitDocuments(f, "the file gone", d -> doc(d, V2G).isEmpty());
            assertEquals(before + 1, docs.get("documents").size(), "the upload stays");
            assertEquals(404, f.get("/doc/" + V2G).statusCode());
        }
        List<FolderWatcher.Kind> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.kind()));
        assertEquals(List.of(FolderWatcher.Kind.ADDED, FolderWatcher.Kind.UPDATED, FolderWatcher.Kind.REMOVED), kinds);
    }
}
