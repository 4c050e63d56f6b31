package policylens.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.PolicyIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a server killed mid-upload leaves behind is undone when the next one starts; one server per folder. */
class UploadFolderTest {

    @Test
    void leftoverTempFilesAndUnindexedUploadsAreCleanedOnStart(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        Path uploads = Files.createDirectories(tmp.resolve("uploads"));
        // an upload that was stored and indexed, killed before its note was removed: kept
        Path indexed = uploads.resolve("indexed-plan.txt");
        Files.copy(Paths.get("heldout/sichuan-province-green-industry-2025.txt"), indexed);
        assertEquals(1, new PolicyIndex(index).index(List.of(indexed)).indexed().size());
        Files.writeString(uploads.resolve(UploadFolder.PENDING + "1"), "indexed-plan.txt", StandardCharsets.UTF_8);
        // killed after the move, before the index commit: removed, so a retry gets the same name (not name-2)
        Path orphan = uploads.resolve("orphan.txt");
        Files.writeString(orphan, "某市关于孤儿文件的通知", StandardCharsets.UTF_8);
        Files.writeString(uploads.resolve(UploadFolder.PENDING + "2"), "orphan.txt", StandardCharsets.UTF_8);
        // killed while receiving: the incoming file and Jetty's multipart temp file
        Files.write(uploads.resolve(UploadFolder.INCOMING + "3.part"), new byte[1000]);
        Files.write(Files.createDirectories(uploads.resolve(UploadFolder.MULTIPART)).resolve("MultiPart123"), new byte[1000]);
        // a note naming something outside the folder is only a note
        Files.writeString(uploads.resolve(UploadFolder.PENDING + "4"), "../index", StandardCharsets.UTF_8);
        // a file nobody noted (put there by hand): not the server's to delete
        Files.writeString(uploads.resolve("by-hand.txt"), "x", StandardCharsets.UTF_8);

        try (Server server = Server.start(new Server.Options(index, uploads, "127.0.0.1", 0, 1024 * 1024, null))) {
            assertTrue(Files.exists(indexed));
            assertFalse(Files.exists(orphan));
            assertTrue(Files.exists(uploads.resolve("by-hand.txt")));
            assertTrue(Files.isDirectory(index));
            try (var s = Files.list(uploads)) {
                assertEquals(List.of(".lock", ".multipart", "by-hand.txt", "indexed-plan.txt"),
                        s.map(p -> p.getFileName().toString()).sorted().toList());
            }
            try (var s = Files.list(uploads.resolve(UploadFolder.MULTIPART))) {
                assertEquals(0, s.count());
            }
            assertEquals(1, server.library().documents().size());
        }
    }

    @Test
    void aSecondServerOnTheSameUploadsFolderIsRefusedAndCleansNothing(@TempDir Path tmp) throws Exception {
        Path uploads = tmp.resolve("uploads");
        try (Server first = Server.start(new Server.Options(tmp.resolve("index"), uploads, "127.0.0.1", 0, 1024 * 1024, null))) {
            Path incoming = first.library().newIncoming();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Server.start(new Server.Options(tmp.resolve("index"), uploads, "127.0.0.1", 0, 1024 * 1024, null)));
            assertTrue(e.getMessage().startsWith("另一个 policylens serve 正在使用上传文件夹"), e.getMessage());
            assertTrue(Files.exists(incoming), "the first server's upload in progress is untouched");
        }
        // once the first has stopped, the folder is free again
        Server.start(new Server.Options(tmp.resolve("index"), uploads, "127.0.0.1", 0, 1024 * 1024, null)).close();
    }
}
