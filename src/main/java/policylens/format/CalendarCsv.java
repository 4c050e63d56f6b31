package policylens.format;

import policylens.index.Calendar;
import policylens.index.Duties;

import java.util.Arrays;
import java.util.List;

/**
 * The deadline calendar as one CSV table: one row per task and unit, bucket by bucket ({@code bucket} is 2026-Q3 or
 * 2026-07), in the calendar's order. Empty buckets have no row.
 */
public final class CalendarCsv {
    public static final List<String> HEADER = List.of("bucket", "due", "dueFrom", "status", "role", "unit", "docId",
            "title", "level", "region", "taskId", "section", "evidence", "targets", "units");

    private CalendarCsv() {
    }

    /** The whole file: byte order mark, header, rows. */
    public static String file(Calendar.Result r) {
        StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(HEADER));
        for (Calendar.Bucket b : r.buckets()) {
            for (Duties.Duty d : b.entries()) {
                sb.append(Csv.row(Arrays.asList(b.key(), d.due(), d.dueFrom().key(), d.status().key(), d.role().key(),
                        d.unit(), d.docId(), d.title(), d.level(), d.region(), d.taskId(), d.section(), d.evidence(),
                        DutiesCsv.targets(d), String.join("、", d.units()))));
            }
        }
        return sb.toString();
    }
}
