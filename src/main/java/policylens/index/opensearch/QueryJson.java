package policylens.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import policylens.i18n.Messages;
import policylens.index.Fields;
import policylens.index.LooseQuery;
import policylens.index.QuerySyntaxException;

/**
 * A Lucene query as OpenSearch query DSL with the same structure, clause for clause (term for term, bool for
 * boolean with the same occurrences and minimum_should_match, match_phrase for a phrase of adjacent words), so that
 * with the same words and the same term statistics it matches and scores the same documents.
 */
final class QueryJson {
    private QueryJson() {
    }

    /**
     * The boost of a constant-score query (prefix, wildcard, range, match_all): the engine divides every score by
     * OpenSearch's BM25 factor, and Lucene scores these 1.0, so they are sent as that factor.
     */
    private static final float CONSTANT = OpenSearchEngine.LEGACY_BM25_FACTOR;

    static ObjectNode of(Query q) {
        ObjectNode out = Cluster.JSON.createObjectNode();
        if (q instanceof LooseQuery loose) {
            ObjectNode bool = out.putObject("bool");
            bool.putArray("must").add(of(loose.words()));
            if (loose.pairs() != null) {
                bool.putArray("should").add(of(loose.pairs()));
            }
        } else if (q instanceof TermQuery t) {
            out.putObject("term").putObject(t.getTerm().field()).put("value", value(t.getTerm()));
        } else if (q instanceof BooleanQuery b) {
            ObjectNode bool = out.putObject("bool");
            boolean required = false;
            for (BooleanClause c : b.clauses()) {
                String occur = switch (c.getOccur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                required |= c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER;
                ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
                list.add(of(c.getQuery()));
            }
            if (b.getMinimumNumberShouldMatch() > 0 || (required && bool.has("should"))) {
                // Lucene: SHOULD clauses beside MUST/FILTER ones are optional unless a minimum is set
                bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
            }
            if (b.clauses().isEmpty()) {
                out.removeAll();
                out.putObject("match_none");
            }
        } else if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 1; i < positions.length; i++) {
                if (positions[i] != positions[i - 1] + 1) {
                    throw unsupported(q);
                }
            }
            if (terms.length == 0) {
                out.putObject("match_none");
            } else {
                StringBuilder words = new StringBuilder();
                for (Term t : terms) {
                    words.append(words.length() == 0 ? "" : " ").append(value(t));
                }
                out.putObject("match_phrase").putObject(terms[0].field())
                        .put("query", words.toString()).put("slop", p.getSlop());
            }
        } else if (q instanceof BoostQuery b) {
            ObjectNode bool = out.putObject("bool");
            bool.putArray("must").add(of(b.getQuery()));
            bool.put("boost", b.getBoost());
        } else if (q instanceof ConstantScoreQuery c) {
            ObjectNode cs = out.putObject("constant_score");
            cs.set("filter", of(c.getQuery()));
            cs.put("boost", CONSTANT);
        } else if (q instanceof MatchAllDocsQuery) {
            out.putObject("match_all").put("boost", CONSTANT);
        } else if (q instanceof MatchNoDocsQuery) {
            out.putObject("match_none");
        } else if (q instanceof PrefixQuery p) {
            out.putObject("prefix").putObject(p.getPrefix().field()).put("value", value(p.getPrefix())).put("boost", CONSTANT);
        } else if (q instanceof WildcardQuery w) {
            out.putObject("wildcard").putObject(w.getTerm().field()).put("value", value(w.getTerm())).put("boost", CONSTANT);
        } else if (q instanceof FuzzyQuery f) {
            out.putObject("fuzzy").putObject(f.getTerm().field()).put("value", value(f.getTerm()))
                    .put("fuzziness", f.getMaxEdits()).put("prefix_length", f.getPrefixLength())
                    .put("transpositions", f.getTranspositions());
        } else if (q instanceof TermRangeQuery r) {
            ObjectNode range = out.putObject("range").putObject(r.getField());
            range.put("boost", CONSTANT);
            if (r.getLowerTerm() != null) {
                range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
            }
            if (r.getUpperTerm() != null) {
                range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
            }
        } else if (q instanceof PointRangeQuery r && r.getField().equals(Fields.YEAR) && r.getNumDims() == 1
                && r.getLowerPoint().length == Integer.BYTES) {
            int lo = IntPoint.decodeDimension(r.getLowerPoint(), 0);
            int hi = IntPoint.decodeDimension(r.getUpperPoint(), 0);
            if (lo == hi) {
                out.putObject("term").putObject(r.getField()).put("value", lo).put("boost", CONSTANT);
            } else {
                out.putObject("range").putObject(r.getField()).put("gte", lo).put("lte", hi).put("boost", CONSTANT);
            }
        } else {
            throw unsupported(q);
        }
        return out;
    }

    private static String value(Term t) {
        String text = t.text();
        return Records.WORD_FIELDS.contains(t.field()) ? Records.wire(text) : text;
    }

    private static QuerySyntaxException unsupported(Query q) {
        return new QuerySyntaxException(q.toString(),
                new IllegalArgumentException(Messages.both("os.query.unsupported", q.getClass().getSimpleName())));
    }
}
