package policylens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import policylens.i18n.Messages;
import policylens.index.Engine;
import policylens.index.EngineException;
import policylens.index.EngineQueries;
import policylens.index.EngineSettings;
import policylens.index.Facets;
import policylens.index.Fields;
import policylens.index.Filters;
import policylens.index.Hit;
import policylens.index.IndexedDocument;
import policylens.index.LooseQuery;
import policylens.index.TextAnalysis;
import policylens.index.VocabularyAnalyzer;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The index in an OpenSearch cluster, read as the embedded one is ({@link Engine}): the same Lucene queries, built
 * from the same words, translated clause for clause ({@link QueryJson}).
 * <p>
 * So that the scores are the embedded index's: every search is {@code dfs_query_then_fetch} (the shards score with
 * the term statistics of the whole index, not their own); equal scores rank in index order (a {@code seq} field
 * counts the records as they were written); a loose query's word pairs re-score its first window of candidates here,
 * as Lucene's {@code QueryRescorer} does, from a second request that scores the pairs on exactly those candidates;
 * and OpenSearch 2's BM25 (Lucene's {@code LegacyBM25Similarity}, which multiplies every score by {@code k1 + 1})
 * is divided back.
 * <p>
 * The words of a query: an index analysed with {@code hanlp_dict} cuts its queries against the words it holds
 * ({@link VocabularyAnalyzer}); here those are the ids of a second index ({@code NAME-words}), looked up in one
 * request per query. Snippets are marked on the client with the analysis the text was indexed with.
 */
public final class OpenSearchEngine implements Engine {
    /** OpenSearch 2's BM25 is Lucene's LegacyBM25Similarity: every score times (k1 + 1), k1 = 1.2. */
    static final float LEGACY_BM25_FACTOR = 2.2f;
    private static final int SCAN_PAGE = 1000;

    private final Cluster cluster;
    private final String index;
    private final TextAnalysis analysis;
    private final RemoteWords words;
    private final EngineQueries queries;
    private final Analyzer queryAnalyzer;
    private final Analyzer highlightAnalyzer;

    private OpenSearchEngine(Cluster cluster, String index, TextAnalysis analysis) {
        this.cluster = cluster;
        this.index = index;
        this.analysis = analysis;
        this.highlightAnalyzer = analysis.analyzer();
        if (analysis == TextAnalysis.HANLP_DICT) {
            this.words = new RemoteWords(cluster, OpenSearchIndexer.wordsIndex(index), index);
            this.queryAnalyzer = new VocabularyAnalyzer(words);
        } else {
            this.words = null;
            this.queryAnalyzer = highlightAnalyzer;
        }
        this.queries = new EngineQueries(queryAnalyzer, highlightAnalyzer);
    }

