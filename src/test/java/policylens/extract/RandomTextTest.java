package policylens.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * Extraction never fails on text it has not seen: documents recombined at random from fragments of the corpus with
 * the marks the rules look for (tabs, brackets, labels, years, table pipes) thrown in, as plain text and as Markdown.
 * Seeded, so a failure repeats. (A run of this kind found a line of separators alone crashing the table reader.)
 */
class RandomTextTest {
    private static final String[] MARKS = {"\t", "(", "（", "）", ")", "、", "：", "责任单位：", "牵头单位", "配合单位",
        "附件1", "序号", "2024年", "30%", "—", "每年", "第二年", "至", "分别", "=", "等", "的", "1.", "(一)", "单位", "职责分工"};
    private static final String[] MARKDOWN = {"---", "# ", "| a | b |", "| --- | --- |", "|", "**", "_", "- ", "> ",
        "[x](y)", "<br>", "\\|", "####", "文号: 川发改〔2026〕47号"};

    @TempDir
    Path dir;

    private static List<String> pool() throws Exception {
        List<String> pool = new ArrayList<>();
        for (String f : List.of("corpus/xinyu-cluster-upgrade-2026-2028.txt", "corpus/shanghai-hongkou-waste-sorting-2018.md",
                "corpus/jiangsu-suzhou-equipment-renewal-trade-in-plan-2024.md")) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (!line.isBlank()) {
                    pool.add(line);
                }
            }
        }
        return pool;
    }

    private static String line(Random r, List<String> pool, String[] marks) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + r.nextInt(4);
        for (int k = 0; k < parts; k++) {
            if (r.nextInt(3) == 0) {
                sb.append(marks[r.nextInt(marks.length)]);
            } else {
                String p = pool.get(r.nextInt(pool.size()));
                int s = r.nextInt(p.length());
                sb.append(p, s, Math.min(p.length(), s + 1 + r.nextInt(60)));
            }
        }
        return sb.toString();
    }

    @Test
    void recombinedTextNeverFailsTheExtractors() throws Exception {
        List<String> pool = pool();
        Random r = new Random(42);
        DocumentExtractor extractor = new DocumentExtractor();
        for (int d = 0; d < 400; d++) {
            List<String> lines = new ArrayList<>();
            for (int i = 1 + r.nextInt(30); i > 0; i--) {
                lines.add(line(r, pool, MARKS));
            }
            RawDocument raw = new RawDocument("r.txt", "r", "text/plain", "UTF-8", lines, "0");
            assertDoesNotThrow(() -> extractor.extract(raw), () -> String.join("\n", lines));
        }
    }

    @Test
    void recombinedMarkdownIsReadOrRefusedWithAReason() throws Exception {
        List<String> pool = pool();
        Random r = new Random(7);
        Ingestor ingestor = new Ingestor();
        DocumentExtractor extractor = new DocumentExtractor();
        for (int d = 0; d < 80; d++) {
            StringBuilder doc = new StringBuilder();
            for (int i = 1 + r.nextInt(30); i > 0; i--) {
                doc.append(line(r, pool, MARKDOWN)).append(r.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            Path file = dir.resolve("d" + d + ".md");
            Files.writeString(file, doc.toString());
            assertDoesNotThrow(() -> {
                try {
                    extractor.extract(ingestor.read(file));
                } catch (IngestException e) {
                    // a one-line refusal (no text, say) is an answer too
                }
            }, doc::toString);
        }
    }
}
