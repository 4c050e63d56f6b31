package policylens.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import policylens.extract.Meta;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts of a search (Lucene's sorted-set doc-values facets): how many of the hits fall in each level, region,
 * year, issuer and record type, for "narrow by" links. Every Lucene document carries its values from indexing on;
 * an index written before facets has none, and its searches come back without counts (re-index to get them).
 */
public final class Facets {
    /** A facet dimension and how its values are shown. */
    public enum Dim {
        TYPE("type"), LEVEL("level"), REGION("region"), YEAR("year"), ISSUER("issuer");

        private final String key;

        Dim(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** One value of a dimension and the number of hits with it. */
    public record Count(String value, long count) {
    }

    /** Top values shown per dimension. */
    static final int TOP = 20;

    private static final FacetsConfig CONFIG = config();

    private Facets() {
    }

    private static FacetsConfig config() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(Dim.YEAR.key(), true);
        c.setMultiValued(Dim.ISSUER.key(), true);
        return c;
    }

    /** Adds the facet values of a record's Lucene document; {@link #build} turns them into doc values. */
    static void add(Document d, DocType type, Meta meta, Collection<Integer> years) {
        d.add(new SortedSetDocValuesFacetField(Dim.TYPE.key(), type.key()));
        add(d, Dim.LEVEL, meta.level());
        add(d, Dim.REGION, meta.region() != null && !meta.region().isBlank() ? meta.region() : meta.province());
        for (int y : years) {
            d.add(new SortedSetDocValuesFacetField(Dim.YEAR.key(), String.valueOf(y)));
        }
        for (String issuer : new java.util.LinkedHashSet<>(meta.issuer())) {
            add(d, Dim.ISSUER, issuer);
        }
    }

    /** The document to write: its facet fields as doc values (a new document; call when no field is to come). */
    static Document build(Document d) {
        try {
            return CONFIG.build(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(Document d, Dim dim, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dim.key(), value.strip()));
        }
    }

    /** The facet state of a reader, or null when its index has no facet values (written before facets). */
    static SortedSetDocValuesReaderState state(IndexReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /**
     * The values of one dimension as {@link #count} shows them, from every value's count (an engine that counts
     * elsewhere, OpenSearch's terms aggregations): the {@link #TOP} most frequent, ties by value (as Lucene's ordinals
     * order them: by code point), zero counts left out; years then in ascending order.
     */
    public static List<Count> top(Dim dim, Map<String, Long> counts) {
        List<Count> values = new ArrayList<>();
        counts.forEach((value, n) -> {
            if (n != null && n > 0) {
                values.add(new Count(value, n));
            }
        });
        values.sort(java.util.Comparator.comparingLong((Count c) -> -c.count())
                .thenComparing(Count::value, Facets::byCodePoint));
        List<Count> top = new ArrayList<>(values.subList(0, Math.min(TOP, values.size())));
        if (dim == Dim.YEAR) {
            top.sort(java.util.Comparator.comparing(Count::value));
        }
        return List.copyOf(top);
    }

    /** Code point order, which is the order of UTF-8 bytes (Lucene's term order). */
    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Counts per dimension over every hit of {@code query}: values by count, most first, at most {@link #TOP}. */
    static Map<Dim, List<Count>> count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query)
            throws IOException {
        Map<Dim, List<Count>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (Dim dim : Dim.values()) {
            List<Count> values = new ArrayList<>();
            FacetResult r;
            try {
                r = counts.getTopChildren(TOP, dim.key());
            } catch (IllegalArgumentException e) {
                r = null; // no document has this dimension
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new Count(lv.label, lv.value.longValue()));
                }
            }
            if (dim == Dim.YEAR) {
                values.sort(java.util.Comparator.comparing(Count::value));
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }
}
