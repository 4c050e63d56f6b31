package policylens.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import policylens.check.Alignment;
import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.CheckRun;
import policylens.check.Finding;
import policylens.check.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores checks against {@link CheckGold}: findings (expected ones found, any other finding false unless the gold
 * allows it), target alignments (precision over predicted pairs, recall over the gold's pairs; allowed pairs count
 * neither way) and links among the documents.
 */
public final class CheckEval {
    private CheckEval() {
    }

    /** The score of one pair, with what was missed and what was flagged falsely. */
    @JsonPropertyOrder({"child", "parent", "linked", "findings", "alignments", "allowedFindings", "falseFindings",
            "missed", "violatedMustNot", "falseAlignments", "missedAlignments"})
    public record PairScore(String child, String parent, boolean linked, Prf findings, Prf alignments,
                            List<String> allowedFindings, List<String> falseFindings, List<String> missed,
                            List<String> violatedMustNot, List<String> falseAlignments, List<String> missedAlignments) {
    }

    @JsonPropertyOrder({"pairs", "findings", "alignments", "links", "maxFalseFindingsPerPair", "falseLinks", "missedLinks"})
    public record Result(List<PairScore> pairs, Prf findings, Prf alignments, Prf links, int maxFalseFindingsPerPair,
                         List<String> falseLinks, List<String> missedLinks) {
    }

