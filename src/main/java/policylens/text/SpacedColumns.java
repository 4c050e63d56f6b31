package policylens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table typed as text, its columns lined up with ideographic spaces or runs of spaces (a plan copied from a web
 * page or a word processor into a .txt file):
 * <pre>
 * 县市区　现有　2024年　2025年　合计
 * 奎文区　2　1　0　3
 * 潍城区　1　0　1　2
 * </pre>
 * Its separators become tabs, the form every later step reads a table row in, before {@link Whitespace} would take
 * them for the spaces a PDF puts between Chinese characters and glue the cells together. Only a run of at least
 * {@link #MIN_ROWS} consecutive lines that split into the same number (3 or more) of short cells without sentence
 * punctuation counts: a paragraph indented with ideographic spaces, or one gap inside a sentence, is left alone.
 */
public final class SpacedColumns implements TextStep {
    /** A column gap: an ideographic space or two or more spaces (one space is a word gap, or a PDF's). */
    private static final Pattern GAP = Pattern.compile("(?:[\\u3000\\u00a0]|  )[ \\u3000\\u00a0]*");
    private static final Pattern EDGE = Pattern.compile("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$");
    private static final int MIN_ROWS = 3;
    private static final int MIN_CELLS = 3;
    private static final int MAX_CELL = 24;

    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        List<String> out = new ArrayList<>(lines);
        int i = 0;
        while (i < lines.size()) {
            int cells = cells(lines.get(i));
            if (cells < MIN_CELLS) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && cells(lines.get(j)) == cells) {
                j++;
            }
            if (j - i >= MIN_ROWS) {
                for (int k = i; k < j; k++) {
                    out.set(k, String.join("\t", split(lines.get(k))));
                }
            }
            i = j;
        }
        return page.withLines(out);
    }

    /** The number of cells a line splits into at its gaps, or 0 when it is not shaped like a table row. */
    static int cells(String line) {
        if (line.indexOf('\t') >= 0 || line.indexOf('\u3000') < 0 && !line.contains("  ")) {
            return 0; // a row of a real table already, or no gap at all (most lines)
        }
        String[] cells = split(line);
        if (cells.length < MIN_CELLS) {
            return 0;
        }
        for (String cell : cells) {
            if (cell.isEmpty() || cell.length() > MAX_CELL || cell.indexOf('。') >= 0 || cell.indexOf('；') >= 0
                    || cell.indexOf('，') >= 0) {
                return 0;
            }
        }
        return cells.length;
    }

    private static String[] split(String line) {
        return GAP.split(EDGE.matcher(line).replaceAll(""));
    }
}
