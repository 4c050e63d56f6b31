package policylens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import policylens.index.Fields;
import policylens.index.Hit;
import policylens.index.TextAnalysis;
import policylens.index.VocabularyAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of the embedded index as OpenSearch documents, and back. The Lucene documents the index writer makes
 * ({@link policylens.index.PolicyIndex#feed}) are turned field by field into JSON: the analysed text fields as the
 * client's own words joined by spaces (the index field is white-space analysed, so OpenSearch indexes exactly the
 * words the embedded index holds, at the same positions, and its term statistics are the same); the stored text as
 * {@code textStored}; keyword fields as they are; years as integers. The mapping is strict and records the text
 * analysis in its {@code _meta}, as the embedded index records it in its commit.
 */
final class Records {
    private Records() {
    }

    /** The stored text of a text field ({@link Fields#TEXT}): the field itself holds the words. */
    static final String TEXT_STORED = "textStored";
    /** Index order: a counter over the records of every run, so equal scores rank as in the embedded index. */
    static final String SEQ = "seq";
    /** On a policy document's record: how many records it has ({@code docId#0} … {@code docId#parts-1}). */
    static final String PARTS = "parts";
    /** Key of the mapping's {@code _meta} that records the analysis. */
    static final String META_ANALYSIS = "policylens_analysis";
    static final String META_FORMAT = "policylens_format";

    /** Fields analysed on the client and sent as words. */
    static final Set<String> WORD_FIELDS = Set.of(Fields.TEXT, Fields.RESPONSIBILITY_TEXT);
    private static final Set<String> KEYWORDS = Set.of(Fields.TYPE, Fields.DOC_ID, Fields.LEVEL, Fields.PROVINCE,
            Fields.REGION, Fields.ISSUED, Fields.TASK_ID, Fields.UNIT, Fields.UNIT_CANONICAL, Fields.UNIT_LEAD,
            Fields.UNIT_INHERITED, Fields.UNIT_KEY, Fields.METRIC, Fields.SHA256, Fields.ISSUER);
    private static final Set<String> STORED_ONLY = Set.of(Fields.TITLE, Fields.PERIOD, Fields.SOURCE, Fields.SECTION,
            Fields.DUE, TEXT_STORED, Fields.VALUE_UNIT, Fields.COMPARATOR);
    /** A target's numbers, stored only. */
    private static final Set<String> STORED_NUMBERS = Set.of(Fields.VALUE, Fields.VALUE_MAX);
    private static final Set<String> MULTI = Set.of(Fields.UNIT, Fields.UNIT_CANONICAL, Fields.UNIT_LEAD,
            Fields.UNIT_INHERITED, Fields.UNIT_KEY, Fields.YEAR, Fields.ISSUER);

    /** The index's settings and mapping. */
    static ObjectNode createBody(int shards, int replicas, TextAnalysis analysis) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putObject("settings").putObject("index")
                .put("number_of_shards", Math.max(1, shards))
                .put("number_of_replicas", replicas);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put(META_ANALYSIS, analysis.name()).put(META_FORMAT, 1);
        // the words are searched, not shown: the stored text is textStored
        ArrayNode excludes = mappings.putObject("_source").putArray("excludes");
        excludes.add(Fields.TEXT).add(Fields.RESPONSIBILITY_TEXT).add(Fields.UNIT_KEY);
        ObjectNode props = mappings.putObject("properties");
        for (String f : WORD_FIELDS) {
            props.putObject(f).put("type", "text").put("analyzer", "whitespace");
        }
        for (String f : KEYWORDS) {
            props.putObject(f).put("type", "keyword");
        }
        for (String f : STORED_ONLY) {
            props.putObject(f).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        for (String f : STORED_NUMBERS) {
            props.putObject(f).put("type", "double").put("index", false).put("doc_values", false);
        }
        props.putObject(Fields.YEAR).put("type", "integer");
        props.putObject(SEQ).put("type", "long");
        props.putObject(PARTS).put("type", "integer").put("index", false);
        return body;
    }

    /** The vocabulary index: one empty document per word of 2 to 16 characters (its id). */
    static ObjectNode wordsBody(int replicas) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", false);
        mappings.putObject("_source").put("enabled", false);
        return body;
    }

    /**
     * One Lucene document as JSON.
     *
     * @param analyzer analyses a text field that carries its text, not its words
     * @param words    collects the words of 2 to 16 characters (the vocabulary of queries)
     */
    static ObjectNode toJson(Document doc, Analyzer analyzer, long seq, Set<String> words) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        Set<String> points = new java.util.HashSet<>();
        for (IndexableField f : doc) {
            if (f.fieldType().pointDimensionCount() > 0) {
                points.add(f.name());
            }
        }
        for (IndexableField f : doc) {
            String name = f.name();
            if (name.startsWith("$")) {
                continue; // Lucene's facet doc values ($facets): the embedded index's own, not a record field
            }
            if (WORD_FIELDS.contains(name)) {
                if (f.fieldType().stored() && f.stringValue() != null) {
                    values.computeIfAbsent(TEXT_STORED, k -> new ArrayList<>()).add(f.stringValue());
                }
                if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(words(f, analyzer, words));
                }
            } else if (f.fieldType().pointDimensionCount() > 0) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(f.numericValue());
            } else if (f.numericValue() != null) {
                if (!points.contains(name)) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(f.numericValue());
                }
            } else if (f.stringValue() != null) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(f.stringValue());
            }
        }
        ObjectNode json = Cluster.JSON.createObjectNode();
        values.forEach((name, list) -> {
            if (list.size() == 1 && !MULTI.contains(name)) {
                json.set(name, Cluster.JSON.valueToTree(list.get(0)));
            } else {
                json.set(name, Cluster.JSON.valueToTree(list));
            }
        });
        json.put(SEQ, seq);
        return json;
    }

    /** The words of an analysed field, joined by spaces (a word with white space in it keeps it as U+00A0). */
    private static String words(IndexableField f, Analyzer analyzer, Set<String> vocabulary) {
        StringBuilder sb = new StringBuilder();
        try (TokenStream ts = f.tokenStream(analyzer, null)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = wire(term.toString());
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w);
                if (w.length() >= 2 && w.length() <= VocabularyAnalyzer.MAX_WORD) {
                    vocabulary.add(w);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** A word as the white-space analysed field holds it. */
    static String wire(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isWhitespace(word.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(word);
                }
                b.setCharAt(i, '\u00a0');
            }
        }
        return b == null ? word : b.toString();
    }

    /** A search hit's {@code _source} as the embedded index's {@link Hit}. */
    static Hit hit(JsonNode source, float score, String snippet) {
        return new Hit(text(source, Fields.TYPE), text(source, Fields.DOC_ID), text(source, Fields.TITLE),
                text(source, Fields.SECTION), text(source, Fields.TASK_ID), snippet, text(source, TEXT_STORED), score,
                list(source, Fields.UNIT), list(source, Fields.UNIT_CANONICAL), list(source, Fields.UNIT_LEAD),
                list(source, Fields.UNIT_INHERITED), text(source, Fields.METRIC), text(source, Fields.SOURCE));
    }

    /**
     * A record's {@code _source} as the Lucene document of its stored fields: {@link #TEXT_STORED} under
     * {@link Fields#TEXT} again, each value of a list as a value of its own, numbers as the numbers they were
     * (integers as ints, the target's values as doubles); the fields only this index has ({@link #SEQ},
     * {@link #PARTS}) left out.
     */
    static Document stored(JsonNode source) {
        Document d = new Document();
        source.fields().forEachRemaining(e -> {
            String name = e.getKey();
            if (name.equals(SEQ) || name.equals(PARTS)) {
                return;
            }
            String field = name.equals(TEXT_STORED) ? Fields.TEXT : name;
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(x -> addStored(d, field, x));
            } else {
                addStored(d, field, v);
            }
        });
        return d;
    }

    private static void addStored(Document d, String field, JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        if (STORED_NUMBERS.contains(field)) {
            d.add(new StoredField(field, v.asDouble()));
        } else if (v.isIntegralNumber()) {
            if (v.canConvertToInt()) {
                d.add(new StoredField(field, v.intValue()));
            } else {
                d.add(new StoredField(field, v.longValue()));
            }
        } else if (v.isNumber()) {
            d.add(new StoredField(field, v.doubleValue()));
        } else {
            d.add(new StoredField(field, v.asText()));
        }
    }

    static String text(JsonNode source, String field) {
        JsonNode n = source.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : n.get(0).asText();
        }
        return n.asText();
    }

    static List<String> list(JsonNode source, String field) {
        JsonNode n = source.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    static List<Integer> ints(JsonNode source, String field) {
        List<Integer> out = new ArrayList<>();
        JsonNode n = source.get(field);
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asInt()));
        } else {
            out.add(n.asInt());
        }
        return out;
    }
}
