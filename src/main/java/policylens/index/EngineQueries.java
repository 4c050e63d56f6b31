package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

import java.io.IOException;
import policylens.text.Excerpt;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The queries every {@link Engine} runs, built once from the query text: the classic syntax, the loose query of
 * free text, and the snippets that mark a query's words in a hit's text. Built with the query-side analyzer of the
 * index (so both engines search the same words) and the analyzer that re-reads a stored text for its snippet.
 */
public final class EngineQueries {
    private static final int SNIPPET_CHARS = 90;

    private final Analyzer analyzer;
    private final Analyzer highlighting;

    /**
     * @param analyzer     cuts query text into the index's words
     * @param highlighting cuts a stored text as it was cut when indexed (for its snippet)
     */
    public EngineQueries(Analyzer analyzer, Analyzer highlighting) {
        this.analyzer = analyzer;
        this.highlighting = highlighting;
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

    /** See {@link Engine#loose(String, float, String)}. */
    public Query loose(String text, float minShare, String field) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(tokens)) {
            words.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        int distinct = new LinkedHashSet<>(tokens).size();
        words.setMinimumNumberShouldMatch(Math.max(1, Math.round(distinct * minShare)));
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            pairs.add(new PhraseQuery(field, tokens.get(i), tokens.get(i + 1)));
        }
        return new LooseQuery(field, words.build(), pairs);
    }

    /** See {@link Engine#looseWithHalves(String, float, String)}. */
    public Query looseWithHalves(String text, float minShare, String field) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
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

    /** The field a query's words are in: a loose query's own, else {@link Fields#TEXT}. */
    public static String field(Query query) {
        return query instanceof LooseQuery loose ? loose.field() : Fields.TEXT;
    }

    /** The snippet a hit with this text gets for this query (a loose query marks its words). */
    public String snippet(Query query, String text) {
        try {
            return snippet(highlighter(query instanceof LooseQuery loose ? loose.words() : query, field(query)), field(query), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the words of {@code query} in {@code field} (the stored text is analysed as that field's was). */
    Highlighter highlighter(Query query, String field) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(Searcher.MARK_OPEN, Searcher.MARK_CLOSE),
                new QueryScorer(query, field));
        highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
        return highlighter;
    }

    String snippet(Highlighter highlighter, String field, String text) throws IOException {
        if (text == null) {
            return "";
        }
        String best = null;
        try {
            best = highlighter.getBestFragment(highlighting, field, text);
        } catch (InvalidTokenOffsetsException e) {
            // fall through to the plain start of the text
        }
        if (best == null) {
            best = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
        } else {
            best = toClauseEnd(best, text);
        }
        // 【中试】【平台】 → 【中试平台】
        return best.replace(Searcher.MARK_CLOSE + Searcher.MARK_OPEN, "").replaceAll("\\s+", " ").strip();
    }

    /**
     * The highlighter cuts its fragment after so many characters, wherever that falls (工程研究中心20|家): the fragment
     * ends instead at the end of its sentence or clause ({@link Excerpt#clauseEnd}, within 30 characters, else back at
     * the last break after the last marked word), with "…" when the text goes on after a clause break.
     */
    static String toClauseEnd(String fragment, String text) {
        String plain = fragment.replace(Searcher.MARK_OPEN, "").replace(Searcher.MARK_CLOSE, "");
        int start = text.indexOf(plain);
        if (start < 0 || plain.isEmpty()) {
            return fragment;
        }
        int end = start + plain.length();
        int lastMark = fragment.lastIndexOf(Searcher.MARK_CLOSE);
        int floor = start + (lastMark < 0 ? 0 : plain.length() - (fragment.length() - lastMark - 1));
        int to = Excerpt.clauseEnd(text, end, floor, 30);
        String out = to >= end ? fragment + text.substring(end, to) : fragment.substring(0, fragment.length() - (end - to));
        boolean more = to < text.length() && "。！？；!?;".indexOf(text.charAt(to - 1)) < 0;
        return more ? out + "…" : out;
    }

    /** The query restricted by the filters (as FILTER clauses: they do not change the scores). */
    public static Query withFilters(Query query, Filters f) {
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
            b.add(new TermQuery(new Term(Fields.ISSUER, f.issuer().strip())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
