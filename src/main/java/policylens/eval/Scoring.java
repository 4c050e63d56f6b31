package policylens.eval;

import policylens.eval.EvalReport.DocumentReport;
import policylens.eval.EvalReport.Finding;
import policylens.eval.EvalReport.Kind;
import policylens.eval.EvalReport.MetaScores;
import policylens.eval.EvalReport.Scores;
import policylens.eval.EvalReport.TargetScores;
import policylens.extract.Deadline;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.text.Norm;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scoring rules of {@code docs/records.md}, "How eval scores". All strings are compared after
 * {@link Norm#norm NFKC + whitespace removal}. Stateless; every method is a pure function of its inputs.
 */
public final class Scoring {
    /** Relative tolerance for target values. */
    public static final double VALUE_TOLERANCE = 1e-9;
    /** Targets: evidence must share a substring of min(8, shorter length). */
    public static final int TARGET_EVIDENCE_MIN = 8;
    /** Responsibilities: evidence must share a substring of min(10, shorter length). */
    public static final int RESPONSIBILITY_EVIDENCE_MIN = 10;
    /** Metric is right when the character-bigram Dice coefficient reaches this. */
    public static final double METRIC_DICE_MIN = 0.5;

    private Scoring() {
    }

    // ------------------------------------------------------------------ corpus / document

    /**
     * Scores every gold document against the prediction with the same docId (a gold document without a
     * prediction is scored against an empty record; predictions without gold are listed, not scored).
     * Documents are reported in docId order; {@code micro} sums counts over them.
     *
     * @throws IllegalArgumentException on a null or duplicate docId
     */
    public static EvalReport scoreCorpus(Collection<PolicyRecord> gold, Collection<PolicyRecord> predicted) {
        Map<String, PolicyRecord> goldById = byDocId(gold, "gold");
        Map<String, PolicyRecord> predById = byDocId(predicted, "prediction");
        List<DocumentReport> docs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Scores micro = Scores.ZERO;
        for (Map.Entry<String, PolicyRecord> e : goldById.entrySet()) {
            PolicyRecord p = predById.get(e.getKey());
            if (p == null) {
                missing.add(e.getKey());
            }
            DocumentReport d = scoreDocument(e.getValue(), p);
            docs.add(d);
            micro = micro.plus(d.scores());
        }
        List<String> extra = predById.keySet().stream().filter(id -> !goldById.containsKey(id)).toList();
        return new EvalReport(docs, micro, missing, extra);
    }

    private static Map<String, PolicyRecord> byDocId(Collection<PolicyRecord> records, String what) {
        Map<String, PolicyRecord> m = new TreeMap<>();
        for (PolicyRecord r : records) {
            if (r.docId() == null) {
                throw new IllegalArgumentException(what + " record without docId");
            }
            if (m.put(r.docId(), r) != null) {
                throw new IllegalArgumentException("duplicate " + what + " docId " + r.docId());
            }
        }
        return m;
    }

    /** Scores one document. {@code predicted} may be null (treated as a record with nothing in it). */
    public static DocumentReport scoreDocument(PolicyRecord gold, PolicyRecord predicted) {
        String docId = gold.docId();
        List<Finding> f = new ArrayList<>();
        List<Target> pt = predicted == null ? List.of() : nn(predicted.targets());
        List<Deadline> pd = predicted == null ? List.of() : nn(predicted.deadlines());
        List<Responsibility> pr = predicted == null ? List.of() : nn(predicted.responsibilities());
        Meta pm = predicted == null ? null : predicted.meta();
        TargetScores t = scoreTargets(docId, nn(gold.targets()), pt, f);
        Prf d = scoreDeadlines(docId, nn(gold.deadlines()), pd, f);
        Prf[] r = scoreResponsibilities(docId, nn(gold.responsibilities()), pr, f);
        MetaScores m = scoreMeta(docId, gold.meta(), pm, f);
        return new DocumentReport(docId, new Scores(t, d, r[0], r[1], m), f);
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }

    // ------------------------------------------------------------------ targets

    /** True when {@code p} matches gold target {@code g}: unit, value (valueMax when gold has one), evidence. */
    public static boolean targetMatches(Target g, Target p) {
        return targetFailures(g, Text.codePoints(g.evidence()), p, Text.codePoints(p.evidence())).isEmpty();
    }

    private static List<String> targetFailures(Target g, int[] ge, Target p, int[] pe) {
        List<String> fail = new ArrayList<>(2);
        if (!Text.same(g.unit(), p.unit())) {
            fail.add("unit");
        }
        if (!Text.close(g.value(), p.value(), VALUE_TOLERANCE)) {
            fail.add("value");
        }
        if (g.valueMax() != null
                && (p.valueMax() == null || !Text.close(g.valueMax(), p.valueMax(), VALUE_TOLERANCE))) {
            fail.add("valueMax");
        }
        if (!Text.sharesSubstring(ge, pe, TARGET_EVIDENCE_MIN)) {
            fail.add("evidence");
        }
        return fail;
    }

    /**
     * One-to-one greedy matching in document order: each gold target, in order, takes the first unmatched
     * prediction (in prediction order) that matches it.
     *
     * @return for each gold index, the matched prediction index or -1
     */
    public static int[] matchTargets(List<Target> gold, List<Target> pred) {
        int[][] pe = pred.stream().map(t -> Text.codePoints(t.evidence())).toArray(int[][]::new);
        int[] match = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            Target g = gold.get(i);
            int[] ge = Text.codePoints(g.evidence());
            match[i] = -1;
            for (int j = 0; j < pred.size(); j++) {
                if (!used[j] && targetFailures(g, ge, pred.get(j), pe[j]).isEmpty()) {
                    match[i] = j;
                    used[j] = true;
                    break;
                }
            }
        }
        return match;
    }

    /** Target scores of one document; findings (misses, false positives, wrong fields) go to {@code out}. */
    public static TargetScores scoreTargets(String docId, List<Target> gold, List<Target> pred, List<Finding> out) {
        int[] match = matchTargets(gold, pred);
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        int wholeTp = 0;
        int cmpOk = 0;
        int dlOk = 0;
        int dlTotal = 0;
        int metOk = 0;
        for (int i = 0; i < gold.size(); i++) {
            Target g = gold.get(i);
            if (match[i] < 0) {
                out.add(diagnoseMissedTarget(docId, g, pred, match, i));
                continue;
            }
            used[match[i]] = true;
            Target p = pred.get(match[i]);
            tp++;
            boolean cmp = Text.same(g.comparator(), p.comparator());
            boolean dl = Text.same(g.deadline(), p.deadline());
            boolean met = Text.bigramDice(g.metric(), p.metric()) >= METRIC_DICE_MIN;
            cmpOk += cmp ? 1 : 0;
            if (g.deadline() != null) {
                dlTotal++;
                dlOk += dl ? 1 : 0;
            }
            metOk += met ? 1 : 0;
            if (cmp && dl && met) {
                wholeTp++;
            }
            if (!cmp) {
                out.add(new Finding(docId, "targets", Kind.WRONG, "comparator", g.evidence(), g.comparator(),
                        p.comparator(), null));
            }
            if (!dl) {
                out.add(new Finding(docId, "targets", Kind.WRONG, "deadline", g.evidence(), g.deadline(),
                        p.deadline(), g.deadline() == null ? "gold deadline is null: counts for whole-target only"
                        : null));
            }
            if (!met) {
                out.add(new Finding(docId, "targets", Kind.WRONG, "metric", g.evidence(), g.metric(), p.metric(),
                        String.format(Locale.ROOT, "bigram Dice %.2f < %.2f", Text.bigramDice(g.metric(), p.metric()),
                                METRIC_DICE_MIN)));
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!used[j]) {
                out.add(diagnoseSpuriousTarget(docId, pred.get(j), gold, match));
            }
        }
        Prf m = new Prf(tp, pred.size() - tp, gold.size() - tp);
        Prf whole = new Prf(wholeTp, pred.size() - wholeTp, gold.size() - wholeTp);
        return new TargetScores(m, new Accuracy(cmpOk, tp), new Accuracy(dlOk, dlTotal), new Accuracy(metOk, tp),
                whole);
    }

    private static String describe(Target t) {
        String v = fmt(t.value()) + (t.valueMax() == null ? "" : "-" + fmt(t.valueMax()));
        return v + " " + t.unit();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Why a gold target found no partner: the nearest prediction's failing field. */
    private static Finding diagnoseMissedTarget(String docId, Target g, List<Target> pred, int[] match, int gi) {
        int[] ge = Text.codePoints(g.evidence());
        List<String> best = null;
        int bestJ = -1;
        for (int j = 0; j < pred.size(); j++) {
            List<String> fail = targetFailures(g, ge, pred.get(j), Text.codePoints(pred.get(j).evidence()));
            if (fail.isEmpty()) {
                int owner = indexOf(match, j);
                return new Finding(docId, "targets", Kind.MISSED, "duplicate", g.evidence(), describe(g),
                        describe(pred.get(j)), "every matching prediction was already taken, this one by gold target #"
                        + (owner + 1) + " (greedy, document order)");
            }
            if (best == null || rank(fail) < rank(best)) {
                best = fail;
                bestJ = j;
            }
        }
        if (best == null || best.contains("evidence")) {
            return new Finding(docId, "targets", Kind.MISSED, best == null ? "target" : "evidence", g.evidence(),
                    describe(g), bestJ < 0 ? null : describe(pred.get(bestJ)) + " | " + pred.get(bestJ).evidence(),
                    bestJ < 0 ? "no predicted targets" : "no prediction with matching value/unit shares ≥ min("
                            + TARGET_EVIDENCE_MIN + ", shorter) characters of evidence; nearest failed on " + best);
        }
        Target p = pred.get(bestJ);
        String field = best.get(0);
        return new Finding(docId, "targets", Kind.MISSED, field, g.evidence(), describe(g), describe(p),
                "a prediction with overlapping evidence failed on " + best);
    }

    /** Lower is nearer: evidence overlap matters most, then each other failing field. */
    private static int rank(List<String> fail) {
        return (fail.contains("evidence") ? 10 : 0) + fail.size();
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static Finding diagnoseSpuriousTarget(String docId, Target p, List<Target> gold, int[] match) {
        int[] pe = Text.codePoints(p.evidence());
        List<String> best = null;
        int bestI = -1;
        for (int i = 0; i < gold.size(); i++) {
            List<String> fail = targetFailures(gold.get(i), Text.codePoints(gold.get(i).evidence()), p, pe);
            if (fail.isEmpty()) {
                return new Finding(docId, "targets", Kind.FALSE_POSITIVE, "duplicate", p.evidence(),
                        describe(gold.get(i)), describe(p), "matches gold target #" + (i + 1)
                        + " which was already paired with an earlier prediction");
            }
            if (best == null || rank(fail) < rank(best)) {
                best = fail;
                bestI = i;
            }
        }
        if (best == null || best.contains("evidence")) {
            return new Finding(docId, "targets", Kind.FALSE_POSITIVE, "target", p.evidence(), null, describe(p),
                    "no gold target with overlapping evidence");
        }
        return new Finding(docId, "targets", Kind.FALSE_POSITIVE, best.get(0), p.evidence(),
                describe(gold.get(bestI)), describe(p), "gold target with overlapping evidence differs on " + best);
    }

    // ------------------------------------------------------------------ deadlines

    /** The normalized (expr, date, recurring) triple deadlines are scored on. */
    public record DeadlineKey(String expr, String date, String recurring) {
        public static DeadlineKey of(Deadline d) {
            return new DeadlineKey(Norm.norm(d.expr()), Norm.norm(d.date()), Norm.norm(d.recurring()));
        }

        @Override
        public String toString() {
            return "(" + expr + ", " + date + ", " + recurring + ")";
        }
    }

    /** Deadline P/R/F1 over the multiset of (expr, date, recurring) triples. */
    public static Prf scoreDeadlines(String docId, List<Deadline> gold, List<Deadline> pred, List<Finding> out) {
        Map<DeadlineKey, Integer> predLeft = new HashMap<>();
        pred.forEach(d -> predLeft.merge(DeadlineKey.of(d), 1, Integer::sum));
        Map<DeadlineKey, Integer> goldLeft = new HashMap<>();
        gold.forEach(d -> goldLeft.merge(DeadlineKey.of(d), 1, Integer::sum));
        List<DeadlineKey> missed = new ArrayList<>();
        int tp = 0;
        for (Deadline d : gold) {
            DeadlineKey k = DeadlineKey.of(d);
            if (take(predLeft, k)) {
                tp++;
            } else {
                missed.add(k);
            }
        }
        List<DeadlineKey> spurious = new ArrayList<>();
        for (Deadline d : pred) {
            DeadlineKey k = DeadlineKey.of(d);
            if (!take(goldLeft, k)) {
                spurious.add(k);
            }
        }
        for (DeadlineKey g : missed) {
            DeadlineKey near = spurious.stream().filter(s -> Objects.equals(s.expr(), g.expr())).findFirst()
                    .orElse(null);
            String field = near == null ? "expr" : !Objects.equals(near.date(), g.date()) ? "date" : "recurring";
            out.add(new Finding(docId, "deadlines", Kind.MISSED, field, g.expr(), g.toString(),
                    near == null ? null : near.toString(), near == null ? "no predicted deadline with this expr"
                    : "predicted with the same expr but another " + field));
        }
        for (DeadlineKey p : spurious) {
            DeadlineKey near = missed.stream().filter(s -> Objects.equals(s.expr(), p.expr())).findFirst()
                    .orElse(null);
            String field = near == null ? "expr" : !Objects.equals(near.date(), p.date()) ? "date" : "recurring";
            out.add(new Finding(docId, "deadlines", Kind.FALSE_POSITIVE, field, p.expr(),
                    near == null ? null : near.toString(), p.toString(),
                    near == null ? "no (further) gold deadline with this expr" : "gold has the same expr with another "
                            + field));
        }
        return new Prf(tp, pred.size() - tp, gold.size() - tp);
    }

    private static <K> boolean take(Map<K, Integer> counts, K k) {
        Integer c = counts.get(k);
        if (c == null || c == 0) {
            return false;
        }
        counts.put(k, c - 1);
        return true;
    }

    // ------------------------------------------------------------------ responsibilities

    /**
     * Pairs gold responsibilities, in document order, each with the still-unpaired prediction whose evidence
     * shares the longest common substring with it, among those sharing at least
     * min(10, length of the shorter evidence); ties go to the earlier prediction.
     *
     * @return for each gold index, the paired prediction index or -1
     */
    public static int[] pairResponsibilities(List<Responsibility> gold, List<Responsibility> pred) {
        int[][] pe = pred.stream().map(r -> Text.codePoints(r.evidence())).toArray(int[][]::new);
        boolean[] used = new boolean[pred.size()];
        int[] pair = new int[gold.size()];
        for (int i = 0; i < gold.size(); i++) {
            int[] ge = Text.codePoints(gold.get(i).evidence());
            int best = -1;
            int bestLen = -1;
            for (int j = 0; j < pred.size(); j++) {
                if (used[j]) {
                    continue;
                }
                int len = Text.longestCommonSubstring(ge, pe[j]);
                int need = Math.min(RESPONSIBILITY_EVIDENCE_MIN, Math.min(ge.length, pe[j].length));
                if (len >= need && len > bestLen) {
                    best = j;
                    bestLen = len;
                }
            }
            pair[i] = best;
            if (best >= 0) {
                used[best] = true;
            }
        }
        return pair;
    }

    /**
     * Responsibility scores over (record, unit) pairs: {@code [0]} for {@code units}, {@code [1]} for
     * {@code inheritedUnits}, both on the same pairing. A record's units are a set of normalized names.
     * Units of unpaired predictions are false positives, units of unpaired gold records false negatives.
     */
    public static Prf[] scoreResponsibilities(String docId, List<Responsibility> gold, List<Responsibility> pred,
                                              List<Finding> out) {
        int[] pair = pairResponsibilities(gold, pred);
        Prf units = scoreUnits(docId, "responsibilities", gold, pred, pair, Responsibility::units, out);
        Prf inherited = scoreUnits(docId, "inherited", gold, pred, pair, Responsibility::inheritedUnits, out);
        return new Prf[]{units, inherited};
    }

    private static Prf scoreUnits(String docId, String section, List<Responsibility> gold, List<Responsibility> pred,
                                  int[] pair, Function<Responsibility, List<String>> field, List<Finding> out) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        boolean[] used = new boolean[pred.size()];
        String name = section.equals("inherited") ? "inheritedUnits" : "units";
        for (int i = 0; i < gold.size(); i++) {
            Responsibility g = gold.get(i);
            Set<String> gu = unitSet(field.apply(g));
            if (pair[i] < 0) {
                fn += gu.size();
                if (!gu.isEmpty()) {
                    out.add(new Finding(docId, section, Kind.MISSED, "evidence", g.evidence(), String.join("、", gu),
                            null, "no unpaired prediction shares ≥ min(" + RESPONSIBILITY_EVIDENCE_MIN
                            + ", shorter) characters of evidence"));
                }
                continue;
            }
            used[pair[i]] = true;
            Set<String> pu = unitSet(field.apply(pred.get(pair[i])));
            for (String u : gu) {
                if (pu.contains(u)) {
                    tp++;
                } else {
                    fn++;
                    out.add(new Finding(docId, section, Kind.MISSED, name, g.evidence(), u, String.join("、", pu),
                            "gold unit missing from the paired prediction"));
                }
            }
            for (String u : pu) {
                if (!gu.contains(u)) {
                    fp++;
                    out.add(new Finding(docId, section, Kind.FALSE_POSITIVE, name, g.evidence(), String.join("、", gu),
                            u, "predicted unit not in the paired gold record"));
                }
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (used[j]) {
                continue;
            }
            Set<String> pu = unitSet(field.apply(pred.get(j)));
            fp += pu.size();
            if (!pu.isEmpty()) {
                out.add(new Finding(docId, section, Kind.FALSE_POSITIVE, "evidence", pred.get(j).evidence(), null,
                        String.join("、", pu), "prediction paired with no gold record"));
            }
        }
        return new Prf(tp, fp, fn);
    }

    private static Set<String> unitSet(List<String> units) {
        Set<String> s = new LinkedHashSet<>();
        if (units != null) {
            for (String u : units) {
                if (u != null) {
                    s.add(Norm.norm(u));
                }
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ meta

    /**
     * Exact match per meta field: strings normalized; {@code issuer} as an ordered list; {@code period} by
     * from/to; {@code cites} as a set of normalized titles. A null meta (or list) counts as all-null (empty).
     */
    public static MetaScores scoreMeta(String docId, Meta gold, Meta pred, List<Finding> out) {
        Map<String, Object> g = metaValues(gold);
        Map<String, Object> p = metaValues(pred);
        Map<String, Accuracy> acc = new LinkedHashMap<>();
        for (String f : MetaScores.FIELDS) {
            boolean ok = Objects.equals(g.get(f), p.get(f));
            acc.put(f, Accuracy.of(ok));
            if (!ok) {
                out.add(new Finding(docId, "meta", Kind.WRONG, f, null, String.valueOf(g.get(f)),
                        String.valueOf(p.get(f)), null));
            }
        }
        return new MetaScores(acc);
    }

    /** The comparable (normalized) value of every meta field. */
    static Map<String, Object> metaValues(Meta m) {
        Map<String, Object> v = new HashMap<>();
        if (m == null) {
            v.put("issuer", List.of());
            v.put("cites", Set.of());
            return v;
        }
        v.put("title", Norm.norm(m.title()));
        v.put("issuer", m.issuer() == null ? List.of()
                : m.issuer().stream().filter(Objects::nonNull).map(Norm::norm).toList());
        v.put("docNumber", Norm.norm(m.docNumber()));
        v.put("issued", Norm.norm(m.issued()));
        v.put("level", Norm.norm(m.level()));
        v.put("province", Norm.norm(m.province()));
        v.put("region", Norm.norm(m.region()));
        v.put("period", m.period() == null ? null : m.period().from() + "-" + m.period().to());
        v.put("cites", m.cites() == null ? Set.of() : m.cites().stream().filter(c -> c != null && c.title() != null)
                .map(c -> Norm.norm(c.title())).collect(Collectors.toCollection(TreeSet::new)));
        return v;
    }

}
