package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.Output;
import policylens.index.Duties;
import policylens.index.Filters;
import policylens.index.Engine;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "duties", description = {"单位任务清单:点名该单位的每项任务,按期限排序。",
        "What a unit is on the hook for: every task naming it (lead, support or inherited; aliases merged), with its "
                + "targets and the due date that governs it, sorted by due date."})
final class DutiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Mixin
    DueReport report;

    @Mixin
    LangOption language;

    @Parameters(index = "0", paramLabel = "UNIT", description = "单位名称或简称,如:新余市工信局 / unit, canonical or alias")
    String unit;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "期限不早于 / due not before this month")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "期限不晚于 / due not after this month")
    String to;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Format f = report.checkedFormat(options.json, Kind.DUTIES);
        if (unit.isBlank()) {
            throw new ParameterException(spec.commandLine(), "单位名称为空 / the unit name is empty");
        }
        DueReport.Window window = report.window(from, to);
        LocalDate day = report.today();
        Duties.Result r;
        try (Engine searcher = engine.open(options.index)) {
            r = new Duties(searcher).of(unit, new Filters(List.of(), report.level, report.region, null, null),
                    window.from(), window.to(), day);
        }
        if (r.names().isEmpty()) {
            err.println(r.closest().isEmpty() ? Messages.both("error.unit-unknown", unit.strip())
                    : Messages.both("error.unit-closest", unit.strip(), r.closest()));
            err.flush();
            return 1;
        }
        byte[] bytes = f == null ? text(r, language.lang()).getBytes(StandardCharsets.UTF_8) : Output.duties(f, r);
        return report.write(bytes, Messages.both("cli.written", report.out, r.duties().size()));
    }

    /** The readable list: one block per task, in Chinese. */
    static String text(Duties.Result r) {
        return text(r, Lang.ZH);
    }

    /** The readable list: one block per task, the words around the texts in {@code lang}. */
    static String text(Duties.Result r, Lang lang) {
        StringBuilder sb = new StringBuilder();
        String names = String.join("、", r.names());
        sb.append(r.today() != null ? Messages.t(lang, "cli.duties.head.as-of", names, r.duties().size(), r.today())
                : Messages.t(lang, "cli.duties.head", names, r.duties().size()));
        sb.append('\n');
        int n = 0;
        for (Duties.Duty d : r.duties()) {
            n++;
            String due = d.due() == null ? Messages.t(lang, "unit.undated")
                    : d.dueFrom() == Duties.DueFrom.PLAN ? Messages.t(lang, "cli.duties.plan-end", d.due()) : d.due();
            sb.append(String.format(Locale.ROOT, "%d. [%s] %s  %s%s%n", n, d.status().label(lang), due,
                    d.role().label(lang),
                    d.unit().equals(r.names().get(0)) ? "" : " " + d.unit()));
            sb.append("   ").append(d.title() == null ? d.docId() : d.title())
                    .append(d.taskId() == null ? "" : " #" + d.taskId())
                    .append(d.section() == null ? "" : " · " + d.section()).append('\n');
            sb.append("   ").append(oneLine(d.evidence())).append('\n');
            for (Duties.TaskTarget t : d.targets()) {
                sb.append("   ").append(Messages.t(lang, "cli.duties.target", oneLine(t.text()))).append('\n');
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
