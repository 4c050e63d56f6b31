package policylens.format;

import policylens.check.Alignment;
import policylens.check.CheckReport;
import policylens.check.Coverage;
import policylens.check.Finding;
import policylens.check.Quote;
import policylens.check.ReportWriter;
import policylens.extract.Target;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Check reports as one CSV table, one row per finding, aligned target, parent target without a child counterpart and
 * parent task (coverage), told apart by the {@code row} column; every row names the child and parent document.
 */
public final class CheckCsv {
    public static final List<String> HEADER = List.of("child", "parent", "row", "kind", "severity", "message",
            "parentMetric", "parentValue", "parentEvidence", "childMetric", "childValue", "childEvidence", "verdict");

    private CheckCsv() {
    }

    /** A whole file: byte order mark, header, then the rows of each report; messages in Chinese. */
    public static String file(List<CheckReport> reports) {
        return file(reports, policylens.i18n.Lang.ZH);
    }

    /** A whole file, the findings' messages in {@code lang} (the other columns are codes and quoted texts). */
    public static String file(List<CheckReport> reports, policylens.i18n.Lang lang) {
        StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(HEADER));
        for (CheckReport r : reports) {
            String child = r.child().docId();
            String parent = r.parent().docId();
            for (Finding f : r.findings()) {
                sb.append(Csv.row(Arrays.asList(child, parent, "finding", f.kind(), f.severity().json(), f.message().in(lang),
                        null, null, quotes(f.parentEvidence()), null, null, quotes(f.childEvidence()), null)));
            }
            for (Alignment a : r.alignments()) {
                sb.append(Csv.row(Arrays.asList(child, parent, "alignment", null, null, null,
                        a.parent().metric(), ReportWriter.value(a.parent(), a.parentScope()), a.parent().evidence(),
                        a.child().metric(), ReportWriter.value(a.child(), a.childScope()), a.child().evidence(),
                        a.verdict())));
            }
            for (Target t : r.unmatched()) {
                sb.append(Csv.row(Arrays.asList(child, parent, "unmatched", null, null, null,
                        t.metric(), ReportWriter.value(t, null), t.evidence(), null, null, null, "no child counterpart")));
            }
            for (Coverage.Match m : r.coverage()) {
                String closest = m.children().stream().map(t -> t.taskId() + " " + t.title())
                        .collect(Collectors.joining("; "));
                sb.append(Csv.row(Arrays.asList(child, parent, "coverage", null, null,
                        String.format(Locale.ROOT, "%.2f (%+.2f)", m.score(), m.margin()),
                        m.parent().taskId() + " " + m.parent().title(), null, null, closest, null, null, m.verdict())));
            }
        }
        return sb.toString();
    }

    private static String quotes(List<Quote> quotes) {
        return quotes.stream().map(q -> (q.taskId() == null ? "" : "[" + q.taskId() + "] ") + q.text())
                .collect(Collectors.joining("\n"));
    }
}
