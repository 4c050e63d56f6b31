package policylens.format;

import java.util.ArrayList;
import java.util.List;

/** A tiny RFC 4180 reader for the tests: quoted cells with doubled quotes and line breaks, CRLF rows, BOM skipped. */
public final class CsvReader {
    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
        String s = text.startsWith(Csv.BOM) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0) {
                    throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted cell");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("last row does not end in CRLF");
        }
        return rows;
    }
}
