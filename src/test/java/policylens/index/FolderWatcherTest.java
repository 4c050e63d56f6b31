package policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.*;

class FolderWatcherTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    /** One call of the pass: what it was given. */
    private record Call(List<Path> files, Path pruneUnder) {
    }

    /** A pass that records what it is given and indexes nothing. */
    private static final class Recorder implements FolderWatcher.Pass {
        final List<Call> calls = new CopyOnWriteArrayList<>();

        @Override
        public IndexResult run(List<Path> files, Path pruneUnder, PolicyIndex.Listener listener) {
            calls.add(new Call(List.copyOf(files), pruneUnder));
            return new IndexResult(List.of(), List.of(), List.of(), List.of());
        }

        List<Path> filesSeen() {
            List<Path> out = new ArrayList<>();
            calls.forEach(c -> out.addAll(c.files()));
            return out;
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within 20 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static Path corpusFile(String name) {
        return Paths.get("corpus", name);
    }

    @Test
    void takesOnlyTheFilesIngestReadsAndNoEditorsOrOfficeLeftovers() {
        Path root = Path.of("/w");
        for (String ok : List.of("plan.txt", "plan.docx", "规划.PDF", "sub/notice.html", "a/b/c.md", "old.doc")) {
            assertTrue(FolderWatcher.wanted(root, root.resolve(ok)), ok);
        }
        for (String no : List.of("~$plan.docx", ".~lock.plan.docx#", ".plan.txt.swp", "plan.txt~", "#plan.txt#",
                "~WRL0001.tmp", "plan.docx.tmp", "plan.pdf.part", "plan.pdf.crdownload", "notes.xlsx", "photo.jpg",
                "Makefile", "README.md", ".git/x.txt", "sub/.cache/plan.txt", ".hidden.txt")) {
            assertFalse(FolderWatcher.wanted(root, root.resolve(no)), no);
        }
    }

    @Test
    void newFilesAndFilesInNewSubfoldersArePassedOnceSettledAndIgnoredOnesNever(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("watched");
        Files.createDirectories(root);
        Recorder pass = new Recorder();
        List<FolderWatcher.Change> changes = new CopyOnWriteArrayList<>();
        try (FolderWatcher w = new FolderWatcher(root, DEBOUNCE, Set.of(), pass, changes::add)) {
            w.start(false);
            Files.copy(corpusFile("jiangxi-cluster-upgrade-2025.txt"), root.resolve("a.txt"));
            Files.writeString(root.resolve("~$a.docx"), "owner", StandardCharsets.UTF_8);
            Files.writeString(root.resolve(".a.txt.swp"), "swap", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("table.xlsx"), "not ours", StandardCharsets.UTF_8);
            await("a.txt passed", () -> pass.filesSeen().contains(root.resolve("a.txt").toAbsolutePath()));

            // a folder made later (and one inside it, with a file written before the watcher could see it)
            Path deep = root.resolve("2025").resolve("q1");
            Files.createDirectories(deep);
            Files.copy(corpusFile("xinyu-cluster-upgrade-2026-2028.txt"), deep.resolve("b.txt"));
            await("2025/q1/b.txt passed", () -> pass.filesSeen().contains(deep.resolve("b.txt").toAbsolutePath()));
            Files.writeString(deep.resolve("c.md"), "# 通知\n\n到2026年,建成10个示范项目。\n", StandardCharsets.UTF_8);
            await("a file in the new subfolder passed", () -> pass.filesSeen().contains(deep.resolve("c.md").toAbsolutePath()));

            Files.delete(root.resolve("a.txt"));
            await("a removal passed", () -> pass.calls.stream().anyMatch(c -> root.toAbsolutePath().equals(c.pruneUnder())));
        }
        for (Path seen : pass.filesSeen()) {
            String name = seen.getFileName().toString();
            assertTrue(name.equals("a.txt") || name.equals("b.txt") || name.equals("c.md"), "passed " + seen);
        }
        assertTrue(pass.calls.stream().filter(c -> c.pruneUnder() == null).allMatch(c -> !c.files().isEmpty()),
                "no empty passes: " + pass.calls);
    }

    @Test
    void aFileWrittenInChunksWithinTheDebounceIsOnePass(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("watched");
        Files.createDirectories(root);
        Recorder pass = new Recorder();
        List<String> lines = Files.readAllLines(corpusFile("nanchang-8810-action-plan-2023-2026.txt"), StandardCharsets.UTF_8);
        try (FolderWatcher w = new FolderWatcher(root, DEBOUNCE, Set.of(), pass, c -> { })) {
            w.start(false);
            Path f = root.resolve("copy.txt");
            int chunk = Math.max(1, lines.size() / 6);
            for (int i = 0; i < lines.size(); i += chunk) {
                Files.write(f, lines.subList(i, Math.min(lines.size(), i + chunk)), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Thread.sleep(60); // a slow copy: well within the 300 ms debounce between writes
            }
            await("copy.txt passed", () -> !pass.calls.isEmpty());
            Thread.sleep(3 * DEBOUNCE.toMillis());
        }
        assertEquals(1, pass.calls.size(), "one pass for the whole copy: " + pass.calls);
        assertEquals(List.of(root.resolve("copy.txt").toAbsolutePath()), pass.calls.get(0).files());
    }

    @Test
    void aLockedIndexIsSaidOnceAndThePassRetried(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("watched");
        Files.createDirectories(root);
        AtomicInteger attempts = new AtomicInteger();
        Recorder done = new Recorder();
        FolderWatcher.Pass lockedTwice = (files, prune, listener) -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new IndexLockedException(tmp.resolve("idx"), null);
            }
            return done.run(files, prune, listener);
        };
        List<FolderWatcher.Change> changes = new CopyOnWriteArrayList<>();
        try (FolderWatcher w = new FolderWatcher(root, DEBOUNCE, Set.of(), lockedTwice, changes::add)) {
            w.start(false);
            Files.copy(corpusFile("jiangxi-cluster-upgrade-2025.txt"), root.resolve("a.txt"));
            await("the pass got through", () -> !done.calls.isEmpty());
        }
        assertEquals(3, attempts.get());
        assertEquals(List.of(root.resolve("a.txt").toAbsolutePath()), done.calls.get(0).files());
        List<FolderWatcher.Change> locked = changes.stream().filter(c -> c.kind() == FolderWatcher.Kind.LOCKED).toList();
        assertEquals(1, locked.size(), "said once, not at every retry: " + changes);
        assertTrue(locked.get(0).line().startsWith("* 索引正被另一个 policylens 进程写入"), locked.get(0).line());
    }

    @Test
    void changesAgainstARealIndexAreAddedUpdatedMovedRemovedAndAFailureDoesNotStopIt(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("watched");
        Files.createDirectories(root.resolve("sub"));
        Path idx = tmp.resolve("idx");
        PolicyIndex index = new PolicyIndex(idx);
        List<FolderWatcher.Change> changes = Collections.synchronizedList(new ArrayList<>());
        try (FolderWatcher w = new FolderWatcher(root, DEBOUNCE, Set.of(idx), index::index, changes::add)) {
            w.start(true);
            Path plan = root.resolve("jiangxi-cluster-upgrade-2025.txt");
            Files.copy(corpusFile(plan.getFileName().toString()), plan);
            await("added", () -> has(changes, FolderWatcher.Kind.ADDED));
            FolderWatcher.Change added = first(changes, FolderWatcher.Kind.ADDED);
            assertEquals("jiangxi-cluster-upgrade-2025.txt", added.file());
            assertTrue(added.targets() > 0, "its targets are counted: " + added);
            assertEquals(String.format("+ 新增 %s(%d 条目标) / added %s (%d targets)", added.file(), added.targets(),
                    added.file(), added.targets()), added.line());

            Files.writeString(plan, "\n(八)建设量子计算验证基地。到2027年,建成3个验证基地。\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            await("updated", () -> has(changes, FolderWatcher.Kind.UPDATED));
            assertEquals(added.targets() + 1, first(changes, FolderWatcher.Kind.UPDATED).targets());

            Files.move(plan, root.resolve("sub").resolve(plan.getFileName()));
            await("moved", () -> has(changes, FolderWatcher.Kind.MOVED));
            FolderWatcher.Change moved = first(changes, FolderWatcher.Kind.MOVED);
            assertEquals("jiangxi-cluster-upgrade-2025.txt", moved.from());
            assertEquals(Path.of("sub", "jiangxi-cluster-upgrade-2025.txt").toString(), moved.file());
            assertEquals(added.docId(), moved.docId(), "a moved file keeps its docId");
            assertFalse(has(changes, FolderWatcher.Kind.REMOVED), "a move is not a removal: " + changes);

            Files.writeString(root.resolve("empty.txt"), "", StandardCharsets.UTF_8);
            await("failed", () -> has(changes, FolderWatcher.Kind.FAILED));
            assertEquals("! 未能索引: / not indexed: empty.txt: 空文件 / empty file", first(changes, FolderWatcher.Kind.FAILED).line());

            Files.delete(root.resolve("sub").resolve(plan.getFileName()));
            await("removed", () -> has(changes, FolderWatcher.Kind.REMOVED));
            assertEquals("sub/jiangxi-cluster-upgrade-2025.txt".replace('/', java.io.File.separatorChar),
                    first(changes, FolderWatcher.Kind.REMOVED).file());
        }
        try (Searcher s = Searcher.open(idx)) {
            assertEquals(0, s.documents().size(), "the last pass removed the only document");
        }
    }

    @Test
    void aFullReadRemovesOnlyWhatVanishedFromTheWatchedFolder(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("watched");
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(root);
        Files.createDirectories(elsewhere);
        Path idx = tmp.resolve("idx");
        Path outside = elsewhere.resolve("nanchang-8810-action-plan-2023-2026.txt");
        Files.copy(corpusFile(outside.getFileName().toString()), outside);
        Path inside = root.resolve("jiangxi-cluster-upgrade-2025.txt");
        Files.copy(corpusFile(inside.getFileName().toString()), inside);
        PolicyIndex index = new PolicyIndex(idx);
        index.index(List.of(outside, inside));
        // both files go while nobody watches; the start's full read removes only the one from the watched folder
        Files.delete(outside);
        Files.delete(inside);
        List<FolderWatcher.Change> changes = new CopyOnWriteArrayList<>();
        try (FolderWatcher w = new FolderWatcher(root, DEBOUNCE, Set.of(), index::index, changes::add)) {
            w.start(true);
            await("removed", () -> has(changes, FolderWatcher.Kind.REMOVED));
        }
        try (Searcher s = Searcher.open(idx)) {
            assertEquals(List.of("nanchang-8810-action-plan-2023-2026"),
                    s.documents().stream().map(IndexedDocument::docId).toList());
        }
    }

    private static boolean has(List<FolderWatcher.Change> changes, FolderWatcher.Kind kind) {
        synchronized (changes) {
            return changes.stream().anyMatch(c -> c.kind() == kind);
        }
    }

    private static FolderWatcher.Change first(List<FolderWatcher.Change> changes, FolderWatcher.Kind kind) {
        synchronized (changes) {
            return changes.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
        }
    }
}
