package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FastChineseAnalyzer must give exactly SmartChineseAnalyzer's tokens, with and without its sentence cache. */
class FastChineseAnalyzerTest {

    private static List<String> describe(Analyzer analyzer, String text) {
        TokenList tokens = TokenList.analyze(analyzer, Fields.TEXT, text);
        List<String> out = new ArrayList<>();
        try (var ts = tokens.stream()) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            out.add("end/" + inc.getPositionIncrement() + "/" + off.endOffset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void sameTokensAsSmartChineseAnalyzerOnTheCorpus() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("corpus", "heldout")) {
            try (Stream<Path> files = Files.list(Paths.get(dir))) {
                for (Path f : files.sorted().toList()) {
                    String all = Files.readString(f, StandardCharsets.UTF_8);
                    texts.addAll(all.lines().filter(l -> !l.isBlank()).toList());
                    texts.add(all); // long inputs cross the tokenizer's buffer
                }
            }
        }
        texts.addAll(List.of("", " ", "省工业和信息化厅、省商务厅", "Mini/Micro LED 打造 VR 产业", "１２３ＡＢＣ全角", "𠮷野家 2026年"));
        assertTrue(texts.size() > 500);
        try (Analyzer smart = new SmartChineseAnalyzer(); FastChineseAnalyzer cached = FastChineseAnalyzer.caching();
             Analyzer fast = FastChineseAnalyzer.shared()) {
            for (int round = 0; round < 2; round++) { // the second round answers from the sentence cache
                for (String t : texts) {
                    assertEquals(describe(smart, t), describe(cached, t), t);
                    assertEquals(describe(smart, t), describe(fast, t), t);
                }
            }
            cached.clearCache();
            assertEquals(describe(smart, texts.get(3)), describe(cached, texts.get(3)));
        }
    }
}
