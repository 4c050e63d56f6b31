package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query-side analysis for an index built with {@link TextAnalysis#HANLP_DICT}: longest match against the words the
 * index itself holds, so that a query process loads no segmentation dictionary (HanLP's core and custom dictionaries
 * take ~0.3 s of a cold start).
 * <p>
 * The index was segmented by longest match over HanLP's dictionaries, and every word it holds is a dictionary word,
 * a single character or an ASCII run; so on text that is in the index this gives the words indexing gave, and on a
 * question it gives the indexed words the question contains (谁负责中试平台建设 → 谁 | 负责 | 中试 | 平台 | 建设).
 * A dictionary word that no document uses cannot match anything either way; here it falls apart into indexed words.
 */
public final class VocabularyAnalyzer extends Analyzer {
    /** Longer words than this are not looked up (unit names in the gazetteer stay under it: 省工业和信息化厅 is 8). */
    public static final int MAX_WORD = 16;

    private final Words vocabulary;

    VocabularyAnalyzer(IndexReader reader, String field) {
        this.vocabulary = new Vocabulary(reader, field);
    }

    /** Longest match against other words than an index reader's (another engine's index). */
    public VocabularyAnalyzer(Words words) {
        this.vocabulary = words;
    }

    /**
     * Every piece of {@code text} this analyzer may look up (lower-cased ASCII, 2 to {@link #MAX_WORD} characters,
     * no white space): what an engine that answers lookups remotely fetches in one request before analysing it.
     */
    public static java.util.Set<String> candidates(String text) {
        String s = LongestMatchTokenizer.asciiLower(text == null ? "" : text);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            for (int k = i + 2; k <= Math.min(s.length(), i + MAX_WORD); k++) {
                if (Character.isWhitespace(s.charAt(k - 1))) {
                    break;
                }
                out.add(s.substring(i, k));
            }
        }
        return out;
    }

    /** The words an index holds. */
    public interface Words {
        /**
         * @return 2 when {@code s} (lower-cased ASCII, 2 to {@link #MAX_WORD} characters) is a word of the index,
         * 0 when no word starts with it, 1 otherwise (a prefix, or not known to be none)
         */
        int lookup(String s);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new LongestMatchTokenizer(vocabulary));
    }

    /** The words of one field of an index, as prefixes and whole words; lookups are memoized. */
    static final class Vocabulary implements Words {
        private final List<Terms> terms = new ArrayList<>();
        private static final int MEMO_LIMIT = 200_000;
        /** 0 no word starts with it, 1 a prefix only, 2 a word (and maybe a prefix) */
        private final ConcurrentHashMap<String, Integer> known = new ConcurrentHashMap<>();

        Vocabulary(IndexReader reader, String field) {
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms t = leaf.reader().terms(field);
                    if (t != null) {
                        terms.add(t);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public int lookup(String s) {
            if (known.size() > MEMO_LIMIT) {
                known.clear(); // a long-running server's questions must not grow it without end
            }
            return known.computeIfAbsent(s, this::seek);
        }

        private int seek(String s) {
            BytesRef target = new BytesRef(s);
            int best = 0;
            try {
                for (Terms t : terms) {
                    TermsEnum e = t.iterator();
                    TermsEnum.SeekStatus status = e.seekCeil(target);
                    if (status == TermsEnum.SeekStatus.FOUND) {
                        return 2;
                    }
                    if (status == TermsEnum.SeekStatus.NOT_FOUND && startsWith(e.term(), target)) {
                        best = 1;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return best;
        }

        private static boolean startsWith(BytesRef term, BytesRef prefix) {
            if (term.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Longest match against the vocabulary, as HanLP's longest-match segmenter and {@link TextAnalysis} cut the
     * indexed text: at each character the longest indexed word that starts there (2 or more characters, not an
     * ASCII run), else the character alone; then runs of single ASCII letters and digits are joined into one
     * lower-cased word (2028, 12.5, R&D → r&d), and what has no letter or digit (punctuation, spaces) is dropped.
     * 7月 stays one word where the index has it, as in 2020年4月 → 2020 | 年 | 4月.
     */
    static final class LongestMatchTokenizer extends Tokenizer {
        private final Words vocabulary;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<int[]> spans = new ArrayList<>(); // start, end of each word, in order
        private String text = "";
        private int next;

        LongestMatchTokenizer(Words vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = TextAnalysis.readAll(input);
            spans.clear();
            next = 0;
            segment(asciiLower(text));
        }

        private void segment(String s) {
            int i = 0;
            while (i < s.length()) {
                int end = i + 1;
                for (int k = i + 2; k <= Math.min(s.length(), i + MAX_WORD); k++) {
                    int found = vocabulary.lookup(s.substring(i, k));
                    if (found == 2 && !isAsciiRun(s, i, k)) {
                        end = k;
                    } else if (found == 0) {
                        break;
                    }
                }
                if (end == i + 1 && isAscii(s.charAt(i))) {
                    // single ASCII characters join: 2 0 2 8 → 2028, 1 2 . 5 → 12.5
                    while (end < s.length() && (isAscii(s.charAt(end)) || (isJoiner(s.charAt(end))
                            && end + 1 < s.length() && isAscii(s.charAt(end + 1))))
                            && !startsLongerWord(s, end)) {
                        end++;
                    }
                }
                if (hasLetterOrDigit(s, i, end)) {
                    spans.add(new int[] {i, end});
                }
                i = end;
            }
        }

        /** Whether an indexed word of 2 or more characters (not an ASCII run) starts at {@code i}. */
        private boolean startsLongerWord(String s, int i) {
            for (int k = i + 2; k <= Math.min(s.length(), i + MAX_WORD); k++) {
                int found = vocabulary.lookup(s.substring(i, k));
                if (found == 2 && !isAsciiRun(s, i, k)) {
                    return true;
                }
                if (found == 0) {
                    return false;
                }
            }
            return false;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (next >= spans.size()) {
                return false;
            }
            int[] span = spans.get(next++);
            term.setEmpty().append(asciiLower(text.substring(span[0], span[1])));
            offset.setOffset(correctOffset(span[0]), correctOffset(span[1]));
            return true;
        }

        static String asciiLower(String s) {
            StringBuilder b = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    if (b == null) {
                        b = new StringBuilder(s);
                    }
                    b.setCharAt(i, (char) (c + 32));
                }
            }
            return b == null ? s : b.toString();
        }

        private static boolean isAscii(char c) {
            return TextAnalysis.isAsciiLetterOrDigit(c);
        }

        private static boolean isJoiner(char c) {
            return TextAnalysis.isAsciiJoiner(c);
        }

        private static boolean isAsciiRun(String s, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isAscii(s.charAt(k)) && !isJoiner(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasLetterOrDigit(String s, int from, int to) {
            for (int k = from; k < to; k++) {
                if (Character.isLetterOrDigit(s.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(text.length()), correctOffset(text.length()));
        }
    }
}
