package policylens.index;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * How the evidence text is analysed, chosen when an index is created and recorded in its commit so that queries
 * use the same analysis:
 * <ul>
 *   <li>{@link #HANLP_DICT}, the default: HanLP's longest-match segmenter over its core dictionary with the unit
 *   gazetteer registered (省工业和信息化厅 stays one word), ASCII runs joined. Queries on such an index are cut
 *   against the index's own words ({@link VocabularyAnalyzer}), so a query process loads no dictionary.</li>
 *   <li>{@link #HANLP}: HanLP's Viterbi segmenter ({@code HanLP.segment}), with the gazetteer; about a tenth of
 *   the speed of the longest match on the same lines.</li>
 *   <li>{@link #SMARTCN}: Lucene's SmartChineseAnalyzer.</li>
 * </ul>
 * On gold/who.tsv (47 questions) both HanLP analyses give P@1 0.936, R@3 0.965, MRR 0.961; smartcn cuts unit and
 * domain words into single characters (市|发|改|委), which then match everywhere.
 */
public enum TextAnalysis {
    SMARTCN, HANLP, HANLP_DICT;

    public static final TextAnalysis DEFAULT = HANLP_DICT;

    /** The key of the commit user data that records the analysis. */
    static final String COMMIT_KEY = "policylens.analysis";

    public Analyzer analyzer() {
        return switch (this) {
            case SMARTCN -> new SmartChineseAnalyzer();
            case HANLP -> new HanLPAnalyzer(false);
            case HANLP_DICT -> new HanLPAnalyzer(true);
        };
    }

    /** What an ASCII run that makes one word is made of (2028, GDP); shared by both sides of a longest-match index. */
    static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** What joins two ASCII runs into one word when it stands between them (12.5, R&D). */
    static boolean isAsciiJoiner(char c) {
        return c == '.' || c == '&';
    }

    /** The whole of a tokenizer's input: the segmenters work on a text, not a stream. */
    static String readAll(java.io.Reader input) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = input.read(buffer)) > 0) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    public static TextAnalysis parse(String name) {
        return name == null ? SMARTCN : valueOf(name.strip().toUpperCase(Locale.ROOT)); // indexes from before the choice
    }

    /** HanLP's standard segmentation as a Lucene tokenizer, lower-cased, punctuation and spaces dropped. */
    static final class HanLPAnalyzer extends Analyzer {
        private final boolean dictionary;

        HanLPAnalyzer(boolean dictionary) {
            this.dictionary = dictionary;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HanLPTokenizer(dictionary);
            TokenStream sink = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, sink);
        }
    }

    /**
     * HanLP's longest-match segmenter over its core dictionary, with the custom dictionary (the unit gazetteer) on.
     * Set through the config: {@code enableCustomDictionary(true)} would log a warning on every construction.
     */
    static final class DictionarySegment extends DoubleArrayTrieSegment {
        DictionarySegment() {
            config.useCustomDictionary = true;
            customDictionary = policylens.extract.UnitDictionary.hanlpDictionary();
        }
    }

    static final class HanLPTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Segment segment;
        private final boolean dictionary;
        private Iterator<Term> terms;
        private int length;

        /**
         * @param dictionary longest match against HanLP's core dictionary and the custom one (the unit gazetteer)
         *                   instead of the Viterbi segmenter; runs of ASCII letters and digits are joined
         *                   (到2028年 → 到 | 2028 | 年, as the Viterbi segmenter gives them)
         */
        HanLPTokenizer(boolean dictionary) {
            this.dictionary = dictionary;
            this.segment = dictionary ? new DictionarySegment() : policylens.extract.UnitDictionary.hanlpSegmenter();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = readAll(input);
            length = text.length();
            List<Term> segmented = segment.seg(text);
            int pos = 0;
            for (Term t : segmented) {
                t.offset = pos;
                pos += t.word.length();
            }
            terms = (dictionary ? joinAscii(segmented) : segmented).iterator();
        }

        /** 2 | 0 | 2 | 8 → 2028, 1 | 2 | . | 5 → 12.5, G | D | P → GDP: the dictionary segmenter cuts ASCII runs
         * into characters. */
        static List<Term> joinAscii(List<Term> segmented) {
            List<Term> in = segmented instanceof java.util.RandomAccess ? segmented : new java.util.ArrayList<>(segmented);
            List<Term> out = new java.util.ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                Term t = in.get(i);
                if (!isAsciiWord(t.word, false)) {
                    out.add(t);
                    continue;
                }
                StringBuilder w = new StringBuilder(t.word);
                int j = i + 1;
                while (j < in.size() && (isAsciiWord(in.get(j).word, false)
                        || (j + 1 < in.size() && isAsciiWord(in.get(j).word, true)
                        && isAsciiWord(in.get(j + 1).word, false)))) {
                    w.append(in.get(j).word);
                    j++;
                }
                Term joined = new Term(w.toString(), t.nature);
                joined.offset = t.offset;
                out.add(joined);
                i = j - 1;
            }
            return out;
        }

        /** Letters and digits; or, with {@code joiner}, one '.' or '&' (12.5, R&D). */
        private static boolean isAsciiWord(String w, boolean joiner) {
            if (joiner) {
                return w.length() == 1 && isAsciiJoiner(w.charAt(0));
            }
            if (w.isEmpty()) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (!isAsciiLetterOrDigit(w.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (terms.hasNext()) {
                Term t = terms.next();
                if (t.word.isBlank() || t.word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                term.setEmpty().append(t.word);
                offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }
    }
}
