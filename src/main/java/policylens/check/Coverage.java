package policylens.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import policylens.extract.Responsibility;
import policylens.text.Excerpt;
import policylens.text.Block;
import policylens.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parent tasks have a counterpart among the child's tasks, and which child tasks name no responsible unit.
 *
 * <p>Tasks are the numbered paragraphs of a plan's task section (二、重点工作 / 二、重点任务 / 四、主要举措 — not
 * 总体要求, 目标, 主攻方向 or 组织保障) and the rows of its task tables (附件). A text without such a section (a
 * press conference) gives the actions of its first paragraph that announces them (统筹实施…“六大行动”。一是…六是…).
 *
 * <p>A parent task is covered when at least {@link #THRESHOLD} of the IDF weight of its topic words (HanLP, after
 * synonyms, without scope and verb words, places, persons and single characters; IDF over the pair's task texts, so
 * 集群/产业/发展 weigh little) occurs in the {@link #TOP} child tasks or goal paragraphs closest to it (a parent task
 * is often split over two or three child measures).
 */
public final class Coverage {
    /**
     * Tuned on the seed pairs (see README): parent tasks a reader finds answered score 0.34-1.0; parent (四)
     * 筑强集群承载平台, only half answered by 新余, 0.30. An unrelated plan of the same province scores 0.23-0.54 and
     * more on generic tasks, so the score can flag a clear absence but cannot prove a counterpart.
     */
    public static final double THRESHOLD = 0.32;
    /**
     * How far below {@link #THRESHOLD} a parent task must score to be reported missing: the threshold was tuned on two
     * pairs with no room (answered tasks 0.334, a half-answered one 0.295), so a score within this margin is
     * {@link #UNCLEAR} — shown in the coverage table, never a finding. A task at 0.20 or above may share a few topic
     * words by chance (an unrelated plan of the same province scores 0.23 and up); the one clear absence measured on
     * the corpus scores 0.11.
     */
    public static final double MARGIN = 0.12;
    public static final String COVERED = "covered";
    public static final String UNCLEAR = "unclear";
    public static final String MISSING = "missing";
    /** How many best-matching child tasks together may cover one parent task. */
    public static final int TOP = 3;

    private static final Pattern GOALS = Pattern.compile("(总体要求|目标|总体思路)");
    private static final Pattern TASK_SECTION = Pattern.compile("(任务|工作|举措|措施|行动)");
    private static final Pattern NOT_TASKS = Pattern.compile("(保障|组织|总体|目标|思路|要求|原则|方向)");
    private static final Pattern UNITS_NOTE = Pattern.compile("[(（〔]\\s*(责任单位|牵头单位)[^)）〕]*[)）〕]");
    private static final Pattern ANNOUNCE = Pattern.compile("([一二三四五六七八九十]+)(大|项)(重点)?(行动|任务|举措|工程)");
    private static final Pattern ITEM = Pattern.compile("([一二三四五六七八九十]+)是");
    private static final Pattern SIGNATURE_DATE = Pattern.compile("[\\d〇零一二三四五六七八九]{4}年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日");
    private static final Pattern TITLE = Pattern.compile("^[(（]?[一二三四五六七八九十0-9]+[)）、.．]?(.{2,30}?)[。.]");

    /** A task: where it stands, its short title and its text. */
    public record Task(String taskId, String title, String text, @JsonIgnore Block block) {
    }

    /**
     * A parent task and the child tasks that answer it best.
     *
     * @param score   the share of the parent task's topic weight found in {@code children} (0..1)
     * @param covered the score reaches {@link #THRESHOLD}
     */
    public record Match(Task parent, List<Task> children, double score, boolean covered) {
        public Match {
            children = List.copyOf(children);
        }

        /** How far the score lies above (+) or below (−) {@link #THRESHOLD}. */
        @JsonProperty("margin")
        public double margin() {
            return score - THRESHOLD;
        }

        /** {@link #COVERED}, {@link #UNCLEAR} (below the threshold by less than {@link #MARGIN}) or {@link #MISSING}. */
        @JsonProperty("verdict")
        public String verdict() {
            return covered ? COVERED : score > THRESHOLD - MARGIN ? UNCLEAR : MISSING;
        }
    }

    /** Why an {@link #UNCLEAR} task gives no finding. */
    public static policylens.i18n.Text unclearNote(Match m) {
        return policylens.i18n.Text.of("check.unclear", m.parent().taskId(), m.parent().title(), m.score(), THRESHOLD, MARGIN);
    }

