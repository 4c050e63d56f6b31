package policylens.index;

import policylens.i18n.Lang;
import policylens.i18n.Messages;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import policylens.extract.UnitCanonicalizer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a unit is on the hook for, and when: every responsibility record naming the unit (as lead, support or through
 * an inheritance note; any alias of its canonical name), each with its targets and the date that governs it: the
 * earliest dated deadline or target of the same task, else the end of the plan period, else none.
 */
public final class Duties {
    /** At most this many responsibility records are read for one unit. */
    static final int MAX_RECORDS = 100_000;
    private static final Pattern DUE = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?");
    private static final Pattern PERIOD_END = Pattern.compile("\\d{4}-(\\d{4})");

    private final Engine engine;

    public Duties(Engine engine) {
        this.engine = engine;
    }

    /** How the unit is named in a record. */
    public enum Role {
        LEAD("lead"), SUPPORT("support"), NAMED("named"), INHERITED("inherited");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return key;
        }

        /** 牵头, 配合, 责任, 统一落实 / lead, support… (messages.tsv: duty.role.*). */
        public String label(Lang lang) {
            return Messages.t(lang, "duty.role." + key);
        }
    }

    /** Where a task stands on the day asked about. */
    public enum Status {
        OVERDUE("overdue"), DUE("due"), UNDATED("undated");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return key;
        }

        /** 已逾期, 待完成, 无期限 / overdue… (messages.tsv: duty.status.*). */
        public String label(Lang lang) {
            return Messages.t(lang, "duty.status." + key);
        }
    }

    /** Which record the due date comes from. */
    public enum DueFrom {
        TASK("task"), PLAN("plan"), NONE("none");

        private final String key;

        DueFrom(String key) {
            this.key = key;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return key;
        }

        /** 任务期限, 规划期末, 无 / the task's date… (messages.tsv: duty.due-from.*). */
        public String label(Lang lang) {
            return Messages.t(lang, "duty.due-from." + key);
        }
    }

    /** A target stated in the task: its metric (else null), text and due date (else null). */
    public record TaskTarget(String metric, String text, String due) {
    }

    /**
     * One task the unit is named for.
     *
     * @param unit     the unit's canonical name in this record
     * @param units    every unit of the record, canonical, as stored
     * @param section  the section path (outermost first, " > "), else null
     * @param evidence the task text
     * @param due      "YYYY" or "YYYY-MM", else null
     * @param dueFrom  task (a deadline or target of the same task), plan (the plan period's end) or none
     */
    public record Duty(String docId, String title, String level, String region, String taskId, String section,
                       String evidence, String unit, Role role, List<String> units, List<TaskTarget> targets,
                       String due, DueFrom dueFrom, Status status) {
        public Duty {
            units = List.copyOf(units);
            targets = List.copyOf(targets);
        }
    }

    /**
     * The duties of one unit.
     *
     * @param unit    the unit as asked
     * @param names   the canonical names its records use (aliases merged), else empty when no task names it
     * @param today   the day overdue is judged against (ISO, 2026-12-01), else null
     * @param duties  sorted by due date, undated last
     * @param closest when no task names the unit: the closest canonical names in the index, best first
     */
    public record Result(String unit, List<String> names, String today, List<Duty> duties, List<String> closest) {
        public Result {
            names = List.copyOf(names);
            duties = List.copyOf(duties);
            closest = List.copyOf(closest);
        }
    }

    /**
     * The unit's duties in the documents that pass {@code filters} (level, region), whose due date falls within
     * {@code from}..{@code to} (either may be null; undated tasks are always kept).
     */
    public Result of(String unit, Filters filters, YearMonth from, YearMonth to, LocalDate today) {
        String name = unit == null ? "" : unit.replaceAll("\\s+", "");
        if (name.isEmpty()) {
            return new Result(unit, List.of(), today == null ? null : today.toString(), List.of(), List.of());
        }
        Set<String> keys = keysOf(name);
        Filters f = filters == null ? Filters.NONE : filters;
        Filters responsibilities = new Filters(List.of(DocType.RESPONSIBILITY), f.level(), f.region(), null, null);
        List<Document> records = engine.stored(unitQuery(keys), responsibilities, MAX_RECORDS);
        TaskDates dates = new TaskDates();
        Set<String> names = new LinkedHashSet<>();
        List<Duty> duties = new ArrayList<>();
        for (Document d : records) {
            List<String> canonical = Arrays.asList(d.getValues(Fields.UNIT_CANONICAL));
            List<String> written = Arrays.asList(d.getValues(Fields.UNIT));
            int at = -1;
            for (int i = 0; i < canonical.size() && at < 0; i++) {
                if (sameUnit(keys, canonical.get(i), i < written.size() ? written.get(i) : null)) {
                    at = i;
                }
            }
            if (at < 0) {
                continue; // matched a key no unit of it has (cannot happen with a consistent index)
            }
            names.add(canonical.get(at));
            Governing g = dates.governing(d);
            YearMonth end = g.end();
            if (end != null && (from != null && end.isBefore(from) || to != null && start(g.due()).isAfter(to))) {
                continue;
            }
            duties.add(duty(d, at, g, today));
        }
        duties.sort(BY_DUE);
        List<String> closest = duties.isEmpty() ? closest(name, 5) : List.of();
        return new Result(unit, new ArrayList<>(names), today == null ? null : today.toString(), duties, closest);
    }

    /**
     * The date that governs a responsibility record's task: the earliest dated deadline or target of the same task,
     * else the end of the plan period, else none; with the task's targets.
     */
    record Governing(List<TaskTarget> targets, String due, DueFrom dueFrom) {
        /** The last month the due date covers, else null. */
        YearMonth end() {
            return Duties.end(due);
        }
    }

    /**
     * The governing dates of responsibility records, reading each document's targets and deadlines once (one
     * instance per question asked of the index: {@link Duties} and {@link Calendar} share it).
     */
    final class TaskDates {
        private final Map<String, Map<String, List<Document>>> byDoc = new HashMap<>();

        Governing governing(Document responsibility) {
            String docId = responsibility.get(Fields.DOC_ID);
            String taskId = responsibility.get(Fields.TASK_ID);
            List<Document> sameTask = taskId == null ? List.of()
                    : byDoc.computeIfAbsent(docId, Duties.this::targetsAndDeadlines).getOrDefault(taskId, List.of());
            List<TaskTarget> targets = new ArrayList<>();
            String due = null;
            for (Document t : sameTask) {
                String tDue = t.get(Fields.DUE);
                if (DocType.TARGET.key().equals(t.get(Fields.TYPE))) {
                    targets.add(new TaskTarget(t.get(Fields.METRIC), t.get(Fields.TEXT), tDue));
                }
                if (tDue != null && end(tDue) != null && (due == null || end(tDue).isBefore(end(due)))) {
                    due = tDue;
                }
            }
            if (due != null) {
                return new Governing(targets, due, DueFrom.TASK);
            }
            due = planEnd(responsibility.get(Fields.PERIOD));
            return new Governing(targets, due, due == null ? DueFrom.NONE : DueFrom.PLAN);
        }
    }

    /** The duty of the unit at position {@code at} of a responsibility record (its canonical units, in order). */
    static Duty duty(Document d, int at, Governing g, LocalDate today) {
        List<String> canonical = Arrays.asList(d.getValues(Fields.UNIT_CANONICAL));
        List<String> lead = Arrays.asList(d.getValues(Fields.UNIT_LEAD));
        List<String> inherited = Arrays.asList(d.getValues(Fields.UNIT_INHERITED));
        int own = canonical.size() - inherited.size(); // the inherited units come last
        String c = canonical.get(at);
        Role role = at >= own && inherited.contains(c) ? Role.INHERITED
                : lead.contains(c) ? Role.LEAD : lead.isEmpty() ? Role.NAMED : Role.SUPPORT;
        return new Duty(d.get(Fields.DOC_ID), d.get(Fields.TITLE), d.get(Fields.LEVEL), d.get(Fields.REGION),
                d.get(Fields.TASK_ID), d.get(Fields.SECTION), d.get(Fields.TEXT), c, role, canonical, g.targets(),
                g.due(), g.dueFrom(), status(g.end(), today));
    }

    /** Undated without a date; overdue when its last month is before {@code today}'s month; else due. */
    static Status status(YearMonth end, LocalDate today) {
        return end == null ? Status.UNDATED
                : today != null && end.isBefore(YearMonth.from(today)) ? Status.OVERDUE : Status.DUE;
    }

    /** Sorted by due date (undated last), then plan, then task in reading order. */
    static final Comparator<Duty> BY_DUE = Comparator.comparing((Duty d) -> d.due() == null ? null : end(d.due()),
                    Comparator.nullsLast(Comparator.<YearMonth>naturalOrder()))
            .thenComparing(Duty::docId)
            .thenComparing(d -> d.taskId() == null ? "" : d.taskId(), Duties::compareTaskIds);

    /** The unit and every alias of its canonical name. */
    static Set<String> keysOf(String name) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(name);
        keys.addAll(UnitCanonicalizer.aliasKeys(name));
        return keys;
    }

    static boolean sameUnit(Set<String> keys, String canonical, String written) {
        if (keys.contains(canonical) || written != null && keys.contains(written.replaceAll("\\s+", ""))) {
            return true;
        }
        for (String k : UnitCanonicalizer.aliasKeys(canonical)) {
            if (keys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    static Query unitQuery(Set<String> keys) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) {
            b.add(new TermQuery(new Term(Fields.UNIT_KEY, k)), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(Fields.UNIT_CANONICAL, k)), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(Fields.UNIT, k)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The targets and deadlines of one document by taskId. */
    private Map<String, List<Document>> targetsAndDeadlines(String docId) {
        Map<String, List<Document>> out = new HashMap<>();
        List<Document> docs = engine.stored(new TermQuery(new Term(Fields.DOC_ID, docId)),
                new Filters(List.of(DocType.TARGET, DocType.DEADLINE), null, null, null, null), MAX_RECORDS);
        for (Document d : docs) {
            String taskId = d.get(Fields.TASK_ID);
            if (taskId != null) {
                out.computeIfAbsent(taskId, k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }

    /** The last year of a stored plan period ("2026-2028" → "2028"), else null. */
    static String planEnd(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = PERIOD_END.matcher(period.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The last month a due date covers: "2026" → 2026-12, "2026-06" → 2026-06; null when it is not a date. */
    public static YearMonth end(String due) {
        Matcher m = due == null ? null : DUE.matcher(due.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), month) : null;
    }

    /** The first month a due date covers: "2026" → 2026-01, "2026-06" → 2026-06. */
    static YearMonth start(String due) {
        YearMonth end = end(due);
        return end == null || due.strip().length() > 4 ? end : YearMonth.of(end.getYear(), 1);
    }

    /** Task ids in reading order: 3 before 12, 2.1 before 2.10. */
    static int compareTaskIds(String a, String b) {
        String[] x = a.split("\\D+");
        String[] y = b.split("\\D+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i].isEmpty() || y[i].isEmpty() || x[i].length() > 9 || y[i].length() > 9) {
                break;
            }
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    /** The canonical unit names in the index closest to {@code name} (most shared character pairs with the name or one of its aliases), best first. */
    public List<String> closest(String name, int limit) {
        Set<String> all = new TreeSet<>();
        for (Document d : engine.stored(new MatchAllDocsQuery(), Filters.ofType(DocType.RESPONSIBILITY), MAX_RECORDS)) {
            all.addAll(Arrays.asList(d.getValues(Fields.UNIT_CANONICAL)));
        }
        Set<String> grams = bigrams(name);
        record Scored(String name, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String c : all) {
            double best = 0;
            for (String form : UnitCanonicalizer.aliasKeys(c)) { // 工信 is close to 新余市工信局, so to its full name
                Set<String> g = bigrams(form);
                int shared = 0;
                for (String s : g) {
                    if (grams.contains(s)) {
                        shared++;
                    }
                }
                best = Math.max(best, 2.0 * shared / (g.size() + grams.size()));
            }
            if (best > 0) {
                scored.add(new Scored(c, best));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name));
        return scored.stream().limit(Math.max(0, limit)).map(Scored::name).toList();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new LinkedHashSet<>();
        int[] cp = s.codePoints().toArray();
        for (int i = 0; i + 1 < cp.length; i++) {
            out.add(new String(cp, i, 2));
        }
        if (cp.length == 1) {
            out.add(s);
        }
        return out;
    }
}