    /**
     * @throws EngineException one line: the cluster cannot be reached, refuses the credentials, has no such index,
     *                         or the index was not made by PolicyLens
     */
    public static OpenSearchEngine open(EngineSettings settings) {
        Cluster cluster = Cluster.connect(settings);
        try {
            return new OpenSearchEngine(cluster, settings.indexName(), analysisOf(cluster, settings.indexName()));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The analysis the index's mapping records; refuses an index that is not PolicyLens's. */
    static TextAnalysis analysisOf(Cluster cluster, String index) {
        JsonNode r = cluster.send("GET", "/" + index + "/_mapping", null, index);
        JsonNode mappings = r.elements().hasNext() ? r.elements().next().path("mappings") : Cluster.JSON.createObjectNode();
        String name = mappings.path("_meta").path(Records.META_ANALYSIS).asText(null);
        if (name == null) {
            throw new EngineException(Messages.both("os.index.foreign", index));
        }
        for (String f : Records.WORD_FIELDS) {
            JsonNode field = mappings.path("properties").path(f);
            if (!"text".equals(field.path("type").asText()) || !"whitespace".equals(field.path("analyzer").asText())) {
                throw new EngineException(Messages.both("os.mapping.mismatch", index, f));
            }
        }
        try {
            return TextAnalysis.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EngineException(Messages.both("os.analysis.unknown", index, name));
        }
    }

    public TextAnalysis analysis() {
        return analysis;
    }

    private void prefetch(String text) {
        if (words != null) {
            words.prefetch(VocabularyAnalyzer.candidates(text));
        }
    }

    @Override
    public Query parse(String query) {
        prefetch(query);
        return queries.parse(query);
    }

    @Override
    public Query loose(String text, float minShare, String field) {
        prefetch(text);
        return queries.loose(text, minShare, field);
    }

    @Override
    public Query looseWithHalves(String text, float minShare, String field) {
        prefetch(text);
        return queries.looseWithHalves(text, minShare, field);
    }

    @Override
    public List<String> tokens(String text) {
        prefetch(text);
        return queries.tokens(text);
    }

    @Override
    public String responsibilityField() {
        return Fields.RESPONSIBILITY_TEXT;
    }

    @Override
    public String snippet(Query query, String text) {
        return queries.snippet(query, text);
    }

    /** One scored record: its id, index order, score and stored fields. */
    private record Scored(String id, long seq, float score, JsonNode source) {
    }

    @Override
    public List<Hit> search(Query query, Filters filters, int limit, boolean snippets) {
        Filters f = filters == null ? Filters.NONE : filters;
        int n = Math.max(1, limit);
        List<Scored> ranked;
        Query marked = query;
        if (query instanceof LooseQuery loose) {
            int window = Math.max(RESCORE_WINDOW, 5 * limit);
            List<Scored> first = run(EngineQueries.withFilters(loose.words(), f), window, true);
            if (loose.pairs() != null && !first.isEmpty()) {
                first = rescore(first, loose.pairs());
            }
            ranked = first.subList(0, Math.min(n, first.size()));
            marked = loose.words();
        } else {
            ranked = run(EngineQueries.withFilters(query, f), n, true);
        }
        List<Hit> hits = new ArrayList<>(ranked.size());
        for (Scored s : ranked) {
            String text = Records.text(s.source(), Records.TEXT_STORED);
            hits.add(Records.hit(s.source(), s.score(), snippets ? queries.snippet(marked, text) : null));
        }
        return hits;
    }

    /** The best {@code size} records for the query: score first, then index order (as Lucene's top docs). */
    private List<Scored> run(Query query, int size, boolean source) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", size);
        body.put("track_total_hits", false);
        body.put("track_scores", true);
        body.set("query", QueryJson.of(query));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Records.SEQ, "asc");
        if (source) {
            body.putObject("_source").putArray("excludes").add(Fields.TEXT);
        } else {
            body.put("_source", false);
        }
        body.putArray("docvalue_fields").add(Records.SEQ);
        JsonNode r = cluster.send("POST", "/" + index + "/_search", body,
                Map.of("search_type", "dfs_query_then_fetch"), index);
        List<Scored> out = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            out.add(new Scored(h.path("_id").asText(), h.path("sort").path(1).asLong(),
                    (float) h.path("_score").asDouble() / LEGACY_BM25_FACTOR, h.path("_source")));
        }
        return out;
    }

    /**
     * Lucene's {@code QueryRescorer} with weight 1: each candidate's score plus its score for {@code pairs} where
     * they match it, then score first and index order.
     */
    private List<Scored> rescore(List<Scored> first, Query pairs) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", first.size());
        body.put("track_total_hits", false);
        body.put("_source", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode ids = bool.putArray("filter").addObject().putObject("ids").putArray("values");
        first.forEach(s -> ids.add(s.id()));
        bool.putArray("must").add(QueryJson.of(pairs));
        JsonNode r = cluster.send("POST", "/" + index + "/_search", body,
                Map.of("search_type", "dfs_query_then_fetch"), index);
        Map<String, Float> second = new HashMap<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            second.put(h.path("_id").asText(), (float) h.path("_score").asDouble() / LEGACY_BM25_FACTOR);
        }
        List<Scored> out = new ArrayList<>(first.size());
        for (Scored s : first) {
            Float add = second.get(s.id());
            out.add(add == null ? s : new Scored(s.id(), s.seq(), (float) (s.score() + 1.0 * add), s.source()));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingLong(Scored::seq));
        return out;
    }

    static ObjectNode typeQuery(String type) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("term").putObject(Fields.TYPE).put("value", type);
        return q;
    }

    /** Every record the query finds, in index order, a page at a time; {@code fields} of its stored fields. */
    static void scan(Cluster cluster, String index, ObjectNode query, List<String> fields, Consumer<JsonNode> each) {
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.put("size", SCAN_PAGE);
            body.put("track_total_hits", false);
            body.set("query", query);
            body.putArray("sort").addObject().put(Records.SEQ, "asc");
            ArrayNode includes = body.putObject("_source").putArray("includes");
            fields.forEach(includes::add);
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + index + "/_search", body, index).path("hits").path("hits");
            for (JsonNode h : hits) {
                each.accept(h.path("_source"));
                after = h.path("sort");
            }
            if (hits.size() < SCAN_PAGE) {
                return;
            }
        }
    }

    /**
     * The records the query finds, in index order ({@code seq}), a page at a time with {@code search_after} up to
     * {@code limit}; each {@code _source} as the Lucene document the embedded index stores ({@link Records#stored}).
     */
    @Override
    public List<org.apache.lucene.document.Document> stored(Query query, Filters filters, int limit) {
        ObjectNode q = QueryJson.of(EngineQueries.withFilters(query, filters == null ? Filters.NONE : filters));
        int n = Math.max(1, limit);
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        JsonNode after = null;
        while (out.size() < n) {
            int size = Math.min(SCAN_PAGE, n - out.size());
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.put("size", size);
            body.put("track_total_hits", false);
            body.set("query", q);
            body.putArray("sort").addObject().put(Records.SEQ, "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + index + "/_search", body, index).path("hits").path("hits");
            for (JsonNode h : hits) {
                out.add(Records.stored(h.path("_source")));
                after = h.path("sort");
            }
            if (hits.size() < size) {
                break;
            }
        }
        return out;
    }

    @Override
    public List<IndexedDocument> documents() {
        Map<String, int[]> counts = new HashMap<>(); // docId → targets, deadlines, responsibilities
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("terms").putArray(Fields.TYPE).add("target").add("deadline").add("responsibility");
        ObjectNode composite = body.putObject("aggs").putObject("c").putObject("composite");
        composite.put("size", SCAN_PAGE);
        ArrayNode sources = composite.putArray("sources");
        sources.addObject().putObject("d").putObject("terms").put("field", Fields.DOC_ID);
        sources.addObject().putObject("t").putObject("terms").put("field", Fields.TYPE);
        while (true) {
            JsonNode agg = cluster.send("POST", "/" + index + "/_search", body, index).path("aggregations").path("c");
            for (JsonNode b : agg.path("buckets")) {
                int[] c = counts.computeIfAbsent(b.path("key").path("d").asText(), k -> new int[3]);
                int slot = switch (b.path("key").path("t").asText()) {
                    case "target" -> 0;
                    case "deadline" -> 1;
                    default -> 2;
                };
                c[slot] = b.path("doc_count").asInt();
            }
            if (agg.path("buckets").size() < SCAN_PAGE || !agg.has("after_key")) {
                break;
            }
            composite.set("after", agg.path("after_key"));
        }
        List<IndexedDocument> docs = new ArrayList<>();
        scan(cluster, index, typeQuery("doc"), List.of(Fields.DOC_ID, Fields.TITLE, Fields.LEVEL, Fields.PROVINCE,
                Fields.REGION, Fields.ISSUED, Fields.PERIOD, Fields.YEAR, Fields.SOURCE, Fields.SHA256), s -> {
            String docId = Records.text(s, Fields.DOC_ID);
            String source = Records.text(s, Fields.SOURCE);
            Path path = source == null ? null : Paths.get(source);
            List<Integer> years = Records.ints(s, Fields.YEAR);
            years.sort(null);
            int[] c = counts.getOrDefault(docId, new int[3]);
            docs.add(new IndexedDocument(docId, Records.text(s, Fields.TITLE), Records.text(s, Fields.LEVEL),
                    Records.text(s, Fields.PROVINCE), Records.text(s, Fields.REGION), Records.text(s, Fields.ISSUED),
                    Records.text(s, Fields.PERIOD), years,
                    path == null || path.getFileName() == null ? docId : path.getFileName().toString(), path,
                    Records.text(s, Fields.SHA256), c[0], c[1], c[2]));
        });
        docs.sort(Comparator.comparing(IndexedDocument::docId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(docs);
    }

    /** The issuer field of every policy document's record, sorted and without repeats (as the embedded facet). */
    @Override
    public Map<String, List<String>> issuersByDocument() {
        Map<String, List<String>> out = new HashMap<>();
        scan(cluster, index, typeQuery("doc"), List.of(Fields.DOC_ID, Fields.ISSUER), s -> {
            java.util.TreeSet<String> issuers = new java.util.TreeSet<>(Records.list(s, Fields.ISSUER));
            String docId = Records.text(s, Fields.DOC_ID);
            if (docId != null && !issuers.isEmpty()) {
                out.put(docId, List.copyOf(issuers));
            }
        });
        return out;
    }

    /**
     * What changes whenever the index does, in one request: the number of records (a document removed) and the
     * last index order written (a document added or replaced), as seen after the cluster's last refresh.
     */
    public String state() {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.putObject("aggs").putObject("last").putObject("max").put("field", Records.SEQ);
        JsonNode r = cluster.send("POST", "/" + index + "/_search", body, index);
        return r.path("hits").path("total").path("value").asLong() + "@"
                + r.path("aggregations").path("last").path("value").asLong(-1);
    }

    @Override
    public long count(Query query, Filters filters) {
        Query q = query instanceof LooseQuery l ? l.words() : query;
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", QueryJson.of(EngineQueries.withFilters(q, filters == null ? Filters.NONE : filters)));
        return cluster.send("POST", "/" + index + "/_count", body, index).path("count").asLong();
    }

    /**
     * Lucene's facet counts from terms aggregations over the records the query finds: type, level, year and issuer
     * from their fields; region from the region field, or the province where a record has no region (as the embedded
     * index's region facet holds it). Each aggregation asks every shard for up to {@value #FACET_VALUES} values, so
     * the counts are exact while a dimension has no more values among the hits; the order and the top
     * {@code Facets.TOP} are {@link Facets#top}'s, as the embedded index gives them.
     */
    @Override
    public Map<Facets.Dim, List<Facets.Count>> facets(Query query, Filters filters) {
        Query q = query instanceof LooseQuery l ? l.words() : query;
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        body.set("query", QueryJson.of(EngineQueries.withFilters(q, filters == null ? Filters.NONE : filters)));
        ObjectNode aggs = body.putObject("aggs");
        Map<Facets.Dim, String> fields = new LinkedHashMap<>();
        fields.put(Facets.Dim.TYPE, Fields.TYPE);
        fields.put(Facets.Dim.LEVEL, Fields.LEVEL);
        fields.put(Facets.Dim.REGION, Fields.REGION);
        fields.put(Facets.Dim.YEAR, Fields.YEAR);
        fields.put(Facets.Dim.ISSUER, Fields.ISSUER);
        fields.forEach((dim, field) -> terms(aggs, dim.key(), field));
        ObjectNode noRegion = aggs.putObject(PROVINCE_ONLY);
        noRegion.putObject("filter").putObject("bool").putArray("must_not").addObject()
                .putObject("exists").put("field", Fields.REGION);
        terms(noRegion.putObject("aggs"), Fields.PROVINCE, Fields.PROVINCE);
        JsonNode r = cluster.send("POST", "/" + index + "/_search", body, index).path("aggregations");
        Map<Facets.Dim, List<Facets.Count>> out = new LinkedHashMap<>();
        for (Facets.Dim dim : Facets.Dim.values()) {
            Map<String, Long> counts = buckets(r.path(dim.key()), new LinkedHashMap<>());
            if (dim == Facets.Dim.REGION) {
                buckets(r.path(PROVINCE_ONLY).path(Fields.PROVINCE), counts);
            }
            out.put(dim, Facets.top(dim, counts));
        }
        return out;
    }

    /** Values a facet's terms aggregation asks each shard for (exact counts up to this many values). */
    static final int FACET_VALUES = 1000;
    private static final String PROVINCE_ONLY = "province_only";

    private static void terms(ObjectNode aggs, String name, String field) {
        aggs.putObject(name).putObject("terms").put("field", field).put("size", FACET_VALUES)
                .put("shard_size", FACET_VALUES);
    }

    private static Map<String, Long> buckets(JsonNode agg, Map<String, Long> into) {
        for (JsonNode b : agg.path("buckets")) {
            into.merge(b.path("key").asText(), b.path("doc_count").asLong(), Long::sum);
        }
        return into;
    }

    @Override
    public int size() {
        return cluster.send("GET", "/" + index + "/_count", null, index).path("count").asInt();
    }

    @Override
    public void close() {
        cluster.close();
        queryAnalyzer.close();
        if (highlightAnalyzer != queryAnalyzer) {
            highlightAnalyzer.close();
        }
    }

    /** The words of the index, as ids of its vocabulary index; answers are kept (a bounded memo). */
    static final class RemoteWords implements VocabularyAnalyzer.Words {
        private static final int MEMO_LIMIT = 200_000;
        private final Cluster cluster;
        private final String wordsIndex;
        private final String index;
        private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

        RemoteWords(Cluster cluster, String wordsIndex, String index) {
            this.cluster = cluster;
            this.wordsIndex = wordsIndex;
            this.index = index;
        }

        /** Looks up, in one request, whichever of {@code candidates} is not known yet. */
        void prefetch(Set<String> candidates) {
            if (known.size() > MEMO_LIMIT) {
                known.clear();
            }
            List<String> ask = new ArrayList<>();
            for (String c : candidates) {
                if (!known.containsKey(c)) {
                    ask.add(c);
                }
            }
            if (ask.isEmpty()) {
                return;
            }
            ObjectNode body = Cluster.JSON.createObjectNode();
            ArrayNode ids = body.putArray("ids");
            ask.forEach(ids::add);
            JsonNode r = cluster.send("POST", "/" + wordsIndex + "/_mget", body, Map.of("_source", "false"), index);
            Map<String, Boolean> found = new LinkedHashMap<>();
            ask.forEach(a -> found.put(a, false));
            for (JsonNode d : r.path("docs")) {
                if (d.path("found").asBoolean(false)) {
                    found.put(d.path("_id").asText(), true);
                }
            }
            known.putAll(found);
        }

        @Override
        public int lookup(String s) {
            if (s.chars().anyMatch(Character::isWhitespace)) {
                return 0; // no word holds white space (the index has it as U+00A0)
            }
            Boolean word = known.get(s);
            if (word == null) {
                prefetch(Set.of(s));
                word = known.getOrDefault(s, false);
            }
            // 1, not 0, for a non-word: whether a longer word starts with it is not known, so longer ones are asked
            return word ? 2 : 1;
        }
    }
}
