package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.Output;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.index.Calendar;
import policylens.index.Duties;
import policylens.index.Filters;
import policylens.index.Engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "calendar", description = {"期限日历:按月或按季度列出到期的任务,分单位、分文件。",
        "The deadline calendar: the tasks falling due per month or quarter (the date that governs each task, as in "
                + "duties), by unit and by plan; undated tasks are counted apart."})
final class CalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Mixin
    DueReport report;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "从此月起(默认:最早的期限) / first month "
            + "(default: the earliest due date)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "到此月止(默认:最晚的期限) / last month "
            + "(default: the latest due date)")
    String to;

    @Option(names = "--by", paramLabel = "month|quarter", defaultValue = "quarter",
            description = "按月或按季度 / per month or quarter (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--unit", paramLabel = "UNIT", description = "只看此单位(规范名称或简称) / only this unit, canonical or alias")
    String unit;

    @Option(names = "--doc", paramLabel = "DOCID", description = "只看此文件 / only this plan (its docId)")
    String doc;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws IOException {
        Format f = report.checkedFormat(options.json, Kind.CALENDAR);
        Calendar.By size = Calendar.By.find(by);
        if (size == null) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.by", by));
        }
        DueReport.Window window = report.window(from, to);
        LocalDate day = report.today();
        Calendar.Result r;
        try (Engine searcher = engine.open(options.index)) {
            r = new Calendar(searcher).of(new Filters(List.of(), report.level, report.region, unit, null), doc,
                    window.from(), window.to(), size, day);
        }
        byte[] bytes = f == null ? text(r, language.lang()).getBytes(StandardCharsets.UTF_8) : Output.calendar(f, r);
        return report.write(bytes, Messages.both("calendar.written", report.out, r.tasks()));
    }

    /**
     * The readable calendar: a summary line, then one block per month or quarter with tasks (empty ones left out):
     * its heading (2026年第3季度(12 项)) and a line per task and unit: unit (role) · plan #task · task text · due.
     */
    static String text(Calendar.Result r, Lang lang) {
        StringBuilder sb = new StringBuilder();
        if (r.buckets().isEmpty()) {
            sb.append(Messages.t(lang, "calendar.nothing", r.undated()));
        } else {
            sb.append(Messages.t(lang, "calendar.summary", r.buckets().get(0).label(lang),
                    r.buckets().get(r.buckets().size() - 1).label(lang), r.tasks(), r.overdue(), r.undated()));
        }
        if (r.today() != null) {
            sb.append(" (").append(Messages.t(lang, "calendar.as-of", r.today())).append(')');
        }
        sb.append('\n');
        for (Calendar.Bucket b : r.buckets()) {
            if (b.tasks() == 0) {
                continue;
            }
            sb.append('\n').append(b.overdue() == 0 ? Messages.t(lang, "calendar.bucket", b.label(lang), b.tasks())
                    : Messages.t(lang, "calendar.bucket-overdue", b.label(lang), b.tasks(), b.overdue())).append('\n');
            for (Duties.Duty d : b.entries()) {
                String due = d.due() + (d.dueFrom() == Duties.DueFrom.PLAN
                        ? " (" + Messages.t(lang, "calendar.plan-end") + ")" : "");
                String status = d.status() == Duties.Status.OVERDUE
                        ? " [" + Duties.Status.OVERDUE.label(lang) + "]" : "";
                sb.append("  ").append(d.unit()).append(" (").append(d.role().label(lang)).append(") · ")
                        .append(d.title() == null ? d.docId() : d.title())
                        .append(d.taskId() == null ? "" : " #" + d.taskId()).append(" · ")
                        .append(excerpt(d.evidence(), 40)).append(" · ").append(due).append(status).append('\n');
            }
        }
        return sb.toString();
    }

    private static String excerpt(String s, int n) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= n ? t : t.substring(0, t.offsetByCodePoints(0, n)) + "…";
    }
}
