package policylens.index;

import org.junit.jupiter.api.Test;
import policylens.i18n.Lang;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline calendar on the two Xinyu plans of {@link DutiesFixture}: a task falls in the month or quarter of
 * the last month its governing date covers (2027-06 → June 2027, the second quarter; 2028 → December, the fourth);
 * overdue is judged against the day given; the undated task is counted apart, in no bucket.
 */
class CalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String MIIT = "新余市工业和信息化局";

    static final Path index = DutiesFixture.shared();

    private static Calendar.Result calendar(Filters f, String doc, YearMonth from, YearMonth to, Calendar.By by) {
        try (Searcher s = Searcher.open(index)) {
            return new Calendar(s).of(f, doc, from, to, by, TODAY);
        }
    }

    private static List<String> nonEmpty(Calendar.Result r) {
        return r.buckets().stream().filter(b -> b.tasks() > 0).map(b -> b.key() + " " + b.tasks()).toList();
    }

    private static Calendar.Bucket bucket(Calendar.Result r, String key) {
        return r.buckets().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void quartersRunFromTheEarliestToTheLatestDueDateEmptyOnesIncluded() {
        Calendar.Result r = calendar(null, null, null, null, Calendar.By.QUARTER);
        assertEquals("2025-12", r.from()); // the earliest due month; its quarter begins the buckets
        assertEquals("2028-12", r.to());
        assertEquals(13, r.buckets().size()); // 2025-Q4 … 2028-Q4
        assertEquals(List.of("2025-Q4 1", "2027-Q2 1", "2028-Q4 2"), nonEmpty(r));
        assertEquals(4, r.tasks());
        Calendar.Bucket q2 = bucket(r, "2027-Q2");
        assertEquals("2027-04", q2.first());
        assertEquals("2027-06", q2.last());
        assertEquals("2027年第2季度", q2.label(Lang.ZH));
        assertEquals("Q2 2027", q2.label(Lang.EN));
    }

    @Test
    void aYearAloneFallsInItsDecemberAMonthInItsOwnMonth() {
        Calendar.Result r = calendar(null, null, null, null, Calendar.By.MONTH);
        assertEquals(List.of("2025-12 1", "2027-06 1", "2028-12 2"), nonEmpty(r));
        assertEquals(37, r.buckets().size()); // 2025-12 … 2028-12
        assertEquals("2028年12月", bucket(r, "2028-12").label(Lang.ZH));
        assertTrue(bucket(r, "2028-12").entries().stream().allMatch(e -> e.dueFrom() == Duties.DueFrom.PLAN));
    }

    @Test
    void fromAndToAreInclusiveMonthsAtTheBucketBoundaries() {
        assertEquals(List.of("2027-06 1"),
                nonEmpty(calendar(null, null, YearMonth.of(2027, 6), YearMonth.of(2027, 6), Calendar.By.MONTH)));
        assertEquals(List.of(),
                nonEmpty(calendar(null, null, YearMonth.of(2027, 7), YearMonth.of(2028, 11), Calendar.By.MONTH)));
        Calendar.Result q = calendar(null, null, YearMonth.of(2027, 4), YearMonth.of(2027, 6), Calendar.By.QUARTER);
        assertEquals(List.of("2027-Q2"), q.buckets().stream().map(Calendar.Bucket::key).toList());
        // a range starting inside a quarter still shows that whole quarter's bucket, holding what falls due in range
        Calendar.Result mid = calendar(null, null, YearMonth.of(2027, 5), YearMonth.of(2028, 12), Calendar.By.QUARTER);
        assertEquals("2027-Q2", mid.buckets().get(0).key());
        assertEquals(List.of("2027-Q2 1", "2028-Q4 2"), nonEmpty(mid));
    }

    @Test
    void overdueIsJudgedAgainstTodayAndUndatedTasksAreCountedApart() {
        Calendar.Result r = calendar(null, null, null, null, Calendar.By.QUARTER);
        assertEquals(1, r.overdue());
        assertEquals(1, bucket(r, "2025-Q4").overdue());
        assertEquals(0, bucket(r, "2027-Q2").overdue());
        assertEquals(1, r.undated()); // points 1.0.2, no date and no plan period
        assertTrue(r.buckets().stream().flatMap(b -> b.entries().stream())
                .noneMatch(e -> e.status() == Duties.Status.UNDATED));
    }

    @Test
    void eachEntryIsATaskAndOneUnitWithItsRoleLeadFirst() {
        Calendar.Bucket q2 = bucket(calendar(null, null, null, null, Calendar.By.QUARTER), "2027-Q2");
        assertEquals(1, q2.tasks());
        List<String> entries = q2.entries().stream().map(e -> e.unit() + " " + e.role().key()).toList();
        assertEquals(MIIT + " lead", entries.get(0), entries.toString());
        assertTrue(entries.contains("新余市各县区政府 inherited"), entries.toString());
        assertEquals(2, entries.stream().filter(e -> e.endsWith(" support")).count(), entries.toString());
        assertEquals(1, q2.byPlan().size());
        assertEquals("plan", q2.byPlan().get(0).docId());
        assertEquals(4, q2.byUnit().size());
    }

    @Test
    void theUnitFilterTakesAnAliasAndKeepsOnlyThatUnitsEntries() {
        Calendar.Result r = calendar(new Filters(List.of(), null, null, "新余市工信局", null), null, null, null,
                Calendar.By.QUARTER);
        assertEquals(List.of("2025-Q4 1", "2027-Q2 1", "2028-Q4 1"), nonEmpty(r));
        assertTrue(r.buckets().stream().flatMap(b -> b.entries().stream()).allMatch(e -> e.unit().equals(MIIT)));
        assertEquals(Duties.Role.SUPPORT, bucket(r, "2028-Q4").entries().get(0).role());
        assertEquals(1, r.undated());
    }

    @Test
    void levelRegionAndPlanFilter() {
        assertEquals(0, calendar(new Filters(List.of(), "province", null, null, null), null, null, null,
                Calendar.By.QUARTER).tasks());
        assertEquals(4, calendar(new Filters(List.of(), "city", "新余市", null, null), null, null, null,
                Calendar.By.QUARTER).tasks());
        Calendar.Result points = calendar(null, "points", null, null, Calendar.By.QUARTER);
        assertEquals(List.of("2025-Q4 1"), nonEmpty(points));
        assertEquals("points", points.docId());
    }

    @Test
    void theUnitsLeadingTheMostTasksComeFirst() {
        List<Calendar.UnitCount> lead = calendar(null, null, null, null, Calendar.By.QUARTER).leadUnits();
        assertEquals(MIIT, lead.get(0).unit());
        assertEquals(2, lead.get(0).lead());
        assertEquals(1, lead.get(0).support());
        assertTrue(lead.stream().allMatch(u -> u.lead() > 0), lead.toString());
    }
}
