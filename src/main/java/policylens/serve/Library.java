package policylens.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.index.EngineSettings;
import policylens.index.Filters;
import policylens.index.Hit;
import policylens.index.IndexLockedException;
import policylens.index.IndexNotFoundException;
import policylens.index.IndexResult;
import policylens.index.IndexedDocument;
import policylens.index.PolicyIndex;
import policylens.index.Engine;
import policylens.index.Searcher;
import policylens.index.WhoAnswerer;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;
import policylens.text.StructuredText;
import policylens.util.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * What the web application serves, over the same index as the CLI: search, who, documents (re-extracted from their
 * indexed files, cached), uploads. Thread-safe.
 * <p>
 * The index is the embedded one, or an OpenSearch cluster's ({@code serve --engine opensearch}): the documents, the
 * search pages (totals, facets), who, the duties, the calendar and the target charts are read through {@link Engine}
 * on both. What only the embedded index has, the writer (uploads, remove, re-index, a watched folder), answers 501
 * with one line on OpenSearch.
 * <p>
 * Request data never names a file: documents are looked up by docId in the index, which stores where each came
 * from; an upload is written under a name the library makes from the uploaded name (letters, digits, - _ . only)
 * inside its own uploads folder.
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    private static final int CACHE_SIZE = 64;
    private static final long REFRESH_CHECK_MILLIS = 2000;

    /**
     * An indexed document as pages and the API show it ({@link IndexedDocument} without where its file is, with its
     * issuers from the index's issuer facet).
     */
    public record DocInfo(String docId, String title, List<String> issuer, String level, String province, String region,
                          String issued, String period, List<Integer> years, String fileName, String sha256, int targets,
                          int deadlines, int responsibilities) {
        public DocInfo {
            years = List.copyOf(years);
            issuer = issuer == null ? List.of() : List.copyOf(issuer);
        }

        static DocInfo of(IndexedDocument d, List<String> issuer) {
            return new DocInfo(d.docId(), d.title(), issuer, d.level(), d.province(), d.region(), d.issued(), d.period(),
                    d.years(), d.fileName(), d.sha256(), d.targets(), d.deadlines(), d.responsibilities());
        }
    }

    /**
     * Which documents a list or picker shows: {@code text} words (split at spaces) each found, ignoring case, in the
     * title, an issuer, the region, the province, the docId or the file name; level, region (or province) and a
     * covered year as the search filters have them. Null or blank: no restriction.
     */
    public record DocQuery(String text, String level, String region, Integer year) {
        public static final DocQuery ALL = new DocQuery(null, null, null, null);

        public boolean matches(DocInfo d) {
            if (level != null && !level.isBlank() && !level.equals(d.level())) {
                return false;
            }
            if (region != null && !region.isBlank() && !region.equals(d.region()) && !region.equals(d.province())) {
                return false;
            }
            if (year != null && !d.years().contains(year)) {
                return false;
            }
            if (text == null || text.isBlank()) {
                return true;
            }
            for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!contains(d.title(), word) && !contains(d.region(), word) && !contains(d.province(), word)
                        && !contains(d.docId(), word) && !contains(d.fileName(), word)
                        && d.issuer().stream().noneMatch(i -> contains(i, word))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean contains(String field, String lowerWord) {
            return field != null && field.toLowerCase(Locale.ROOT).contains(lowerWord);
        }
    }

    /**
     * One page of a document list: the documents {@code offset} on (at most {@code limit}), how many match in all,
     * and which titles on the page more than one indexed document has (shown with their docIds).
     */
    public record DocPage(List<DocInfo> docs, int total, int offset, int limit, java.util.Set<String> sharedTitles) {
        public DocPage {
            docs = List.copyOf(docs);
            sharedTitles = java.util.Set.copyOf(sharedTitles);
        }

        /** The first {@code limit} city and county plans of {@code all}: those with a parent to compare against. */
        public static DocPage localPlans(List<DocInfo> all, int limit) {
            List<DocInfo> local = all.stream().filter(d -> {
                policylens.model.Level l = policylens.model.Level.find(d.level());
                return l != null && l.isLocal();
            }).toList();
            return of(local, DocQuery.ALL, 0, limit);
        }

        /** The page of {@code all} that {@code q} lets through, from {@code offset}, at most {@code limit}. */
        public static DocPage of(List<DocInfo> all, DocQuery q, int offset, int limit) {
            DocQuery query = q == null ? DocQuery.ALL : q;
            List<DocInfo> page = new ArrayList<>(Math.min(limit, 64));
            int total = 0;
            for (DocInfo d : all) {
                if (query.matches(d)) {
                    if (total >= offset && page.size() < limit) {
                        page.add(d);
                    }
                    total++;
                }
            }
            java.util.Set<String> onPage = new java.util.HashSet<>();
            for (DocInfo d : page) {
                if (d.title() != null) {
                    onPage.add(d.title());
                }
            }
            java.util.Set<String> shared = new java.util.HashSet<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (DocInfo d : all) {
                if (d.title() != null && onPage.contains(d.title()) && !seen.add(d.title())) {
                    shared.add(d.title());
                }
            }
            return new DocPage(page, total, offset, limit, shared);
        }
    }

    /** One search hit for pages and the API ({@code snippet} marks matched words 【like this】). */
    public record HitView(String type, String docId, String title, String section, String taskId, String snippet,
                          String text, double score, List<String> units, List<String> leadUnits, String metric) {
    }

    /** A document re-extracted from its indexed file; {@code changed} when the file differs from the indexed one. */
    public record Loaded(DocInfo info, StructuredText text, PolicyRecord record, boolean changed) {
    }

    /**
     * @param status "indexed" or "already indexed" (the same bytes are in the index as {@code docId})
     */
    public record UploadResult(String docId, String title, String status, String fileName, int targets,
                               int deadlines, int responsibilities) {
    }

    /**
     * What the index held when last read, by {@code searcher} (the library's one index reader), and the state it was
     * read at (what {@code Library.generation()} gave then).
     */
    private record Snapshot(Engine searcher, Object generation, List<DocInfo> docs, Map<String, DocInfo> byId,
                            Map<String, IndexedDocument> indexed) {
        static final Snapshot EMPTY = new Snapshot(null, -1L, List.of(), Map.of(), Map.of());

        static Snapshot of(Engine searcher, Object generation) {
            List<IndexedDocument> read = searcher.documents();
            Map<String, List<String>> issuers = searcher.issuersByDocument();
            List<DocInfo> docs = new ArrayList<>(read.size());
            Map<String, DocInfo> byId = new LinkedHashMap<>();
            Map<String, IndexedDocument> indexed = new LinkedHashMap<>();
            for (IndexedDocument d : read) {
                DocInfo info = DocInfo.of(d, issuers.getOrDefault(d.docId(), List.of()));
                docs.add(info);
                byId.put(d.docId(), info);
                indexed.put(d.docId(), d);
            }
            return new Snapshot(searcher, generation, List.copyOf(docs), byId, indexed);
        }

        /** Whether {@code file} is where an indexed document was read from. */
        boolean indexes(Path file) {
            return indexed.values().stream().anyMatch(d -> file.equals(d.source()));
        }
    }

    private final Path indexDir;
    /** The cluster's index, open while the library is ({@code serve --engine opensearch}); null: the embedded index. */
    private final policylens.index.opensearch.OpenSearchEngine remote;
    private final Path uploadsDir;
    private final long maxUploadBytes;
    private final UploadFolder folder;
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final Ingestor ingestor = new Ingestor();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object writing = new Object();
    /** Re-extracted documents by docId@sha256, the {@value #CACHE_SIZE} used most recently. */
    private final LruCache<String, Loaded> cache = new LruCache<>(CACHE_SIZE);
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile long lastCheck;
    private volatile policylens.index.FolderWatcher watcher;

    public Library(Path indexDir, Path uploadsDir, long maxUploadBytes) {
        this(EngineSettings.EMBEDDED, indexDir, uploadsDir, maxUploadBytes);
    }

    /**
     * @param engine the embedded index at {@code indexDir}, or an OpenSearch cluster's index (opened here: a cluster
     *               that cannot be used, or has no such index, is an {@link policylens.index.EngineException})
     */
    public Library(EngineSettings engine, Path indexDir, Path uploadsDir, long maxUploadBytes) {
        this.indexDir = (indexDir == null ? PolicyIndex.DEFAULT_DIR : indexDir).toAbsolutePath().normalize();
        this.uploadsDir = (uploadsDir == null ? defaultUploads(this.indexDir) : uploadsDir).toAbsolutePath().normalize();
        this.maxUploadBytes = maxUploadBytes;
        this.remote = engine == null || engine.embedded() ? null
                : policylens.index.opensearch.OpenSearchEngine.open(engine);
        try {
            this.folder = UploadFolder.open(this.uploadsDir);
        } catch (RuntimeException e) {
            closeRemote();
            throw e;
        }
        try {
            refresh();
            folder.recover(stored -> snapshot.indexes(stored));
        } catch (RuntimeException e) {
            folder.close();
            closeRemote();
            throw e;
        }
    }

    /** Whether the index is the embedded one (else an OpenSearch cluster's, read only). */
    public boolean embedded() {
        return remote == null;
    }

    /** Refuses, on OpenSearch, what only the embedded index can do: 501 with the catalogue's line. */
    private void embeddedOnly(String key) {
        if (remote != null) {
            throw ApiError.of(501, key);
        }
    }

    private void closeRemote() {
        if (remote != null) {
            remote.close();
        }
    }

    /** Uploads go beside the index: {@code .policylens/index} → {@code .policylens/index-uploads}. */
    public static Path defaultUploads(Path indexDir) {
        Path abs = indexDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-uploads");
    }

    public Path indexDir() {
        return indexDir;
    }

    public Path uploadsDir() {
        return uploadsDir;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    // ---- documents ---------------------------------------------------------------------------------------------

    public List<DocInfo> documents() {
        maybeRefresh();
        return snapshot.docs();
    }

    public Optional<DocInfo> document(String docId) {
        maybeRefresh();
        return Optional.ofNullable(docId == null ? null : snapshot.byId().get(docId));
    }

    /** A page of the documents {@code q} lets through, in docId order. */
    public DocPage documents(DocQuery q, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw ApiError.badRequest("offset >= 0, limit >= 1");
        }
        return DocPage.of(documents(), q, offset, limit);
    }

    /** Whether the document was uploaded from the web (its stored file goes when it is removed). */
    public boolean isUpload(String docId) {
        maybeRefresh();
        IndexedDocument d = docId == null ? null : snapshot.indexed().get(docId);
        return d != null && d.source() != null && uploadsDir.equals(d.source().toAbsolutePath().normalize().getParent());
    }

    /** Region and province names of the indexed documents, for the region filter. */
    public List<String> regions() {
        return regionsOf(documents());
    }

    /** Region and province names of {@code docs}, sorted, each once. */
    static List<String> regionsOf(List<DocInfo> docs) {
        TreeSet<String> out = new TreeSet<>();
        for (DocInfo d : docs) {
            if (d.region() != null) {
                out.add(d.region());
            }
            if (d.province() != null) {
                out.add(d.province());
            }
        }
        return List.copyOf(out);
    }

    /** The cleaned text and records of an indexed document, re-extracted from its file (cached). */
    public Loaded load(String docId) {
        maybeRefresh();
        Snapshot s = snapshot;
        DocInfo info = docId == null ? null : s.byId().get(docId);
        if (info == null) {
            throw ApiError.of(404, "error.no-document", docId);
        }
        String key = info.docId() + "@" + info.sha256();
        Loaded cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Path source = s.indexed().get(docId).source();
        Loaded loaded = withinTimeLimit(info, () -> {
            RawDocument raw;
            try {
                raw = ingestor.read(source);
            } catch (IngestException e) {
                throw new ApiError(410, "the file " + info.fileName() + " that \"" + docId
                        + "\" was indexed from cannot be read any more (" + e.reason() + "); index it again");
            }
            StructuredText text = extractor.structure(raw);
            PolicyRecord record = extractor.extract(raw, text);
            return new Loaded(info, text, record, !raw.sha256().equals(info.sha256()));
        });
        cache.put(key, loaded);
        return loaded;
    }

    /**
     * Re-reading a document for a page runs on its own small pool and is given up after {@link #loadLimit}: the
     * request gets 503 with Retry-After, the other requests are not held up, and no more than two documents are read
     * at once (more wait their turn inside the same time limit).
     */
    private Loaded withinTimeLimit(DocInfo info, java.util.concurrent.Callable<Loaded> read) {
        java.util.concurrent.Future<Loaded> job = loading.submit(read);
        try {
            return job.get(loadLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            job.cancel(true);
            throw new ApiError(503, "读取 " + info.fileName() + " 超过了 " + loadLimit.toSeconds() + " 秒,请稍后再试 / reading "
                    + info.fileName() + " took longer than " + loadLimit.toSeconds() + " s; try again later", 30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "服务器正在关闭 / the server is stopping");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ApiError(500, "reading " + info.fileName() + " failed: " + e.getCause());
        }
    }

    /** How long a page may wait for a document to be re-read (the upload queue has its own limit). */
    private volatile java.time.Duration loadLimit = java.time.Duration.ofSeconds(30);
    private final java.util.concurrent.ExecutorService loading = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "policylens-load");
        t.setDaemon(true);
        return t;
    });

    /** Sets the time a page may wait for a document to be re-read (tests, and {@code serve} options). */
    public void loadLimit(java.time.Duration limit) {
        this.loadLimit = limit;
    }

    // ---- search and who ----------------------------------------------------------------------------------------

    /** One page of hits, the total, and the facet counts over all hits (dimension key → values by count). */
    public record SearchPage(List<HitView> hits, long total, int offset, int limit,
                             Map<String, List<policylens.index.Facets.Count>> facets) {
    }

    public List<HitView> search(String query, Filters filters, int limit) {
        return search(query, filters, 0, limit, false).hits();
    }

    /** A page of a search: hits {@code offset} on, at most {@code limit}, with the total and, when asked, facets. */
    public SearchPage search(String query, Filters filters, int offset, int limit, boolean facets) {
        if (query == null || query.isBlank()) {
            throw ApiError.of(400, "error.empty-query");
        }
        if (offset < 0 || (long) offset + limit > Engine.MAX_WINDOW) {
            throw ApiError.badRequest("翻页不能超过前 " + Engine.MAX_WINDOW + " 条 / offset + limit must stay within "
                    + Engine.MAX_WINDOW + "; narrow the query instead");
        }
        return withSearcher(s -> {
            Engine.Page p = s.page(query, filters, offset, limit, facets);
            List<HitView> out = new ArrayList<>();
            for (Hit h : p.hits()) {
                out.add(view(h));
            }
            Map<String, List<policylens.index.Facets.Count>> fc = new LinkedHashMap<>();
            p.facets().forEach((dim, counts) -> fc.put(dim.key(), counts));
            return new SearchPage(out, p.total(), offset, limit, fc);
        }, new SearchPage(List.of(), 0, offset, limit, Map.of()));
    }

    /**
     * Who is responsible; the filters (level, region, year) keep only evidence from matching documents and drop
     * units left without any.
     */
    public WhoAnswerer.Result who(String question, Filters filters, int limit) {
        if (question == null || question.isBlank()) {
            throw ApiError.of(400, "error.empty-question");
        }
        // without filters the first `limit` answers are all that is kept: only their evidence needs highlighting
        boolean unfiltered = filters == null || (blank(filters.level()) && blank(filters.region()) && filters.year() == null
                && blank(filters.issuer()));
        WhoAnswerer.Result r = withSearcher(s -> new WhoAnswerer(s).who(question, unfiltered ? limit : Integer.MAX_VALUE),
                new WhoAnswerer.Result(question, WhoAnswerer.topic(question), List.of()));
        Map<String, IndexedDocument> indexed = snapshot.indexed();
        Map<String, DocInfo> infos = snapshot.byId();
        List<WhoAnswerer.Answer> kept = new ArrayList<>();
        for (WhoAnswerer.Answer a : r.answers()) {
            List<WhoAnswerer.Evidence> ev = a.evidence().stream()
                    .filter(e -> matches(indexed.get(e.docId()), filters) && issuedBy(infos.get(e.docId()), filters))
                    .toList();
            if (!ev.isEmpty() && kept.size() < limit) {
                kept.add(new WhoAnswerer.Answer(a.unit(), a.written(), a.strength(), a.lead(), ev));
            }
        }
        return new WhoAnswerer.Result(r.question(), r.terms(), kept);
    }

    /** What a unit is on the hook for (see {@link policylens.index.Duties}); no index yet: no duties. */
    public policylens.index.Duties.Result duties(String unit, Filters filters, java.time.YearMonth from,
                                                 java.time.YearMonth to, java.time.LocalDate today) {
        if (unit == null || unit.isBlank() || unit.length() > 100) {
            throw ApiError.badRequest("单位名称为空或过长 / the unit name is empty or too long");
        }
        return withSearcher(s -> new policylens.index.Duties(s).of(unit, filters, from, to, today),
                new policylens.index.Duties.Result(unit, List.of(), today.toString(), List.of(), List.of()));
    }

    /** The deadline calendar (see {@link policylens.index.Calendar}); no index yet: an empty calendar. */
    public policylens.index.Calendar.Result calendar(Filters filters, String docId, java.time.YearMonth from,
                                                     java.time.YearMonth to, policylens.index.Calendar.By by,
                                                     java.time.LocalDate today) {
        return withSearcher(s -> new policylens.index.Calendar(s).of(filters, docId, from, to, by, today),
                new policylens.index.Calendar.Result(null, null, by, today.toString(), null, docId, 0, 0, 0,
                        List.of(), List.of()));
    }

    /** Every target whose metric contains {@code metric} (see {@link policylens.index.TargetSeries}). */
    public policylens.index.TargetSeries.Result targets(String metric, Filters filters) {
        if (metric != null && metric.length() > 50) {
            throw ApiError.badRequest("指标过长 / the metric is too long (at most 50 characters)");
        }
        return withSearcher(s -> new policylens.index.TargetSeries(s).of(metric, filters),
                new policylens.index.TargetSeries.Result(metric, List.of(), List.of(), 0, 0));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Evidence is kept from a document the filters let through; evidence from no indexed document only unfiltered. */
    private static boolean matches(IndexedDocument d, Filters f) {
        return f == null || (d != null && d.matches(f));
    }

    /** Whether the document was issued by the filters' issuer (no issuer filter: any document). */
    private static boolean issuedBy(DocInfo d, Filters f) {
        return f == null || blank(f.issuer()) || (d != null && d.issuer().contains(f.issuer().strip()));
    }

    private static HitView view(Hit h) {
        return new HitView(h.type(), h.docId(), h.title(), h.section(), h.taskId(), h.snippet(), h.text(),
                Math.round(h.score() * 1000) / 1000.0, h.unitsCanonical(), h.leadUnits(), h.metric());
    }

    private <T> T withSearcher(Function<Engine, T> f, T whenEmpty) {
        maybeRefresh();
        lock.readLock().lock();
        try {
            Engine s = snapshot.searcher();
            return s == null ? whenEmpty : f.apply(s);
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- uploads -----------------------------------------------------------------------------------------------

    /** Stores {@code bytes} as an upload and indexes it; see {@link #upload(String, Path)}. */
    public UploadResult upload(String uploadedName, byte[] bytes) {
        if (bytes.length > maxUploadBytes) {
            throw new ApiError(413, tooLargeMessage(uploadedName, bytes.length));
        }
        Path incoming;
        try {
            incoming = newIncoming();
            Files.write(incoming, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
        return upload(uploadedName, incoming);
    }

    /** A new hidden file in the uploads folder to receive an upload into, for {@link #upload(String, Path)}. */
    public Path newIncoming() throws IOException {
        return folder.newIncoming();
    }

    /** Where the web server's multipart parser may keep its temp files (emptied when the library opens). */
    public Path multipartDir() {
        return folder.multipartDir();
    }

    /**
     * Stores a received upload under a safe name in the uploads folder and indexes it. The upload is kept only when
     * both are done: a file that cannot be read or indexed (or whose run is interrupted) is removed again and nothing
     * in the index changes, and a crash in between is undone when the next server starts ({@link UploadFolder}). A
     * different file whose name is taken gets a new name (name-2, name-3, …), so nothing indexed is replaced. The
     * incoming file is gone afterwards, whatever happens.
     *
     * @param incoming a file made by {@link #newIncoming()}
     * @throws ApiError 413 over the size limit, 422 for a file that cannot be read or indexed (the CLI's message),
     *                  503 when another policylens process is writing the index
     */
    public UploadResult upload(String uploadedName, Path incoming) {
        if (remote != null) {
            UploadFolder.deleteQuietly(incoming);
            embeddedOnly("os.serve.uploads");
        }
        if (!incoming.toAbsolutePath().normalize().getParent().equals(uploadsDir)) {
            throw new IllegalArgumentException("not an incoming upload: " + incoming.getFileName());
        }
        try {
            return store(UploadNames.sanitize(uploadedName), uploadedName, incoming);
        } finally {
            UploadFolder.deleteQuietly(incoming);
        }
    }

    private UploadResult store(String name, String uploadedName, Path incoming) {
        long size;
        String sha;
        try {
            size = Files.size(incoming);
            if (size > maxUploadBytes) {
                throw new ApiError(413, tooLargeMessage(uploadedName, size));
            }
            sha = Sha256.hex(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload: " + e.getMessage(), e);
        }
        synchronized (writing) {
            refresh();
            for (DocInfo d : snapshot.docs()) {
                if (sha.equals(d.sha256())) {
                    return new UploadResult(d.docId(), d.title(), "already indexed", d.fileName(), d.targets(),
                            d.deadlines(), d.responsibilities());
                }
            }
            Path target = freeName(name);
            IndexResult r;
            try (UploadFolder.Pending pending = folder.pending(target)) {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                boolean kept = false;
                try {
                    r = indexUpload(target);
                    kept = r.failures().isEmpty();
                } finally {
                    if (!kept) {
                        UploadFolder.deleteQuietly(target);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the upload " + target.getFileName() + ": " + e.getMessage(), e);
            }
            if (!r.failures().isEmpty()) {
                String message = r.failures().get(0).message();
                String prefix = target.toString() + ": ";
                // the CLI's message, naming the file as the user called it rather than where the server keeps it
                throw new ApiError(422, message.startsWith(prefix)
                        ? target.getFileName() + ": " + message.substring(prefix.length())
                        : message.replace(target.toString(), target.getFileName().toString()));
            }
            refresh();
            // the docId the index gave it (policylens.ingest.DocIds: a name a CLI-indexed file holds is never taken)
            String docId = r.indexed().isEmpty() ? Ingestor.docId(target) : r.indexed().get(0);
            DocInfo info = snapshot.byId().get(docId);
            if (info == null) {
                throw new IllegalStateException("uploaded " + docId + " but it is not in the index");
            }
            LOG.info("indexed upload {} as {}", target.getFileName(), docId);
            return new UploadResult(docId, info.title(), "indexed", info.fileName(), info.targets(), info.deadlines(),
                    info.responsibilities());
        }
    }

    /**
     * Takes a document out of the index (one commit, the same lock as indexing) and, when it was an upload, deletes
     * the stored file too, so a garbage upload can go for good. A file indexed from elsewhere stays where it is.
     *
     * @throws ApiError 404 for a docId the index does not have, 503 when another process writes the index
     */
    public DocInfo remove(String docId) {
        embeddedOnly("os.serve.uploads");
        synchronized (writing) {
            refresh();
            DocInfo info = snapshot.byId().get(docId);
            if (info == null) {
                throw ApiError.notFound("索引中没有这个文件 / no such document in the index: " + docId);
            }
            try {
                new PolicyIndex(indexDir).remove(List.of(docId));
            } catch (IndexLockedException e) {
                throw new ApiError(503, "索引正被另一个 policylens 进程写入,请稍后再试。 / The index is being written by"
                        + " another policylens process; try again in a moment.", 5);
            }
            IndexedDocument indexed = snapshot.indexed().get(docId);
            Path source = indexed.source() == null ? null : indexed.source().toAbsolutePath().normalize();
            if (source != null && uploadsDir.equals(source.getParent())) {
                UploadFolder.deleteQuietly(source);
            }
            refresh();
            LOG.info("removed {}", docId);
            return info;
        }
    }

    /** What {@link #reindex} did: {@code status} "indexed" (the file had changed) or "unchanged" (same bytes). */
    public record Reindexed(DocInfo info, String status) {
    }

    /**
     * Reads a document's indexed file again and indexes it on the uploads' writer path (one writer at a time), as
     * {@code policylens index FILE} does: a changed file replaces the document's records under the same docId, an
     * unchanged one (same sha256) is left as it is. The re-read page cache is emptied either way.
     *
     * @throws ApiError 404 for a docId the index does not have, 410 when its file is gone, 422 when it cannot be read
     *                  any more (the document stays as it was), 503 when another process writes the index
     */
    public Reindexed reindex(String docId) {
        embeddedOnly("os.serve.uploads");
        synchronized (writing) {
            refresh();
            DocInfo info = docId == null ? null : snapshot.byId().get(docId);
            if (info == null) {
                throw ApiError.of(404, "error.no-document", docId);
            }
            Path source = snapshot.indexed().get(docId).source();
            if (source == null || !Files.isRegularFile(source)) {
                throw ApiError.of(410, "pages.reindex.gone", info.fileName(), docId);
            }
            IndexResult r;
            try {
                r = new PolicyIndex(indexDir).index(List.of(source));
            } catch (IndexLockedException e) {
                throw new ApiError(503, "索引正被另一个 policylens 进程写入,请稍后再试。 / The index is being written by"
                        + " another policylens process; try again in a moment.", 5);
            } finally {
                refresh();
                cache.clear();
            }
            if (!r.failures().isEmpty()) {
                String message = r.failures().get(0).message();
                throw new ApiError(422, message.replace(source.toString(), info.fileName()));
            }
            DocInfo now = snapshot.byId().get(docId);
            if (now == null) {
                throw new IllegalStateException("re-indexed " + docId + " but it is not in the index");
            }
            LOG.info("re-indexed {} ({})", docId, r.indexed().isEmpty() ? "unchanged" : "indexed");
            return new Reindexed(now, r.indexed().isEmpty() ? "unchanged" : "indexed");
        }
    }

    /** One index run for a stored upload; what goes wrong with this file is a 422 naming it. */
    private IndexResult indexUpload(Path target) {
        String file = target.getFileName().toString();
        try {
            return new PolicyIndex(indexDir).index(List.of(target));
        } catch (IndexLockedException e) {
            throw new ApiError(503, "索引正被另一个 policylens 进程写入,请稍后再试。 / The index is being written by"
                    + " another policylens process; try again in a moment.", 5);
        } catch (UncheckedIOException e) {
            if (Thread.currentThread().isInterrupted() || e.getCause() instanceof java.io.InterruptedIOException) {
                throw new ApiError(503, file + ": 已取消 / cancelled");
            }
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Lucene refusing what extraction made of this file (an immense term, too many tokens, …)
            throw new ApiError(422, file + ": 无法索引 / cannot index: " + oneLine(e));
        } catch (OutOfMemoryError e) {
            throw new ApiError(422, file + ": 读取这个文件需要的内存太多 / reading this file needs too much memory");
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = m.strip().split("\\R", 2)[0];
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** The message for an upload over the limit, like the CLI's "file too large". */
    public String tooLargeMessage(String uploadedName, long size) {
        return String.format(Locale.ROOT, "%s: 文件太大(%.1f MB,上限 %.1f MB)/ file too large (%.1f MB; the limit is %.1f MB)",
                UploadNames.sanitize(uploadedName), size / 1048576.0, maxUploadBytes / 1048576.0, size / 1048576.0,
                maxUploadBytes / 1048576.0);
    }

    /** The message for an upload whose size is not known (sent in chunks) that went over the limit. */
    public String tooLargeMessage() {
        return String.format(Locale.ROOT, "上传的文件超过了 %.1f MB 的上限 / the upload is larger than the limit of %.1f MB",
                maxUploadBytes / 1048576.0, maxUploadBytes / 1048576.0);
    }

    /** {@code name} inside the uploads folder, or name-2, name-3… when that file or docId is taken. */
    private Path freeName(String name) {
        String base = UploadNames.base(name);
        String ext = UploadNames.extension(name);
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? base : base + "-" + i;
            Path p = uploadsDir.resolve(candidate + (ext.isEmpty() ? "" : "." + ext));
            if (!p.normalize().startsWith(uploadsDir)) {
                throw new IllegalStateException("upload name escapes the uploads folder: " + name);
            }
            if (!Files.exists(p) && !snapshot.byId().containsKey(candidate)) {
                return p;
            }
        }
    }

    // ---- a watched folder --------------------------------------------------------------------------------------

    /**
     * Keeps the index current with {@code folder} ({@code serve --watch}): it is read once (an incremental pass that
     * also removes what vanished from it), then files added, changed or removed there are indexed after
     * {@code debounce} of quiet (see {@link policylens.index.FolderWatcher}). Each pass takes the writer path the
     * uploads take (one at a time, never two writers in this process), then the pages' reader is reopened and the
     * re-read documents are forgotten. The index and uploads folders are never read as documents.
     *
     * @param report told each change (one line each) once its pass committed
     */
    public void watch(Path folder, java.time.Duration debounce,
                      java.util.function.Consumer<policylens.index.FolderWatcher.Change> report) throws IOException {
        embeddedOnly("os.serve.watch");
        if (watcher != null) {
            throw new IllegalStateException("already watching " + watcher.root());
        }
        policylens.index.FolderWatcher w = new policylens.index.FolderWatcher(folder, debounce,
                java.util.Set.of(indexDir, uploadsDir, indexDir.resolveSibling(indexDir.getFileName() + ".rebuild"),
                        indexDir.resolveSibling(indexDir.getFileName() + ".old")),
                this::indexWatched, report);
        watcher = w;
        w.start(true);
    }

    /** The folder {@link #watch} keeps the index current with, if any. */
    public Optional<Path> watched() {
        policylens.index.FolderWatcher w = watcher;
        return w == null ? Optional.empty() : Optional.of(w.root());
    }

    /** One pass of the watched folder, on the uploads' writer path; the pages see it when it returns. */
    private IndexResult indexWatched(List<Path> files, Path pruneUnder, PolicyIndex.Listener listener) {
        synchronized (writing) {
            try {
                return new PolicyIndex(indexDir).index(files, pruneUnder, listener);
            } finally {
                refresh();
                cache.clear(); // a file moved keeps its docId and hash: its cached page would name the old file
            }
        }
    }

    // ---- snapshot ----------------------------------------------------------------------------------------------

    /** Re-reads the index when another process (policylens index) has committed since the last look. */
    private void maybeRefresh() {
        long now = System.currentTimeMillis();
        if (now - lastCheck < REFRESH_CHECK_MILLIS) {
            return;
        }
        lastCheck = now;
        if (!generation().equals(snapshot.generation())) {
            synchronized (writing) {
                if (!generation().equals(snapshot.generation())) {
                    refresh();
                }
            }
        }
    }

    /**
     * The index's state now, cheaply: the embedded index's last commit generation (-1: none; lists its folder), or
     * on OpenSearch its number of records and the last one written (one request).
     */
    private Object generation() {
        return remote == null ? (Object) Searcher.lastCommitGeneration(indexDir) : remote.state();
    }

    /** Opens the last commit (after an upload, or when the index changed underneath). */
    private void refresh() {
        Snapshot next = Snapshot.EMPTY;
        if (remote != null) {
            // the cluster's index is searched live: its documents are read again, the connection stays
            Object state = remote.state();
            next = Snapshot.of(remote, state);
        } else if (Searcher.lastCommitGeneration(indexDir) >= 0) {
            Searcher searcher;
            try {
                searcher = Searcher.open(indexDir);
            } catch (IndexNotFoundException e) {
                searcher = null;
            }
            if (searcher != null) {
                try {
                    next = Snapshot.of(searcher, searcher.generation());
                } catch (RuntimeException e) {
                    searcher.close();
                    throw e;
                }
            }
        }
        lock.writeLock().lock();
        Snapshot old;
        try {
            old = snapshot;
            snapshot = next;
        } finally {
            lock.writeLock().unlock();
        }
        if (old.searcher() != null && old.searcher() != remote) {
            old.searcher().close();
        }
        lastCheck = System.currentTimeMillis();
    }

    @Override
    public void close() {
        policylens.index.FolderWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        lock.writeLock().lock();
        try {
            if (snapshot.searcher() != null && snapshot.searcher() != remote) {
                snapshot.searcher().close();
            }
            snapshot = Snapshot.EMPTY;
        } finally {
            lock.writeLock().unlock();
        }
        closeRemote();
        folder.close();
        loading.shutdownNow();
    }
}
