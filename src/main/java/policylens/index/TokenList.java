package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens of one analysed text, captured on a worker thread and replayed to the IndexWriter on another: term,
 * position increment and length, offsets, and the state after {@code end()}, so that what is indexed is what the
 * analyzer would have given the writer directly.
 */
final class TokenList {
    private final String[] terms;
    private final int[] ints; // per token: position increment, position length, start offset, end offset
    private final int size;
    private final int finalOffset;
    private final int finalPositionIncrement;

    private TokenList(String[] terms, int[] ints, int size, int finalOffset, int finalPositionIncrement) {
        this.terms = terms;
        this.ints = ints;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalPositionIncrement = finalPositionIncrement;
    }

    static TokenList analyze(Analyzer analyzer, String field, String text) {
        String[] terms = new String[16];
        int[] ints = new int[64];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    ints = Arrays.copyOf(ints, n * 8);
                }
                terms[n] = term.toString();
                ints[4 * n] = inc.getPositionIncrement();
                ints[4 * n + 1] = len.getPositionLength();
                ints[4 * n + 2] = off.startOffset();
                ints[4 * n + 3] = off.endOffset();
                n++;
            }
            ts.end();
            return new TokenList(terms, ints, n, off.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh stream over the captured tokens. */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
            private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
            private int i;

            @Override
            public boolean incrementToken() {
                if (i >= size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[i]);
                inc.setPositionIncrement(ints[4 * i]);
                len.setPositionLength(ints[4 * i + 1]);
                off.setOffset(ints[4 * i + 2], ints[4 * i + 3]);
                i++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                inc.setPositionIncrement(finalPositionIncrement);
                off.setOffset(finalOffset, finalOffset);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                i = 0;
            }
        };
    }
}