    /**
     * @param gold the hand-made expectations
     * @param all  the documents with the links and reports {@link CheckRun#all} made of them
     * @param run  checks a gold pair that is not linked
     */
    public static Result score(CheckGold gold, CheckRun.All all, CheckRun run) {
        Map<String, CheckDoc> docs = new HashMap<>();
        all.docs().forEach(d -> docs.put(d.docId(), d));
        List<Link> links = all.links();
        List<PairScore> pairs = new ArrayList<>();
        Prf findings = Prf.ZERO;
        Prf alignments = Prf.ZERO;
        int maxFalse = 0;
        for (CheckGold.Pair g : gold.pairs()) {
            CheckDoc child = docs.get(g.child());
            CheckDoc parent = docs.get(g.parent());
            if (child == null || parent == null) {
                throw new IllegalArgumentException(g.file() + ": document " + (child == null ? g.child() : g.parent())
                        + " not found among the documents");
            }
            int i = indexOf(links, g.child(), g.parent());
            CheckReport r = i >= 0 ? all.reports().get(i) : run.check(child, parent, null);
            PairScore s = scorePair(g, r, i >= 0);
            pairs.add(s);
            findings = findings.plus(s.findings());
            alignments = alignments.plus(s.alignments());
            maxFalse = Math.max(maxFalse, s.findings().fp());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> falseLinks = new ArrayList<>();
        List<String> missedLinks = new ArrayList<>();
        for (Link l : links) {
            boolean yes = gold.links().stream().anyMatch(r -> r.expected() && r.child().equals(l.child())
                    && r.parent().equals(l.parent()));
            if (yes) {
                tp++;
            } else {
                fp++;
                falseLinks.add(l.child() + " → " + l.parent());
            }
        }
        for (CheckGold.LinkRow r : gold.links()) {
            if (r.expected() && links.stream().noneMatch(l -> l.child().equals(r.child()) && l.parent().equals(r.parent()))) {
                fn++;
                missedLinks.add(r.child() + " → " + r.parent());
            }
        }
        return new Result(pairs, findings, alignments, new Prf(tp, fp, fn), maxFalse, falseLinks, missedLinks);
    }

    private static int indexOf(List<Link> links, String child, String parent) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).child().equals(child) && links.get(i).parent().equals(parent)) {
                return i;
            }
        }
        return -1;
    }

    static PairScore scorePair(CheckGold.Pair g, CheckReport r, boolean linked) {
        boolean[] found = new boolean[g.expected().size()];
        List<String> falseFindings = new ArrayList<>();
        List<String> allowedFindings = new ArrayList<>();
        List<String> violated = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        for (Finding f : r.findings()) {
            int hit = -1;
            for (int i = 0; i < found.length; i++) {
                if (!found[i] && g.expected().get(i).matches(f)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                found[hit] = true;
                tp++;
            } else if (g.allowed().stream().anyMatch(e -> e.matches(f))) {
                allowedFindings.add(f.kind() + ": " + f.message());
            } else {
                fp++;
                falseFindings.add(f.kind() + ": " + f.message());
                g.mustNot().stream().filter(e -> e.matches(f)).forEach(e -> violated.add(e.kind() + ": " + e.why()));
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            if (!found[i]) {
                CheckGold.Entry e = g.expected().get(i);
                missed.add(e.kind() + ": " + e.why());
            }
        }
        int atp = 0;
        int afp = 0;
        List<String> falseAlignments = new ArrayList<>();
        for (Alignment a : r.alignments()) {
            if (g.alignments().stream().anyMatch(e -> e.matches(a))) {
                atp++;
            } else if (g.alignmentsAllowed().stream().noneMatch(e -> e.matches(a))) {
                afp++;
                falseAlignments.add(a.parent().evidence() + " ⇄ " + a.child().evidence());
            }
        }
        int afn = 0;
        List<String> missedAlignments = new ArrayList<>();
        for (CheckGold.AlignmentEntry e : g.alignments()) {
            if (r.alignments().stream().noneMatch(e::matches)) {
                afn++;
                missedAlignments.add(e.parent() + " ⇄ " + e.child());
            }
        }
        return new PairScore(g.child(), g.parent(), linked, new Prf(tp, fp, missed.size()),
                new Prf(atp, afp, afn), allowedFindings, falseFindings, missed, violated, falseAlignments, missedAlignments);
    }

    /** A plain-text table for people. */
    public static String table(Result r, boolean explain) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-70s %-7s %-18s %-8s %-20s%n", "pair (child ← parent)", "linked",
                "findings tp/fp/fn", "allowed", "alignments tp/fp/fn"));
        for (PairScore p : r.pairs()) {
            sb.append(String.format(Locale.ROOT, "%-70s %-7s %-18s %-8d %-20s%n", p.child() + " ← " + p.parent(),
                    p.linked() ? "yes" : "NO", counts(p.findings()), p.allowedFindings().size(), counts(p.alignments())));
            if (explain) {
                p.allowedFindings().forEach(m -> sb.append("    allowed (borderline) finding: ").append(m).append('\n'));
                p.missed().forEach(m -> sb.append("    missed finding: ").append(m).append('\n'));
                p.falseFindings().forEach(m -> sb.append("    false finding: ").append(m).append('\n'));
                p.violatedMustNot().forEach(m -> sb.append("    violates must-not: ").append(m).append('\n'));
                p.missedAlignments().forEach(m -> sb.append("    missed alignment: ").append(m).append('\n'));
                p.falseAlignments().forEach(m -> sb.append("    false alignment: ").append(m).append('\n'));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nfindings:   P %.3f  R %.3f  F1 %.3f  (most false findings in one pair: %d)%n",
                r.findings().precision(), r.findings().recall(), r.findings().f1(), r.maxFalseFindingsPerPair()));
        sb.append(String.format(Locale.ROOT, "alignments: P %.3f  R %.3f  F1 %.3f%n",
                r.alignments().precision(), r.alignments().recall(), r.alignments().f1()));
        sb.append(String.format(Locale.ROOT, "links:      P %.3f  R %.3f  F1 %.3f%n",
                r.links().precision(), r.links().recall(), r.links().f1()));
        if (explain) {
            r.falseLinks().forEach(l -> sb.append("    false link: ").append(l).append('\n'));
            r.missedLinks().forEach(l -> sb.append("    missed link: ").append(l).append('\n'));
        }
        return sb.toString();
    }

    private static String counts(Prf p) {
        return p.tp() + "/" + p.fp() + "/" + p.fn();
    }
}