    public List<Match> match(CheckDoc parent, CheckDoc child) {
        List<Task> candidates = new ArrayList<>(tasks(child));
        candidates.addAll(goals(child));
        List<Task> parentTasks = tasks(parent);
        List<Set<String>> childWords = new ArrayList<>();
        for (Task t : candidates) {
            childWords.add(new LinkedHashSet<>(Terms.topicWords(t.text())));
        }
        List<Set<String>> parentWords = new ArrayList<>();
        for (Task t : parentTasks) {
            parentWords.add(new LinkedHashSet<>(Terms.topicWords(t.text())));
        }
        Map<String, Double> idf = idf(parentWords, childWords);
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < parentTasks.size(); i++) {
            Set<String> pw = parentWords.get(i);
            double[] single = new double[candidates.size()];
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < candidates.size(); j++) {
                single[j] = weighted(pw, childWords.get(j), idf);
                order.add(j);
            }
            order.sort((a, b) -> Double.compare(single[b], single[a]));
            Set<String> union = new HashSet<>();
            List<Task> best = new ArrayList<>();
            for (int k = 0; k < Math.min(TOP, order.size()); k++) {
                union.addAll(childWords.get(order.get(k)));
                best.add(candidates.get(order.get(k)));
            }
            double score = weighted(pw, union, idf);
            out.add(new Match(parentTasks.get(i), best, score, score >= THRESHOLD));
        }
        return out;
    }

    /** Inverse document frequency of each word over the pair's task texts: 集群, 产业, 发展 weigh little. */
    static Map<String, Double> idf(List<Set<String>> a, List<Set<String>> b) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (List<Set<String>> side : List.of(a, b)) {
            for (Set<String> words : side) {
                n++;
                for (String w : words) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 1.0)));
        }
        return idf;
    }

    /** The IDF-weighted share of {@code part}'s words found in {@code whole}. */
    static double weighted(Set<String> part, Set<String> whole, Map<String, Double> idf) {
        double total = 0;
        double found = 0;
        for (String w : part) {
            double x = idf.getOrDefault(w, 0.0);
            total += x;
            if (whole.contains(w)) {
                found += x;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Paragraphs of the goal sections (总体要求, 主要目标): a parent task is sometimes answered by a child's goals. */
    static List<Task> goals(CheckDoc doc) {
        List<Task> out = new ArrayList<>();
        for (Block b : doc.text().blocks()) {
            if (b.kind() == Block.Kind.PARAGRAPH && !b.path().isEmpty() && GOALS.matcher(b.path().get(0)).find()) {
                out.add(new Task(b.taskId(), shortTitle(b.text()), b.text(), b));
            }
        }
        return out;
    }

    /** The parent tasks that clearly no child task answers ({@link #MISSING}; {@link #UNCLEAR} ones give no finding). */
    public List<Finding> missing(List<Match> matches, CheckDoc parent, CheckDoc child) {
        List<Finding> out = new ArrayList<>();
        for (Match m : matches) {
            if (!MISSING.equals(m.verdict())) {
                continue;
            }
            Task nearest = m.children().isEmpty() ? null : m.children().get(0);
            policylens.i18n.Text msg = nearest == null
                    ? policylens.i18n.Text.of("check.missing-task", m.parent().taskId(), m.parent().title(), 100 * m.score())
                    : policylens.i18n.Text.of("check.missing-task.nearest", m.parent().taskId(), m.parent().title(),
                    100 * m.score(), nearest.taskId(), nearest.title());
            List<Quote> childQuotes = nearest == null ? List.of()
                    : List.of(new Quote(child.docId(), nearest.taskId(), nearest.text()));
            out.add(new Finding(Finding.MISSING_TASK, Severity.MEDIUM, msg, childQuotes,
                    List.of(new Quote(parent.docId(), m.parent().taskId(), m.parent().text()))));
        }
        return out;
    }

    /** Child tasks for which neither the text nor a table row names a responsible unit. */
    public List<Finding> withoutUnits(CheckDoc child) {
        List<Finding> out = new ArrayList<>();
        List<Responsibility> rs = child.record().responsibilities();
        for (Task t : tasks(child)) {
            if (t.block() != null && t.block().kind() == Block.Kind.ROW && t.block().row().units() != null
                    && !t.block().row().units().isBlank()) {
                continue;
            }
            if (hasUnits(t, rs)) {
                continue;
            }
            out.add(new Finding(Finding.NO_RESPONSIBLE_UNIT, Severity.LOW,
                    policylens.i18n.Text.of("check.no-responsible-unit", t.taskId(), t.title()),
                    List.of(new Quote(child.docId(), t.taskId(), t.text())), List.of()));
        }
        return out;
    }

    /** A responsibility stands for the task when it has the task's id or its evidence is (80%+) part of the task's text. */
    static boolean hasUnits(Task t, List<Responsibility> rs) {
        Set<String> tb = bigrams(t.text());
        for (Responsibility r : rs) {
            if (r.units().isEmpty()) {
                continue;
            }
            if (t.taskId() != null && t.taskId().equals(r.taskId())) {
                return true;
            }
            Set<String> rb = bigrams(r.evidence());
            if (rb.size() >= 8) {
                int in = 0;
                for (String b : rb) {
                    if (tb.contains(b)) {
                        in++;
                    }
                }
                if (in >= 0.8 * rb.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tasks of a document (see the class comment). */
    public static List<Task> tasks(CheckDoc doc) {
        List<Task> out = new ArrayList<>();
        for (Block b : doc.text().blocks()) {
            if (b.kind() == Block.Kind.ROW) {
                String text = String.join("", b.row().cells());
                String title = b.row().task() != null ? b.row().task() : shortTitle(text);
                out.add(new Task(b.taskId(), title, text, b));
            } else if (b.kind() == Block.Kind.PARAGRAPH && b.taskId() != null && b.taskId().contains(".")
                    && !b.taskId().startsWith("A") && inTaskSection(b) && !isSignature(b.text(), doc)) {
                String text = UNITS_NOTE.matcher(b.text()).replaceAll("").strip();
                out.add(new Task(b.taskId(), shortTitle(text), text, b));
            }
        }
        boolean anyParagraph = out.stream().anyMatch(t -> t.block().kind() == Block.Kind.PARAGRAPH);
        if (!anyParagraph) {
            out.addAll(0, announcedActions(doc));
        }
        return out;
    }

    /**
     * The signature under a plan whose last section is its tasks (国务院办公厅 / 2023年6月8日 after 二、重点任务): an
     * issuer line of the record, or a date alone on a line, is no task.
     */
    static boolean isSignature(String text, CheckDoc doc) {
        String t = Terms.norm(text);
        if (SIGNATURE_DATE.matcher(t).matches()) {
            return true;
        }
        List<String> issuers = doc.meta().issuer() == null ? List.of() : doc.meta().issuer();
        return issuers.stream().anyMatch(i -> Terms.norm(i).equals(t));
    }

    private static boolean inTaskSection(Block b) {
        if (b.path().isEmpty()) {
            return false;
        }
        String top = b.path().get(0);
        return TASK_SECTION.matcher(top).find() && !NOT_TASKS.matcher(top).find();
    }

    /** 统筹实施产业链建设“六大行动”。一是…。二是…: the items of the first paragraph that announces as many as it lists. */
    static List<Task> announcedActions(CheckDoc doc) {
        for (Block b : doc.text().blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            String text = Terms.norm(b.text());
            Matcher a = ANNOUNCE.matcher(text);
            if (!a.find()) {
                continue;
            }
            int n = chineseNumber(a.group(1));
            List<int[]> starts = new ArrayList<>();
            Matcher item = ITEM.matcher(text);
            int expected = 1;
            while (item.find()) {
                if (item.start() > a.start() && chineseNumber(item.group(1)) == expected) {
                    starts.add(new int[]{item.start(), item.end()});
                    expected++;
                }
            }
            if (n < 2 || starts.size() != n) {
                continue;
            }
            List<Task> out = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                String itemText = text.substring(starts.get(i)[1], end);
                out.add(new Task(b.taskId() + "#" + (i + 1), shortTitle(itemText), itemText, b));
            }
            return out;
        }
        return List.of();
    }

    static String shortTitle(String text) {
        String t = Terms.norm(text);
        Matcher m = TITLE.matcher(t);
        if (m.find()) {
            return m.group(1);
        }
        int stop = t.indexOf('。');
        if (stop >= 2 && stop <= 20) {
            return t.substring(0, stop);
        }
        return Excerpt.of(t, 20); // at a clause break, never inside a word
    }

    static int chineseNumber(String s) {
        return policylens.text.ChineseNumerals.parseInt(s, -1);
    }

    static Set<String> bigrams(String text) {
        String t = Terms.norm(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }
}
