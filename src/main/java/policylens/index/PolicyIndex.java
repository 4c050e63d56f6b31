package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import policylens.extract.Deadline;
import policylens.extract.DocumentExtractor;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.extract.UnitCanonicalizer;
import policylens.extract.UnitContext;
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;
import policylens.text.Block;
import policylens.text.StructuredText;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search index: an embedded Lucene index on disk with one Lucene document per policy document, task (paragraph
 * or table row), target, deadline and responsibility record.
 * <p>
 * A run is incremental (a file whose sha256 is unchanged is skipped; a changed file's documents are all replaced)
 * and commits once, at the end: a run that is killed leaves the previous commit intact.
 */
public final class PolicyIndex implements EngineIndexer {
    public static final Path DEFAULT_DIR = Paths.get(".policylens", "index");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Told about each file as it is handled (for progress lines). */
    public interface Listener {
        Listener NONE = (file, status) -> { };

        /** @param status "indexed", "unchanged" or "failed" */
        void fileDone(Path file, String status);

        /**
         * A file's documents were written (before {@link #fileDone}).
         *
         * @param previousSource where the docId was indexed from before this run (absolute); null for a new docId,
         *                       another path for a file moved there
         * @param targets        how many targets were extracted from it
         */
        default void fileIndexed(Path file, String docId, String previousSource, int targets) {
        }

        /** A document was removed because its source file is gone ({@code source}: where it was read from). */
        default void pruned(String docId, String source) {
        }
    }

    private final Path dir;
    private final TextAnalysis requested;
    private volatile long buffered;
    private final Ingestor ingestor;
    private final DocumentExtractor extractor = new DocumentExtractor();

    public PolicyIndex(Path dir) {
        this(dir, null);
    }

    /** @param analysis the text analysis of a new index; an existing index keeps the one it was built with */
    public PolicyIndex(Path dir, TextAnalysis analysis) {
        this(dir, analysis, policylens.ingest.IngestLimits.DEFAULT);
    }

    /** @param limits what one document may cost to read (characters, seconds) */
    public PolicyIndex(Path dir, TextAnalysis analysis, policylens.ingest.IngestLimits limits) {
        this.dir = dir == null ? DEFAULT_DIR : dir;
        this.requested = analysis;
        this.limits = limits;
        this.ingestor = new Ingestor(limits);
    }

    private final policylens.ingest.IngestLimits limits;

    /** The analysis an index was built with (recorded in its last commit), else the requested one, else the
     * default ({@link TextAnalysis#DEFAULT}). */
    static TextAnalysis analysisOf(Directory directory, TextAnalysis requested) throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            java.util.List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(directory);
            String name = commits.get(commits.size() - 1).getUserData().get(TextAnalysis.COMMIT_KEY);
            if (name != null) {
                return TextAnalysis.parse(name);
            }
        }
        return requested == null ? TextAnalysis.DEFAULT : requested;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /**
     * Bytes the index writer holds for documents added but not yet flushed, as of the last document indexed (its
     * RAM buffer, bounded by {@link #RAM_BUFFER_MB}); for measuring what else a run keeps in memory.
     */
    public long bufferedBytes() {
        return buffered;
    }

    public IndexResult index(List<Path> files) {
        return index(files, false, Listener.NONE);
    }

    /** Removes the documents whose source files no longer exist. */
    public IndexResult prune() {
        return index(List.of(), true, Listener.NONE);
    }

    /**
     * Indexes the files (skipping unchanged ones), optionally prunes documents whose source files are gone, and
     * commits once at the end.
     *
     * @throws IndexLockedException when another process is writing the index
     */
    @Override
    public IndexResult index(List<Path> files, boolean prune, Listener listener) {
        return index(files, prune ? source -> true : null, listener);
    }

    /**
     * Indexes the files as {@link #index(List, boolean, Listener)} does and, when {@code pruneUnder} is given, removes
     * the documents read from files under that folder that no longer exist (documents from elsewhere stay), in the
     * same single commit: what a watched folder needs after files appeared, changed or vanished in it.
     *
     * @param pruneUnder a folder, or null for no pruning
     */
    public IndexResult index(List<Path> files, Path pruneUnder, Listener listener) {
        if (pruneUnder == null) {
            return index(files, (java.util.function.Predicate<Path>) null, listener);
        }
        Path root = pruneUnder.toAbsolutePath().normalize();
        return index(files, source -> source != null && source.startsWith(root), listener);
    }

    /** @param pruneScope which sources (null: unknown) may be pruned when their file is gone; null for no pruning */
    private IndexResult index(List<Path> files, java.util.function.Predicate<Path> pruneScope, Listener listener) {
        createDirectory(dir);
        try (Directory directory = FSDirectory.open(dir)) {
            TextAnalysis analysis = analysisOf(directory, requested);
            Analyzer analyzer = analysis.analyzer();
            IndexWriter writer = openWriter(directory, analyzer);
            try {
                IndexResult r = feed(files, pruneScope, listener, knownDocuments(directory), analysis, new Sink() {
                    @Override
                    public void add(String docId, boolean replaces, List<Document> docs) throws IOException {
                        if (replaces) {
                            // replace the previous version; a docId the index never had needs no delete (each
                            // delete term is resolved against every segment at every flush)
                            writer.deleteDocuments(new Term(Fields.DOC_ID, docId));
                        }
                        writer.addDocuments(docs);
                        buffered = writer.ramBytesUsed();
                    }

                    @Override
                    public void delete(String docId) throws IOException {
                        writer.deleteDocuments(new Term(Fields.DOC_ID, docId));
                    }
                });
                writer.setLiveCommitData(Map.of(TextAnalysis.COMMIT_KEY, analysis.name()).entrySet());
                writer.commit();
                return r;
            } finally {
                writer.rollback(); // after commit() this only releases the lock; otherwise drops the uncommitted run
                analyzer.close();
            }
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "index " + dir, e);
        }
    }

    /**
     * Where the records of one run go: the embedded index's writer ({@link #index(List, boolean, Listener)}) or
     * another engine's ({@link policylens.index.opensearch.OpenSearchIndexer}), in the order a serial run makes them.
     */
    public interface Sink {
        /**
         * The records of one source document, policy document first.
         *
         * @param replaces the index holds an earlier version of {@code docId}, whose records go
         */
        void add(String docId, boolean replaces, List<Document> docs) throws IOException;

        /** Removes every record of {@code docId} (its file is gone: {@code --prune}). */
        void delete(String docId) throws IOException;
    }

    /**
     * One incremental run into {@code sink}, without committing: the files are read, extracted and analysed on
     * worker threads; a file whose sha256 (and place) is what {@code stored} says is skipped, a changed one replaced;
     * with {@code prune}, documents whose files are gone are removed.
     *
     * @param stored   docId → {sha256, source} of what the index holds
     * @param analysis the index's text analysis
     */
    public IndexResult feed(List<Path> files, boolean prune, Listener listener, Map<String, String[]> stored,
                            TextAnalysis analysis, Sink sink) throws IOException {
        return feed(files, prune ? source -> true : null, listener, stored, analysis, sink);
    }

    /**
     * {@link #feed(List, boolean, Listener, Map, TextAnalysis, Sink)} pruning only the documents whose source
     * {@code pruneScope} accepts (null: none), as a watched folder prunes only what was read from it.
     */
    public IndexResult feed(List<Path> files, java.util.function.Predicate<Path> pruneScope, Listener listener,
                            Map<String, String[]> stored, TextAnalysis analysis, Sink sink) throws IOException {
        List<String> indexed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> pruned = new ArrayList<>();
        List<IndexResult.Failure> failures = new ArrayList<>();
        List<IndexResult.Renamed> renamed = new ArrayList<>();
        Map<String, String> storedSources = new HashMap<>();
        stored.forEach((id, v) -> storedSources.put(id, v[1]));
        // two files with one name both stay: the later never replaces the other under the same docId
        Map<Path, String> ids = DocIds.assign(files, storedSources);
        try (Pipeline pipeline = new Pipeline(files, ids, Map.copyOf(stored), analysis)) {
            Map<String, String[]> known = new HashMap<>(pipeline.before); // docId -> {sha256, source}
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Prepared p = pipeline.take(i);
                if (p.failure() != null) {
                    failures.add(new IndexResult.Failure(file.toString(), p.failure()));
                    listener.fileDone(file, "failed");
                    continue;
                }
                RawDocument raw = p.raw();
                String[] before = known.get(raw.docId());
                if (unchanged(before, raw)) {
                    unchanged.add(raw.docId());
                    listener.fileDone(file, "unchanged");
                    continue;
                }
                List<Document> docs = p.docs();
                if (docs == null) {
                    // the worker saw it unchanged, but an earlier file of this run with the same docId differed
                    try {
                        docs = documents(raw);
                    } catch (RuntimeException e) {
                        failures.add(new IndexResult.Failure(file.toString(), file + ": cannot extract: " + e));
                        listener.fileDone(file, "failed");
                        continue;
                    }
                }
                sink.add(raw.docId(), before != null, docs);
                listener.fileIndexed(file, raw.docId(), before == null ? null : before[1], count(docs, DocType.TARGET));
                known.put(raw.docId(), new String[] {raw.sha256(), absolute(raw.source())});
                indexed.add(raw.docId());
                if (!raw.docId().equals(Ingestor.docId(file))) {
                    renamed.add(new IndexResult.Renamed(file.toString(), raw.docId()));
                }
                listener.fileDone(file, "indexed");
            }
            if (pruneScope != null) {
                for (String docId : new TreeSet<>(known.keySet())) {
                    String source = known.get(docId)[1];
                    Path from = source == null ? null : Paths.get(source);
                    if (pruneScope.test(from) && (from == null || !Files.exists(from))) {
                        sink.delete(docId);
                        pruned.add(docId);
                        listener.pruned(docId, source);
                    }
                }
            }
        }
        return new IndexResult(indexed, unchanged, pruned, failures, renamed);
    }

    /** A writer that appends, never commits on close, and takes the index lock (or says who has it). */
    private IndexWriter openWriter(Directory directory, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        // flushed and merged segments stay as separate files: packing each into a compound file copies every
        // byte written once more (a few more open files are cheap next to that)
        config.setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(dir, e);
        }
    }

    /**
     * Removes documents by docId (the policy document and all its records) in one commit, under the same lock as
     * indexing: a killed run leaves the last commit. Ids the index does not have come back as failures.
     *
     * @throws IndexNotFoundException when nothing has been indexed at the place
     * @throws IndexLockedException   when another process is writing the index
     */
    public IndexResult remove(java.util.Collection<String> docIds) {
        if (!Files.isDirectory(dir)) {
            throw new IndexNotFoundException(dir);
        }
        List<String> removed = new ArrayList<>();
        List<IndexResult.Failure> unknown = new ArrayList<>();
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexNotFoundException(dir);
            }
            TextAnalysis analysis = analysisOf(directory, requested);
            Analyzer analyzer = analysis.analyzer();
            IndexWriter writer = openWriter(directory, analyzer);
            try {
                Map<String, String[]> stored = knownDocuments(directory);
                for (String id : new java.util.LinkedHashSet<>(docIds)) {
                    if (stored.containsKey(id)) {
                        writer.deleteDocuments(new Term(Fields.DOC_ID, id));
                        removed.add(id);
                    } else {
                        unknown.add(new IndexResult.Failure(id, id + ": 索引中没有这个文件 / no such document in the index"));
                    }
                }
                if (!removed.isEmpty()) {
                    writer.setLiveCommitData(Map.of(TextAnalysis.COMMIT_KEY, analysis.name()).entrySet());
                    writer.commit();
                }
            } finally {
                writer.rollback();
                analyzer.close();
            }
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "index " + dir, e);
        }
        return new IndexResult(List.of(), List.of(), removed, unknown);
    }

    /**
     * Drops the index and indexes {@code files} afresh, safely: the new index is built in a sibling folder
     * ({@code index.rebuild}) while the old one stays where it was (locked against other writers), and is swapped
     * in only when complete. A rebuild that fails, is killed, or reads none of the files leaves the old index as it
     * was. The text analysis is the requested one, else the old index's when it can still be read, else the default.
     *
     * @return what was indexed; when that is nothing (none of the files could be read) the old index is kept
     * @throws IndexLockedException when another process is writing the index
     */
    @Override
    public IndexResult rebuild(List<Path> files, Listener listener) {
        Path target = dir.toAbsolutePath().normalize();
        Path fresh = target.resolveSibling(target.getFileName() + ".rebuild");
        Path old = target.resolveSibling(target.getFileName() + ".old");
        createDirectory(dir);
        try (Directory directory = FSDirectory.open(target);
             org.apache.lucene.store.Lock lock = obtainWriteLock(directory)) {
            TextAnalysis analysis = requested;
            if (analysis == null) {
                try {
                    analysis = analysisOf(directory, null);
                } catch (IOException | RuntimeException unreadable) {
                    analysis = TextAnalysis.DEFAULT;
                }
            }
            deleteTree(fresh); // what a killed rebuild left
            deleteTree(old);
            IndexResult r = new PolicyIndex(fresh, analysis, limits).index(files, false, listener);
            if (r.indexed().isEmpty()) {
                deleteTree(fresh); // nothing could be read: keep what there is
                return r;
            }
            lock.ensureValid();
            Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            try {
                deleteTree(old);
            } catch (IOException e) {
                // the new index is in place; a leftover old copy is removed by the next rebuild
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("rebuild " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("索引路径不是文件夹 (the index path is not a folder): " + dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private Lock obtainWriteLock(Directory directory) throws IOException {
        try {
            return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(dir, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** IndexWriter's RAM buffer: fewer, larger flushed segments (so fewer merges) than Lucene's 16 MB default,
     * well below the heap. */
    static final double RAM_BUFFER_MB = 128;
    /** How many files the workers may run ahead of the writer: bounds the memory of a run, whatever N is. */
    private static final int WINDOW_PER_WORKER = 16;

    /** What a worker made of one file: a failure message, or the document and its Lucene documents (null when
     * the file looked unchanged). */
    private record Prepared(String failure, RawDocument raw, List<Document> docs) {
    }

    /** Worker threads for this machine: every core, at most 8. */
    static int workers() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Ingest, extraction and text analysis on worker threads, a bounded window ahead of the single writer, which
     * takes the results in file order: the index gets the same documents in the same order as a serial run.
     */
    private final class Pipeline implements AutoCloseable {
        final Map<String, String[]> before;
        private final List<Path> files;
        private final Map<Path, String> ids;
        private final ExecutorService pool;
        private final Semaphore window;
        private final ConcurrentHashMap<Integer, CompletableFuture<Prepared>> results = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        private final TextAnalysis analysis;

        Pipeline(List<Path> files, Map<Path, String> ids, Map<String, String[]> before, TextAnalysis analysis) {
            this.files = files;
            this.ids = ids;
            this.before = before;
            this.analysis = analysis;
            int workers = Math.min(workers(), Math.max(1, files.size()));
            this.window = new Semaphore(WINDOW_PER_WORKER * workers);
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "policylens-index-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            for (int w = 0; w < workers; w++) {
                pool.execute(this::work);
            }
        }

        private CompletableFuture<Prepared> slot(int i) {
            return results.computeIfAbsent(i, k -> new CompletableFuture<>());
        }

        private void work() {
            // the text fields are analysed here, on the worker, and replayed to the writer; a text met twice in a
            // document (a responsibility's evidence is often its task's text) is analysed once
            Analyzer analyzer = analysis.analyzer();
            Map<String, TokenList> seen = new HashMap<>();
            TextFields texts = (text, alsoIn) -> {
                TokenList tokens = seen.computeIfAbsent(text, t -> TokenList.analyze(analyzer, Fields.TEXT, t));
                List<IndexableField> fields = new ArrayList<>(2 + alsoIn.length);
                fields.add(new StoredField(Fields.TEXT, text));
                fields.add(new Field(Fields.TEXT, tokens.stream(), TextField.TYPE_NOT_STORED));
                for (String field : alsoIn) {
                    fields.add(new Field(field, tokens.stream(), TextField.TYPE_NOT_STORED));
                }
                return fields;
            };
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    window.acquire();
                    int i = next.getAndIncrement();
                    if (i >= files.size()) {
                        window.release();
                        return;
                    }
                    try {
                        seen.clear();
                        slot(i).complete(prepare(files.get(i), texts));
                    } catch (Throwable t) {
                        slot(i).completeExceptionally(t);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                analyzer.close();
            }
        }

        private Prepared prepare(Path file, TextFields texts) {
            RawDocument raw;
            try {
                raw = ingestor.read(file).withDocId(ids.get(file));
            } catch (IngestException e) {
                return new Prepared(e.getMessage(), null, null);
            } catch (RuntimeException e) {
                return new Prepared(file + ": " + e, null, null);
            }
            if (unchanged(before.get(raw.docId()), raw)) {
                return new Prepared(null, raw, null);
            }
            try {
                return new Prepared(null, raw, documents(raw, texts));
            } catch (RuntimeException e) {
                return new Prepared(file + ": cannot extract: " + e, null, null);
            }
        }

        /** The result for file {@code i}, waiting for it; frees its place in the window. */
        Prepared take(int i) throws IOException {
            try {
                return slot(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } finally {
                results.remove(i);
                window.release();
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** The same bytes from the same file are in the index already ({@code before}: {sha256, source}). A file
     * moved to where a vanished one was indexed under its docId is indexed again, to record where it is now. */
    private static boolean unchanged(String[] before, RawDocument raw) {
        return before != null && raw.sha256().equals(before[0])
                && (before[1] == null || before[1].equals(absolute(raw.source())));
    }

    /** docId → {sha256, source} of the doc-type documents in the last commit. */
    private static Map<String, String[]> knownDocuments(Directory directory) throws IOException {
        Map<String, String[]> known = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return known;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            DocumentCatalog.forEachDocument(new IndexSearcher(reader),
                    d -> known.put(d.get(Fields.DOC_ID), new String[] {d.get(Fields.SHA256), d.get(Fields.SOURCE)}));
        }
        return known;
    }

    /** How the analysed text field of a Lucene document is made. */
    @FunctionalInterface
    interface TextFields {
        /** The stored and analysed {@link Fields#TEXT}, and the same words indexed (not stored) in each of
         * {@code alsoIn}. */
        List<IndexableField> of(String text, String... alsoIn);
    }

    /** The text fields as Lucene analyses them while indexing (the serial path). */
    private static final TextFields TEXT_FIELDS = (text, alsoIn) -> {
        List<IndexableField> fields = new ArrayList<>(1 + alsoIn.length);
        fields.add(new TextField(Fields.TEXT, text, Field.Store.YES));
        for (String field : alsoIn) {
            fields.add(new TextField(field, text, Field.Store.NO));
        }
        return fields;
    };

    /** The Lucene documents of one source document. */
    List<Document> documents(RawDocument raw) {
        return documents(raw, TEXT_FIELDS);
    }

    private List<Document> documents(RawDocument raw, TextFields texts) {
        StructuredText text = extractor.structure(raw);
        PolicyRecord record = extractor.extract(raw, text);
        Meta meta = record.meta();
        UnitContext ctx = UnitContext.from(meta);
        Set<Integer> docYears = new LinkedHashSet<>();
        if (meta.issued() != null) {
            docYears.add(Integer.parseInt(meta.issued().substring(0, 4)));
        }
        if (meta.period() != null) {
            for (int y = meta.period().from(); y <= meta.period().to() && y - meta.period().from() < 20; y++) {
                docYears.add(y);
            }
        }
        String source = absolute(raw.source());
        Map<String, String> sectionOfTask = new HashMap<>();
        List<Document> out = new ArrayList<>();

        Document doc = base(DocType.DOC, record, source, docYears);
        doc.add(new StringField(Fields.SHA256, raw.sha256(), Field.Store.YES));
        texts.of(meta.title() == null ? record.docId() : meta.title()).forEach(doc::add);
        out.add(doc);

        for (Block block : text.blocks()) {
            if (block.kind() == Block.Kind.HEADING || block.text().isBlank()) {
                continue;
            }
            String section = String.join(Fields.SECTION_SEPARATOR, block.path());
            if (block.taskId() != null) {
                sectionOfTask.putIfAbsent(block.taskId(), section);
            }
            Set<Integer> years = new LinkedHashSet<>(docYears);
            years.addAll(yearsIn(block.text()));
            Document task = base(DocType.TASK, record, source, years);
            addTask(task, section, block.taskId());
            texts.of(block.text()).forEach(task::add);
            if (block.kind() == Block.Kind.ROW && block.row().units() != null) {
                addUnits(task, List.of(block.row().units()), List.of(), List.of(), ctx);
            }
            out.add(task);
        }
        for (Target t : record.targets()) {
            Set<Integer> years = new LinkedHashSet<>(docYears);
            years.addAll(yearsIn(t.deadline()));
            Document d = base(DocType.TARGET, record, source, years);
            addTask(d, sectionOfTask.get(t.taskId()), t.taskId());
            if (t.metric() != null) {
                d.add(new StringField(Fields.METRIC, t.metric(), Field.Store.YES));
            }
            if (t.deadline() != null) {
                d.add(new StoredField(Fields.DUE, t.deadline()));
            }
            d.add(new StoredField(Fields.VALUE, t.value()));
            if (t.valueMax() != null) {
                d.add(new StoredField(Fields.VALUE_MAX, t.valueMax()));
            }
            if (t.unit() != null) {
                d.add(new StoredField(Fields.VALUE_UNIT, t.unit()));
            }
            if (t.comparator() != null) {
                d.add(new StoredField(Fields.COMPARATOR, t.comparator()));
            }
            texts.of(t.evidence()).forEach(d::add);
            out.add(d);
        }
        for (Deadline dl : record.deadlines()) {
            Set<Integer> years = new LinkedHashSet<>(docYears);
            years.addAll(yearsIn(dl.date()));
            Document d = base(DocType.DEADLINE, record, source, years);
            addTask(d, sectionOfTask.get(dl.taskId()), dl.taskId());
            if (dl.date() != null) {
                d.add(new StoredField(Fields.DUE, dl.date()));
            }
            texts.of(dl.expr()).forEach(d::add);
            out.add(d);
        }
        for (Responsibility r : record.responsibilities()) {
            Document d = base(DocType.RESPONSIBILITY, record, source, docYears);
            addTask(d, sectionOfTask.get(r.taskId()), r.taskId());
            List<String> written = new ArrayList<>(r.units());
            written.addAll(r.inheritedUnits());
            // Lead units: those the text names as 牵头; when it does not split them, the first named unit
            // (official lists name the lead unit first).
            List<String> lead = !r.lead().isEmpty() ? r.lead() : r.units().isEmpty() ? List.of() : List.of(r.units().get(0));
            addUnits(d, written, lead, r.canonicalUnits(), ctx);
            for (String inherited : r.inheritedUnits()) {
                d.add(new StringField(Fields.UNIT_INHERITED, UnitCanonicalizer.canonicalize(inherited, ctx), Field.Store.YES));
            }
            // its words also in a field of their own: who searches the responsibilities' postings only
            texts.of(r.evidence(), Fields.RESPONSIBILITY_TEXT).forEach(d::add);
            out.add(d);
        }
        // the facet values base() added become doc values (FacetsConfig makes a new document, so this is last)
        out.replaceAll(Facets::build);
        return out;
    }

    private static int count(List<Document> docs, DocType type) {
        int n = 0;
        for (Document d : docs) {
            if (type.key().equals(d.get(Fields.TYPE))) {
                n++;
            }
        }
        return n;
    }

    private static String absolute(String source) {
        try {
            return Paths.get(source).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return source;
        }
    }

    private static Document base(DocType type, PolicyRecord record, String source, Set<Integer> years) {
        Meta meta = record.meta();
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, type.key(), Field.Store.YES));
        d.add(new StringField(Fields.DOC_ID, record.docId(), Field.Store.YES));
        d.add(new StoredField(Fields.TITLE, meta.title() == null ? record.docId() : meta.title()));
        addString(d, Fields.LEVEL, meta.level());
        addString(d, Fields.PROVINCE, meta.province());
        addString(d, Fields.REGION, meta.region());
        addString(d, Fields.ISSUED, meta.issued());
        for (String issuer : new java.util.LinkedHashSet<>(meta.issuer())) {
            if (issuer != null && !issuer.isBlank()) {
                d.add(new StringField(Fields.ISSUER, issuer.strip(), Field.Store.NO));
            }
        }
        if (meta.period() != null) {
            d.add(new StoredField(Fields.PERIOD, meta.period().from() + "-" + meta.period().to()));
        }
        d.add(new StoredField(Fields.SOURCE, source));
        for (int y : years) {
            d.add(new IntPoint(Fields.YEAR, y));
            d.add(new StoredField(Fields.YEAR, y));
        }
        Facets.add(d, type, meta, years);
        return d;
    }

    private static void addString(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void addTask(Document d, String section, String taskId) {
        if (section != null && !section.isEmpty()) {
            d.add(new StoredField(Fields.SECTION, section));
        }
        addString(d, Fields.TASK_ID, taskId);
    }

    private static void addUnits(Document d, List<String> written, List<String> lead, List<String> canonical,
                                 UnitContext ctx) {
        Set<String> leadCanonical = new LinkedHashSet<>();
        for (String l : lead) {
            leadCanonical.add(UnitCanonicalizer.canonicalize(l, ctx));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String w = written.get(i);
            String c = i < canonical.size() ? canonical.get(i) : UnitCanonicalizer.canonicalize(w, ctx);
            if (w.isBlank() || c.isBlank()) {
                continue;
            }
            d.add(new StringField(Fields.UNIT, w, Field.Store.YES));
            d.add(new StringField(Fields.UNIT_CANONICAL, c, Field.Store.YES));
            if (leadCanonical.contains(c)) {
                d.add(new StringField(Fields.UNIT_LEAD, c, Field.Store.YES));
            }
            keys.add(w);
            keys.addAll(UnitCanonicalizer.aliasKeys(c));
        }
        for (String k : keys) {
            d.add(new StringField(Fields.UNIT_KEY, k, Field.Store.NO));
        }
    }

    private static Set<Integer> yearsIn(String s) {
        Set<Integer> years = new LinkedHashSet<>();
        if (s == null) {
            return years;
        }
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1949 && y <= 2100) {
                years.add(y);
            }
        }
        return years;
    }
}
