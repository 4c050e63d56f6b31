package policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class CrashSafetyTest {

    @Test
    void killedRunLeavesThePreviousCommit(@TempDir Path tmp) throws Exception {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        for (Path p : PolicyIndexTest.corpus()) {
            Files.copy(p, docs.resolve(p.getFileName()));
        }
        Path dir = tmp.resolve("idx");
        List<Path> files = PolicyIndexTest.list(docs);
        new PolicyIndex(dir).index(files);
        int before = PolicyIndexTest.count(dir);

        // change every file, then start a slow run in a child JVM and kill it after its second file
        for (Path f : files) {
            Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + "\n新增段落:建设量子计算验证基地。\n",
                    StandardCharsets.UTF_8);
        }
        List<String> cmd = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowIndexMain.class.getName(), dir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int done = 0;
            String line;
            while (done < 2 && (line = out.readLine()) != null) {
                if (line.startsWith("done ")) {
                    done++;
                }
            }
            assertEquals(2, done, "child did not index two files");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        // the index opens and holds the previous commit: no new paragraph, same size
        try (Searcher s = Searcher.open(dir)) {
            assertEquals(before, s.size());
            assertTrue(s.search(s.parse("量子计算"), Filters.NONE, 10).isEmpty());
        }
        // and a new run can take the lock and complete
        IndexResult r = new PolicyIndex(dir).index(files);
        assertEquals(files.size(), r.indexed().size());
        try (Searcher s = Searcher.open(dir)) {
            assertFalse(s.search(s.parse("量子计算"), Filters.NONE, 10).isEmpty());
        }
    }
}
