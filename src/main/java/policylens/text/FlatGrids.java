package policylens.text;

import policylens.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the rows of a data table that arrived one cell per line (a web page's table saved as paragraphs), so that
 * it reads like the same table given as tab-separated rows. The header is a run of short header cells that starts with
 * the column naming what a row is about (指标名称, 街镇, 区县 — roles indicator and place in lexicon/headers.tsv, after
 * an optional 序号) and goes on with value columns (2024年, 2026年目标, 目标值, 任务量, 合计 — a year or role value) and
 * a unit column (单位 beside 指标名称). Rows follow, as many cells each as the header has columns: a name, then
 * numbers. The rows are rebuilt only while every cell holds what its column does, so text that merely looks like a
 * header is left as it was. Example, a 任务量分解表 saved as paragraphs:
 * <pre>
 * 街镇 / 总任务量 / 2024年 / 2025年 / 2026年 / 东关镇 / 300 / 100 / 100 / 100 / 合计 / …
 *   → 街镇⇥总任务量⇥2024年⇥2025年⇥2026年, 东关镇⇥300⇥100⇥100⇥100, …
 * </pre>
 * The same for a table whose rows are years ({@code 年份 / 城关镇 / 新华镇 / 2024年 / 36 / 48 …}: role year in
 * lexicon/headers.tsv opens it). A header cell that spans the year columns under it (年度任务 over 2024年 / 2025年 / 2026年) is no column of its own
 * and is left out of the rebuilt header. A table whose merged cells were lost (rows of unequal length) stays as it is.
 */
public final class FlatGrids implements TextStep {
    private static final Lexicon LEXICON = Lexicon.get();
    static final int MAX_HEADER = 16;
    static final int MAX_NAME = 30;
    private static final int MIN_ROWS = 2;
    /** 2024年 / 2026年目标 / 2025年底 / 2024年（30%） / 2023年基数: a column of values for that year. */
    static final Pattern YEAR_HEADER = Pattern.compile("^(\\d{4})年.{0,10}$");
    /** 120 / 36.5 / ≥50 / 不低于90% / 1-2 / 10左右 / 36亩 / 95% / 634吨/日: what a value cell holds. */
    private static final Pattern VALUE = Pattern.compile(
            "^(?:[≥≤><＞＜]|不低于|不少于|不超过|超过|达到)?\\s*\\d+(?:\\.\\d+)?(?:\\s*[-—~至]\\s*\\d+(?:\\.\\d+)?)?"
                    + "\\s*(?:[%％‰]|[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z/]{0,4})?\\s*(?:以上|以下|左右)?$");
    /** 2020年 / 2024年底: a year, never a value. */
    private static final Pattern YEAR = Pattern.compile("^\\d{4}年");
    /** — / - / / / 无: a value cell the table leaves empty on purpose. */
    static final Pattern PLACEHOLDER = Pattern.compile("^(?:[—－\\-/／]{1,2}|无)$");
    /** 1 / 12 / (3) / 1.: a row's number. */
    private static final Pattern NUMBER = Pattern.compile("^[(（]?\\d{1,3}[)）.、．]?$");
    /** （30%） / (亩) / （含工业区） alone on a line: the second line of a cell. */
    private static final Pattern NOTE_LINE = Pattern.compile("^[(（][^()（）]{1,12}[)）]$");
    /** （亩） / (万元) / （%） closing a header cell. */
    private static final Pattern CLOSING_UNIT = Pattern.compile("[(（]([^()（）\\d]{1,4})[)）]$");

    enum Column { NUMBER, NAME, UNIT, VALUE, REMARK, YEAR }

    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        if (!mayHoldATable(lines)) {
            return page;
        }
        // a line break inside a cell puts its note on a line of its own: 2024年 / （30%） is the one cell 2024年（30%）
        List<String> cells = new ArrayList<>(lines.size());
        List<Integer> firstLine = new ArrayList<>(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!cells.isEmpty() && !line.isEmpty() && (line.charAt(0) == '(' || line.charAt(0) == '（')
                    && NOTE_LINE.matcher(line).matches()) {
                String before = cells.get(cells.size() - 1);
                if (!before.isEmpty() && before.length() <= MAX_HEADER && !before.contains("\t")
                        && !NOTE_LINE.matcher(before).find()) {
                    cells.set(cells.size() - 1, before + line);
                    continue;
                }
            }
            cells.add(line);
            firstLine.add(i);
        }
        firstLine.add(lines.size());
        List<String> out = new ArrayList<>(lines.size());
        boolean rebuilt = false;
        int c = 0;
        while (c < cells.size()) {
            int end = rebuild(cells, c, out);
            if (end > c) {
                rebuilt = true;
                c = end;
            } else {
                for (int l = firstLine.get(c); l < firstLine.get(c + 1); l++) {
                    out.add(lines.get(l));
                }
                c++;
            }
        }
        return rebuilt ? page.withLines(out) : page;
    }

    /** Whether some line is a header that can open a data table (序号, 指标名称, 街镇, 单位, 年份 …): most texts have none. */
    private static boolean mayHoldATable(List<String> lines) {
        for (String line : lines) {
            if (line.length() <= MAX_HEADER && !line.isEmpty()) {
                Lexicon.ColumnRole role = LEXICON.exactColumnRole(line.strip());
                if (role != null && role != Lexicon.ColumnRole.VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * When a flattened data table starts at line {@code start}, adds its rebuilt rows to {@code out} and returns the
     * index of the first line after it; else returns {@code start} and adds nothing.
     */
    static int rebuild(List<String> lines, int start, List<String> out) {
        String first = lines.get(start).strip();
        if (first.isEmpty() || first.length() > MAX_HEADER || first.contains("\t")) {
            return start;
        }
        List<HeaderCell> header = new ArrayList<>();
        int k = start;
        if (LEXICON.exactColumnRole(first) == Lexicon.ColumnRole.NUMBER) {
            header.add(new HeaderCell(first, Column.NUMBER, false));
            k++;
        }
        if (k < lines.size() && LEXICON.exactColumnRole(lines.get(k).strip()) == Lexicon.ColumnRole.YEAR) {
            return rebuildByYear(lines, start, k, header, out);
        }
        if (k >= lines.size() || !namesRows(lines.get(k).strip())) {
            return start;
        }
        header.add(new HeaderCell(lines.get(k).strip(), Column.NAME, false));
        k++;
        int afterName = k;
        boolean values = false;
        for (; k < lines.size(); k++) {
            String cell = lines.get(k).strip();
            if (cell.isEmpty() || cell.length() > MAX_HEADER || cell.contains("\t")) {
                break;
            }
            // 年度任务 / 年度任务量（亩） over 2024年 / 2025年 / 2026年 may span them (no column of its own), or be a
            // column beside them (总任务量（亩） | 2024年): the rows decide
            boolean spans = !YEAR_HEADER.matcher(cell).matches() && k + 1 < lines.size()
                    && YEAR_HEADER.matcher(lines.get(k + 1).strip()).matches() && !cell.matches(".*\\d.*");
            Column column = column(cell, values);
            if (column == null && !spans || column == Column.NAME || column == Column.NUMBER) {
                break;
            }
            values |= column == Column.VALUE;
            header.add(new HeaderCell(cell, column, spans));
        }
        if (!values) {
            return TotalsGrid.rebuild(lines, start, afterName, header.stream().map(HeaderCell::text).toList(), out);
        }
        Grid best = null;
        for (boolean keepSpanning : new boolean[] {true, false}) {
            for (boolean keepRemark : new boolean[] {true, false}) {
                List<HeaderCell> cells = new ArrayList<>();
                for (HeaderCell h : header) {
                    if (h.column() != null && (keepSpanning || !h.spans())) {
                        cells.add(h);
                    }
                }
                if (!keepRemark && cells.get(cells.size() - 1).column() == Column.REMARK) {
                    cells.remove(cells.size() - 1); // 备注 left empty in every row: its cells were never written
                }
                Grid grid = rows(lines, k, cells);
                if (best == null || grid.rows().size() > best.rows().size()) {
                    best = grid;
                }
            }
        }
        if (best.rows().size() < MIN_ROWS) {
            return start;
        }
        out.add(String.join("\t", best.header()));
        out.addAll(best.rows());
        return best.end();
    }

    /**
     * A table whose rows are years and whose columns are places or things: 年份 / 城关镇 / 新华镇 / 合计, then
     * 2024年 / 36 / 48 / 84 … The header runs from the year column to the first year.
     */
    private static int rebuildByYear(List<String> lines, int start, int k, List<HeaderCell> header, List<String> out) {
        header.add(new HeaderCell(lines.get(k).strip(), Column.YEAR, false));
        for (k++; k < lines.size(); k++) {
            String cell = lines.get(k).strip();
            if (YEAR_HEADER.matcher(cell).matches()) {
                break;
            }
            if (!namesColumn(cell)) {
                return start;
            }
            header.add(new HeaderCell(cell, Column.VALUE, false));
        }
        if (header.size() < 2 || header.get(header.size() - 1).column() != Column.VALUE) {
            return start;
        }
        Grid grid = rows(lines, k, header);
        if (grid.rows().size() < MIN_ROWS) {
            return start;
        }
        out.add(String.join("\t", grid.header()));
        out.addAll(grid.rows());
        return grid.end();
    }

    /** 城关镇 / 合计 / 新增面积（亩）: a short name heading a column of numbers, no role of a task table's header. */
    private static boolean namesColumn(String cell) {
        if (cell.isEmpty() || cell.length() > MAX_HEADER || cell.contains("\t") || cell.contains("。") || isValue(cell)
                || NUMBER.matcher(cell).matches()) {
            return false;
        }
        Lexicon.ColumnRole role = LEXICON.columnRole(cell);
        return role == null || role == Lexicon.ColumnRole.VALUE || role == Lexicon.ColumnRole.PLACE;
    }

    /** A header cell: its text, the column it opens (null for one that only spans others), whether it may span. */
    private record HeaderCell(String text, Column column, boolean spans) {
    }

    /** The rebuilt header and rows of a table, and the index of the line after it. */
    private record Grid(List<String> header, List<String> rows, int end) {
    }

    /**
     * The rows from line {@code from} under the header, each as tab-separated cells. A row whose number cell was
     * merged into its name (合计 under 序号 and 街镇 alike) is one cell short: its number is left empty.
     */
    private static Grid rows(List<String> lines, int from, List<HeaderCell> header) {
        List<Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (HeaderCell h : header) {
            columns.add(h.column());
            names.add(h.text());
        }
        int n = columns.size();
        List<String> rows = new ArrayList<>();
        int r = from;
        while (r < lines.size()) {
            if (r + n <= lines.size() && isRow(lines.subList(r, r + n), columns)) {
                rows.add(String.join("\t", strip(lines.subList(r, r + n))));
                r += n;
            } else if (columns.get(0) == Column.NUMBER && r + n - 1 <= lines.size()
                    && isRow(lines.subList(r, r + n - 1), columns.subList(1, n))) {
                rows.add("\t" + String.join("\t", strip(lines.subList(r, r + n - 1))));
                r += n - 1;
            } else {
                break;
            }
        }
        return new Grid(names, rows, r);
    }

    /**
     * Whether a tab-separated header row is a data table's: a column naming what a row is about (also a body column:
     * 责任单位 | 2024年 | 2025年 gives each unit's numbers, it assigns no task) and value columns, nothing else.
     */
    public static boolean isDataHeader(String row) {
        String[] cells = row.split("\t", -1);
        int c = 0;
        if (c < cells.length && LEXICON.exactColumnRole(cells[c].strip()) == Lexicon.ColumnRole.NUMBER) {
            c++;
        }
        if (c + 1 < cells.length && LEXICON.exactColumnRole(cells[c].strip()) == Lexicon.ColumnRole.YEAR) {
            for (c++; c < cells.length; c++) {
                if (!namesColumn(cells[c].strip())) {
                    return false; // 年度 | 重点任务 | 责任单位: a task table with a year column
                }
            }
            return true;
        }
        if (c >= cells.length || !namesRows(cells[c].strip())) {
            return false;
        }
        boolean values = false;
        for (c++; c < cells.length; c++) {
            Column column = column(cells[c].strip(), values);
            if (column == null || column == Column.NAME || column == Column.NUMBER) {
                return false;
            }
            values |= column == Column.VALUE;
        }
        return values;
    }

    /** The column a header cell after the name column opens, or null when it is none a data table has. */
    private static Column column(String cell, boolean afterValues) {
        if (isValueHeader(cell)) {
            return Column.VALUE;
        }
        if (!afterValues && (cell.equals("单位") || cell.equals("计量单位"))) {
            return Column.UNIT; // 单位 beside 指标名称: the unit of measure of a row
        }
        if (LEXICON.exactColumnRole(cell) == Lexicon.ColumnRole.OTHER) {
            return Column.REMARK;
        }
        return null;
    }

    /**
     * 指标名称 / 街镇 / 街镇名称 / 区县 / 责任单位: the column that names what a row is about. A body header must be one as
     * a whole (各相关单位 is a cell, not the header 单位); an indicator or place header may start or end with one.
     */
    private static boolean namesRows(String cell) {
        Lexicon.ColumnRole exact = LEXICON.exactColumnRole(cell);
        if (exact == Lexicon.ColumnRole.BODY || Lexicon.isUnitColumn(exact)) {
            return true;
        }
        Lexicon.ColumnRole role = cell.length() <= 8 ? LEXICON.columnRole(cell) : exact;
        return role == Lexicon.ColumnRole.INDICATOR || role == Lexicon.ColumnRole.PLACE;
    }

    /**
     * 2024年 / 2026年目标 / 目标值 / 三年任务量 / 合计 (role value, also as the end of a header) / 整治面积（亩） (a
     * measure word closing the header: the column holds amounts of it).
     */
    private static boolean isValueHeader(String cell) {
        if (YEAR_HEADER.matcher(cell).matches() || LEXICON.columnRole(cell) == Lexicon.ColumnRole.VALUE) {
            return true;
        }
        return closingMeasure(cell) != null;
    }

    /** The measure word a header cell closes with in brackets (整治面积（亩） → 亩, 投资（万元） → 万元), else null. */
    public static String closingMeasure(String headerCell) {
        Matcher m = CLOSING_UNIT.matcher(headerCell);
        return m.find() && LEXICON.isMeasure(m.group(1)) ? m.group(1) : null;
    }

    static boolean isRow(List<String> cells, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            String cell = cells.get(c).strip();
            if (cell.isEmpty() || cell.contains("\t")) {
                return false;
            }
            boolean fits = switch (columns.get(c)) {
                case NUMBER -> NUMBER.matcher(cell).matches();
                case YEAR -> YEAR_HEADER.matcher(cell).matches();
                case NAME -> cell.length() <= MAX_NAME && !cell.contains("。") && !isValue(cell)
                        && !NUMBER.matcher(cell).matches() && !YEAR_HEADER.matcher(cell).matches();
                case REMARK -> cell.length() <= MAX_NAME && !isValue(cell);
                case UNIT -> cell.length() <= 8 && !Character.isDigit(cell.charAt(0)) && !cell.contains("。");
                case VALUE -> isValue(cell);
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    static boolean isValue(String cell) {
        return cell.length() <= 20 && !YEAR.matcher(cell).find()
                && (VALUE.matcher(cell).matches() || PLACEHOLDER.matcher(cell).matches());
    }

    static List<String> strip(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c.strip());
        }
        return out;
    }
}
