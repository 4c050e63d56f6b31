package policylens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleCorpusTest {
    private static final ScaleCorpus CORPUS = ScaleCorpus.from(List.of(Paths.get("corpus")));

    @Test
    void sameSeedSameDocumentsDifferentSeedDifferentDocuments() {
        assertEquals(CORPUS.document(7, 3), CORPUS.document(7, 3));
        assertNotEquals(CORPUS.document(7, 3), CORPUS.document(8, 3));
        assertNotEquals(CORPUS.document(7, 3), CORPUS.document(7, 4));
    }

    @Test
    void documentsAreRealSizedPolicyText() {
        for (int i = 0; i < 20; i++) {
            String doc = CORPUS.document(1, i);
            assertTrue(doc.length() > 1000, "document " + i + " has " + doc.length() + " characters");
            assertTrue(doc.contains("年"), doc);
        }
    }

    @Test
    void writesOnDemandAndReusesTheSameCorpus(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scale");
        List<Path> files = CORPUS.write(out, 25, 5);
        assertEquals(25, files.size());
        assertTrue(files.stream().allMatch(Files::isRegularFile));
        assertEquals(CORPUS.document(5, 24), Files.readString(files.get(24)));
        long modified = Files.getLastModifiedTime(files.get(0)).toMillis();
        Thread.sleep(20);
        CORPUS.write(out, 25, 5);
        assertEquals(modified, Files.getLastModifiedTime(files.get(0)).toMillis(), "same arguments: reused");
        List<Path> other = CORPUS.write(out, 10, 6);
        assertEquals(CORPUS.document(6, 9), Files.readString(other.get(9)));
        assertTrue(Files.notExists(files.get(24)), "a different corpus replaces the folder");
    }

    @Test
    void aFolderHoldingOtherFilesIsNeverEmptied(@TempDir Path dir) throws Exception {
        // scale-corpus --docs 2 --out corpus once deleted the corpus; a folder with notes.txt and sub/keep.docx too
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("sub"));
        Path keep = Files.writeString(dir.resolve("sub/keep.docx"), "mine too");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CORPUS.write(dir, 3, 1));
        assertTrue(e.getMessage().contains("not a scale corpus"), e.getMessage());
        assertTrue(Files.exists(notes) && Files.exists(keep));
    }
}
