package policylens.check;

import policylens.extract.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every rule of {@link CheckRules#ALL} on one child–parent pair, after the work they share: targets aligned and
 * judged ({@link TargetAligner}, {@link FindingRules}), parent tasks matched with child tasks ({@link Coverage}).
 * Stateless and thread-safe.
 */
public final class Checker {
    private final TargetAligner aligner = new TargetAligner();
    private final FindingRules rules = new FindingRules();
    private final Coverage coverage = new Coverage();
    private final List<CheckRule> checks;

    public Checker() {
        this(CheckRules.ALL);
    }

    /** A checker running only the given rules (tests; {@link CheckRules#ALL} otherwise). */
    public Checker(List<CheckRule> checks) {
        this.checks = List.copyOf(checks);
    }

    public CheckReport check(CheckDoc child, CheckDoc parent, Link link) {
        CheckPair pair = pair(child, parent, link);
        List<Alignment> judged = new ArrayList<>();
        Map<Target, Boolean> aligned = new IdentityHashMap<>();
        Set<String> rows = new HashSet<>();
        for (CheckPair.Judged j : pair.judged()) {
            Alignment a = j.alignment();
            aligned.put(a.parent(), true);
            // the same two clauses restated (web summary and body, body and annex) make one row
            if (rows.add(Terms.norm(a.parent().evidence()) + "|" + a.parent().value() + "|"
                    + Terms.norm(a.child().evidence()) + "|" + a.child().value())) {
                judged.add(a.withVerdict(j.judgement().verdict()));
            }
        }
        List<Target> unmatched = new ArrayList<>();
        for (Target t : parent.record().targets()) {
            if (!aligned.containsKey(t)) {
                unmatched.add(t);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (CheckRule rule : checks) {
            findings.addAll(rule.findings(pair));
        }
        return new CheckReport(link, CheckReport.DocInfo.of(child), CheckReport.DocInfo.of(parent), judged, unmatched,
                pair.coverage(), merge(findings));
    }

    /** The shared work: every aligned target pair judged, every parent task matched. */
    CheckPair pair(CheckDoc child, CheckDoc parent, Link link) {
        List<CheckPair.Judged> judged = new ArrayList<>();
        for (Alignment a : aligner.align(parent, child)) {
            judged.add(new CheckPair.Judged(a, rules.judge(a, parent, child)));
        }
        return new CheckPair(child, parent, link, judged, coverage.match(parent, child));
    }

    /**
     * One finding per kind and pair of quoted texts: a measure restated in an annex (same words, another task id)
     * joins the finding as a second quote; most severe first, in document order within a severity.
     */
    static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.kind() + "|" + texts(f.childEvidence()) + "|" + texts(f.parentEvidence());
            String loose = f.kind() + "|" + firstText(f.childEvidence()) + "|" + firstText(f.parentEvidence());
            Finding seen = byKey.get(key) != null ? byKey.get(key) : byKey.get(loose);
            if (seen == null) {
                byKey.put(key, f);
                byKey.putIfAbsent(loose, f);
                continue;
            }
            Finding merged = new Finding(seen.kind(), seen.severity(), seen.message(),
                    union(seen.childEvidence(), f.childEvidence()), union(seen.parentEvidence(), f.parentEvidence()));
            byKey.replaceAll((k, v) -> v == seen ? merged : v);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : byKey.values()) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(f -> f.severity().rank()));
        return out;
    }

    private static List<Quote> union(List<Quote> a, List<Quote> b) {
        List<Quote> out = new ArrayList<>(a);
        for (Quote q : b) {
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        return out;
    }

    private static String texts(List<Quote> qs) {
        StringBuilder sb = new StringBuilder();
        qs.forEach(q -> sb.append(Terms.norm(q.text())).append('#'));
        return sb.toString();
    }

    private static String firstText(List<Quote> qs) {
        return qs.isEmpty() ? "" : Terms.norm(qs.get(0).text());
    }
}
