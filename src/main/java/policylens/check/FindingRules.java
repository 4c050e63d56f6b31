package policylens.check;

import policylens.extract.Deadline;
import policylens.extract.Target;
import policylens.i18n.Text;
import policylens.model.Comparator;
import policylens.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges aligned targets and dated commitments of a child plan against its parent.
 *
 * <ul>
 *   <li>deadline-later: the same commitment is due later in the child (compared by month when both dates have
 *   one, else by year: 用三年左右时间 → 2028-08 and 到2028年 are the same year);</li>
 *   <li>weaker-target: a rate or share (unit %, 增长/占比/比重/覆盖率/强度) below the parent's, or a quantity below
 *   a floor the parent sets for each city;</li>
 *   <li>outside-range: a value outside the range the parent prescribes for each city (支持各设区市…打造1-2个).</li>
 * </ul>
 * A province-wide count or sum is never compared with one city's: a city's 280 高新技术企业 against the
 * province's 9000 is no shortfall.
 */
public final class FindingRules {
    /**
     * Dated sentences are the same commitment from this Dice of their words on. Seed pairs: the 六个一 coverage
     * sentences score 0.91; the nearest other pairs 0.46-0.56 (六个一 生态优化 of the 先进 clusters, a different
     * commitment; restated targets, which {@link TargetAligner} pairs anyway).
     */
    public static final double COMMITMENT_THRESHOLD = 0.6;

    private static final Set<String> RATE_WORDS = Set.of("增长", "增速", "占比", "比重", "覆盖率", "强度", "比例", "率");

    public static final String FOLLOWS = "follows";
    public static final String WITHIN_RANGE = "within range";
    public static final String WEAKER = "weaker";
    public static final String OUTSIDE_RANGE = "outside range";
    public static final String DEADLINE_LATER = "deadline later";
    public static final String TOTAL_VS_CITY = "not compared: parent total vs one area";
    public static final String PER_UNIT = "not compared: per-unit threshold";

    /** The verdict on one aligned pair, and the finding it makes (null when none). */
    public record Judgement(String verdict, Finding finding) {
    }

    public Judgement judge(Alignment a, CheckDoc parent, CheckDoc child) {
        Target p = a.parent();
        Target c = a.child();
        Finding late = laterDeadline(p, c, parent, child);
        if (a.parentScope() == Scope.PER_UNIT || a.childScope() == Scope.PER_UNIT) {
            if (a.parentScope() != a.childScope()) {
                return new Judgement(PER_UNIT, null);
            }
            return valueJudgement(a, parent, child, late, Text.of("check.each-unit"));
        }
        if (a.parentScope() == Scope.PER_CITY) {
            return valueJudgement(a, parent, child, late, Text.of("check.each-city"));
        }
        if (isRate(p)) {
            return valueJudgement(a, parent, child, late, null);
        }
        return late != null ? new Judgement(DEADLINE_LATER, late) : new Judgement(TOTAL_VS_CITY, null);
    }

    /** @param who whom the parent's number is for (各市, 每个主体), else null */
    private Judgement valueJudgement(Alignment a, CheckDoc parent, CheckDoc child, Finding late, Text who) {
        Target p = a.parent();
        Target c = a.child();
        double low = c.value();
        double high = c.valueMax() != null ? c.valueMax() : c.value();
        if (Comparator.RANGE.json().equals(p.comparator()) && p.valueMax() != null) {
            if (low < p.value() || high > p.valueMax()) {
                boolean below = low < p.value();
                Text msg = who == null
                        ? Text.of("check.outside-range", label(c), amount(c), num(p.value()), num(p.valueMax()))
                        : Text.of("check.outside-range.scoped", label(c), amount(c), num(p.value()), num(p.valueMax()), who);
                return new Judgement(OUTSIDE_RANGE, new Finding(Finding.OUTSIDE_RANGE, below ? Severity.HIGH : Severity.MEDIUM, msg,
                        List.of(quote(child, c)), List.of(quote(parent, p))));
            }
            return late != null ? new Judgement(DEADLINE_LATER, late) : new Judgement(WITHIN_RANGE, null);
        }
        Comparator pc = Comparator.find(p.comparator());
        boolean ceiling = pc != null && pc.isCeiling();
        boolean weaker = ceiling ? high > p.value() : low < p.value();
        if (weaker) {
            Text bound = Text.of(ceiling ? "check.at-most" : "check.at-least");
            Text msg = who == null ? Text.of("check.weaker-target", label(c), amount(c), bound, amount(p))
                    : Text.of("check.weaker-target.scoped", label(c), amount(c), bound, amount(p), who);
            return new Judgement(WEAKER, new Finding(Finding.WEAKER_TARGET, Severity.HIGH, msg,
                    List.of(quote(child, c)), List.of(quote(parent, p))));
        }
        return late != null ? new Judgement(DEADLINE_LATER, late) : new Judgement(FOLLOWS, null);
    }

