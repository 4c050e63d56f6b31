package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: a damaged index says so in one line naming the command that rebuilds it; --rebuild recovers safely. */
class DamagedIndexTest {
    private static final String JIANGXI = "corpus/jiangxi-cluster-upgrade-2025.txt";
    private static final String NANCHANG = "corpus/nanchang-8810-action-plan-2023-2026.txt";

    @TempDir
    Path tmp;

    private Path indexed() {
        Path idx = tmp.resolve("idx");
        CliRun.run(0, "index", JIANGXI, "--index", idx.toString());
        return idx;
    }

    /** Overwrites a few bytes in the middle of the segment's info file (its checksum no longer matches). */
    private static void damage(Path idx) throws Exception {
        Path si;
        try (Stream<Path> s = Files.list(idx)) {
            si = s.filter(p -> p.toString().endsWith(".si")).findFirst().orElseThrow();
        }
        try (FileChannel ch = FileChannel.open(si, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap("garbage".getBytes()), 40);
        }
    }

    private static void assertRebuildHint(String stderr) {
        List<String> lines = stderr.lines().toList();
        assertEquals(1, lines.size(), stderr);
        assertTrue(lines.get(0).contains("索引已损坏"), stderr);
        assertTrue(lines.get(0).contains("policylens index --rebuild --index "), stderr);
    }

    @Test
    void searchAndIndexOnADamagedIndexNameTheRebuildCommand() throws Exception {
        Path idx = indexed();
        damage(idx);
        assertRebuildHint(CliRun.run(2, "search", "集群", "--index", idx.toString())[1]);
        assertRebuildHint(CliRun.run(2, "who", "谁负责集群培育?", "--index", idx.toString())[1]);
        assertRebuildHint(CliRun.run(2, "index", JIANGXI, "--index", idx.toString())[1]);
    }

    @Test
    void rebuildReplacesADamagedIndexWithTheGivenFiles() throws Exception {
        Path idx = indexed();
        damage(idx);
        String[] r = CliRun.run(0, "index", "--rebuild", "--index", idx.toString(), JIANGXI, NANCHANG);
        assertTrue(r[1].contains("rebuilt: indexed 2, unchanged 0, failed 0"), r[1]);
        assertTrue(CliRun.run(0, "search", "南昌", "--index", idx.toString())[0].contains("南昌"));
        assertTrue(CliRun.run(0, "search", "集群", "--index", idx.toString())[0].contains("集群"));
        assertFalse(Files.exists(tmp.resolve("idx.rebuild")));
        assertFalse(Files.exists(tmp.resolve("idx.old")));
    }

    @Test
    void aRebuildThatCanReadNothingKeepsTheOldIndex() throws Exception {
        Path idx = indexed();
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        String[] r = CliRun.run(1, "index", "--rebuild", "--index", idx.toString(), empty.toString());
        assertTrue(r[1].contains("empty.txt: 空文件 / empty file"), r[1]);
        assertTrue(r[1].contains("原索引未动"), r[1]);
        assertTrue(CliRun.run(0, "search", "集群", "--index", idx.toString())[0].contains("集群"));
    }
}
