package policylens.index;

import org.apache.lucene.search.Query;

import java.util.List;

/**
 * What {@code search}, {@code who} and {@code eval-who} read an index through, whichever engine holds it: the
 * embedded Lucene index ({@link Searcher}, the default) or an OpenSearch cluster
 * ({@link policylens.index.opensearch.OpenSearchEngine}). Queries are built once, as Lucene queries over the same
 * analysed words ({@link EngineQueries}); each engine runs them, so the ranking logic above (the fallback from the
 * exact query to the loose one here, {@link WhoAnswerer}) is one copy.
 */
public interface Engine extends AutoCloseable {
    /** Candidates a loose query ranks by its words before its word pairs re-score them. */
    int RESCORE_WINDOW = 200;

    /** The query in the classic syntax (phrases for Chinese runs, AND between words). */
    Query parse(String query);

    /**
     * A loose query for free text: each analysed word is optional, at least {@code minShare} of them must match,
     * and adjacent words that stand together in the text score higher. Null when the text has no words.
     */
    Query loose(String text, float minShare, String field);

    /**
     * A query over the analysed words of a text and, for each word of four or more characters, its two-character
     * halves as words of their own (smartcn keeps 招商引资 whole; 精准招商 is indexed as 精准 + 招商).
     */
    Query looseWithHalves(String text, float minShare, String field);

    /** The field {@code who} searches: the words of the responsibility records alone where the index has them. */
    String responsibilityField();

    /** The analysed words of a text, in order. */
    List<String> tokens(String text);

    /**
     * Runs a ready-made query with the filters; hits ranked by score, each with its snippet when {@code snippets}
     * (highlighting re-analyses each hit's text, so a caller that shows few of the hits leaves them out and asks
     * {@link #snippet(Query, String)} for those only).
     */
    List<Hit> search(Query query, Filters filters, int limit, boolean snippets);

    /** Runs a ready-made query with the filters; hits ranked by score, each with its snippet. */
    default List<Hit> search(Query query, Filters filters, int limit) {
        return search(query, filters, limit, true);
    }

    /** Like {@link #search(Query, Filters, int)} with every snippet null (see {@link #snippet(Query, String)}). */
    default List<Hit> searchWithoutSnippets(Query query, Filters filters, int limit) {
        return search(query, filters, limit, false);
    }

    /** The snippet {@link #search(Query, Filters, int)} gives a hit with this text, for this query. */
    String snippet(Query query, String text);

    /** The policy documents the index holds, ordered by docId. */
    List<IndexedDocument> documents();

    /**
     * The issuers of every indexed policy document by docId (each list sorted, without repeats; a document without
     * issuers is left out). An index that does not know them gives none.
     */
    default java.util.Map<String, List<String>> issuersByDocument() {
        return java.util.Map.of();
    }

    /**
     * The stored fields of the records the query finds with the filters, in index order (the order they were
     * written), at most {@code limit} of them: strings and numbers under their field names, a multi-valued field
     * once per value in the order it was written. {@link Duties}, {@link Calendar} and {@link TargetSeries} read
     * the records this way.
     */
    List<org.apache.lucene.document.Document> stored(Query query, Filters filters, int limit);

    /** Number of records (policy documents, tasks, targets, deadlines, responsibilities) in the index. */
    int size();

    /**
     * Searches the text: the query in the classic syntax; when that finds nothing, its words loosely (most of them
     * must occur), so a sentence that is not verbatim in the text still finds something.
     *
     * @throws QuerySyntaxException when the query is not valid syntax
     */
    default List<Hit> search(String query, Filters filters, int limit) {
        List<Hit> hits = search(parse(query), filters, limit);
        if (hits.isEmpty()) {
            Query loose = loose(query, 0.6f, Fields.TEXT);
            if (loose != null) {
                hits = search(loose, filters, limit);
            }
        }
        return hits;
    }

    /** How deep a search may page: offset + limit at most this (as search engines bound their result windows). */
    int MAX_WINDOW = 10_000;

    /**
     * One page of a search: the hits from {@code offset} on, how many hits there are in all, and, when asked, the
     * facet counts over all of them.
     */
    record Page(List<Hit> hits, long total, int offset, java.util.Map<Facets.Dim, List<Facets.Count>> facets) {
        public Page {
            hits = List.copyOf(hits);
            facets = facets == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        }
    }

    /**
     * {@link #search(String, Filters, int)} a page at a time: the same query (the loose one when the strict one finds
     * nothing), hits {@code offset} to {@code offset + limit}, the exact total and, when asked, the facet counts over
     * every hit ({@link #facets}; an engine without them gives none).
     *
     * @throws IllegalArgumentException when offset + limit passes {@link #MAX_WINDOW}
     * @throws QuerySyntaxException     when the query is not valid syntax
     */
    default Page page(String query, Filters filters, int offset, int limit, boolean facets) {
        checkWindow(offset, limit);
        Filters f = filters == null ? Filters.NONE : filters;
        Query q = parse(query);
        long total = count(q, f);
        if (total == 0) {
            Query loose = loose(query, 0.6f, Fields.TEXT);
            if (loose != null) {
                q = loose;
                total = count(loose, f);
            }
        }
        List<Hit> all = total == 0 ? List.of() : search(q, f, offset + limit);
        List<Hit> hits = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        return new Page(hits, total, offset, facets && total > 0 ? facets(q, f) : null);
    }

    /** How many records the query finds with the filters (a loose query: those its words find, as it ranks them). */
    long count(Query query, Filters filters);

    /** Counts of the query's records per facet value (see {@link Facets}); none where the engine has no facets. */
    default java.util.Map<Facets.Dim, List<Facets.Count>> facets(Query query, Filters filters) {
        return java.util.Map.of();
    }

    /** @throws IllegalArgumentException unless 0 ≤ offset and 1 ≤ limit and offset + limit ≤ {@link #MAX_WINDOW} */
    static void checkWindow(int offset, int limit) {
        if (offset < 0 || limit < 1 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must stay within " + MAX_WINDOW + " (offset " + offset
                    + ", limit " + limit + ")");
        }
    }

    @Override
    void close();
}
