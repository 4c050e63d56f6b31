package policylens.index;

import com.fasterxml.jackson.annotation.JsonValue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import policylens.i18n.Lang;
import policylens.i18n.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What falls due when: every task of the index with the date that governs it ({@link Duties}' rule: the task's
 * earliest dated deadline or target, else the plan period's end), put in the month or quarter its last month falls
 * in ("2028" is due in December 2028, the fourth quarter), within {@code from}..{@code to}. Each bucket lists one
 * entry per task and unit (lead, support, named or inherited kept), counts its tasks and the overdue ones, and
 * groups them by unit and by plan. Undated tasks have no bucket: they are counted apart ({@link Result#undated()}).
 */
public final class Calendar {
    private final Engine engine;

    public Calendar(Engine engine) {
        this.engine = engine;
    }

    /** The size of a bucket. */
    public enum By {
        MONTH("month"), QUARTER("quarter");

        private final String key;

        By(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }

        /** month | quarter (any case); else null. */
        public static By find(String s) {
            if (s == null) {
                return null;
            }
            String k = s.strip().toLowerCase(Locale.ROOT);
            for (By b : values()) {
                if (b.key.equals(k)) {
                    return b;
                }
            }
            return null;
        }

        /** The first month of the bucket {@code m} falls in. */
        YearMonth first(YearMonth m) {
            return this == MONTH ? m : YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
        }

        YearMonth next(YearMonth first) {
            return first.plusMonths(this == MONTH ? 1 : 3);
        }
    }

    /** How many tasks of a bucket (or of the whole calendar) a unit leads, supports or is otherwise named for. */
    public record UnitCount(String unit, int lead, int support, int other, int tasks) {
    }

    /** How many tasks of a bucket one plan has. */
    public record PlanCount(String docId, String title, int tasks) {
    }

    /**
     * One month or quarter.
     *
     * @param key     2026-07 (a month) or 2026-Q3 (a quarter)
     * @param first   its first month, 2026-07
     * @param last    its last month, 2026-09
     * @param tasks   the tasks falling due in it
     * @param overdue of them, those overdue on the day asked about
     * @param byUnit  units by tasks, most first
     * @param byPlan  plans by tasks, most first
     * @param entries one per task and unit named in it, by due date, plan, task, then the lead first
     */
    public record Bucket(String key, String first, String last, int tasks, int overdue, List<UnitCount> byUnit,
                         List<PlanCount> byPlan, List<Duties.Duty> entries) {
        public Bucket {
            byUnit = List.copyOf(byUnit);
            byPlan = List.copyOf(byPlan);
            entries = List.copyOf(entries);
        }

        /** 2026年第3季度 / Q3 2026; 2026年7月 / 2026-07. */
        public String label(Lang lang) {
            YearMonth m = YearMonth.parse(first);
            return key.contains("Q") ? Messages.t(lang, "calendar.quarter", m.getYear(), (m.getMonthValue() + 2) / 3)
                    : Messages.t(lang, "calendar.month", m.getYear(), m.getMonthValue());
        }
    }

    /**
     * The calendar.
     *
     * @param from      first month shown (asked, else the earliest due month), else null when nothing is dated
     * @param to        last month shown (asked, else the latest due month)
     * @param by        month or quarter
     * @param today     the day overdue is judged against
     * @param unit      the unit asked for (null: every unit)
     * @param docId     the plan asked for (null: every plan)
     * @param tasks     tasks falling due in the buckets
     * @param overdue   of them, overdue
     * @param undated   tasks (passing the filters) with no date at all: in no bucket
     * @param buckets   every month or quarter from {@code from} to {@code to}, empty ones included
     * @param leadUnits units by the tasks of the buckets they lead, most first
     */
    public record Result(String from, String to, By by, String today, String unit, String docId, int tasks,
                         int overdue, int undated, List<Bucket> buckets, List<UnitCount> leadUnits) {
        public Result {
            buckets = List.copyOf(buckets);
            leadUnits = List.copyOf(leadUnits);
        }
    }

    /**
     * The tasks of the documents passing {@code filters} (level, region, unit: its canonical name or any alias;
     * type and year are ignored) and of the document {@code docId} (null: all), falling due within
     * {@code from}..{@code to} (either may be null: from the earliest, to the latest), by month or quarter.
     */
    public Result of(Filters filters, String docId, YearMonth from, YearMonth to, By by, LocalDate today) {
        Filters f = filters == null ? Filters.NONE : filters;
        By size = by == null ? By.QUARTER : by;
        String unit = f.unit() == null || f.unit().isBlank() ? null : f.unit().replaceAll("\\s+", "");
        Set<String> keys = unit == null ? null : Duties.keysOf(unit);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(keys == null ? new MatchAllDocsQuery() : Duties.unitQuery(keys), BooleanClause.Occur.MUST);
        if (docId != null && !docId.isBlank()) {
            query.add(new TermQuery(new Term(Fields.DOC_ID, docId.strip())), BooleanClause.Occur.FILTER);
        }
        List<Document> records = engine.stored(query.build(),
                new Filters(List.of(DocType.RESPONSIBILITY), f.level(), f.region(), null, null), Duties.MAX_RECORDS);
        Duties.TaskDates dates = new Duties(engine).new TaskDates();
        Set<String> undated = new HashSet<>();
        Set<String> listed = new HashSet<>();
        List<Duties.Duty> entries = new ArrayList<>();
        for (Document d : records) {
            List<String> canonical = Arrays.asList(d.getValues(Fields.UNIT_CANONICAL));
            List<String> written = Arrays.asList(d.getValues(Fields.UNIT));
            List<Integer> at = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < canonical.size(); i++) {
                if (seen.add(canonical.get(i)) && (keys == null
                        || Duties.sameUnit(keys, canonical.get(i), i < written.size() ? written.get(i) : null))) {
                    at.add(i);
                }
            }
            if (at.isEmpty()) {
                continue;
            }
            Duties.Governing g = dates.governing(d);
            YearMonth end = g.end();
            if (end == null) {
                undated.add(taskKey(d.get(Fields.DOC_ID), d.get(Fields.TASK_ID), d.get(Fields.TEXT)));
                continue;
            }
            if (from != null && end.isBefore(from) || to != null && end.isAfter(to)) {
                continue;
            }
            String task = taskKey(d.get(Fields.DOC_ID), d.get(Fields.TASK_ID), d.get(Fields.TEXT));
            for (int i : at) {
                if (listed.add(task + "\u0000" + canonical.get(i))) { // a task's unit once, though two records name it
                    entries.add(Duties.duty(d, i, g, today));
                }
            }
        }
        entries.sort(Duties.BY_DUE.thenComparing(e -> e.role().ordinal()).thenComparing(Duties.Duty::unit));
        YearMonth first = from;
        YearMonth last = to;
        for (Duties.Duty e : entries) {
            YearMonth end = Duties.end(e.due());
            first = from == null && (first == null || end.isBefore(first)) ? end : first;
            last = to == null && (last == null || end.isAfter(last)) ? end : last;
        }
        Map<YearMonth, List<Duties.Duty>> byBucket = new LinkedHashMap<>();
        if (first != null && last != null && !first.isAfter(last)) {
            for (YearMonth m = size.first(first); !m.isAfter(last); m = size.next(m)) {
                byBucket.put(m, new ArrayList<>());
            }
        }
        for (Duties.Duty e : entries) {
            byBucket.get(size.first(Duties.end(e.due()))).add(e);
        }
        List<Bucket> buckets = new ArrayList<>();
        int tasks = 0;
        int overdue = 0;
        for (Map.Entry<YearMonth, List<Duties.Duty>> b : byBucket.entrySet()) {
            Bucket bucket = bucket(size, b.getKey(), b.getValue());
            tasks += bucket.tasks();
            overdue += bucket.overdue();
            buckets.add(bucket);
        }
        List<UnitCount> lead = units(entries).stream().filter(u -> u.lead() > 0)
                .sorted(Comparator.comparingInt(UnitCount::lead).reversed().thenComparing(UnitCount::unit)).toList();
        return new Result(first == null ? null : first.toString(), last == null ? null : last.toString(), size,
                today == null ? null : today.toString(), unit, docId == null || docId.isBlank() ? null : docId.strip(),
                tasks, overdue, undated.size(), buckets, lead);
    }

    private static Bucket bucket(By by, YearMonth first, List<Duties.Duty> entries) {
        YearMonth last = by.next(first).minusMonths(1);
        String key = by == By.MONTH ? first.toString() : first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
        Set<String> tasks = new HashSet<>();
        Set<String> overdue = new HashSet<>();
        Map<String, PlanCount> plans = new LinkedHashMap<>();
        Map<String, Set<String>> planTasks = new LinkedHashMap<>();
        for (Duties.Duty e : entries) {
            String task = taskKey(e.docId(), e.taskId(), e.evidence());
            tasks.add(task);
            if (e.status() == Duties.Status.OVERDUE) {
                overdue.add(task);
            }
            planTasks.computeIfAbsent(e.docId(), k -> new HashSet<>()).add(task);
            plans.putIfAbsent(e.docId(), new PlanCount(e.docId(), e.title(), 0));
        }
        List<PlanCount> byPlan = new ArrayList<>();
        for (PlanCount p : plans.values()) {
            byPlan.add(new PlanCount(p.docId(), p.title(), planTasks.get(p.docId()).size()));
        }
        byPlan.sort(Comparator.comparingInt(PlanCount::tasks).reversed().thenComparing(PlanCount::docId));
        List<UnitCount> byUnit = new ArrayList<>(units(entries));
        byUnit.sort(Comparator.comparingInt(UnitCount::tasks).reversed()
                .thenComparing(Comparator.comparingInt(UnitCount::lead).reversed()).thenComparing(UnitCount::unit));
        return new Bucket(key, first.toString(), last.toString(), tasks.size(), overdue.size(), byUnit, byPlan, entries);
    }

    /** Per unit: the tasks it leads, supports, is otherwise named for (named alone or inherited), and all of them. */
    private static List<UnitCount> units(List<Duties.Duty> entries) {
        Map<String, Set<String>[]> m = new LinkedHashMap<>();
        for (Duties.Duty e : entries) {
            @SuppressWarnings("unchecked")
            Set<String>[] sets = m.computeIfAbsent(e.unit(), k -> new Set[] {new HashSet<>(), new HashSet<>(),
                    new HashSet<>(), new HashSet<>()});
            String task = taskKey(e.docId(), e.taskId(), e.evidence());
            sets[e.role() == Duties.Role.LEAD ? 0 : e.role() == Duties.Role.SUPPORT ? 1 : 2].add(task);
            sets[3].add(task);
        }
        List<UnitCount> out = new ArrayList<>();
        m.forEach((u, s) -> out.add(new UnitCount(u, s[0].size(), s[1].size(), s[2].size(), s[3].size())));
        return out;
    }

    /** A task: its plan and number, else its text (a responsibility outside any numbered task). */
    private static String taskKey(String docId, String taskId, String text) {
        return docId + "\u0000" + (taskId != null ? taskId : "\u0000" + text);
    }
}
