package policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Query-side analysis of a longest-match index, from the index's own words. */
class VocabularyAnalyzerTest {
    @TempDir
    static Path shared;
    static Path index;

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = shared.resolve("index");
        new PolicyIndex(index, TextAnalysis.HANLP_DICT).index(PolicyIndexTest.corpus());
    }

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyIndexedTextIsSegmentedAsIndexingSegmentedIt() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir);
             Analyzer dictionary = TextAnalysis.HANLP_DICT.analyzer();
             Analyzer vocabulary = new VocabularyAnalyzer(reader, Fields.TEXT)) {
            int texts = 0;
            int differ = 0;
            List<String> examples = new ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = reader.storedFields().document(i);
                String text = d.get(Fields.TEXT);
                if (text == null) {
                    continue;
                }
                texts++;
                List<String> expected = tokens(dictionary, text);
                List<String> actual = tokens(vocabulary, text);
                if (!expected.equals(actual)) {
                    differ++;
                    if (examples.size() < 3) {
                        examples.add(text + "\n  dictionary: " + expected + "\n  vocabulary: " + actual);
                    }
                }
            }
            assertTrue(texts > 400, "texts: " + texts);
            assertEquals(0, differ, differ + " of " + texts + " texts differ, e.g.\n" + String.join("\n", examples));
        }
    }

    @Test
    void questionIsCutIntoIndexedWords() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir);
             Analyzer vocabulary = new VocabularyAnalyzer(reader, Fields.TEXT)) {
            assertEquals(List.of("谁@0-1", "负责@1-3", "中试@3-5", "平台@5-7", "建设@7-9"),
                    tokens(vocabulary, "谁负责中试平台建设?"));
            // ASCII runs are one lower-cased word, as the index has them
            assertEquals(List.of("到@0-1", "2028@1-5", "年@5-6"), tokens(vocabulary, "到2028年"));
        }
    }
}
