package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.IndexResult;
import policylens.index.IndexedDocument;
import policylens.index.PolicyIndex;
import policylens.index.Searcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** {@code policylens index --watch} as a real process: a separate JVM, polled through the index it writes. */
class IndexWatchProcessTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    /** A running {@code policylens index --watch DIR --index IDX --debounce-ms 300}, its stdout and stderr lines. */
    private static final class Watching implements AutoCloseable {
        final Process process;
        final List<String> err = new CopyOnWriteArrayList<>();
        final List<String> out = new CopyOnWriteArrayList<>();

        Watching(Path dir, Path idx) throws IOException {
            process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "index", "--watch", dir.toString(), "--index", idx.toString(), "--debounce-ms", "300").start();
            collect(process.getErrorStream(), err);
            collect(process.getInputStream(), out);
        }

        private static void collect(InputStream in, List<String> into) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        into.add(line);
                    }
                } catch (IOException e) {
                    // the process went away
                }
            });
            t.setDaemon(true);
            t.start();
        }

        void awaitLine(String what, Predicate<String> line) throws InterruptedException {
            long end = System.nanoTime() + WITHIN.toNanos();
            while (err.stream().noneMatch(line)) {
                if (!process.isAlive()) {
                    end = Math.min(end, System.nanoTime() + Duration.ofSeconds(2).toNanos()); // its last lines
                }
                if (System.nanoTime() > end) {
                    fail("no line " + what + " within " + WITHIN.toSeconds() + " s: " + err);
                }
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Polls the index (as another process reads it) until {@code done} holds of its documents, at most 20 s. */
    private static List<IndexedDocument> awaitIndex(Path idx, String what, Predicate<List<IndexedDocument>> done)
            throws InterruptedException {
        long end = System.nanoTime() + WITHIN.toNanos();
        List<IndexedDocument> docs = List.of();
        while (System.nanoTime() < end) {
            if (Searcher.lastCommitGeneration(idx) >= 0) {
                try (Searcher s = Searcher.open(idx)) {
                    docs = s.documents();
                }
                if (done.test(docs)) {
                    return docs;
                }
            }
            Thread.sleep(100);
        }
        return fail("the index did not show " + what + " within " + WITHIN.toSeconds() + " s; it has "
                + docs.stream().map(IndexedDocument::docId).toList());
    }

    private static Optional<IndexedDocument> doc(List<IndexedDocument> docs, String docId) {
        return docs.stream().filter(d -> d.docId().equals(docId)).findFirst();
    }

    @Test
    void aFileDroppedIntoTheFolderIsIndexedWithinSecondsThenReplacedThenRemoved(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("inbox");
        Path idx = tmp.resolve("idx");
        Files.createDirectories(dir);
        try (Watching w = new Watching(dir, idx)) {
            w.awaitLine("watching", l -> l.startsWith("正在监视 "));

            Path plan = dir.resolve("xinyu-cluster-upgrade-2026-2028.txt");
            Files.copy(Paths.get("corpus", "xinyu-cluster-upgrade-2026-2028.txt"), plan);
            String id = "xinyu-cluster-upgrade-2026-2028";
            List<IndexedDocument> docs = awaitIndex(idx, "the new file", d -> doc(d, id).isPresent());
            String firstHash = doc(docs, id).orElseThrow().sha256();
            w.awaitLine("added", l -> l.startsWith("+ 新增 xinyu-cluster-upgrade-2026-2028.txt("));

            // between passes the lock is free: another index run (here, this JVM) writes the same index
            IndexResult other = new PolicyIndex(idx).index(List.of(Paths.get("corpus", "jiangxi-cluster-upgrade-2025.txt")));
            assertEquals(List.of("jiangxi-cluster-upgrade-2025"), other.indexed());

            Files.writeString(plan, "\n(九)建设量子计算验证基地。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            docs = awaitIndex(idx, "the changed file", d -> doc(d, id).filter(x -> !x.sha256().equals(firstHash)).isPresent());
            assertEquals(1, docs.stream().filter(d -> d.docId().equals(id)).count(), "replaced, not added twice");
            w.awaitLine("updated", l -> l.startsWith("~ 更新 xinyu-cluster-upgrade-2026-2028.txt("));

            Files.delete(plan);
            docs = awaitIndex(idx, "the file gone", d -> doc(d, id).isEmpty());
            assertTrue(doc(docs, "jiangxi-cluster-upgrade-2025").isPresent(),
                    "a document from outside the watched folder stays");
            w.awaitLine("removed", l -> l.equals("- 移除 xinyu-cluster-upgrade-2026-2028.txt / removed "
                    + "xinyu-cluster-upgrade-2026-2028.txt"));

            // killed (SIGKILL) just as another file arrives: whatever it was doing, the last commit stays
            Files.copy(Paths.get("corpus", "nanchang-8810-action-plan-2023-2026.txt"), dir.resolve("nanchang.txt"));
            Thread.sleep(400);
            w.process.destroyForcibly();
            assertTrue(w.process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(List.of(), w.out, "stdout stays clean");
        }
        try (Searcher s = Searcher.open(idx)) {
            List<String> ids = s.documents().stream().map(IndexedDocument::docId).sorted().toList();
            assertTrue(ids.equals(List.of("jiangxi-cluster-upgrade-2025"))
                    || ids.equals(List.of("jiangxi-cluster-upgrade-2025", "nanchang")), "the index opens intact: " + ids);
        }
        // and the next run takes the lock
        IndexResult next = new PolicyIndex(idx).index(List.of(dir.resolve("nanchang.txt")));
        assertEquals(List.of(), next.failures());
        assertEquals(1, next.indexed().size() + next.unchanged().size());
    }

    @Test
    void sigtermStopsTheWatcherCleanly(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("inbox");
        Path idx = tmp.resolve("idx");
        Files.createDirectories(dir);
        Files.copy(Paths.get("corpus", "jiangxi-cluster-upgrade-2025.txt"), dir.resolve("a.txt"));
        try (Watching w = new Watching(dir, idx)) {
            w.awaitLine("watching", l -> l.startsWith("正在监视 "));
            assertTrue(w.err.contains("indexed 1, unchanged 0, failed 0, pruned 0"), "the first pass: " + w.err);
            // SIGTERM (through the handle: Process.destroy() would also close our ends of its pipes)
            assertTrue(w.process.toHandle().destroy());
            assertTrue(w.process.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
            w.awaitLine("stopped", l -> l.startsWith("已停止监视 "));
        }
        try (Searcher s = Searcher.open(idx)) {
            assertEquals(List.of("a"), s.documents().stream().map(IndexedDocument::docId).toList());
        }
        IndexResult again = new PolicyIndex(idx).index(List.of(dir.resolve("a.txt")));
        assertEquals(List.of("a"), again.unchanged(), "the lock was released and the commit kept");
    }
}
