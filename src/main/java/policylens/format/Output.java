package policylens.format;

import policylens.check.CheckReport;
import policylens.check.Link;
import policylens.check.ReportWriter;
import policylens.extract.PolicyRecord;
import policylens.i18n.Lang;
import policylens.index.Calendar;
import policylens.index.Duties;
import policylens.model.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a result of each {@link Kind} in a {@link Format} that supports it. */
public final class Output {
    private Output() {
    }

    /** Check reports as text: md, html, json or csv, in Chinese. */
    public static String checks(Format format, List<Link> links, List<CheckReport> reports) {
        return checks(format, links, reports, Lang.ZH);
    }

    /** Check reports as text: md, html, json or csv; people's words and the findings' messages in {@code lang}. */
    public static String checks(Format format, List<Link> links, List<CheckReport> reports, Lang lang) {
        require(format, Kind.CHECK);
        return switch (format) {
            case JSON -> ReportWriter.json(links, reports, lang);
            case HTML -> ReportWriter.html(reports, lang);
            case CSV -> CheckCsv.file(reports, lang);
            default -> ReportWriter.markdown(reports, lang);
        };
    }

    /**
     * One document's record as a file: json (pretty), jsonl (one line), csv (with header and byte order mark) or xlsx
     * (the responsibility sheet; {@code title} names the document in it).
     */
    public static byte[] record(Format format, PolicyRecord record, String title) {
        require(format, Kind.RECORDS);
        return switch (format) {
            case XLSX -> ResponsibilitySheet.write(record, title);
            case CSV -> utf8(RecordCsv.file(List.of(record)));
            case JSONL -> utf8(Json.line(record) + "\n");
            default -> utf8(Json.pretty(record) + "\n");
        };
    }

    /** A unit's duties as a file: json (pretty), csv (with header and byte order mark) or xlsx. */
    public static byte[] duties(Format format, Duties.Result duties) {
        require(format, Kind.DUTIES);
        return switch (format) {
            case XLSX -> DutiesSheet.write(duties);
            case CSV -> utf8(DutiesCsv.file(duties));
            default -> utf8(Json.pretty(duties) + "\n");
        };
    }

    /** The deadline calendar as a file: json (pretty), csv (with header and byte order mark) or xlsx. */
    public static byte[] calendar(Format format, Calendar.Result calendar) {
        require(format, Kind.CALENDAR);
        return switch (format) {
            case XLSX -> CalendarSheet.write(calendar);
            case CSV -> utf8(CalendarCsv.file(calendar));
            default -> utf8(Json.pretty(calendar) + "\n");
        };
    }

    private static void require(Format format, Kind kind) {
        if (!format.supports(kind)) {
            Format.resolve(format.formatName(), kind); // throws the one-line refusal naming the formats that can
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
