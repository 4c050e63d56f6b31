package policylens.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import policylens.eval.EvalReport.DocumentReport;
import policylens.eval.EvalReport.Finding;
import policylens.eval.EvalReport.Scores;
import policylens.model.Json;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders an {@link EvalReport} as a text table, as JSON, or as an explain listing of every error. */
public final class ReportPrinter {
    private ReportPrinter() {
    }

    /** JSON (pretty-printed) of the whole report, findings included. */
    public static String json(EvalReport report) {
        try {
            return Json.mapper().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Human-readable tables: micro P/R/F1 (with TP/FP/FN) per field and accuracies, then one row per document
     * with the F1 of each field and the metadata accuracy, then a micro row.
     */
    public static String table(EvalReport report) {
        StringBuilder b = new StringBuilder(microTable(report));
        Scores m = report.micro();
        int w = Math.max(8, report.documents().stream().mapToInt(d -> d.docId().length()).max().orElse(0));
        String head = "%-" + w + "s %7s %7s %7s %7s %7s %7s%n";
        b.append(String.format(Locale.ROOT, head, "document", "tgt F1", "whole", "ddl F1", "resp F1", "inh F1",
                "meta"));
        for (DocumentReport d : report.documents()) {
            docRow(b, w, d.docId(), d.scores());
        }
        docRow(b, w, "MICRO", m);
        if (!report.missingPredictions().isEmpty()) {
            b.append("\nNo prediction for: ").append(String.join(", ", report.missingPredictions())).append('\n');
        }
        if (!report.extraPredictions().isEmpty()) {
            b.append("Not scored (no gold): ").append(String.join(", ", report.extraPredictions())).append('\n');
        }
        return b.toString();
    }

    /** The micro P/R/F1 rows and the accuracies, without the per-document table. */
    public static String microTable(EvalReport report) {
        StringBuilder b = new StringBuilder();
        Scores m = report.micro();
        b.append("Micro average over ").append(report.documents().size()).append(" document(s)\n");
        b.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %7s %7s %7s%n", "field", "TP", "FP", "FN",
                "P", "R", "F1"));
        prfRow(b, "targets", m.targets().match());
        prfRow(b, "targets (whole)", m.targets().whole());
        prfRow(b, "deadlines", m.deadlines());
        prfRow(b, "responsibilities", m.responsibilities());
        prfRow(b, "inheritedUnits", m.inherited());
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%-22s %9s %7s%n", "accuracy", "right/all", "acc"));
        accRow(b, "target comparator", m.targets().comparator());
        accRow(b, "target deadline", m.targets().deadline());
        accRow(b, "target metric", m.targets().metric());
        m.meta().fields().forEach((f, a) -> accRow(b, "meta." + f, a));
        accRow(b, "meta (all fields)", m.meta().overall());
        b.append('\n');

        return b.toString();
    }

    private static void prfRow(StringBuilder b, String name, Prf p) {
        b.append(String.format(Locale.ROOT, "%-22s %6d %6d %6d %7.4f %7.4f %7.4f%n", name, p.tp(), p.fp(), p.fn(),
                p.precision(), p.recall(), p.f1()));
    }

    private static void accRow(StringBuilder b, String name, Accuracy a) {
        b.append(String.format(Locale.ROOT, "%-22s %9s %7s%n", name, a.correct() + "/" + a.total(), num(a.rate())));
    }

    private static void docRow(StringBuilder b, int w, String id, Scores s) {
        b.append(String.format(Locale.ROOT, "%-" + w + "s %7s %7s %7s %7s %7s %7s%n", id,
                num(s.targets().match().f1()), num(s.targets().whole().f1()), num(s.deadlines().f1()),
                num(s.responsibilities().f1()), num(s.inherited().f1()), num(s.meta().overall().rate())));
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }

    /**
     * Every miss, false positive and wrong field, one per line, grouped by document:
     * {@code section KIND field: evidence | gold=… predicted=… (note)}.
     */
    public static String explain(EvalReport report) {
        StringBuilder b = new StringBuilder();
        for (DocumentReport d : report.documents()) {
            List<Finding> fs = d.findings();
            b.append("== ").append(d.docId()).append(" (").append(fs.size()).append(" finding(s))\n");
            for (Finding f : fs) {
                b.append("  ").append(f.section()).append(' ').append(f.kind()).append(' ').append(f.field());
                if (f.evidence() != null) {
                    b.append(": ").append(oneLine(f.evidence()));
                }
                b.append(" | gold=").append(oneLine(f.gold())).append(" predicted=").append(oneLine(f.predicted()));
                if (f.note() != null) {
                    b.append(" (").append(f.note()).append(')');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "null" : s.replaceAll("\\s+", " ").strip();
    }
}
