package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docIds: the file name when it is unique, a path-derived id for namesakes, never two documents under one id. */
class DocIdsTest {
    @TempDir
    Path tmp;

    private Path file(String relative) throws Exception {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void aUniqueNameIsTheDocId() throws Exception {
        Path a = file("corpus/nanchang-8810.txt");
        Path b = file("corpus/jiangxi-1269.md");
        assertEquals(Map.of(a, "nanchang-8810", b, "jiangxi-1269"), DocIds.assign(List.of(a, b)));
    }

    @Test
    void namesakesInTwoFoldersAreToldApartByTheirFolder() throws Exception {
        Path a = file("c/2023/方案.txt");
        Path b = file("c/2025/方案.txt");
        Path other = file("c/2025/通知.txt");
        Map<Path, String> ids = DocIds.assign(List.of(a, b, other));
        assertEquals("2023~方案", ids.get(a));
        assertEquals("2025~方案", ids.get(b));
        assertEquals("通知", ids.get(other));
    }

    @Test
    void namesakesThatDifferOnlyInTheirExtensionKeepIt() throws Exception {
        Path txt = file("c/x.txt");
        Path html = file("c/x.html");
        assertEquals(Map.of(txt, "x.txt", html, "x.html"), DocIds.assign(List.of(txt, html)));
    }

    @Test
    void theIdsDoNotDependOnTheOrderOfTheFiles() throws Exception {
        List<Path> files = new ArrayList<>(List.of(file("a/2023/方案.txt"), file("b/2023/方案.txt"),
                file("b/2025/方案.txt"), file("b/2025/方案.md"), file("b/通知.txt"), file("2023~方案.txt")));
        Map<Path, String> first = DocIds.assign(files);
        assertEquals(files.size(), first.values().stream().distinct().count(), first.toString());
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(files, new Random(seed));
            assertEquals(first, DocIds.assign(files));
        }
        // a file whose own name is a path-derived id keeps it; the namesake it shadows goes one folder further
        assertEquals("2023~方案", first.get(tmp.resolve("2023~方案.txt")));
        assertEquals("a~2023~方案", first.get(tmp.resolve("a/2023/方案.txt")));
    }

    @Test
    void aFileStoredBeforeKeepsItsIdAndANamesakeFromElsewhereGetsAnother() throws Exception {
        Path a = file("c/2023/方案.txt");
        Path b = file("c/2025/方案.txt");
        Map<String, String> stored = Map.of("方案", a.toAbsolutePath().toString());
        assertEquals(Map.of(b, "2025~方案"), DocIds.assign(List.of(b), stored));
        assertEquals(Map.of(a, "方案", b, "2025~方案"), DocIds.assign(List.of(b, a), stored));
    }

    @Test
    void aStoredFileReachedThroughALinkKeepsItsId() throws Exception {
        Path a = file("c/2023/方案.txt");
        Path link = java.nio.file.Files.createSymbolicLink(tmp.resolve("alias"), tmp.resolve("c/2023"));
        Map<String, String> stored = Map.of("方案", a.toAbsolutePath().toString());
        Path viaLink = link.resolve("方案.txt");
        assertEquals(Map.of(viaLink, "方案"), DocIds.assign(List.of(viaLink), stored));
    }

    @Test
    void theNameOfAStoredDocumentWhoseFileIsGoneIsTakenOver() throws Exception {
        Path moved = file("new/方案.txt");
        Map<String, String> stored = Map.of("方案", tmp.resolve("old/方案.txt").toAbsolutePath().toString());
        assertEquals(Map.of(moved, "方案"), DocIds.assign(List.of(moved), stored));
    }
}
