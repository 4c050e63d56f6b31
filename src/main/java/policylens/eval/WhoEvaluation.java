package policylens.eval;

import policylens.extract.UnitCanonicalizer;
import policylens.index.WhoAnswerer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores {@link WhoAnswerer} against hand-made questions: a TSV of question, expected canonical units separated by
 * {@code |}; blank lines and lines starting with {@code #} are skipped. A unit counts as found when its name or
 * an alias of it equals an expected name or one of its aliases.
 * <ul>
 *   <li>precision@1: share of questions whose first answer is expected</li>
 *   <li>recall@3: per question, the share of expected units among the first three answers; averaged</li>
 *   <li>MRR: mean of 1/rank of the first expected answer (0 when none)</li>
 * </ul>
 */
public final class WhoEvaluation {

    public record Question(String question, List<String> expected) {
        public Question {
            expected = List.copyOf(expected);
        }
    }

    public record Item(String question, List<String> expected, List<String> top3, int firstRank) {
        public Item {
            expected = List.copyOf(expected);
            top3 = List.copyOf(top3);
        }
    }

    public record Report(int questions, double precisionAt1, double recallAt3, double mrr, List<Item> items) {
        public Report {
            items = List.copyOf(items);
        }
    }

    private WhoEvaluation() {
    }

    public static List<Question> read(Path tsv) {
        List<Question> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv + ": " + e.getMessage(), e);
        }
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new IllegalArgumentException(tsv + ":" + n + ": expected QUESTION<TAB>UNIT|UNIT…");
            }
            List<String> expected = new ArrayList<>();
            for (String u : cols[1].split("\\|")) {
                if (!u.isBlank()) {
                    expected.add(u.strip());
                }
            }
            out.add(new Question(cols[0].strip(), expected));
        }
        return out;
    }

    public static Report evaluate(List<Question> questions, WhoAnswerer answerer) {
        List<Item> items = new ArrayList<>();
        double p1 = 0;
        double r3 = 0;
        double mrr = 0;
        for (Question q : questions) {
            List<String> answers = answerer.who(q.question()).answers().stream().map(WhoAnswerer.Answer::unit).toList();
            int first = 0;
            for (int i = 0; i < answers.size(); i++) {
                if (matchesAny(answers.get(i), q.expected())) {
                    first = i + 1;
                    break;
                }
            }
            List<String> top3 = answers.subList(0, Math.min(3, answers.size()));
            int found = 0;
            for (String e : q.expected()) {
                if (top3.stream().anyMatch(a -> same(a, e))) {
                    found++;
                }
            }
            p1 += first == 1 ? 1 : 0;
            r3 += (double) found / q.expected().size();
            mrr += first == 0 ? 0 : 1.0 / first;
            items.add(new Item(q.question(), q.expected(), top3, first));
        }
        int n = Math.max(1, questions.size());
        return new Report(questions.size(), p1 / n, r3 / n, mrr / n, items);
    }

    private static boolean matchesAny(String answer, List<String> expected) {
        return expected.stream().anyMatch(e -> same(answer, e));
    }

    static boolean same(String a, String b) {
        String x = a.replaceAll("\\s+", "");
        String y = b.replaceAll("\\s+", "");
        if (x.equals(y)) {
            return true;
        }
        Set<String> ka = UnitCanonicalizer.aliasKeys(x);
        for (String k : UnitCanonicalizer.aliasKeys(y)) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
