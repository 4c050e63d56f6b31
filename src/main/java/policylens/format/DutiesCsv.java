package policylens.format;

import policylens.index.Duties;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A unit's duties as one CSV table, one row per task, sorted as {@link Duties} sorts them (by due date). */
public final class DutiesCsv {
    public static final List<String> HEADER = List.of("unit", "due", "dueFrom", "status", "role", "docId", "title",
            "level", "region", "taskId", "section", "evidence", "targets", "units");

    private DutiesCsv() {
    }

    /** The whole file: byte order mark, header, rows. */
    public static String file(Duties.Result r) {
        StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(HEADER));
        for (Duties.Duty d : r.duties()) {
            sb.append(Csv.row(Arrays.asList(d.unit(), d.due(), d.dueFrom().key(), d.status().key(), d.role().key(),
                    d.docId(), d.title(), d.level(), d.region(), d.taskId(), d.section(), d.evidence(),
                    targets(d), String.join("、", d.units()))));
        }
        return sb.toString();
    }

    /** The targets of a task in one cell: their texts, "; " between them. */
    static String targets(Duties.Duty d) {
        return d.targets().stream().map(Duties.TaskTarget::text).collect(Collectors.joining("; "));
    }
}
