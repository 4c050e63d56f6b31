package policylens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.UnknownFormatException;
import policylens.i18n.Messages;
import policylens.model.Level;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the commands listing tasks by due date ({@code duties}, {@code calendar}) share (a mixin): the options
 * {@code --level}, {@code --region}, {@code --format}, {@code --out} and {@code --today}, reading them and the
 * command's own {@code --from}/{@code --to} (a bad value is a usage error, exit 2), and writing the report to
 * {@code --out} or standard output.
 */
final class DueReport {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--level", description = "层级 / national, province, city, county")
    String level;

    @Option(names = "--region", description = "地区或省份,如新余市、江西省 / region or province as written")
    String region;

    @Option(names = "--format", paramLabel = "text|json|csv|xlsx", defaultValue = "text",
            description = "输出格式 / output format (default: ${DEFAULT-VALUE}; xlsx needs --out)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "写入文件 / write to FILE instead of standard output")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "按此日判断逾期 / judge overdue as of this day "
            + "(default: today)")
    String today;

    /** {@code --from} and {@code --to} as months, either absent. */
    record Window(YearMonth from, YearMonth to) {
    }

    /**
     * Checks {@code --format}, {@code --out} and {@code --level} (absent or one of the levels), and returns the format
     * asked for: null for text (the default), JSON for {@code --json}, else the {@code --format} name resolved for
     * {@code kind}; xlsx only with {@code --out}.
     */
    Format checkedFormat(boolean json, Kind kind) {
        Format f = json ? Format.JSON : null;
        if (!"text".equalsIgnoreCase(format.strip())) {
            try {
                f = Format.resolve(format, kind);
            } catch (UnknownFormatException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (f == Format.XLSX && out == null) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.xlsx"));
        }
        if (level != null && Level.find(level) == null) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.level",
                    Level.names("、"), level));
        }
        return f;
    }

    /** {@code --from} and {@code --to}: YYYY-MM, or a year alone (its January, its December), from not after to. */
    Window window(String from, String to) {
        YearMonth fromMonth = month("--from", from, 1);
        YearMonth toMonth = month("--to", to, 12);
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.order", from, to));
        }
        return new Window(fromMonth, toMonth);
    }

    private YearMonth month(String option, String value, int monthOfYear) {
        if (value == null) {
            return null;
        }
        try {
            String v = value.strip();
            return v.matches("\\d{4}") ? YearMonth.of(Integer.parseInt(v), monthOfYear) : YearMonth.parse(v);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.month", option, value));
        }
    }

    /** {@code --today}: YYYY-MM-DD, absent for today. */
    LocalDate today() {
        if (today == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.today", today));
        }
    }

    /**
     * Writes the report to {@code out} (then says {@code written} on stderr) or, without it, to standard output.
     *
     * @return the exit code: 0, or 1 when the file cannot be written (said in one line naming it)
     */
    int write(byte[] bytes, String written) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            try {
                Files.write(out, bytes);
            } catch (IOException e) {
                err.println("policylens: " + Messages.both("cli.cannot-write", out, e.getClass().getSimpleName()));
                err.flush();
                return 1;
            }
            err.println(written);
        } else {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
        }
        stdout.flush();
        err.flush();
        return 0;
    }
}
