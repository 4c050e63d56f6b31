package policylens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forward-looking quantitative commitments: a number the plan commits to reach, keep above or below, or do every
 * year. Past facts, dates, ranks, ratios, slogans and numbers that only describe a thing are left out.
 */
public final class TargetExtractor {
    private static final String CLAUSE_END = "，,。；;！!？?\n";
    private static final String SENTENCE_END = "。；;！!？?\n";
    /** Durations and calendar units are deadlines, not targets; 条 counts articles and chains (人才10条, 8条产业链). */
    private static final java.util.Set<String> NOT_TARGET_UNITS = java.util.Set.of("年", "个月", "月", "日", "天", "小时", "条");
    /** Measure words of counts: 330家, 20个, 200人次 — in "培育20个省级先进集群" the noun after it is the metric. */
    private static final Pattern COUNT_UNIT = Pattern.compile("个|家|所|座|项|名|台|部|户|件|套|批|只|辆|架|艘|张|篇|款|种|类|场|人次|人");
    /** Verbs that attain a value: 营收力争达到3000亿元 — what follows such a verb is the target, not a descriptor. */
    private static final Pattern ATTAIN = Pattern.compile(
            "(达到|达|突破|超过|超|为|实现|增至|增长到|提高到|提升到|提升至|提高至|控制在|不低于|不少于|至少|不超过|低于|力争|确保|安排|投放|规模|总额|总量|总规模)$");
    /** Words that open a clause before the metric: 力争到2028年, 培育, 打造, 每年引进… */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:力争|确保|争取|努力|全力|预计|计划|目标是|着力|重点|其中|并|及|和|以及|同时|实现|到\\d{4}年(?:底|末)?|至\\d{4}年|\\d{4}年|\\d{4}[-—–]\\d{4}年|"
                    + "每年度?|年均|今年|全年|[一二两三四五六七八九十\\d]年内|累计|新增|培育|打造|建成|建设|争创|创建|形成|引进|招引|推动|支持|组建|梯次培育|纳入|"
                    + "发展壮大|壮大|做强|实施|遴选|梳理|跟踪推进|推进|完成|组织|开展|设立|安排|获批|认定|新建|创成|达到)");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:力争|确保|总量|总规模)?(?:达到|达|突破|超过|超|为|实现|增至|增长到|提高到|提升到|提升至|提高至|控制在|不低于|不少于|至少|不超过|不高于|低于|少于|约|过|达到了|分别)$");
    private static final Pattern PAST = Pattern.compile("去年|上年|过去|已经|已有|已|累计完成|同比|比上年|目前|现有|共有|被认定|获评|入选|名列|位列|成功|曾");
    private static final Pattern FUTURE = Pattern.compile("力争|确保|目标|将|计划|拟|到\\d{4}年|今年|未来|争取|预计|要|新增|年均");

    private final DeadlineExtractor deadlines = new DeadlineExtractor();

    /** Targets in one paragraph or table cell. */
    public List<Target> extract(String text, DocContext ctx, String taskId) {
        String masked = maskListNumbers(text);
        List<DeadlineExtractor.Located> times = deadlines.locate(masked, ctx, taskId);
        boolean[] quoted = quotedOrTitled(masked);
        List<Target> out = new ArrayList<>();
        for (Quantity q : Quantities.findAll(masked)) {
            if (!isCommitment(masked, q, quoted, ctx, times)) {
                continue;
            }
            out.add(new Target(evidence(masked, q), metric(masked, q), q.value(), q.valueMax(), q.unit(),
                    comparator(masked, q), deadline(masked, q, times), recurring(masked, q), taskId));
        }
        return out;
    }

    private boolean isCommitment(String t, Quantity q, boolean[] quoted, DocContext ctx,
                                 List<DeadlineExtractor.Located> times) {
        if (NOT_TARGET_UNITS.contains(q.unit()) || quoted[q.start()]) {
            return false;
        }
        for (DeadlineExtractor.Located d : times) {
            if (q.start() < d.end() && d.start() < q.end()) {
                return false;
            }
        }
        String before = t.substring(Math.max(0, q.start() - 2), q.start());
        String after = t.substring(q.end(), Math.min(t.length(), q.end() + 4));
        if (before.endsWith("第") || after.matches("^[:：]\\d.*") || before.matches(".*[:：]$")) {
            return false;
        }
        if (isDescriptor(t, q, after)) {
            return false;
        }
        String sentence = sentence(t, q.start());
        String head = t.substring(sentenceStart(t, q.start()), q.start());
        if (DeadlineExtractor.pastSentence(t, q.start(), ctx.docYear())) {
            return false;
        }
        if (PAST.matcher(head).find() && !FUTURE.matcher(head).find()) {
            return false;
        }
        return ctx.plan() || FUTURE.matcher(sentence).find();
    }

    /**
     * A quantity that only describes a thing: 投资500万元以上工业技改项目, 30个500亿元集群, 打造1-2个过千亿元集群,
     * 年产3.5万吨锂盐. A count followed by its noun (培育20个省级先进集群) is a target; a measure followed by a noun
     * is one only right after a verb of attaining (营业收入力争达到3000亿元).
     */
    private static boolean isDescriptor(String t, Quantity q, String after) {
        String rest = after.replaceFirst("^(以上|以下|及以上|级)", "");
        boolean nounFollows = !rest.isEmpty() && Character.UnicodeScript.of(rest.codePointAt(0)) == Character.UnicodeScript.HAN
                && !rest.startsWith("左右") && !rest.startsWith("的目标") && !rest.startsWith("目标");
        String before = t.substring(Math.max(0, q.start() - 6), q.start());
        if (before.matches(".*(年产|产能|投资|年营收|营收|估值|总投资)$")) {
            return true;
        }
        if (!nounFollows) {
            return false;
        }
        if (COUNT_UNIT.matcher(q.unit()).matches()) {
            return false;
        }
        return !ATTAIN.matcher(before).find();
    }

    static String comparator(String t, Quantity q) {
        if (q.valueMax() != null) {
            return "range";
        }
        String after = t.substring(q.end(), Math.min(t.length(), q.end() + 3));
        if (after.startsWith("以上") || after.startsWith("及以上")) {
            return "gte";
        }
        if (after.startsWith("以下") || after.startsWith("以内")) {
            return "lte";
        }
        if (after.startsWith("左右")) {
            return "approx";
        }
        String before = t.substring(Math.max(0, q.start() - 4), q.start()).replaceFirst("(达到|达)$", "");
        if (before.matches(".*(不低于|不少于|至少|不小于)$")) {
            return "gte";
        }
        if (before.matches(".*(不超过|不高于|不多于|控制在)$")) {
            return "lte";
        }
        if (before.matches(".*(低于|少于)$")) {
            return "lt";
        }
        if (before.matches(".*(超过|突破|高于|超)$") || (before.endsWith("过") && !before.matches(".*(通过|经过|不过)$"))) {
            return "gt";
        }
        if (before.matches(".*(约|大约)$")) {
            return "approx";
        }
        return "eq";
    }

    /**
     * What is counted: the words before the number (专精特新中小企业达到330家 → 专精特新中小企业), or, when only a
     * verb stands there, the noun after it (培育1个千亿级产业集群 → 千亿级产业集群).
     */
    static String metric(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && (CLAUSE_END + "、").indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        String head = t.substring(s, q.start()).strip();
        head = stripLeading(head);
        head = TRAILING.matcher(head).replaceAll("");
        head = stripLeading(head);
        if (head.replaceAll("[^\\p{IsHan}A-Za-z]", "").length() >= 2) {
            return head;
        }
        int e = q.end();
        String rest = t.substring(e).replaceFirst("^(以上|及以上|以下|左右)", "");
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(' || c == '（') {
                if (sb.length() > 0) {
                    break;
                }
                depth++;
                continue;
            }
            if ((CLAUSE_END + "、)）").indexOf(c) >= 0 || (depth == 0 && (c == '和' || c == '及') && sb.length() >= 2)) {
                break;
            }
            if (depth == 0) {
                sb.append(c);
            }
        }
        String tail = sb.toString().replaceFirst("^的", "");
        return tail.isEmpty() ? head : tail;
    }

    private static String stripLeading(String head) {
        String prev;
        String h = head;
        do {
            prev = h;
            h = LEADING.matcher(h).replaceFirst("").replaceFirst("^[,，、]", "");
        } while (!h.equals(prev));
        return h;
    }

    /** The due date: a year right after the number ((2028年)), else the nearest dated expression before it. */
    private static String deadline(String t, Quantity q, List<DeadlineExtractor.Located> times) {
        for (DeadlineExtractor.Located d : times) {
            if (d.start() >= q.end() && d.start() - q.end() <= 3 && d.deadline().date() != null
                    && t.substring(q.end(), d.start()).matches("[(（]?(以上|左右)?[(（]?")) {
                return d.deadline().date();
            }
        }
        String date = null;
        for (DeadlineExtractor.Located d : times) {
            if (d.end() <= q.start() && d.deadline().date() != null) {
                date = d.deadline().date();
            }
        }
        return date;
    }

    /** 每年引进20个 / 年均增长10% → yearly; 每季度 → quarterly; 每月 → monthly (in the same clause). */
    private static String recurring(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        String clause = t.substring(s, q.start());
        if (clause.matches(".*(每年|年均|每年度|按年度).*")) {
            return "yearly";
        }
        if (clause.matches(".*(每季度|按季度).*")) {
            return "quarterly";
        }
        if (clause.matches(".*(每月|按月).*")) {
            return "monthly";
        }
        return null;
    }

    /** The clause that states the target, widened to the clause before when shorter than 8 characters. */
    static String evidence(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        int e = q.end();
        while (e < t.length() && CLAUSE_END.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        if (e - s < 8 && s > 0) {
            s--;
            while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
                s--;
            }
        }
        return t.substring(s, e).strip();
    }

    private static String sentence(String t, int at) {
        int s = sentenceStart(t, at);
        int e = at;
        while (e < t.length() && SENTENCE_END.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return t.substring(s, e);
    }

    private static int sentenceStart(String t, int at) {
        int s = at;
        while (s > 0 && SENTENCE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    /** "1.20家以上规上工业企业" in a list: the 1. is an item number, not part of 1.20. Masked with spaces. */
    static String maskListNumbers(String text) {
        Matcher m = Pattern.compile("(?m)^(\\d{1,2})[.．、](?=\\S)").matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** Inside 《…》 or a short “…” (a slogan or a name: “1269”, 新“人才10条”). */
    static boolean[] quotedOrTitled(String t) {
        boolean[] in = DeadlineExtractor.insideTitles(t);
        Matcher m = Pattern.compile("[“\"]([^”\"]{1,12})[”\"]").matcher(t);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                in[i] = true;
            }
        }
        return in;
    }
}
