package policylens.check;

import policylens.extract.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every check on one child–parent pair. Stateless and thread-safe. */
public final class Checker {
    private final TargetAligner aligner = new TargetAligner();
    private final FindingRules rules = new FindingRules();
    private final Coverage coverage = new Coverage();
    private final Consistency consistency = new Consistency();

    public CheckReport check(CheckDoc child, CheckDoc parent, Link link) {
        List<Alignment> judged = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<Target, Boolean> aligned = new IdentityHashMap<>();
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (Alignment a : aligner.align(parent, child)) {
            FindingRules.Judgement j = rules.judge(a, parent, child);
            aligned.put(a.parent(), true);
            // the same two clauses restated (web summary and body, body and annex) make one row
            if (rows.add(Terms.norm(a.parent().evidence()) + "|" + a.parent().value() + "|"
                    + Terms.norm(a.child().evidence()) + "|" + a.child().value())) {
                judged.add(a.withVerdict(j.verdict()));
            }
            if (j.finding() != null) {
                findings.add(j.finding());
            }
        }
        List<Target> unmatched = new ArrayList<>();
        for (Target t : parent.record().targets()) {
            if (!aligned.containsKey(t)) {
                unmatched.add(t);
            }
        }
        findings.addAll(rules.laterCommitments(parent, child));
        List<Coverage.Match> matches = coverage.match(parent, child);
        findings.addAll(coverage.missing(matches, parent, child));
        findings.addAll(coverage.withoutUnits(child));
        findings.addAll(consistency.check(child));
        return new CheckReport(link, CheckReport.DocInfo.of(child), CheckReport.DocInfo.of(parent), judged, unmatched,
                matches, merge(findings));
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
        out.sort(Comparator.comparingInt(f -> rank(f.severity())));
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

    private static int rank(String severity) {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
