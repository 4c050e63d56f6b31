package policylens.text;

import java.util.function.IntPredicate;

/**
 * The ditto mark 〃 in a table row: the cell holds what the cell above holds. Chinese tables write it themselves,
 * and ingest writes it into the cells an HTML rowspan covers, so a cell the page leaves empty can be told from one a
 * span fills.
 */
public final class Spans {
    /** 〃 (U+3003). */
    public static final String DITTO = "\u3003";

    private Spans() {
    }

    /** Whether a cell is a ditto mark. */
    public static boolean isDitto(String cell) {
        return cell.strip().equals(DITTO);
    }

    /**
     * The cells with every ditto mark replaced by the cell above it in a column that {@code carried} accepts, and by
     * nothing in the others (a measure spanned over rows is stated once). {@code cells} is changed and returned.
     */
    public static String[] resolve(String[] cells, String[] above, IntPredicate carried) {
        for (int c = 0; c < cells.length; c++) {
            if (isDitto(cells[c])) {
                cells[c] = carried.test(c) && c < above.length ? above[c] : "";
            }
        }
        return cells;
    }
}
