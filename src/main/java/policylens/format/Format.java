package policylens.format;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The named output formats behind every {@code --format} and every download: each knows its name, media type, file
 * extension and the kinds of result it can write ({@link Output} writes them). Names are resolved only here.
 */
public enum Format {
    JSON("json", "application/json; charset=utf-8", ".json", EnumSet.of(Kind.CHECK, Kind.RECORDS, Kind.DUTIES, Kind.CALENDAR)),
    JSONL("jsonl", "application/x-ndjson; charset=utf-8", ".jsonl", EnumSet.of(Kind.RECORDS)),
    MD("md", "text/markdown; charset=utf-8", ".md", EnumSet.of(Kind.CHECK)),
    HTML("html", "text/html; charset=utf-8", ".html", EnumSet.of(Kind.CHECK)),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", EnumSet.of(Kind.RECORDS, Kind.DUTIES, Kind.CALENDAR)),
    CSV("csv", "text/csv; charset=utf-8", ".csv", EnumSet.of(Kind.CHECK, Kind.RECORDS, Kind.DUTIES, Kind.CALENDAR));

    private final String formatName;
    private final String mediaType;
    private final String extension;
    private final Set<Kind> kinds;

    Format(String formatName, String mediaType, String extension, Set<Kind> kinds) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.extension = extension;
        this.kinds = kinds;
    }

    /** The name users type: json, jsonl, md, html, xlsx, csv. */
    public String formatName() {
        return formatName;
    }

    /** The Content-Type of a download in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension, with its dot. */
    public String extension() {
        return extension;
    }

    public boolean supports(Kind kind) {
        return kinds.contains(kind);
    }

    /** The formats that can write {@code kind}, in registry order. */
    public static List<Format> of(Kind kind) {
        return Arrays.stream(values()).filter(f -> f.supports(kind)).toList();
    }

    /** The names of the formats that can write {@code kind}, e.g. "md|html|json|csv" with separator "|". */
    public static String names(Kind kind, String separator) {
        return of(kind).stream().map(Format::formatName).collect(Collectors.joining(separator));
    }

    /**
     * The format named {@code name} (any case, surrounding blanks ignored) for writing {@code kind}.
     *
     * @throws UnknownFormatException one line naming the formats that can write {@code kind}
     */
    public static Format resolve(String name, Kind kind) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        String known = names(kind, ", ");
        String shown = printable(name);
        for (Format f : values()) {
            if (f.formatName.equals(key)) {
                if (!f.supports(kind)) {
                    throw new UnknownFormatException("格式 " + f.formatName + " 不能用于" + kind.chinese() + ",可用:"
                            + names(kind, "、") + " / format " + f.formatName + " is not available for "
                            + kind.english() + "; use one of " + known);
                }
                return f;
            }
        }
        throw new UnknownFormatException("未知格式 \"" + shown + "\"," + kind.chinese() + "可用:" + names(kind, "、")
                + " / unknown format \"" + shown + "\" for " + kind.english() + "; use one of " + known);
    }

    /** The name as given, on one line and short, for messages. */
    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
