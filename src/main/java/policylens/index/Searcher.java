package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import policylens.text.Excerpt;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
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
public final class Searcher implements AutoCloseable {
    public static final String MARK_OPEN = "【";
    public static final String MARK_CLOSE = "】";
    private static final int SNIPPET_CHARS = 90;
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

    /** Candidates a loose query ranks by its words before its word pairs re-score them. */
    static final int RESCORE_WINDOW = 200;

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
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
    public int size() {
        return reader.numDocs();
    }

    /** The policy documents in the commit this searcher reads, ordered by docId (read on this searcher's reader). */
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
    public Map<String, List<String>> issuersByDocument() {
        Map<String, List<String>> out = new java.util.HashMap<>();
        String prefix = org.apache.lucene.facet.FacetsConfig.pathToString(Facets.Dim.ISSUER.key(), new String[]{"x"});
        prefix = prefix.substring(0, prefix.length() - 1);
        try {
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.LeafReader r = leaf.reader();
                org.apache.lucene.index.SortedSetDocValues dv =
                        r.getSortedSetDocValues(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                org.apache.lucene.index.PostingsEnum docs = r.postings(new Term(Fields.TYPE, DocType.DOC.key()));
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

    /**
     * @throws QuerySyntaxException when the query is not valid Lucene syntax
     */
    public List<Hit> search(String query, Filters filters, int limit) {
        Query parsed = parse(query);
        List<Hit> hits = search(parsed, filters, limit);
        if (hits.isEmpty()) {
            Query loose = loose(query, 0.6f);
            if (loose != null) {
                hits = search(loose, filters, limit);
            }
        }
        return hits;
    }

    /** How deep a search may page: offset + limit at most this (as search engines bound their result windows). */
    public static final int MAX_WINDOW = 10_000;

    /**
     * One page of a search: the hits from {@code offset} on, how many hits there are in all, and, when asked,
     * the facet counts over all of them.
     */
    public record Page(List<Hit> hits, long total, int offset, Map<Facets.Dim, List<Facets.Count>> facets) {
        public Page {
            hits = List.copyOf(hits);
            facets = facets == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        }
    }

    /**
     * {@link #search(String, Filters, int)} a page at a time: the same query (the loose one when the strict one
     * finds nothing), hits {@code offset} to {@code offset + limit}, the total and optionally facet counts.
     *
     * @throws IllegalArgumentException when offset + limit passes {@link #MAX_WINDOW}
     * @throws QuerySyntaxException     when the query is not valid Lucene syntax
     */
    public Page page(String query, Filters filters, int offset, int limit, boolean facets) {
        if (offset < 0 || limit < 1 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must stay within " + MAX_WINDOW + " (offset " + offset
                    + ", limit " + limit + ")");
        }
        Filters f = filters == null ? Filters.NONE : filters;
        Query q = parse(query);
        long total = count(withFilters(q, f));
        if (total == 0) {
            Query loose = loose(query, 0.6f);
            if (loose != null) {
                q = loose;
                total = count(withFilters(((LooseQuery) loose).words(), f));
            }
        }
        List<Hit> all = total == 0 ? List.of() : search(q, f, offset + limit);
        List<Hit> hits = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        Map<Facets.Dim, List<Facets.Count>> counts = Map.of();
        if (facets && total > 0) {
            try {
                counts = Facets.count(searcher, facetState(),
                        withFilters(q instanceof LooseQuery l ? l.words() : q, f));
            } catch (IOException e) {
                throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
            }
        }
        return new Page(hits, total, offset, counts);
    }

    private long count(Query q) {
        try {
            return searcher.count(q);
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
    public Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(String.valueOf(query), new IllegalArgumentException("empty query"));
        }
        QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            throw new QuerySyntaxException(query, e);
        }
    }

    /**
     * A loose query for free text: each analysed word is optional, at least {@code minShare} of them must match,
     * and adjacent words that stand together in the text score higher. Null when the text has no words.
     */
    public Query loose(String text, float minShare) {
        return loose(text, minShare, Fields.TEXT);
    }

    /** {@link #loose(String, float)} in another field analysed as {@link Fields#TEXT} is. */
    public Query loose(String text, float minShare, String field) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : new java.util.LinkedHashSet<>(tokens)) {
            words.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        int distinct = new java.util.LinkedHashSet<>(tokens).size();
        words.setMinimumNumberShouldMatch(Math.max(1, Math.round(distinct * minShare)));
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            pairs.add(new PhraseQuery(field, tokens.get(i), tokens.get(i + 1)));
        }
        return new LooseQuery(field, words.build(), pairs);
    }

