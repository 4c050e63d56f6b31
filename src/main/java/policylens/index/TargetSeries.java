package policylens.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One metric across regions and years: every target whose metric contains the words asked for (专精特新 finds
 * 专精特新中小企业 and 专精特新“小巨人”企业), with its value, the region of its plan and the year it is due (its
 * own deadline, else the plan period's end). The same value stated twice for the same metric, region and year in
 * one plan (body and annex table) is one point.
 */
public final class TargetSeries {
    /** At most this many target records are read. */
    static final int MAX_RECORDS = 100_000;

    private final Engine engine;

    public TargetSeries(Engine engine) {
        this.engine = engine;
    }

    /**
     * One target.
     *
     * @param region   the plan's region, else its province, else null (a national plan)
     * @param year     the year it is due
     * @param yearFrom task (its own deadline) or plan (the plan period's end)
     */
    public record Point(String region, String level, int year, Duties.DueFrom yearFrom, String metric, double value,
                        Double valueMax, String unit, String comparator, String docId, String title, String taskId,
                        String evidence) {
    }

    /** A metric found and how many points it has. */
    public record MetricCount(String metric, int points) {
    }

    /**
     * @param metric    the words asked for
     * @param points    by unit of measure (most points first), region, year
     * @param metrics   the metrics that matched, most points first
     * @param undated   matching targets with no year (no deadline, no plan period): not plotted
     * @param unvalued  matching targets indexed without their value (an index written before values were stored:
     *                  {@code policylens index --rebuild} adds them)
     */
    public record Result(String metric, List<Point> points, List<MetricCount> metrics, int undated, int unvalued) {
        public Result {
            points = List.copyOf(points);
            metrics = List.copyOf(metrics);
        }

        /** The units of measure of the points, most points first (家 before 个). */
        public List<String> units() {
            Map<String, Integer> n = new LinkedHashMap<>();
            for (Point p : points) {
                n.merge(p.unit() == null ? "" : p.unit(), 1, Integer::sum);
            }
            return n.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** The targets whose metric contains {@code metric} (blanks ignored), in the documents passing level and region. */
    public Result of(String metric, Filters filters) {
        String words = metric == null ? "" : metric.replaceAll("\\s+", "");
        if (words.isEmpty()) {
            return new Result(metric, List.of(), List.of(), 0, 0);
        }
        Filters f = filters == null ? Filters.NONE : filters;
        String pattern = "*" + words.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") + "*";
        List<Document> records = engine.stored(new WildcardQuery(new Term(Fields.METRIC, pattern)),
                new Filters(List.of(DocType.TARGET), f.level(), f.region(), null, null), MAX_RECORDS);
        Set<String> seen = new LinkedHashSet<>();
        List<Point> points = new ArrayList<>();
        int undated = 0;
        int unvalued = 0;
        for (Document d : records) {
            IndexableField value = d.getField(Fields.VALUE);
            if (value == null || value.numericValue() == null) {
                unvalued++;
                continue;
            }
            YearMonth due = Duties.end(d.get(Fields.DUE));
            Duties.DueFrom from = Duties.DueFrom.TASK;
            if (due == null) {
                due = Duties.end(Duties.planEnd(d.get(Fields.PERIOD)));
                from = Duties.DueFrom.PLAN;
            }
            if (due == null) {
                undated++;
                continue;
            }
            IndexableField max = d.getField(Fields.VALUE_MAX);
            String region = d.get(Fields.REGION) != null ? d.get(Fields.REGION) : d.get(Fields.PROVINCE);
            Point p = new Point(region, d.get(Fields.LEVEL), due.getYear(), from, d.get(Fields.METRIC),
                    value.numericValue().doubleValue(), max == null ? null : max.numericValue().doubleValue(),
                    d.get(Fields.VALUE_UNIT), d.get(Fields.COMPARATOR), d.get(Fields.DOC_ID), d.get(Fields.TITLE),
                    d.get(Fields.TASK_ID), d.get(Fields.TEXT));
            if (seen.add(p.docId() + "\u0000" + p.metric() + "\u0000" + p.value() + "\u0000" + p.unit() + "\u0000"
                    + p.year())) {
                points.add(p);
            }
        }
        Map<String, Integer> unitCount = new LinkedHashMap<>();
        Map<String, Integer> metricCount = new LinkedHashMap<>();
        for (Point p : points) {
            unitCount.merge(p.unit() == null ? "" : p.unit(), 1, Integer::sum);
            metricCount.merge(p.metric(), 1, Integer::sum);
        }
        points.sort(Comparator.comparing((Point p) -> -unitCount.get(p.unit() == null ? "" : p.unit()))
                .thenComparing(p -> p.unit() == null ? "" : p.unit())
                .thenComparing(p -> p.region() == null ? "" : p.region())
                .thenComparingInt(Point::year).thenComparing(Point::metric).thenComparingDouble(Point::value));
        List<MetricCount> metrics = metricCount.entrySet().stream()
                .map(e -> new MetricCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(MetricCount::points).reversed().thenComparing(MetricCount::metric))
                .toList();
        return new Result(metric, points, metrics, undated, unvalued);
    }
}
