package policylens.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.util.List;
import java.util.Objects;

/**
 * A loose query in two parts: {@code words} (at least a share of the words must match) and {@code pairs} (adjacent
 * words as phrases, optional, adding to the score). As a plain Lucene query it is {@code +words pair1 pair2 …};
 * {@link Searcher} instead ranks a window of candidates by the words alone and lets the pairs re-score only that
 * window ({@link org.apache.lucene.search.QueryRescorer}), which gives the window the same scores for far less work.
 */
public final class LooseQuery extends Query {
    private final String field;
    private final Query words;
    private final Query pairs;
    private final Query whole;

    LooseQuery(String field, Query words, List<Query> pairs) {
        this.field = Objects.requireNonNull(field);
        this.words = Objects.requireNonNull(words);
        BooleanQuery.Builder p = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(words, BooleanClause.Occur.MUST);
        for (Query q : pairs) {
            p.add(q, BooleanClause.Occur.SHOULD);
            all.add(q, BooleanClause.Occur.SHOULD);
        }
        this.pairs = pairs.isEmpty() ? null : p.build();
        this.whole = all.build();
    }

    /** The field the words are looked up in. */
    public String field() {
        return field;
    }

    public Query words() {
        return words;
    }

    /** Null when the text has a single word. */
    public Query pairs() {
        return pairs;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return whole;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        whole.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return whole.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && whole.equals(((LooseQuery) other).whole);
    }

    @Override
    public int hashCode() {
        return classHash() ^ whole.hashCode();
    }
}
