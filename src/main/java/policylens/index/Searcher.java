package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Ranked search over the index. Open one per command and close it; it reads the last commit.
 * <p>
 * Query syntax is Lucene's classic syntax on the text field; Chinese runs become phrase queries and separate words
 * must all match. When that finds nothing, the words of the query are matched loosely (most of them must occur),
 * so a sentence that is not verbatim in the text still finds something.
 */
public final class Searcher implements Engine {
    public static final String MARK_OPEN = "【";
    public static final String MARK_CLOSE = "】";
    /** Threads that search the segments of an index in parallel, one per core, shared by every open searcher. */
    private static final java.util.concurrent.Executor SEGMENT_THREADS = segmentThreads();

    private static java.util.concurrent.Executor segmentThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return null; // IndexSearcher searches the segments one after the other on the caller's thread
        }
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "policylens-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final EngineQueries queries;
    private final String responsibilityField;

    private Searcher(Path dir, Directory directory, DirectoryReader reader) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        // segments are searched on every core: a query's latency, not only the throughput, drops with the cores
        this.searcher = new IndexSearcher(reader, SEGMENT_THREADS);
        TextAnalysis analysis = TextAnalysis.parse(reader.getIndexCommit().getUserData().get(TextAnalysis.COMMIT_KEY));
        boolean ownField = false; // indexes from before the responsibility field have not got it
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            ownField |= leaf.reader().getFieldInfos().fieldInfo(Fields.RESPONSIBILITY_TEXT) != null;
        }
        this.responsibilityField = ownField ? Fields.RESPONSIBILITY_TEXT : Fields.TEXT;
        // a longest-match index segments its queries against its own words: no dictionary to load at query time
        this.analyzer = analysis == TextAnalysis.HANLP_DICT ? new VocabularyAnalyzer(reader, Fields.TEXT)
                : analysis.analyzer();
        this.queries = new EngineQueries(analyzer, analyzer);
    }

    /**
     * @throws IndexNotFoundException when nothing has been indexed at {@code dir}
     * @throws IndexCorruptException  when the index cannot be read (its message names the command that rebuilds it)
     */
    public static Searcher open(Path dir) {
        Path d = dir == null ? PolicyIndex.DEFAULT_DIR : dir;
        if (!Files.isDirectory(d)) {
            throw new IndexNotFoundException(d);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(d);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IndexNotFoundException(d);
            }
            return new Searcher(d, directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            closeQuietly(directory);
            throw IndexCorruptException.wrap(d, "cannot open index " + d, e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException | RuntimeException ignored) {
                // the error that brought us here matters more
            }
        }
    }

    /** Number of Lucene documents in the index. */
    @Override
    public int size() {
        return reader.numDocs();
    }

    /** The policy documents in the commit this searcher reads, ordered by docId (read on this searcher's reader). */
    @Override
    public List<IndexedDocument> documents() {
        try {
            return DocumentCatalog.documents(searcher);
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "cannot read the index " + dir, e);
        }
    }

    /**
     * The issuers of every indexed policy document by docId, as its issuer facet values hold them (sorted; an index
     * written before facets has none). Read from doc values, one pass over the doc-type documents.
     */
    @Override
    public Map<String, List<String>> issuersByDocument() {
        Map<String, List<String>> out = new java.util.HashMap<>();
        String prefix = org.apache.lucene.facet.FacetsConfig.pathToString(Facets.Dim.ISSUER.key(), new String[]{"x"});
        prefix = prefix.substring(0, prefix.length() - 1);
        try {
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.LeafReader r = leaf.reader();
                org.apache.lucene.index.SortedSetDocValues dv =
                        r.getSortedSetDocValues(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                org.apache.lucene.index.PostingsEnum docs = r.postings(new org.apache.lucene.index.Term(Fields.TYPE, DocType.DOC.key()));
                if (dv == null || docs == null) {
                    continue;
                }
                org.apache.lucene.util.Bits live = r.getLiveDocs();
                org.apache.lucene.index.StoredFields stored = r.storedFields();
                for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if ((live != null && !live.get(d)) || !dv.advanceExact(d)) {
                        continue;
                    }
                    List<String> issuers = new ArrayList<>();
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        String v = dv.lookupOrd(dv.nextOrd()).utf8ToString();
                        if (v.startsWith(prefix)) {
                            issuers.add(v.substring(prefix.length()));
                        }
                    }
                    String docId = stored.document(d, java.util.Set.of(Fields.DOC_ID)).get(Fields.DOC_ID);
                    if (docId != null && !issuers.isEmpty()) {
                        out.put(docId, List.copyOf(issuers));
                    }
                }
            }
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "cannot read the index " + dir, e);
        }
        return out;
    }

    /** The generation of the commit this searcher reads; see {@link #lastCommitGeneration(Path)}. */
    public long generation() {
        try {
            return reader.getIndexCommit().getGeneration();
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "cannot read the index " + dir, e);
        }
    }

    /**
     * The generation of the last commit at {@code dir}, -1 when there is none: a searcher whose {@link #generation()}
     * is older reads an index that has changed since it was opened. Cheap (lists the folder; opens nothing).
     */
    public static long lastCommitGeneration(Path dir) {
        return DocumentCatalog.lastCommitGeneration(dir == null ? PolicyIndex.DEFAULT_DIR : dir);
    }

    @Override
    public long count(Query query, Filters filters) {
        Query q = query instanceof LooseQuery l ? l.words() : query;
        try {
            return searcher.count(EngineQueries.withFilters(q, filters == null ? Filters.NONE : filters));
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    /** Lucene's facet counts over every record the query finds (none for an index written before facets). */
    @Override
    public Map<Facets.Dim, List<Facets.Count>> facets(Query query, Filters filters) {
        Query q = query instanceof LooseQuery l ? l.words() : query;
        try {
            return Facets.count(searcher, facetState(), EngineQueries.withFilters(q, filters == null ? Filters.NONE : filters));
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    private org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState;
    private boolean facetStateRead;

    /** The reader's facet ordinals, read once (null for an index written before facets). */
    private synchronized org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState() {
        if (!facetStateRead) {
            facetState = Facets.state(reader);
            facetStateRead = true;
        }
        return facetState;
    }

    /** The query as the classic parser reads it (phrases for Chinese runs, AND between words). */
    @Override
    public Query parse(String query) {
        return queries.parse(query);
    }

    /**
     * A loose query for free text: each analysed word is optional, at least {@code minShare} of them must match,
     * and adjacent words that stand together in the text score higher. Null when the text has no words.
     */
    public Query loose(String text, float minShare) {
        return loose(text, minShare, Fields.TEXT);
    }

    /** {@link #loose(String, float)} in another field analysed as {@link Fields#TEXT} is. */
    @Override
    public Query loose(String text, float minShare, String field) {
        return queries.loose(text, minShare, field);
    }

    /**
     * The field {@code who} searches: the words of the responsibility records alone where the index has them
     * (indexes from before {@link Fields#RESPONSIBILITY_TEXT} have not), else {@link Fields#TEXT}.
     */
    @Override
    public String responsibilityField() {
        return responsibilityField;
    }

    @Override
    public Query looseWithHalves(String text, float minShare, String field) {
        return queries.looseWithHalves(text, minShare, field);
    }

    /** The analysed words of a text, in order. */
    @Override
    public List<String> tokens(String text) {
        return queries.tokens(text);
    }

    /** Lucene alone, without filters, highlighting or hit building: the baseline {@code bench} measures against. */
    public org.apache.lucene.search.TopDocs luceneSearch(Query query, int n) {
        try {
            return searcher.search(query, Math.max(1, n));
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    /** The snippet {@link #search(Query, Filters, int)} gives a hit with this text, for this query. */
    @Override
    public String snippet(Query query, String text) {
        return queries.snippet(query, text);
    }

    @Override
    public List<Hit> search(Query query, Filters filters, int limit, boolean snippets) {
        Filters f = filters == null ? Filters.NONE : filters;
        String field = query instanceof LooseQuery loose ? loose.field() : Fields.TEXT;
        try {
            ScoreDoc[] docs;
            if (query instanceof LooseQuery loose) {
                // the words rank a window of candidates; the pairs re-score only the window (a phrase is checked
                // against positions, on every candidate when it is a clause of one query)
                int window = Math.max(RESCORE_WINDOW, 5 * limit);
                TopDocs first = searcher.search(EngineQueries.withFilters(loose.words(), f), window);
                docs = loose.pairs() == null ? first.scoreDocs
                        : QueryRescorer.rescore(searcher, first, loose.pairs(), 1.0, Math.max(1, limit)).scoreDocs;
                docs = Arrays.copyOf(docs, Math.min(docs.length, Math.max(1, limit)));
                query = loose.words(); // the words are what a snippet marks
            } else {
                docs = searcher.search(EngineQueries.withFilters(query, f), Math.max(1, limit)).scoreDocs;
            }
            Highlighter highlighter = snippets ? queries.highlighter(query, field) : null;
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                String text = d.get(Fields.TEXT);
                hits.add(new Hit(d.get(Fields.TYPE), d.get(Fields.DOC_ID), d.get(Fields.TITLE), d.get(Fields.SECTION),
                        d.get(Fields.TASK_ID), snippets ? queries.snippet(highlighter, field, text) : null, text, sd.score,
                        Arrays.asList(d.getValues(Fields.UNIT)), Arrays.asList(d.getValues(Fields.UNIT_CANONICAL)),
                        Arrays.asList(d.getValues(Fields.UNIT_LEAD)),
                        Arrays.asList(d.getValues(Fields.UNIT_INHERITED)), d.get(Fields.METRIC), d.get(Fields.SOURCE)));
            }
            return hits;
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    /** The stored fields of every Lucene document {@code query} finds with the filters, at most {@code limit}, in
     * index order (for readers that need fields a {@link Hit} does not carry). */
    @Override
    public List<Document> stored(Query query, Filters filters, int limit) {
        Filters f = filters == null ? Filters.NONE : filters;
        try {
            ScoreDoc[] docs = searcher.search(EngineQueries.withFilters(query, f), Math.max(1, limit),
                    org.apache.lucene.search.Sort.INDEXORDER).scoreDocs;
            List<Document> out = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                out.add(searcher.storedFields().document(sd.doc));
            }
            return out;
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
