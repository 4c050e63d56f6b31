package policylens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flattened task-breakdown table (任务量分解表) whose header has several levels, so that its cells, one per line, no
 * longer say which column each one heads: counts of the present state under groups of types and areas, then the
 * task as a total over the plan's years and its share per year. The rows are still plain (a place, then the same
 * number of values in each row), and the columns that matter can be placed from the right: the header's year cells,
 * in order, head the last values of each row, and this is believed only when, in every row, the yearly values add
 * up to the total (2024-2026年任务量 574 = 2024年 172 + 2025年 230 + 2026年 172). Example, a district's table:
 * <pre>
 * 街镇 / 产业类 / 存量违法用地 / 整治重点类型 / … / 2024-2026年任务量 / 图斑面积 / 分年度任务量 / 2024年 / 30% / 2025年 /
 * 40% / 2026年 / 30% / 图斑 / 面积 / 个数 / … / 城关镇 / 1145.10 / 77 / … / 574 / 172 / 230 / 172 / …
 *   → 街镇⇥产业类/存量违法用地/…⇥⇥…⇥2024-2026年任务量⇥2024年 30%⇥2025年 40%⇥2026年 30%
 *     城关镇⇥1145.10⇥77⇥…⇥574⇥172⇥230⇥172
 * </pre>
 * The header's other words head the first column they cannot be placed over, so that none is lost; the columns
 * under them hold the present state and set no target. A place cell that spans two rows (新华镇 over 老城 / 新区)
 * stays in the first of them.
 */
final class TotalsGrid {
    /** Header cells read before the rows must have begun. */
    private static final int MAX_HEADER_CELLS = 80;
    /** A row holds at least this many values (a total and two years). */
    private static final int MIN_VALUES = 3;
    private static final int MIN_ROWS = 3;
    /** 2024-2026年任务量 / 2024—2026年: the total over the plan's years. */
    private static final Pattern RANGE = Pattern.compile("^(\\d{4})\\s*[-—–~至]\\s*(\\d{4})年.{0,10}$");
    /** 30% on the line after a year: the share of the total due that year, the cell's second line. */
    private static final Pattern SHARE = Pattern.compile("^\\d{1,3}(?:\\.\\d+)?[%％]$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)?$");

    private TotalsGrid() {
    }

    /** A header cell that heads a column of the total or of one year. */
    private record Placed(String text, int from, int to) {
        boolean isTotal() {
            return from < to;
        }
    }

    /**
     * When the cells from {@code k} on are such a table's header and rows, adds the rebuilt table to {@code out} and
     * returns the index of the first line after it; else returns {@code start} and adds nothing.
     *
     * @param named the header cells read so far: the row number's, if any, and the name column's (街镇)
     */
    static int rebuild(List<String> lines, int start, int k, List<String> named, List<String> out) {
        if (named.size() != 1) {
            return start; // a 序号 column: rows that open with their number are not read here
        }
        int rowsFrom = -1;
        for (int c = k; c < lines.size() && c - k <= MAX_HEADER_CELLS; c++) {
            if (valuesAfter(lines, c + 1) >= MIN_VALUES && isName(lines.get(c))) {
                rowsFrom = c;
                break;
            }
            String cell = lines.get(c).strip();
            if (cell.isEmpty() || cell.length() > FlatGrids.MAX_HEADER || cell.contains("\t")) {
                return start;
            }
        }
        if (rowsFrom < 0) {
            return start;
        }
        List<String> words = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (int c = k; c < rowsFrom; c++) {
            String cell = lines.get(c).strip();
            Matcher range = RANGE.matcher(cell);
            Matcher year = FlatGrids.YEAR_HEADER.matcher(cell); // 2024年 / 2025年任务量: a year's column
            String share = c + 1 < rowsFrom && SHARE.matcher(lines.get(c + 1).strip()).matches()
                    ? lines.get(c + 1).strip() : null;
            if (range.matches()) {
                placed.add(new Placed(cell, Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
            } else if (year.matches()) {
                placed.add(new Placed(share == null ? cell : cell + " " + share, Integer.parseInt(year.group(1)),
                        Integer.parseInt(year.group(1))));
                c += share == null ? 0 : 1;
            } else {
                words.add(cell);
            }
        }
        int values = valuesAfter(lines, rowsFrom + 1);
        if (!isSchedule(placed) || placed.size() > values) {
            return start;
        }
        List<String> rows = new ArrayList<>();
        int r = rowsFrom;
        while (r < lines.size()) {
            int name = r;
            int first = r + 1;
            if (valuesAfter(lines, first) != values) {
                first = r + 2; // 新华镇 over 老城: the place that spans two rows, then the row's own name
                if (first >= lines.size() || !isName(lines.get(r + 1)) || valuesAfter(lines, first) != values) {
                    break;
                }
            }
            if (!isName(lines.get(name))) {
                break;
            }
            List<String> cells = new ArrayList<>();
            cells.add(String.join(" ", FlatGrids.strip(lines.subList(name, first))));
            cells.addAll(FlatGrids.strip(lines.subList(first, first + values)));
            if (!addsUp(cells.subList(cells.size() - placed.size(), cells.size()), placed)) {
                return start;
            }
            rows.add(String.join("\t", cells));
            r = first + values;
        }
        if (rows.size() < MIN_ROWS) {
            return start;
        }
        List<String> header = new ArrayList<>(named);
        for (int c = 0; c < values - placed.size(); c++) {
            header.add(c == 0 ? String.join("/", words) : "");
        }
        for (Placed p : placed) {
            header.add(p.text());
        }
        out.add(String.join("\t", header));
        out.addAll(rows);
        return r;
    }

    /** A total over years and one column for each of those years, in order (the total before or among them). */
    private static boolean isSchedule(List<Placed> placed) {
        List<Placed> totals = placed.stream().filter(Placed::isTotal).toList();
        if (totals.size() != 1 || placed.size() < 3) {
            return false;
        }
        Placed total = totals.get(0);
        int year = total.from();
        for (Placed p : placed) {
            if (!p.isTotal() && p.from() != year++) {
                return false;
            }
        }
        return year == total.to() + 1;
    }

    /** The yearly values of a row add up to its total (within rounding to two decimals). */
    private static boolean addsUp(List<String> cells, List<Placed> placed) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < placed.size(); i++) {
            double v = number(cells.get(i));
            if (Double.isNaN(v)) {
                return false;
            }
            if (placed.get(i).isTotal()) {
                total = v;
            } else {
                sum += v;
            }
        }
        return Math.abs(sum - total) <= 0.011 * placed.size() + 1e-9 * Math.abs(total);
    }

    private static double number(String cell) {
        String c = cell.strip();
        if (FlatGrids.PLACEHOLDER.matcher(c).matches()) {
            return 0;
        }
        return NUMBER.matcher(c).matches() ? Double.parseDouble(c) : Double.NaN;
    }

    /** How many value cells follow from {@code from} on, up to the first that is none. */
    private static int valuesAfter(List<String> lines, int from) {
        int n = 0;
        while (from + n < lines.size() && FlatGrids.isValue(lines.get(from + n).strip())) {
            n++;
        }
        return n;
    }

    private static boolean isName(String cell) {
        return FlatGrids.isRow(List.of(cell), List.of(FlatGrids.Column.NAME));
    }
}
