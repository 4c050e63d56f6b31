package policylens.check;

import policylens.extract.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs each parent target with the child targets that measure the same thing.
 *
 * <p>Two targets measure the same thing when their units are equal, both or neither recur (每年), and their metric
 * words — after synonyms (营收/营业收入, 高企/高新技术企业, 过千亿元集群/千亿级产业集群) and HanLP segmentation,
 * without scope and verb words (全省, 培育, 达到) — have a Dice coefficient of at least {@link #THRESHOLD} with the
 * same last word (the head noun: 集群, 企业, 增长). Metrics joined by 或 (高新技术或专精特新企业) count a union and
 * so differ from either part. A bare generic metric (规模, 总量) borrows the subject of its clause
 * (全省集群营业收入年均增长10%左右、规模突破5万亿元 → 集群营业收入规模).
 */
public final class TargetAligner {
    /**
     * Tuned on the seed pairs: same metrics score 0.8-1.0 (集群营业收入规模 / 集群规模 0.8; growth with and without
     * 年均 0.89), neighbours 0.4-0.67 (千亿级集群 / 500亿级集群 0.67, 集群重点项目 / 集群引领性项目 0.57).
     */
    public static final double THRESHOLD = 0.75;

    private static final Pattern RECURRING = Pattern.compile("每年|年均|每季度|每月|按年度|年度");
    private static final Pattern GENERIC = Pattern.compile("^(规模|总量|总规模|产值|比重|占比)$");
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile("([^，,、；;。]*?)(年均|同比|增长|达到|达|突破|超过|超|\\d)");

    /** Every (parent, child) target pair that measures the same thing, parents in document order. */
    public List<Alignment> align(CheckDoc parent, CheckDoc child) {
        List<Alignment> out = new ArrayList<>();
        List<Metric> childMetrics = new ArrayList<>();
        for (Target c : child.record().targets()) {
            childMetrics.add(Metric.of(c, child));
        }
        for (Target p : parent.record().targets()) {
            Metric pm = Metric.of(p, parent);
            if (pm.words.isEmpty()) {
                continue;
            }
            for (Metric cm : childMetrics) {
                double sim = similarity(pm, cm);
                if (sim >= THRESHOLD) {
                    out.add(new Alignment(p, cm.target, pm.scope, cm.scope, sim, null));
                }
            }
        }
        return out;
    }

    /** 0 when units, recurrence or head words differ; else the Dice of the metric words. */
    static double similarity(Metric a, Metric b) {
        if (a.words.isEmpty() || b.words.isEmpty() || !Objects.equals(a.target.unit(), b.target.unit())
                || !Objects.equals(a.recurring, b.recurring) || !a.head().equals(b.head())
                || a.words.contains("或") != b.words.contains("或")) {
            return 0;
        }
        return Terms.dice(a.words, b.words);
    }

    /** A target's metric words, head word and scope. */
    record Metric(Target target, List<String> words, Scope scope, String recurring) {
        static Metric of(Target t, CheckDoc doc) {
            String metric = t.metric() == null ? "" : t.metric();
            if (GENERIC.matcher(Terms.norm(metric)).matches()) {
                metric = subject(t.evidence(), metric) + metric;
            }
            List<String> words = Terms.words(metric);
            return new Metric(t, words, scopeOf(t, doc), TargetAligner.recurring(t));
        }

        String head() {
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }
    }

    /**
     * Whether the target recurs, judged on its own clause of the evidence: in 全省集群营业收入年均增长10%左右、
     * 规模突破5万亿元 the 年均 belongs to the growth rate, not to the 5万亿元 total.
     */
    static String recurring(Target t) {
        String e = Terms.norm(t.evidence());
        String[] clauses = e.split("[，,、；;]");
        if (clauses.length < 2 || t.recurring() == null) {
            return t.recurring();
        }
        String metric = t.metric() == null ? "" : Terms.norm(t.metric());
        for (String c : clauses) {
            if (!metric.isEmpty() && c.contains(metric)) {
                return RECURRING.matcher(c).find() ? t.recurring() : null;
            }
        }
        return t.recurring();
    }

    /** 全省集群营业收入年均增长10%左右、规模 → 全省集群营业收入. */
    static String subject(String evidence, String metric) {
        String e = Terms.norm(evidence);
        int at = e.indexOf(Terms.norm(metric));
        String before = at > 0 ? e.substring(0, at) : "";
        Matcher m = CLAUSE_SUBJECT.matcher(before);
        return m.find() ? m.group(1) : "";
    }

    /** The scope from the words before the number in its sentence. */
    static Scope scopeOf(Target t, CheckDoc doc) {
        CheckDoc.Sentence s = doc.sentenceOf(t.evidence(), t.taskId());
        String sentence = s == null ? t.evidence() : Terms.norm(s.text());
        String evidence = Terms.norm(t.evidence());
        int at = sentence.indexOf(evidence);
        String before = at >= 0 ? sentence.substring(0, at) + evidence : evidence;
        String number = firstNumberAround(evidence, t);
        int n = number == null ? -1 : before.lastIndexOf(number);
        return Scope.of(n > 0 ? before.substring(0, n) : before);
    }

    /** The number as written in the evidence nearest its metric (1-2 / 90 / 5). */
    private static String firstNumberAround(String evidence, Target t) {
        String metric = t.metric() == null ? "" : Terms.norm(t.metric());
        Matcher m = Pattern.compile("\\d+(\\.\\d+)?").matcher(evidence);
        int metricAt = metric.isEmpty() ? -1 : evidence.indexOf(metric);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        while (m.find()) {
            int d = metricAt < 0 ? m.start() : Math.abs(m.start() - metricAt);
            if (d < bestDist) {
                bestDist = d;
                best = m.group();
            }
        }
        return best;
    }
}
