package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.FastHHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exactly {@link SmartChineseAnalyzer}'s tokens (HMM word segmentation per sentence, Porter stemming, its default
 * stop set), faster: word pairs are looked up in {@link FastHHMMSegmenter}'s table, and an indexing worker can keep
 * the words of the sentences it has segmented since {@link #clearCache()}: a policy document analyses the same
 * sentence several times (the paragraph as a task, again as the evidence of its responsibility record), and HMM
 * segmentation is most of the cost of indexing.
 * <p>
 * {@link #caching()} is for one thread (the cache is not synchronized); clear it per source document so that it
 * stays small. {@link #shared()} keeps no cache and may be used by any number of threads, like any Analyzer.
 */
public final class FastChineseAnalyzer extends Analyzer {
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    /** Words of a sentence with offsets relative to the sentence, as SmartChineseAnalyzer's segmenter gives them. */
    private record Word(char[] chars, int start, int end) {
    }

    private final Map<String, List<Word>> cache;

    private FastChineseAnalyzer(Map<String, List<Word>> cache) {
        this.cache = cache;
    }

    /** An analyzer for one thread that segments a sentence once until {@link #clearCache()}. */
    static FastChineseAnalyzer caching() {
        return new FastChineseAnalyzer(new HashMap<>());
    }

    /** An analyzer without cache, safe to share between threads. */
    public static FastChineseAnalyzer shared() {
        return new FastChineseAnalyzer(null);
    }

    /**
     * Loads the segmentation dictionaries (Lucene's word and word-pair dictionaries, a third of a second) on a
     * background thread, so that a short-lived process does it while opening the index.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try (FastChineseAnalyzer a = shared(); TokenStream ts = a.tokenStream("text", "中试平台")) {
                ts.reset();
                while (ts.incrementToken()) {
                    // the dictionaries load on the first sentence
                }
                ts.end();
            } catch (java.io.IOException | RuntimeException e) {
                // the query's own analysis will report it
            }
        }, "policylens-preload");
        t.setDaemon(true);
        t.start();
    }

    void clearCache() {
        if (cache != null) {
            cache.clear();
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new SentenceTokenizer();
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Lucene's WordSegmenter.segmentSentence, offsets kept relative to the sentence. */
    private static List<Word> segment(FastHHMMSegmenter segmenter, SegTokenFilter filter, String sentence) {
        List<SegToken> tokens = segmenter.process(sentence);
        if (tokens.size() <= 2) {
            return List.of(); // only the sentence begin and end markers
        }
        List<Word> words = new ArrayList<>(tokens.size() - 2);
        for (SegToken st : tokens.subList(1, tokens.size() - 1)) {
            switch (st.wordType) {
                case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_NUMBER, WordType.FULLWIDTH_STRING ->
                        st.charArray = sentence.substring(st.startOffset, st.endOffset).toCharArray();
                default -> {
                }
            }
            SegToken t = filter.filter(st);
            words.add(new Word(t.charArray, t.startOffset, t.endOffset));
        }
        return words;
    }

    /** HMMChineseTokenizer with the sentence cache. */
    private final class SentenceTokenizer extends SegmentingTokenizerBase {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final FastHHMMSegmenter segmenter = new FastHHMMSegmenter();
        private final SegTokenFilter filter = new SegTokenFilter();
        private List<Word> words;
        private int next;
        private int sentenceOffset;

        SentenceTokenizer() {
            super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            String sentence = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
            words = cache == null ? segment(segmenter, filter, sentence)
                    : cache.computeIfAbsent(sentence, k -> segment(segmenter, filter, k));
            next = 0;
            sentenceOffset = offset + sentenceStart;
        }

        @Override
        protected boolean incrementWord() {
            if (words == null || next >= words.size()) {
                return false;
            }
            Word w = words.get(next++);
            clearAttributes();
            termAtt.copyBuffer(w.chars(), 0, w.chars().length);
            offsetAtt.setOffset(correctOffset(w.start() + sentenceOffset), correctOffset(w.end() + sentenceOffset));
            typeAtt.setType("word");
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            words = null;
            next = 0;
        }
    }
}