    private Finding laterDeadline(Target p, Target c, CheckDoc parent, CheckDoc child) {
        if (p.deadline() == null || c.deadline() == null || p.recurring() != null || c.recurring() != null) {
            return null;
        }
        int months = monthsLater(c.deadline(), p.deadline());
        if (months <= 0) {
            return null;
        }
        return deadlineFinding(Text.of("check.what.target", label(c)), c.deadline(), p.deadline(), months,
                sentenceQuote(child, c.evidence(), c.taskId()), sentenceQuote(parent, p.evidence(), p.taskId()));
    }

    /** Dated commitments of the child that are due later than the same commitment in the parent. */
    public List<Finding> laterCommitments(CheckDoc parent, CheckDoc child) {
        List<Finding> out = new ArrayList<>();
        List<Commitment> cs = commitments(child);
        for (Commitment pc : commitments(parent)) {
            for (Commitment cc : cs) {
                double sim = Terms.dice(pc.words, cc.words);
                int months = monthsLater(cc.deadline.date(), pc.deadline.date());
                if (sim >= COMMITMENT_THRESHOLD && months > 0) {
                    out.add(deadlineFinding(topic(pc, cc), due(cc.deadline, child), due(pc.deadline, parent), months,
                            cc.quote, pc.quote));
                }
            }
        }
        return out;
    }

    /** 2026-08 (用一年左右的时间 from the issue date 2025-08-28) / 2026-12 (到2026年12月). */
    static Text due(Deadline d, CheckDoc doc) {
        return d.duration() != null && doc.meta().issued() != null
                ? Text.of("check.due-from-issue", d.date(), d.expr(), doc.meta().issued())
                : Text.of("check.due", d.date(), d.expr());
    }

    private static Finding deadlineFinding(Text what, Object childDate, Object parentDate, int months,
                                           Quote childQuote, Quote parentQuote) {
        Text later = months >= 12 && months % 12 == 0 ? Text.of("check.years", months / 12) : Text.of("check.months", months);
        Text msg = Text.of("check.deadline-later", what, childDate, parentDate, later);
        return new Finding(Finding.DEADLINE_LATER, months >= 6 ? Severity.HIGH : Severity.MEDIUM, msg,
                List.of(childQuote), List.of(parentQuote));
    }

    /** A sentence with a dated, one-off deadline, and its words without the date. */
    record Commitment(Deadline deadline, Quote quote, List<String> words) {
    }

    static List<Commitment> commitments(CheckDoc doc) {
        List<Commitment> out = new ArrayList<>();
        for (Deadline d : doc.record().deadlines()) {
            if (d.date() == null || d.recurring() != null) {
                continue;
            }
            CheckDoc.Sentence s = doc.sentenceOf(d.expr(), d.taskId());
            if (s == null) {
                continue;
            }
            String text = Terms.norm(s.text()).replace(Terms.norm(d.expr()), "，");
            out.add(new Commitment(d, new Quote(doc.docId(), s.taskId(), s.text()), Terms.words(text)));
        }
        return out;
    }

    private static Text topic(Commitment p, Commitment c) {
        return Text.of("check.what.commitment", commonWords(p, c));
    }

    private static String commonWords(Commitment p, Commitment c) {
        List<String> common = new ArrayList<>();
        for (String w : p.words) {
            if (c.words.contains(w)) {
                common.add(w);
            }
        }
        return String.join("·", common.subList(0, Math.min(4, common.size())));
    }

    /**
     * How many months {@code child} is later than {@code parent}: by month when both give one, else by year
     * (in months); zero or negative when not later.
     */
    static int monthsLater(String child, String parent) {
        if (child == null || parent == null) {
            return 0;
        }
        int cy = Integer.parseInt(child.substring(0, 4));
        int py = Integer.parseInt(parent.substring(0, 4));
        if (child.length() >= 7 && parent.length() >= 7) {
            int cm = Integer.parseInt(child.substring(5, 7));
            int pm = Integer.parseInt(parent.substring(5, 7));
            return (cy - py) * 12 + (cm - pm);
        }
        return (cy - py) * 12;
    }

    static boolean isRate(Target t) {
        if (!"%".equals(t.unit())) {
            return false;
        }
        for (String w : Terms.words(t.metric() == null ? "" : t.metric())) {
            for (String r : RATE_WORDS) {
                if (w.endsWith(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Quote quote(CheckDoc doc, Target t) {
        return new Quote(doc.docId(), t.taskId(), t.evidence());
    }

    private static Quote sentenceQuote(CheckDoc doc, String evidence, String taskId) {
        CheckDoc.Sentence s = doc.sentenceOf(evidence, taskId);
        return new Quote(doc.docId(), taskId, s == null ? evidence : s.text());
    }

    /** The target's metric, else "this target" (a catalogue text). */
    static Object label(Target t) {
        return t.metric() == null || t.metric().isBlank() ? Text.of("check.this-target") : t.metric();
    }

    static String amount(Target t) {
        String v = t.valueMax() != null ? num(t.value()) + "–" + num(t.valueMax()) : num(t.value());
        String recurring = TargetAligner.recurring(t);
        return v + " " + (t.unit() == null ? "" : t.unit()) + (recurring != null ? " " + recurring : "");
    }

    static String num(double v) {
        if (v >= 1e8 && v % 1e8 == 0) {
            return num(v / 1e8) + "亿";
        }
        if (v >= 1e4 && v % 1e4 == 0) {
            return num(v / 1e4) + "万";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
