package policylens.index;

import policylens.i18n.Messages;
import policylens.util.Tsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the index current with a folder: files that appear, change or vanish in it (or in its subfolders, also
 * ones made later) are indexed or removed, through {@link java.nio.file.WatchService}.
 * <p>
 * Events are debounced ({@link FolderWatcherDebounce}): a path is taken once it has had no event for the debounce
 * time and its size and modification time stayed the same, so an editor's save (delete, create, modify) is one
 * change and a file still being copied waits until it stops growing. Then one incremental pass runs over the
 * settled paths: new and changed files are indexed (the content hash decides, as in {@code index}), and when
 * anything vanished, what was indexed from vanished files under the folder is removed (what {@code --prune} does).
 * A renamed file is a vanished path and a new one: removed and added; moved to another folder under the same name it
 * keeps its docId (a moved line, {@link policylens.ingest.DocIds}). Each pass
 * is one {@link Pass} call: one commit under the index's write lock, which is held only during the pass, so a
 * killed watcher leaves the last commit, and between passes other processes may write and readers reopen.
 * <p>
 * Hidden files and folders, editors' and office suites' temporary and lock files, and files of a type the ingest
 * stage does not read are ignored ({@code watch-files.tsv}). When the operating system drops events (an overflow),
 * the whole folder is read again: {@code index DIR --prune} for this folder. A pass that finds the index locked by
 * another process is retried a little later; a file that cannot be read is one {@link Kind#FAILED} change and the
 * watcher goes on.
 */
public final class FolderWatcher implements AutoCloseable {
    /** How long a pass that found the index locked waits before trying again. */
    static final long LOCKED_RETRY_MS = 2000;
    /** How long a pass that failed otherwise (a damaged index, a full disk) waits before trying again. */
    static final long ERROR_RETRY_MS = 30_000;

    /** One index pass: {@link PolicyIndex#index(List, Path, PolicyIndex.Listener)}, or the server's writer path. */
    @FunctionalInterface
    public interface Pass {
        /**
         * @param files      files to index (unchanged ones are skipped by content hash)
         * @param pruneUnder remove what was indexed from vanished files under this folder; null: remove nothing
         * @throws IndexLockedException when another process is writing the index (the pass is retried)
         */
        IndexResult run(List<Path> files, Path pruneUnder, PolicyIndex.Listener listener);
    }

    /** What a change line says. */
    public enum Kind {
        ADDED("+", "watch.added"), UPDATED("~", "watch.updated"), MOVED("~", "watch.moved"),
        REMOVED("-", "watch.removed"), FAILED("!", "watch.failed"), RESCAN("*", "watch.rescan"),
        LOCKED("*", "watch.locked"), ERROR("!", "watch.error");

        final String sign;
        final String key;

        Kind(String sign, String key) {
            this.sign = sign;
            this.key = key;
        }
    }

    /**
     * One change of the watched folder, as indexed (or not).
     *
     * @param file    the file, relative to the watched folder
     * @param from    for {@link Kind#MOVED}, where it was before (relative when it was inside the folder); for
     *                {@link Kind#FAILED} and {@link Kind#ERROR}, the one-line reason; else null
     * @param docId   the docId written or removed; null for the kinds about no document
     * @param targets how many targets the file's record has (added, updated, moved)
     */
    public record Change(Kind kind, String file, String from, String docId, int targets) {
        /** The change as one line for people, Chinese first: {@code + 新增 plan.docx(3 条目标)/ added plan.docx (3 targets)}. */
        public String line() {
            String text = switch (kind) {
                case ADDED, UPDATED -> Messages.both(kind.key, file, targets);
                case MOVED -> Messages.both(kind.key, from, file, targets);
                case REMOVED, RESCAN -> Messages.both(kind.key, file);
                case LOCKED -> Messages.both(kind.key, LOCKED_RETRY_MS / 1000);
                case FAILED -> Messages.both(kind.key) + " " + from;
                case ERROR -> Messages.both(kind.key, ERROR_RETRY_MS / 1000) + " " + from;
            };
            return kind.sign + " " + text;
        }
    }

    /** Extensions taken, name prefixes and suffixes skipped: {@code watch-files.tsv}. */
    private static final Set<String> TAKE = new HashSet<>();
    private static final List<String> SKIP_PREFIX = new ArrayList<>();
    private static final List<String> SKIP_SUFFIX = new ArrayList<>();

    static {
        for (String[] row : Tsv.rows("/policylens/index/watch-files.tsv", 2)) {
            switch (row[0]) {
                case "take" -> TAKE.add(row[1].toLowerCase(Locale.ROOT));
                case "skip-prefix" -> SKIP_PREFIX.add(row[1].toLowerCase(Locale.ROOT));
                case "skip-suffix" -> SKIP_SUFFIX.add(row[1].toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("watch-files.tsv: unknown rule " + row[0]);
            }
        }
    }

    private final Path root;
    private final long debounceNanos;
    private final Set<Path> excluded;
    private final Pass pass;
    private final Consumer<Change> report;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Set<Path> folders = new HashSet<>();
    private final FolderWatcherDebounce debounce;
    private volatile boolean closed;
    private Thread thread;
    private boolean lockedSaid;

    /**
     * Watches {@code root} and its subfolders from now on (events are collected from here; {@link #start} acts on
     * them).
     *
     * @param debounce quiet time before a change is indexed
     * @param excluded folders inside {@code root} never to read (the index itself, an uploads folder)
     * @param report   told each change after its pass committed, and about rescans, retries and failures
     * @throws IllegalArgumentException when {@code root} is not a folder
     */
    public FolderWatcher(Path root, Duration debounce, Set<Path> excluded, Pass pass, Consumer<Change> report)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException(Messages.both("watch.not-folder", root));
        }
        this.debounceNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, debounce.toMillis()));
        Set<Path> ex = new HashSet<>();
        for (Path p : excluded) {
            ex.add(p.toAbsolutePath().normalize());
        }
        this.excluded = Set.copyOf(ex);
        this.pass = pass;
        this.report = report;
        this.debounce = new FolderWatcherDebounce(debounceNanos);
        this.service = this.root.getFileSystem().newWatchService();
        try {
            register(this.root);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    public Path root() {
        return root;
    }

    /** The files of the folder the watcher would index, in a stable order (what a full pass reads). */
    public List<Path> files() {
        return walk(root);
    }

    /**
     * Starts acting on changes, on a thread of its own, until {@link #close()}.
     *
     * @param readFirst first read the whole folder (an incremental pass that also removes what vanished from it);
     *                  false when the caller has just done that
     */
    public synchronized void start(boolean readFirst) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        if (readFirst) {
            debounce.rescan(System.nanoTime() - debounceNanos);
        }
        thread = new Thread(this::loop, "policylens-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!closed) {
                long now = System.nanoTime();
                long due = debounce.nextDue();
                long waitMillis = due == Long.MAX_VALUE ? 1000
                        : Math.max(1, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(due - now) + 1));
                WatchKey key = service.poll(waitMillis, TimeUnit.MILLISECONDS);
                while (key != null) {
                    events(key);
                    key = service.poll();
                }
                FolderWatcherDebounce.Batch b = debounce.take(System.nanoTime(), FolderWatcherDebounce.Look::of);
                if (!b.isEmpty() && !closed) {
                    run(b);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed
        }
    }

    /** Records what the events of {@code key} named. */
    private void events(WatchKey key) {
        Path dir = keys.get(key);
        long now = System.nanoTime();
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                if (debounce.idle() || dir == null) {
                    report.accept(new Change(Kind.RESCAN, display(root), null, null, 0));
                }
                debounce.rescan(now);
                continue;
            }
            Path child = dir.resolve((Path) ev.context());
            if (Files.isDirectory(child)) {
                if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && folderWanted(child) && !folders.contains(child)) {
                    // a folder made (or moved in): watch it, and take the files it already has
                    try {
                        register(child);
                    } catch (IOException e) {
                        debounce.rescan(now);
                    }
                    debounce.touched(child, now, FolderWatcherDebounce.Look.of(child));
                }
                continue;
            }
            if (folders.remove(child)) {
                debounce.touched(child, now, FolderWatcherDebounce.Look.ABSENT); // a folder deleted or moved away
            } else if (wanted(root, child) && !isExcluded(child)) {
                debounce.touched(child, now, FolderWatcherDebounce.Look.of(child));
            }
        }
        if (!key.reset()) {
            Path gone = keys.remove(key);
            if (gone != null) {
                folders.remove(gone);
            }
        }
    }

    /** One pass over a settled batch; its change lines once committed. */
    private void run(FolderWatcherDebounce.Batch b) {
        List<Change> changes = new ArrayList<>();
        PolicyIndex.Listener listener = new PolicyIndex.Listener() {
            @Override
            public void fileDone(Path file, String status) {
            }

            @Override
            public void fileIndexed(Path file, String docId, String previousSource, int targets) {
                String now = file.toAbsolutePath().normalize().toString();
                Kind kind = previousSource == null ? Kind.ADDED : previousSource.equals(now) ? Kind.UPDATED : Kind.MOVED;
                changes.add(new Change(kind, display(file), kind == Kind.MOVED ? display(Path.of(previousSource)) : null,
                        docId, targets));
            }

            @Override
            public void pruned(String docId, String source) {
                changes.add(new Change(Kind.REMOVED, source == null ? docId : display(Path.of(source)), null, docId, 0));
            }
        };
        IndexResult r;
        long now = System.nanoTime();
        try {
            Path pruneUnder = b.gone() || b.rescan() ? root : null;
            List<Path> files = b.rescan() ? files() : settled(b.present());
            if (files.isEmpty() && pruneUnder == null) {
                return;
            }
            r = pass.run(files, pruneUnder, listener);
        } catch (IndexLockedException e) {
            if (!lockedSaid) {
                report.accept(new Change(Kind.LOCKED, display(root), null, null, 0));
                lockedSaid = true;
            }
            debounce.retry(b, now, now + TimeUnit.MILLISECONDS.toNanos(LOCKED_RETRY_MS), FolderWatcherDebounce.Look::of);
            return;
        } catch (RuntimeException e) {
            if (closed) {
                return; // interrupted by close(): the pass was rolled back
            }
            report.accept(new Change(Kind.ERROR, display(root), oneLine(e), null, 0));
            debounce.retry(b, now, now + TimeUnit.MILLISECONDS.toNanos(ERROR_RETRY_MS), FolderWatcherDebounce.Look::of);
            return;
        }
        lockedSaid = false;
        changes.forEach(report);
        for (IndexResult.Failure f : r.failures()) {
            String prefix = f.file() + ": ";
            String why = f.message().startsWith(prefix) ? display(Path.of(f.file())) + ": "
                    + f.message().substring(prefix.length()) : f.message();
            report.accept(new Change(Kind.FAILED, display(Path.of(f.file())), why, null, 0));
        }
    }

    /** The files to index for the settled paths: each file, and the files of each folder (one made or moved in). */
    private List<Path> settled(List<Path> present) {
        TreeSet<Path> set = new TreeSet<>();
        for (Path p : present) {
            if (Files.isDirectory(p)) {
                set.addAll(walk(p));
            } else if (Files.isRegularFile(p)) {
                set.add(p);
            }
        }
        return List.copyOf(set);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.strip().split("\\R", 2)[0];
    }

    /** A path as change lines show it: relative to the watched folder when inside it. */
    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.equals(root)) {
            return root.toString();
        }
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    /** Registers {@code dir} and every wanted folder under it. */
    private void register(Path dir) throws IOException {
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (!d.equals(root) && !folderWanted(d)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (folders.add(d)) {
                        keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), d);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // a link loop, or a folder gone meanwhile
                }
            });
    }

    /** The wanted files under {@code dir}, sorted. */
    private List<Path> walk(Path dir) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(root) || folderWanted(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && wanted(root, p) && !isExcluded(p) && seen.add(real(p))) {
                        out.add(p);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private boolean isExcluded(Path p) {
        for (Path ex : excluded) {
            if (p.startsWith(ex)) {
                return true;
            }
        }
        return false;
    }

    private boolean folderWanted(Path dir) {
        return !dir.getFileName().toString().startsWith(".") && !isExcluded(dir);
    }

    /**
     * Whether a file under {@code root} is one to index: no hidden name on its way from {@code root}, not README.md,
     * not an editor's or office suite's temporary or lock file, and of an extension the ingest stage reads.
     */
    static boolean wanted(Path root, Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file.getFileName();
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals("readme.md")) {
            return false;
        }
        for (String p : SKIP_PREFIX) {
            if (name.startsWith(p)) {
                return false;
            }
        }
        for (String s : SKIP_SUFFIX) {
            if (name.endsWith(s)) {
                return false;
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && TAKE.contains(name.substring(dot + 1));
    }

    /**
     * Stops watching. A pass under way is given {@code grace} to commit, then interrupted (its run is rolled back and
     * the write lock released); either way the index holds its last commit.
     */
    public void close(Duration grace) {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(grace.toMillis() + 1);
            if (t.isAlive()) {
                t.interrupt();
                t.join(30_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