    /**
     * The field {@code who} searches: the words of the responsibility records alone where the index has them
     * (indexes from before {@link Fields#RESPONSIBILITY_TEXT} have not), else {@link Fields#TEXT}.
     */
    public String responsibilityField() {
        return responsibilityField;
    }

    /**
     * A query over the analysed words of a text and, for each word of four or more characters, its two-character
     * halves as words of their own (smartcn keeps 招商引资 whole; 精准招商 is indexed as 精准 + 招商).
     */
    public Query looseWithHalves(String text, float minShare, String field) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        for (String t : tokens(text)) {
            words.add(t);
            for (int i = 0; i + 4 <= t.length(); i += 2) {
                words.add(t.substring(i, i + 2));
                words.add(t.substring(i + 2, i + 4));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.max(1, Math.round(words.size() * minShare)));
        return new LooseQuery(field, b.build(), List.of());
    }

    /** The analysed words of a text, in order. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lucene alone, without filters, highlighting or hit building: the baseline {@code bench} measures against. */
    public org.apache.lucene.search.TopDocs luceneSearch(Query query, int n) {
        try {
            return searcher.search(query, Math.max(1, n));
        } catch (IOException e) {
            throw IndexCorruptException.wrap(dir, "search failed in " + dir, e);
        }
    }

    /** Runs a ready-made query with the filters; hits ranked by score. */
    public List<Hit> search(Query query, Filters filters, int limit) {
        return search(query, filters, limit, true);
    }

    /**
     * Like {@link #search(Query, Filters, int)} but every hit's snippet is null: highlighting re-analyses each hit's
     * text, so a caller that shows few of the hits asks {@link #snippet(Query, String)} for those only.
     */
    public List<Hit> searchWithoutSnippets(Query query, Filters filters, int limit) {
        return search(query, filters, limit, false);
    }

