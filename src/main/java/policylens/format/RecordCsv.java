package policylens.format;

import policylens.extract.Deadline;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;

import java.util.Arrays;
import java.util.List;

/**
 * Extraction records as one CSV table with a {@code kind} column: one row per target, deadline and responsibility,
 * each with its document id and its number within its kind (n, from 1). Columns that do not apply to a kind are empty.
 */
public final class RecordCsv {
    public static final List<String> HEADER = List.of("docId", "kind", "n", "taskId", "metric", "comparator", "value",
            "valueMax", "unit", "deadline", "recurring", "duration", "units", "lead", "support", "canonicalUnits",
            "evidence");

    private RecordCsv() {
    }

    public static String header() {
        return Csv.row(HEADER);
    }

    /** The rows of one record: its targets, then its deadlines, then its responsibilities. */
    public static String rows(PolicyRecord r) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Target t : r.targets()) {
            sb.append(Csv.row(Arrays.asList(r.docId(), "target", ++n, t.taskId(), t.metric(), t.comparator(), t.value(),
                    t.valueMax(), t.unit(), t.deadline(), t.recurring(), null, null, null, null, null, t.evidence())));
        }
        n = 0;
        for (Deadline d : r.deadlines()) {
            sb.append(Csv.row(Arrays.asList(r.docId(), "deadline", ++n, d.taskId(), null, null, null, null, null,
                    d.date(), d.recurring(), d.duration(), null, null, null, null, d.expr())));
        }
        n = 0;
        for (Responsibility s : r.responsibilities()) {
            sb.append(Csv.row(Arrays.asList(r.docId(), "responsibility", ++n, s.taskId(), null, null, null, null, null,
                    null, null, null, join(s.units()), join(s.lead()), join(s.support()), join(s.canonicalUnits()),
                    s.evidence())));
        }
        return sb.toString();
    }

    /** A whole file: byte order mark, header, the records' rows. */
    public static String file(List<PolicyRecord> records) {
        StringBuilder sb = new StringBuilder(Csv.BOM).append(header());
        records.forEach(r -> sb.append(rows(r)));
        return sb.toString();
    }

    private static String join(List<String> units) {
        return String.join("、", units);
    }
}
