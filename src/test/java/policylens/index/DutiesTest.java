package policylens.index;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit's duties on a two-document index: roles, aliases merged, the governing due date, overdue and undated. */
class DutiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final Path index = DutiesFixture.shared();

    private static Duties.Result duties(String unit, Filters f, YearMonth from, YearMonth to) {
        try (Searcher s = Searcher.open(index)) {
            return new Duties(s).of(unit, f, from, to, TODAY);
        }
    }

    private static List<String> rows(Duties.Result r) {
        return r.duties().stream().map(d -> d.docId() + "#" + d.taskId() + " " + d.role().key() + " " + d.due()
                + " " + d.dueFrom().key() + " " + d.status().key()).toList();
    }

    @Test
    void anAliasFindsEveryTaskOfTheCanonicalUnitSortedByDueDateUndatedLast() {
        Duties.Result r = duties("新余市工信局", null, null, null);
        assertEquals(List.of("新余市工业和信息化局"), r.names());
        assertEquals(List.of(
                "points#1.0.1 lead 2025-12 task overdue",
                "plan#1.0.2 lead 2027-06 task due",
                "plan#1.0.3 support 2028 plan due",
                "points#1.0.2 support null none undated"), rows(r));
    }

    @Test
    void theCanonicalNameAndTheAliasGiveTheSameList() {
        assertEquals(rows(duties("新余市工信局", null, null, null)), rows(duties("新余市工业和信息化局", null, null, null)));
    }

    @Test
    void aDutyCarriesItsPlanSectionTextAndTheTargetsOfItsTask() {
        Duties.Duty d = duties("新余市工信局", null, null, null).duties().get(1);
        assertTrue(d.title().startsWith("新余市推动产业集群提质升级"), d.title());
        assertEquals("city", d.level());
        assertEquals("新余市", d.region());
        assertTrue(d.evidence().contains("新增专精特新中小企业100家"), d.evidence());
        assertTrue(d.section() != null && d.section().contains("重点任务"), String.valueOf(d.section()));
        assertEquals(1, d.targets().size());
        assertEquals("专精特新中小企业", d.targets().get(0).metric());
        assertEquals("2027-06", d.targets().get(0).due());
    }

    @Test
    void unitsAddedByAnInheritanceNoteAreInheritedNamedOnesAreNot() {
        Duties.Result r = duties("新余市各县区政府", null, null, null);
        assertEquals(List.of(
                "plan#1.0.2 inherited 2027-06 task due",
                "plan#1.0.1 support 2028 plan due",
                "plan#1.0.3 inherited 2028 plan due"), rows(r));
    }

    @Test
    void fromAndToKeepTheDatedTasksDueWithinAndEveryUndatedOne() {
        Duties.Result r = duties("新余市工信局", null, YearMonth.of(2027, 1), YearMonth.of(2027, 12));
        assertEquals(List.of("plan#1.0.2 lead 2027-06 task due", "points#1.0.2 support null none undated"), rows(r));
        // a year-only due date (2028) is within a range that reaches into that year
        assertEquals(3, duties("新余市工信局", null, YearMonth.of(2026, 1), YearMonth.of(2028, 3)).duties().size());
    }

    @Test
    void levelAndRegionFilterLikeSearch() {
        assertEquals(4, duties("新余市工信局", new Filters(List.of(), "city", "新余市", null, null), null, null).duties().size());
        assertEquals(0, duties("新余市工信局", new Filters(List.of(), "province", null, null, null), null, null).duties().size());
        assertEquals(0, duties("新余市工信局", new Filters(List.of(), null, "南昌市", null, null), null, null).duties().size());
    }

    @Test
    void anUnknownUnitHasNoDutiesAndTheClosestNamesInTheIndex() {
        Duties.Result r = duties("新余市工业局", null, null, null);
        assertTrue(r.duties().isEmpty());
        assertTrue(r.names().isEmpty());
        assertEquals("新余市工业和信息化局", r.closest().get(0), r.closest().toString());
    }

    @Test
    void theDueDateOfAYearIsItsLastMonth() {
        assertEquals(YearMonth.of(2028, 12), Duties.end("2028"));
        assertEquals(YearMonth.of(2027, 6), Duties.end("2027-06"));
        assertEquals(null, Duties.end("每年"));
        assertEquals("2028", Duties.planEnd("2026-2028"));
    }
}