    /** The snippet {@link #search(Query, Filters, int)} gives a hit with this text, for this query. */
    public String snippet(Query query, String text) {
        try {
            String field = query instanceof LooseQuery loose ? loose.field() : Fields.TEXT;
            return snippet(highlighter(query instanceof LooseQuery loose ? loose.words() : query, field), field, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the words of {@code query} in {@code field} (the stored text is analysed as that field's was). */
    private static Highlighter highlighter(Query query, String field) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(MARK_OPEN, MARK_CLOSE),
                new QueryScorer(query, field));
        highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
        return highlighter;
    }

    private List<Hit> search(Query query, Filters filters, int limit, boolean snippets) {
        Filters f = filters == null ? Filters.NONE : filters;
        String field = query instanceof LooseQuery loose ? loose.field() : Fields.TEXT;
        try {
            ScoreDoc[] docs;
            if (query instanceof LooseQuery loose) {
                // the words rank a window of candidates; the pairs re-score only the window (a phrase is checked
                // against positions, on every candidate when it is a clause of one query)
                int window = Math.max(RESCORE_WINDOW, 5 * limit);
                TopDocs first = searcher.search(withFilters(loose.words(), f), window);
                docs = loose.pairs() == null ? first.scoreDocs
                        : QueryRescorer.rescore(searcher, first, loose.pairs(), 1.0, Math.max(1, limit)).scoreDocs;
                docs = Arrays.copyOf(docs, Math.min(docs.length, Math.max(1, limit)));
                query = loose.words(); // the words are what a snippet marks
            } else {
                docs = searcher.search(withFilters(query, f), Math.max(1, limit)).scoreDocs;
            }
            Highlighter highlighter = snippets ? highlighter(query, field) : null;
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                String text = d.get(Fields.TEXT);
                hits.add(new Hit(d.get(Fields.TYPE), d.get(Fields.DOC_ID), d.get(Fields.TITLE), d.get(Fields.SECTION),
                        d.get(Fields.TASK_ID), snippets ? snippet(highlighter, field, text) : null, text, sd.score,
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
    List<Document> stored(Query query, Filters filters, int limit) {
        Filters f = filters == null ? Filters.NONE : filters;
        try {
            ScoreDoc[] docs = searcher.search(withFilters(query, f), Math.max(1, limit),
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

    private String snippet(Highlighter highlighter, String field, String text) throws IOException {
        if (text == null) {
            return "";
        }
        String best = null;
        try {
            best = highlighter.getBestFragment(analyzer, field, text);
        } catch (InvalidTokenOffsetsException e) {
            // fall through to the plain start of the text
        }
        if (best == null) {
            best = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
        } else {
            best = toClauseEnd(best, text);
        }
        // 【中试】【平台】 → 【中试平台】
        return best.replace(MARK_CLOSE + MARK_OPEN, "").replaceAll("\\s+", " ").strip();
    }

    /**
     * The highlighter cuts its fragment after so many characters, wherever that falls (工程研究中心20|家): the fragment
     * ends instead at the end of its sentence or clause ({@link Excerpt#clauseEnd}, within 30 characters, else back at
     * the last break after the last marked word), with "…" when the text goes on after a clause break.
     */
    static String toClauseEnd(String fragment, String text) {
        String plain = fragment.replace(MARK_OPEN, "").replace(MARK_CLOSE, "");
        int start = text.indexOf(plain);
        if (start < 0 || plain.isEmpty()) {
            return fragment;
        }
        int end = start + plain.length();
        int lastMark = fragment.lastIndexOf(MARK_CLOSE);
        int floor = start + (lastMark < 0 ? 0 : plain.length() - (fragment.length() - lastMark - 1));
        int to = Excerpt.clauseEnd(text, end, floor, 30);
        String out = to >= end ? fragment + text.substring(end, to) : fragment.substring(0, fragment.length() - (end - to));
        boolean more = to < text.length() && "。！？；!?;".indexOf(text.charAt(to - 1)) < 0;
        return more ? out + "…" : out;
    }

    private static Query withFilters(Query query, Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(query, BooleanClause.Occur.MUST);
        if (!f.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            for (DocType t : f.types()) {
                types.add(new TermQuery(new Term(Fields.TYPE, t.key())), BooleanClause.Occur.SHOULD);
            }
            b.add(types.build(), BooleanClause.Occur.FILTER);
        }
        if (f.level() != null && !f.level().isBlank()) {
            b.add(new TermQuery(new Term(Fields.LEVEL, f.level().strip())), BooleanClause.Occur.FILTER);
        }
        if (f.region() != null && !f.region().isBlank()) {
            BooleanQuery.Builder region = new BooleanQuery.Builder();
            region.add(new TermQuery(new Term(Fields.REGION, f.region().strip())), BooleanClause.Occur.SHOULD);
            region.add(new TermQuery(new Term(Fields.PROVINCE, f.region().strip())), BooleanClause.Occur.SHOULD);
            b.add(region.build(), BooleanClause.Occur.FILTER);
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            String u = f.unit().replaceAll("\\s+", "");
            BooleanQuery.Builder unit = new BooleanQuery.Builder();
            unit.add(new TermQuery(new Term(Fields.UNIT_KEY, u)), BooleanClause.Occur.SHOULD);
            unit.add(new TermQuery(new Term(Fields.UNIT_CANONICAL, u)), BooleanClause.Occur.SHOULD);
            unit.add(new TermQuery(new Term(Fields.UNIT, u)), BooleanClause.Occur.SHOULD);
            b.add(unit.build(), BooleanClause.Occur.FILTER);
        }
        if (f.year() != null) {
            b.add(IntPoint.newExactQuery(Fields.YEAR, f.year()), BooleanClause.Occur.FILTER);
        }
        if (f.issuer() != null && !f.issuer().isBlank()) {
            // the issuer facet's drill-down term (FacetsConfig indexes one per facet value)
            b.add(new TermQuery(org.apache.lucene.facet.DrillDownQuery.term(
                    org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Facets.Dim.ISSUER.key(),
                    f.issuer().strip())), BooleanClause.Occur.FILTER);
        }
        return b.build();
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
