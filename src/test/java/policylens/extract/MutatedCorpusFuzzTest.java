package policylens.extract;

import org.junit.jupiter.api.Test;
import policylens.ingest.RawDocument;
import policylens.text.Page;
import policylens.text.StructureParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A fuzz harness without a fuzzing library: windows of real corpus lines, mutated at random (characters deleted,
 * inserted and duplicated, brackets swapped, digits and 年/月/、/：/（） thrown in, lines truncated, joined and split,
 * table pipes and tabs added), go through the whole extraction (cleaning, structure, every extractor) and through
 * {@link StructureParser} on the raw lines. Neither may throw, and no input may take long.
 * <p>
 * Seeded, so a failure repeats; the failing input is written to target/fuzz-failure.txt. By default 3,000 documents
 * or 20 seconds, whichever comes first; {@code -Dfuzz.seconds=600} runs longer (no document cap), {@code
 * -Dfuzz.seed=N} elsewhere. A crash found here is fixed and its input kept as a regression test in the extractor's
 * own test.
 */
class MutatedCorpusFuzzTest {
    private static final String[] INSERTS = {"0", "1", "2", "9", "2024", "年", "月", "日", "、", "：", ":", "（", "）",
        "(", ")", "〔", "〕", "【", "】", "《", "》", "“", "”", "%", "万", "亿", "个", "家", "第", "条", "一", "十", "是",
        "，", "。", "；", "——", "-", "~", "至", "\t", "|", " ", "责任单位：", "牵头单位", "附件", "到", "达到", "以上",
        "不低于", "每年", "\u3000", "\ufeff", "①", "Ⅱ", "ａ", "１"};
    private static final String BRACKETS = "()（）[]【】〔〕《》“”";
    private static final int MAX_DOCUMENTS = 3_000;
    /** Per input: real documents take milliseconds; this only catches a runaway (quadratic, backtracking) step. */
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    @Test
    void mutatedCorpusTextNeverFailsOrStallsTheExtractors() throws Exception {
        long seconds = Long.getLong("fuzz.seconds", 20);
        long seed = Long.getLong("fuzz.seed", 20261201L);
        int maxDocuments = System.getProperty("fuzz.seconds") != null ? Integer.MAX_VALUE : MAX_DOCUMENTS;
        List<String> pool = corpusLines();
        DocumentExtractor extractor = new DocumentExtractor();
        StructureParser parser = new StructureParser();
        Random random = new Random(seed);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int documents = assertTimeoutPreemptively(Duration.ofSeconds(seconds).plus(PER_INPUT.multipliedBy(4)), () -> {
            int d = 0;
            for (; d < maxDocuments && System.nanoTime() < end; d++) {
                List<String> lines = mutate(random, window(random, pool));
                long start = System.nanoTime();
                try {
                    extractor.extract(new RawDocument("fuzz.txt", "fuzz", "text/plain", "UTF-8", lines, "0"));
                    parser.parse(Page.of(lines));
                } catch (RuntimeException | StackOverflowError e) {
                    report(seed, d, lines, e.toString());
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (took.compareTo(PER_INPUT) > 0) {
                    report(seed, d, lines, "took " + took.toMillis() + " ms");
                }
            }
            return d;
        });
        assertTrue(documents >= Math.min(maxDocuments, 100), "only " + documents + " documents in " + seconds + " s");
        System.out.printf("fuzz: %d mutated documents, seed %d%n", documents, seed);
    }

    private static void report(long seed, int document, List<String> lines, String what) throws IOException {
        Path out = Path.of("target", "fuzz-failure.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        fail("seed " + seed + ", document " + document + ": " + what + " (input in " + out + ")");
    }

    private static List<String> corpusLines() throws IOException {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md)")).sorted().toList()) {
                pool.addAll(Files.readAllLines(f));
            }
        }
        return pool;
    }

    /** 1 to 60 consecutive corpus lines, now and then with a line from elsewhere. */
    private static List<String> window(Random r, List<String> pool) {
        int length = 1 + r.nextInt(60);
        int from = r.nextInt(pool.size() - length);
        List<String> lines = new ArrayList<>(pool.subList(from, from + length));
        for (int k = r.nextInt(3); k > 0; k--) {
            lines.add(r.nextInt(lines.size() + 1), pool.get(r.nextInt(pool.size())));
        }
        return lines;
    }

    private static List<String> mutate(Random r, List<String> lines) {
        for (int k = 1 + r.nextInt(12); k > 0 && !lines.isEmpty(); k--) {
            int i = r.nextInt(lines.size());
            String s = lines.get(i);
            int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(11)) {
                case 0 -> lines.set(i, s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(8))));
                case 1 -> lines.set(i, s.substring(0, at) + INSERTS[r.nextInt(INSERTS.length)] + s.substring(at));
                case 2 -> { // duplicate a stretch
                    int to = Math.min(s.length(), at + 1 + r.nextInt(20));
                    lines.set(i, s.substring(0, to) + s.substring(at, to) + s.substring(to));
                }
                case 3 -> lines.set(i, swapBrackets(r, s));
                case 4 -> lines.set(i, s.substring(0, at)); // truncate
                case 5 -> { // join with the next lines (now and then many: a page without line breaks)
                    StringBuilder joined = new StringBuilder(s);
                    for (int n = r.nextInt(8) == 0 ? r.nextInt(40) : 1; n > 0 && i + 1 < lines.size(); n--) {
                        joined.append(r.nextBoolean() ? "" : INSERTS[r.nextInt(INSERTS.length)]).append(lines.remove(i + 1));
                    }
                    lines.set(i, joined.toString());
                }
                case 6 -> { // split
                    lines.set(i, s.substring(0, at));
                    lines.add(i + 1, s.substring(at));
                }
                case 7 -> lines.add(i, tableRow(r, s));
                case 8 -> lines.add(i, s); // a line twice
                case 9 -> lines.set(i, s.substring(0, at) + randomChars(r) + s.substring(at));
                default -> lines.remove(i);
            }
        }
        return lines;
    }

    private static String swapBrackets(Random r, String s) {
        char[] c = s.toCharArray();
        for (int j = 0; j < c.length; j++) {
            int b = BRACKETS.indexOf(c[j]);
            if (b >= 0 && r.nextInt(3) == 0) {
                c[j] = BRACKETS.charAt(r.nextInt(BRACKETS.length()));
            }
        }
        return new String(c);
    }

    private static String tableRow(Random r, String s) {
        StringBuilder row = new StringBuilder("|");
        for (int c = 1 + r.nextInt(5); c > 0; c--) {
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            row.append(' ').append(s, from, Math.min(s.length(), from + r.nextInt(15))).append(" |");
        }
        return r.nextBoolean() ? row.toString() : row.toString().replace(" |", "\t").replace("|", "");
    }

    private static String randomChars(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int c = r.nextInt(4) == 0 ? r.nextInt(0x80) : 0x3000 + r.nextInt(0x7000);
            if (!Character.isSurrogate((char) c)) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }
}
