package policylens.format;

import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 rows for spreadsheets: CRLF line ends, a cell quoted when it holds a comma, quote or line break (quotes
 * doubled), and a text cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) prefixed
 * with ' (CSV injection). Files start with a UTF-8 byte order mark so that Excel reads Chinese as UTF-8.
 */
public final class Csv {
    /** The UTF-8 byte order mark, written once at the start of a file. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** One row, ending in CRLF. Numbers are written as numbers (20, not 20.0); null is an empty cell. */
    public static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return String.valueOf((long) d);
            }
            return String.format(Locale.ROOT, "%s", d);
        }
        return n.toString();
    }
}
