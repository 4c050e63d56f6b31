package policylens.serve;

import policylens.extract.PolicyRecord;
import policylens.extract.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in stand-in for the consistency check: each child target is paired with the parent target whose metric
 * shares the most character bigrams with its own (Dice coefficient; a different unit halves the score), one to
 * one, best pairs first. It reports no findings.
 */
public final class BasicCheckService implements CheckService {
    public static final String ENGINE = "basic alignment only";
    /** Pairs below this score are not aligned. */
    static final double MIN_SCORE = 0.4;

    private final Function<String, Titled> records;

    /** A document's record and title, as the library holds them. */
    public record Titled(PolicyRecord record, String title) {
    }

    /** @param records docId → record, throwing {@link ApiError} 404 for an unknown id */
    public BasicCheckService(Function<String, Titled> records) {
        this.records = records;
    }

    @Override
    public Report compare(String childDocId, String parentDocId) {
        CheckService.requirePair(childDocId, parentDocId);
        Titled child = records.apply(childDocId);
        Titled parent = records.apply(parentDocId);
        List<TargetRef> c = refs(child.record());
        List<TargetRef> p = refs(parent.record());

        record Pair(int ci, int pi, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                double s = score(c.get(i), p.get(j));
                if (s >= MIN_SCORE) {
                    pairs.add(new Pair(i, j, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::ci).thenComparingInt(Pair::pi));
        Set<Integer> usedC = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<Alignment> aligned = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedC.contains(pair.ci()) || usedP.contains(pair.pi())) {
                continue;
            }
            usedC.add(pair.ci());
            usedP.add(pair.pi());
            aligned.add(new Alignment(c.get(pair.ci()), p.get(pair.pi()), Math.round(pair.score() * 1000) / 1000.0));
        }
        List<TargetRef> childOnly = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (!usedC.contains(i)) {
                childOnly.add(c.get(i));
            }
        }
        List<TargetRef> parentOnly = new ArrayList<>();
        for (int j = 0; j < p.size(); j++) {
            if (!usedP.contains(j)) {
                parentOnly.add(p.get(j));
            }
        }
        return new Report(childDocId, child.title(), parentDocId, parent.title(), ENGINE, true, aligned, childOnly,
                parentOnly, List.of());
    }

    /** The document's targets; one stated twice in the same words (a news summary before the plan) counts once. */
    private static List<TargetRef> refs(PolicyRecord r) {
        List<TargetRef> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Target t : r.targets()) {
            List<Object> key = java.util.Arrays.asList(t.evidence(), t.metric(), t.value(), t.valueMax(), t.unit(),
                    t.comparator(), t.deadline());
            if (seen.add(key)) {
                out.add(new TargetRef(r.docId(), t.taskId(), t.metric(), t.value(), t.valueMax(), t.unit(),
                        t.comparator(), t.deadline(), t.evidence()));
            }
        }
        return out;
    }

    static double score(TargetRef a, TargetRef b) {
        double s = dice(bigrams(a.metric()), bigrams(b.metric()));
        if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
            s *= 0.5;
        }
        return s;
    }

    /** Character bigrams of a metric, white space removed; a one-character metric is its own bigram. */
    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String t = s.replaceAll("\\s+", "");
        if (t.length() == 1) {
            out.add(t);
        }
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
