package policylens.util;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a pipe table ("| 序号 | 主要内容 | 责任主体 |" over "| --- | --- | --- |"), the form Markdown and many
 * text copies of web pages give a table in. One reading for the Markdown parser and for plain text that carries one.
 */
public final class PipeRows {
    /** "| --- | :---: |" — the line under a table's header. */
    private static final Pattern RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private PipeRows() {
    }

    /** Whether a line is the rule under a table's header. */
    public static boolean isRule(String line) {
        return RULE.matcher(line).matches();
    }

    /** Whether a line is a row of a pipe table: it opens with a pipe. */
    public static boolean isRow(String line) {
        String s = line.strip();
        return s.startsWith("|") && s.length() > 1;
    }

    /** Whether a table starts at line {@code i}: a row with the rule right under it. */
    public static boolean startsTable(List<String> lines, int i) {
        return isRow(lines.get(i)) && i + 1 < lines.size() && isRule(lines.get(i + 1));
    }

    /** How many lines in a row a table without its rule line needs (its header and two rows). */
    private static final int BARE_MIN_LINES = 3;
    /** How many cells each line of such a table needs. */
    private static final int BARE_MIN_CELLS = 3;

    /**
     * How many lines from {@code i} make a pipe table written without outer pipes or a rule line (a table copied out
     * of a web page into text): "指标名称 | 单位 | 2024年基数 | 2025年目标" over rows with as many cells; 0 when the lines
     * there are no such table (fewer than three lines, fewer than three cells, or rows that differ in their count).
     */
    public static int bareTableLength(List<String> lines, int i) {
        int cells = bareCells(lines.get(i));
        if (cells < BARE_MIN_CELLS) {
            return 0;
        }
        int end = i + 1;
        while (end < lines.size() && bareCells(lines.get(end)) == cells) {
            end++;
        }
        return end - i >= BARE_MIN_LINES ? end - i : 0;
    }

    /** The number of cells of a line of a bare pipe table; 0 when it has an empty cell or no pipe. */
    private static int bareCells(String line) {
        if (line.indexOf('|') < 0 || isRule(line)) {
            return 0;
        }
        List<String> cells = cells(line);
        return cells.stream().anyMatch(String::isEmpty) ? 0 : cells.size();
    }

    /** The cells of "| a | b \| c |": split on unescaped pipes, outer pipes dropped, each stripped. */
    public static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
