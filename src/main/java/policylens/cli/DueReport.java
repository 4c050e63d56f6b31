package policylens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
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
 * What the commands listing tasks by due date ({@code duties}, {@code calendar}) share: reading their
 * {@code --format}/{@code --out}, {@code --level}, {@code --from}/{@code --to} and {@code --today} values (a bad one
 * is a usage error, exit 2) and writing the report to {@code --out} or standard output.
 */
final class DueReport {
    private DueReport() {
    }

    /** {@code --from} and {@code --to} as months, either absent. */
    record Window(YearMonth from, YearMonth to) {
    }

    /**
     * The format asked for: null for text (the default), JSON for {@code --json}, else the {@code --format} name
     * resolved for {@code kind}; xlsx only with {@code --out}.
     */
    static Format format(CommandSpec spec, String name, boolean json, Kind kind, Path out) {
        Format f = json ? Format.JSON : null;
        if (!"text".equalsIgnoreCase(name.strip())) {
            try {
                f = Format.resolve(name, kind);
            } catch (UnknownFormatException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (f == Format.XLSX && out == null) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.xlsx"));
        }
        return f;
    }

    /** {@code --level}: absent or one of the levels. */
    static void requireLevel(CommandSpec spec, String level) {
        if (level != null && Level.find(level) == null) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.level",
                    Level.names("、"), level));
        }
    }

    /** {@code --from} and {@code --to}: YYYY-MM, or a year alone (its January, its December), from not after to. */
    static Window window(CommandSpec spec, String from, String to) {
        YearMonth fromMonth = month(spec, "--from", from, 1);
        YearMonth toMonth = month(spec, "--to", to, 12);
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.order", from, to));
        }
        return new Window(fromMonth, toMonth);
    }

    private static YearMonth month(CommandSpec spec, String option, String value, int monthOfYear) {
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
    static LocalDate today(CommandSpec spec, String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), Messages.both("calendar.error.today", value));
        }
    }

    /**
     * Writes the report to {@code out} (then says {@code written} on stderr) or, without it, to standard output.
     *
     * @return the exit code: 0, or 1 when the file cannot be written (said in one line naming it)
     */
    static int write(CommandSpec spec, Path out, byte[] bytes, String written) {
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
