package policylens.text;

import policylens.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the section tree (一、 / (一) / 1. / (1) / 附件1) and the rows of task tables, both real ones (cells
 * separated by tabs) and tables flattened into one cell per line (a task line, measure lines, a units line,
 * notes in parentheses). Every paragraph and row gets a stable taskId derived from the numbering.
 */
public final class StructureParser {
    private static final int MAX_HEADING_LENGTH = 40;
    private static final int MAX_HEADER_CELL = 12;
    private static final Pattern PARENTHESISED = Pattern.compile("[(（][^()（）]*[)）]");
    private static final Pattern COUNT_OF_BODIES = Pattern.compile("[\\d一二两三四五六七八九十]+个");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；]");
    private static final Lexicon LEXICON = Lexicon.get();
    private static final Pattern HEADER_YEAR = Pattern.compile("^\\d{4}年(?!度)");
    /** A column whose cell, spanned over rows, governs each of them: units, body, task, group, time limit. */
    private static boolean governsSpannedRows(Lexicon.ColumnRole role) {
        return Lexicon.isUnitColumn(role) || role == Lexicon.ColumnRole.BODY || role == Lexicon.ColumnRole.TASK
                || role == Lexicon.ColumnRole.CATEGORY || role == Lexicon.ColumnRole.DEADLINE;
    }

    /** A row's number cell: "1", "12", "(3)". */
    private static final Pattern NUMBER_CELL = Pattern.compile("^[(（]?\\d{1,3}[)）.、．]?$");
    /** (以下均需上述三个县区落实,不再单独列出) / (以下均需各县(区)政府(管委会)落实,不再列出) */
    private static final Pattern NOTE = Pattern.compile("^[(（].*(以下|不再).*[)）]$");

    public StructuredText parse(Page page) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = page.lines();
        String[] path = new String[5];
        int[] numbers = new int[5];
        int annex = -1;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int annexNo = Headings.annex(line);
            if (annexNo >= 0) {
                annex = annexNo;
                java.util.Arrays.fill(path, null);
                path[0] = line;
                blocks.add(new Block(Block.Kind.HEADING, line, List.of(line), "A" + annex, null));
                i = parseAnnex(lines, i + 1, annex, line, blocks);
                continue;
            }
            if (line.contains("\t") && anyCellIsUnitsHeader(line)) {
                // a task table inside the body: its header row, then rows (and notes) until the text resumes
                int end = i + 1;
                // up to the text, or to the header of the next table (two tables one after the other)
                while (end < lines.size() && (lines.get(end).contains("\t") || NOTE.matcher(lines.get(end)).find())
                        && !(lines.get(end).contains("\t") && anyCellIsUnitsHeader(lines.get(end)) && isHeaderRow(lines.get(end)))) {
                    end++;
                }
                List<String> tablePath = pathOf(path);
                int headerEnd = subHeadersEnd(lines, i, end);
                for (int k = i; k <= headerEnd; k++) {
                    blocks.add(new Block(Block.Kind.HEADING, lines.get(k), tablePath, taskId(numbers), null));
                }
                parseTabTable(lines.subList(headerEnd + 1, end), mergedHeader(lines, i, headerEnd), annex < 0 ? 0 : annex,
                        tablePath, blocks);
                i = end;
                continue;
            }
            if (annex < 0 && startsFlatTable(lines, i)) {
                // a task table flattened one cell per line in the body: 序号 / 任务内容 / 责任单位, then its rows
                int end = i + 1;
                while (end < lines.size() && Headings.annex(lines.get(end)) < 0
                        && Headings.level(lines.get(end)) != 1 && Headings.level(lines.get(end)) != 2) {
                    end++;
                }
                List<String> tablePath = pathOf(path);
                blocks.add(new Block(Block.Kind.HEADING, line, tablePath, taskId(numbers), null));
                int headerEnd = i;
                while (headerEnd + 1 < end && LEXICON.columnRole(lines.get(headerEnd + 1)) != null
                        && lines.get(headerEnd + 1).length() <= MAX_HEADER_CELL) {
                    headerEnd++;
                    blocks.add(new Block(Block.Kind.HEADING, lines.get(headerEnd), tablePath, taskId(numbers), null));
                }
                parseFlatTable(lines.subList(headerEnd + 1, end), 0, tablePath, blocks);
                i = end;
                continue;
            }
            int level = Headings.level(line);
            if (level > 0 && annex < 0) {
                for (int l = level; l < path.length; l++) {
                    path[l] = null;
                    numbers[l] = 0;
                }
                path[level] = title(line);
                numbers[level] = Headings.number(line);
                String id = taskId(numbers);
                boolean headingOnly = line.length() <= MAX_HEADING_LENGTH && !hasBody(line) && !isShortItem(line);
                blocks.add(new Block(headingOnly ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, line, pathOf(path), id, null));
            } else {
                blocks.add(new Block(Block.Kind.PARAGRAPH, line, pathOf(path), taskId(numbers), null));
            }
            i++;
        }
        return new StructuredText(lines, page.dropped(), blocks);
    }

    /** Parses an annex from line {@code start}; returns the index of the first line after it. */
    private int parseAnnex(List<String> lines, int start, int annex, String annexTitle, List<Block> blocks) {
        int end = start;
        while (end < lines.size() && Headings.annex(lines.get(end)) < 0) {
            end++;
        }
        List<String> section = lines.subList(start, end);
        List<String> path = new ArrayList<>(List.of(annexTitle));
        int headerEnd = -1;
        int tabHeader = -1;
        for (int k = 0; k < section.size() && k < 15; k++) {
            String l = section.get(k);
            if (l.contains("\t")) {
                if (anyCellIsUnitsHeader(l)) {
                    tabHeader = k;
                }
                break;
            }
            if (isUnitsHeaderCell(l) && l.length() <= MAX_HEADER_CELL) {
                headerEnd = k;
                // sub-headers that follow (省级产业集群 / 国家级先进 / 制造业集群), up to the first row's number (1 / 1.)
                while (headerEnd + 1 < section.size() && !NUMBER_CELL.matcher(section.get(headerEnd + 1)).matches()
                        && (isHeaderCell(section.get(headerEnd + 1)) || LEXICON.columnRole(section.get(headerEnd + 1)) != null)) {
                    headerEnd++;
                }
                break;
            }
        }
        int rowNo = 0;
        if (tabHeader >= 0) {
            // a second header row under a spanning column (省级产业集群 | 省级先进制造业集群 | 国家级先进制造业集群)
            int tabHeaderEnd = subHeadersEnd(section, tabHeader, section.size());
            for (int k = 0; k <= tabHeaderEnd; k++) {
                blocks.add(new Block(Block.Kind.HEADING, section.get(k), path, "A" + annex, null));
            }
            rowNo = parseTabTable(section.subList(tabHeaderEnd + 1, section.size()), mergedHeader(section, tabHeader, tabHeaderEnd),
                    annex, path, blocks);
        } else if (headerEnd >= 0) {
            for (int k = 0; k <= headerEnd; k++) {
                blocks.add(new Block(Block.Kind.HEADING, section.get(k), path, "A" + annex, null));
            }
            rowNo = parseFlatTable(section.subList(headerEnd + 1, section.size()), annex, path, blocks);
        }
        if (rowNo == 0 && tabHeader < 0 && headerEnd < 0) {
            for (String l : section) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, l, path, "A" + annex, null));
            }
        }
        return end;
    }

    /**
     * A header row of a table whose rows say who answers for them: a units column (责任单位, 牵头单位, 配合单位,
     * 责任部门 … from lexicon/headers.tsv), or a body column beside a duties column (部门 | 职责清单).
     */
    static boolean anyCellIsUnitsHeader(String line) {
        if (FlatGrids.isDataHeader(line)) {
            return false; // 责任单位 | 2024年 | 2025年: each unit's numbers, a data table
        }
        boolean body = false;
        boolean duties = false;
        for (String cell : line.split("\t")) {
            String c = cell.strip();
            if (c.length() > MAX_HEADER_CELL) {
                continue;
            }
            Lexicon.ColumnRole role = LEXICON.columnRole(c);
            if (Lexicon.isUnitColumn(role)) {
                return true;
            }
            body |= role == Lexicon.ColumnRole.BODY;
            duties |= role == Lexicon.ColumnRole.DUTIES;
        }
        return body && duties;
    }

    /**
     * A units header standing alone on its line (责任单位) right after another header cell (任务内容, 主要任务, 序号):
     * the header of a table that arrived one cell per line.
     */
    private static boolean startsFlatTable(List<String> lines, int i) {
        String line = lines.get(i);
        if (i == 0 || line.length() > MAX_HEADER_CELL + 2 || line.contains("\t") || !LEXICON.mayBeUnitColumn(line)
                || !isUnitsHeaderCell(line.strip())) {
            return false;
        }
        String before = lines.get(i - 1).strip();
        Lexicon.ColumnRole role = LEXICON.columnRole(before);
        return before.length() <= MAX_HEADER_CELL && role != null && !Lexicon.isUnitColumn(role);
    }

    /** 责任单位 / 牵头单位 / 配合部门 … standing alone as a header cell (a flattened table's header line). */
    private static boolean isUnitsHeaderCell(String cell) {
        return Lexicon.isUnitColumn(LEXICON.columnRole(cell.strip()));
    }

    /** A row whose every cell is short and names a column (序号 | 考核指标 | 目标值 | 负责考核部门): a header. */
    private static boolean isHeaderRow(String line) {
        int named = 0;
        for (String cell : line.split("\t")) {
            String c = cell.strip();
            if (c.length() > MAX_HEADER_CELL || NUMBER_CELL.matcher(c).matches()) {
                return false;
            }
            named += LEXICON.columnRole(c) != null ? 1 : 0;
        }
        return named >= 2;
    }

    /**
     * A table row of header cells only: at least two, short, no sentence, no numbering, no units. Cells a span from the
     * header covers are empty or hold the ditto mark. A units header (牵头单位 | 配合单位 under 责任单位) is a sub-header
     * only in such a row: a full row of headers starts a table of its own.
     */
    static boolean isSubHeaderRow(String line) {
        if (!line.contains("\t")) {
            return false;
        }
        int cells = 0;
        boolean covered = false;
        boolean units = false;
        for (String cell : line.split("\t", -1)) {
            String c = cell.strip();
            if (c.isEmpty() || Spans.isDitto(c)) {
                covered = true;
                continue;
            }
            if (isUnitsHeaderCell(c) && c.length() <= MAX_HEADER_CELL) {
                units = true;
            } else if (!isHeaderCell(c)) {
                return false;
            }
            cells++;
        }
        return cells >= 2 && (!units || covered);
    }

    /** The last row of a header that starts at {@code header}: its sub-header rows, before {@code end}. */
    private static int subHeadersEnd(List<String> lines, int header, int end) {
        int last = header;
        while (last + 1 < end && isSubHeaderRow(lines.get(last + 1))) {
            last++;
        }
        return last;
    }

    /**
     * The header row with the cells of its sub-header rows that name a column role put in their column: 序号 | 重点任务 |
     * 责任单位 (spanning two columns) | 完成时限 over 〃 | 〃 | 牵头单位 | 配合单位 | 〃 reads 序号 | 重点任务 | 牵头单位 | 配合单位 |
     * 完成时限. Rows of another width (a DOCX table gives no cells for spans) leave the header as it is.
     */
    private static String mergedHeader(List<String> lines, int header, int last) {
        String[] merged = lines.get(header).split("\t", -1);
        for (int k = header + 1; k <= last; k++) {
            String[] sub = lines.get(k).split("\t", -1);
            if (sub.length != merged.length) {
                continue;
            }
            for (int c = 0; c < sub.length; c++) {
                String cell = sub[c].strip();
                if (!cell.isEmpty() && !Spans.isDitto(cell) && LEXICON.columnRole(cell) != null) {
                    merged[c] = cell;
                }
            }
        }
        return String.join("\t", merged);
    }

    private static boolean isHeaderCell(String line) {
        return line.length() <= MAX_HEADER_CELL && !line.contains("。") && Headings.level(line) == 0
                && !line.contains("\t") && !NOTE.matcher(line).find() && !isUnitsLine(line);
    }

    /**
     * A table that arrived as one cell per line: task line, measure lines, units lines, notes. A units cell may
     * stand on several lines (区文明办 / 区绿化市容局 / 区房管局): the row closes at the first line after them.
     * Row numbers and a category label split one character per line (分 / 类 / 投 / 放) are not cells. A row whose
     * merged task cell was lost goes on with its next 节点 and 指标数 ("2019年" / "26.5万户/733个"): such a
     * year-and-value pair becomes a row of its own under the task above, without units, so the year governs the
     * value. Example: Hongkou 任务清单.
     */
    private int parseFlatTable(List<String> lines, int annex, List<String> path, List<Block> blocks) {
        FlatRow row = new FlatRow();
        String note = null;
        String noteUnits = null;
        String lastUnits = null;
        int rowNo = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!row.unitLines.isEmpty()) {
                if (isUnitsLine(line) && !NOTE.matcher(line).find()) {
                    row.unitLines.add(line);
                    continue;
                }
                lastUnits = row.close(++rowNo, note, noteUnits, annex, path, blocks);
            }
            if (NOTE.matcher(line).find()) {
                note = line;
                noteUnits = lastUnits;
                continue;
            }
            if (NUMBER_CELL.matcher(line).matches() || line.length() == 1) {
                continue; // a row number, or one character of a category label written downwards
            }
            if (row.cells.isEmpty() && rowNo > 0 && YEAR_CELL.matcher(line).matches() && i + 1 < lines.size()
                    && isValueCell(lines.get(i + 1))) {
                // the next 节点 / 指标数 of the row above: 2019年 / 26.5万户/733个 (same task, no units of its own)
                Block above = lastRow(blocks);
                String aboveTask = above == null ? null : indicator(above.row());
                if (i + 2 < lines.size() && isUnitsLine(lines.get(i + 2)) && !NOTE.matcher(lines.get(i + 2)).find()) {
                    // …unless units follow: 2019年 / 4个街道 / 川北、嘉兴、北外滩、江湾镇街道 is a row of its own
                    row.task = aboveTask;
                    row.cells.add(line);
                    row.cells.add(lines.get(i + 1));
                    i++;
                    continue;
                }
                Block.Row pair = new Block.Row(aboveTask, List.of(line, lines.get(i + 1)), null, null, null);
                blocks.add(new Block(Block.Kind.ROW, line + lines.get(i + 1), path, "A" + annex + "." + rowNo, pair));
                i++;
                continue;
            }
            if (isTaskLine(line) && row.cells.isEmpty()) {
                row.task = line;
                continue;
            }
            if (isUnitsLine(line) && (!row.cells.isEmpty() || row.task != null)) {
                row.unitLines.add(line);
                continue;
            }
            row.cells.add(line);
        }
        if (!row.unitLines.isEmpty()) {
            row.close(++rowNo, note, noteUnits, annex, path, blocks);
        }
        for (String rest : row.cells) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, rest, path, "A" + annex, null));
        }
        return rowNo;
    }

    /** The row a flattened table is collecting: its task, measure cells and unit lines. */
    private static final class FlatRow {
        String task;
        final List<String> cells = new ArrayList<>();
        final List<String> unitLines = new ArrayList<>();

        /** Adds the row as a block and starts the next one (the task carries on); returns its units. */
        String close(int rowNo, String note, String noteUnits, int annex, List<String> path, List<Block> blocks) {
            String units = String.join("、", unitLines);
            List<String> rowCells = cells.isEmpty() ? List.of(task) : List.copyOf(cells);
            Block.Row r = new Block.Row(task, rowCells, units, note, note == null ? null : noteUnits);
            blocks.add(new Block(Block.Kind.ROW, String.join("\n", rowCells), path, "A" + annex + "." + rowNo, r));
            cells.clear();
            unitLines.clear();
            return units;
        }
    }

    private static Block lastRow(List<Block> blocks) {
        for (int k = blocks.size() - 1; k >= 0; k--) {
            if (blocks.get(k).kind() == Block.Kind.ROW) {
                return blocks.get(k);
            }
        }
        return null;
    }

    /** What a row is about: its task, else its first cell that names something (no digits). */
    public static String indicator(Block.Row row) {
        if (row.task() != null && !row.task().isBlank()) {
            return row.task();
        }
        for (String cell : row.cells()) {
            if (!cell.isBlank() && cell.chars().noneMatch(Character::isDigit)) {
                return cell;
            }
        }
        return null;
    }

    /** 2018年 / 2018—2020年 alone in a cell (a 节点 or year column). */
    private static final Pattern YEAR_CELL = Pattern.compile("^\\d{4}年(?:[-—–~至]\\d{4}年)?$");
    /** 24.3万户/682个 / 345个 / 634吨/日: a value cell (digits and measure words, no sentence). */
    private static final Pattern VALUE_CELL = Pattern.compile("^[\\d.%％]+[^。，,；;\\d]{0,6}(?:/[\\d.%％]*[^。，,；;\\d]{0,6})?$");

    private static boolean isValueCell(String line) {
        return line.length() <= 30 && VALUE_CELL.matcher(line).matches();
    }

    /**
     * A real table: one line per row, cells separated by tabs. Each column's role comes from its header
     * (lexicon/headers.tsv: task, measure, lead, support, units, deadline, number, category, body, duties). A row with
     * fewer cells than the header lost the cells of merged (rowspan) columns: its cells are placed by what they hold
     * (a number first, units last) and a missing task, category, body or units cell is carried down from the row above,
     * which governs it. Example (Suzhou 附件1, Markdown):
     * {@code 序号 | 领域 | 2024年推进任务 | 牵头责任部门} then {@code 4 | 加快…730万千瓦机组建设。} → units of row 3.
     */
    private int parseTabTable(List<String> lines, String header, int annex, List<String> path, List<Block> blocks) {
        String[] head = header.split("\t");
        int columns = head.length;
        Lexicon.ColumnRole[] roles = new Lexicon.ColumnRole[columns];
        for (int c = 0; c < columns; c++) {
            roles[c] = LEXICON.columnRole(head[c].strip());
        }
        boolean dutiesTable = indexOf(roles, Lexicon.ColumnRole.BODY) >= 0 && indexOf(roles, Lexicon.ColumnRole.DUTIES) >= 0;
        // 2024年推进任务 / 2025年目标: the measure column's header sets the year its cells are due
        String due = null;
        for (int c = 0; c < columns; c++) {
            java.util.regex.Matcher y = HEADER_YEAR.matcher(head[c]);
            if ((roles[c] == Lexicon.ColumnRole.MEASURE || roles[c] == null) && y.find()) {
                due = y.group();
            }
        }
        String task = null;
        String category = null;
        String note = null;
        String noteUnits = null;
        String lastUnits = null;
        String lastLead = null;
        String lastSupport = null;
        int rowNo = 0;
        // a table that marks the cells a span covers (〃, HTML rowspan) says where it spans: an empty cell is empty
        boolean spansMarked = false;
        for (String line : lines) {
            spansMarked |= line.contains(Spans.DITTO);
        }
        String[] above = new String[0];
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            // a note is a row of one cell, also when empty or spanned cells of merged columns stand beside it
            String[] filled = java.util.Arrays.stream(cells).map(String::strip).filter(c -> !c.isEmpty() && !Spans.isDitto(c))
                    .toArray(String[]::new);
            // the cell of the row above, spanned down to here: who answers, the task, the group, the time limit
            // govern this row too; a measure spanned over rows is stated once
            above = Spans.resolve(cells, above, c -> governsSpannedRows(c < roles.length ? roles[c] : null));
            if (filled.length == 1 && NOTE.matcher(filled[0]).find()) {
                note = filled[0];
                noteUnits = lastUnits;
                continue;
            }
            // a section row inside the table: "一、实施设备更新行动"
            if (filled.length == 1 && Headings.level(filled[0]) > 0 && filled[0].length() <= MAX_HEADING_LENGTH) {
                blocks.add(new Block(Block.Kind.HEADING, filled[0], path, "A" + annex, null));
                continue;
            }
            if (cells.length < 2 && filled.length < 2) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, line, path, "A" + annex, null));
                continue;
            }
            Lexicon.ColumnRole[] placed = place(cells, roles, dutiesTable);
            String lead = null;
            String support = null;
            String units = null;
            boolean sawUnitCell = false;
            boolean emptyUnitCell = false;
            List<String> measure = new ArrayList<>();
            // 2024年12月 / 2025年底前 in a 完成时限 column: read for the row's deadline, not quoted as its task
            List<String> timeLimit = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                Lexicon.ColumnRole role = placed[i];
                if (role == null) {
                    if (!cell.isEmpty() && !NUMBER_CELL.matcher(cell).matches()) {
                        measure.add(cell);
                    }
                    continue;
                }
                if (Lexicon.isUnitColumn(role) || role == Lexicon.ColumnRole.BODY) {
                    // an empty units cell is one a merged cell above spans (rowspan, DOCX vertical merge)
                    emptyUnitCell |= cell.isEmpty();
                    sawUnitCell |= !cell.isEmpty();
                }
                switch (role) {
                    case LEAD, BODY -> lead = cell.isEmpty() ? null : cell;
                    case SUPPORT -> support = cell.isEmpty() ? null : cell;
                    case UNITS -> units = cell.isEmpty() ? null : cell;
                    case TASK -> task = cell.isEmpty() ? task : cell;
                    case CATEGORY -> category = cell.isEmpty() ? category : cell;
                    case NUMBER, OTHER -> {
                    }
                    case DEADLINE -> {
                        if (!cell.isEmpty() && !Spans.isDitto(cell)) {
                            timeLimit.add(cell);
                        }
                    }
                    default -> {
                        if (!cell.isEmpty()) {
                            measure.add(cell);
                        }
                    }
                }
            }
            if (sawUnitCell && emptyUnitCell && !spansMarked) {
                // some unit columns filled, others spanned from above: 牵头单位 merged over the task's rows
                lead = lead == null ? lastLead : lead;
                support = support == null ? lastSupport : support;
            }
            if (!sawUnitCell && dutiesTable && rowNo > 0) {
                // a duties table: a row without its body continues the body above (one record per body)
                blocks.add(new Block(Block.Kind.PARAGRAPH, String.join("\n", measure), path, "A" + annex + "." + rowNo, null));
                continue;
            }
            if (!sawUnitCell && !spansMarked) {
                // the units cell spans this row from above
                lead = lastLead;
                support = lastSupport;
                units = lastUnits == null || lastLead != null || lastSupport != null ? null : lastUnits;
            }
            if (measure.isEmpty() && task != null) {
                measure.add(task);
            }
            if (measure.isEmpty()) {
                measure.addAll(timeLimit); // a row that only gives a time limit
                timeLimit.clear();
            }
            if (measure.isEmpty()) {
                continue;
            }
            rowNo++;
            String unitText = unitText(lead, support, units);
            lastLead = lead;
            lastSupport = support;
            Block.Row row = new Block.Row(task, measure, unitText, note, note == null ? null : noteUnits, due, timeLimit);
            blocks.add(new Block(Block.Kind.ROW, String.join("\n", row.texts()), path, "A" + annex + "." + rowNo, row));
            lastUnits = unitText;
        }
        return rowNo;
    }

    /**
     * The role of each cell of a row. A full row takes the header's roles; a shorter one lost leading merged cells:
     * a number cell takes the number column, a last cell that reads as units (or, in a duties table, a first cell
     * that reads as a body) takes that column, and the rest go to the measure, task or duties columns in order.
     */
    private static Lexicon.ColumnRole[] place(String[] cells, Lexicon.ColumnRole[] roles, boolean dutiesTable) {
        Lexicon.ColumnRole[] out = new Lexicon.ColumnRole[cells.length];
        if (cells.length >= roles.length) {
            // wider rows than the header: a header cell spans sub-columns (主要建设内容 over 省级 | 国家级); the
            // columns from the first unit column on are aligned from the right, the others from the left
            int extra = cells.length - roles.length;
            int firstUnit = roles.length;
            for (int c = 0; c < roles.length; c++) {
                if (Lexicon.isUnitColumn(roles[c])) {
                    firstUnit = c;
                    break;
                }
            }
            for (int c = 0; c < roles.length; c++) {
                out[c < firstUnit ? c : c + extra] = roles[c];
            }
            return out;
        }
        int from = 0;
        int to = cells.length;
        if (indexOf(roles, Lexicon.ColumnRole.NUMBER) >= 0 && NUMBER_CELL.matcher(cells[0].strip()).matches()) {
            out[0] = Lexicon.ColumnRole.NUMBER;
            from = 1;
        }
        if (dutiesTable) {
            if (from < to && to - from >= 2 && isUnitsLine(cells[from].strip())) {
                out[from++] = Lexicon.ColumnRole.BODY;
            }
            for (int i = from; i < to; i++) {
                out[i] = Lexicon.ColumnRole.DUTIES;
            }
            return out;
        }
        // unit columns, from the right
        List<Lexicon.ColumnRole> unitRoles = new ArrayList<>();
        for (Lexicon.ColumnRole r : roles) {
            if (Lexicon.isUnitColumn(r)) {
                unitRoles.add(r);
            }
        }
        int u = unitRoles.size() - 1;
        while (to - 1 > from && u >= 0 && (isUnitsLine(cells[to - 1].strip()) || cells[to - 1].strip().equals("/"))) {
            out[to - 1] = unitRoles.get(u--);
            to--;
        }
        // the remaining text cells: the last one is the measure; one before it (if any) a task or category
        if (to > from) {
            out[to - 1] = Lexicon.ColumnRole.MEASURE;
            for (int i = to - 2; i >= from; i--) {
                out[i] = indexOf(roles, Lexicon.ColumnRole.TASK) >= 0 ? Lexicon.ColumnRole.TASK : Lexicon.ColumnRole.CATEGORY;
            }
        }
        return out;
    }

    private static String unitText(String lead, String support, String units) {
        boolean hasLead = lead != null && !lead.isBlank() && !lead.equals("/");
        boolean hasSupport = support != null && !support.isBlank() && !support.equals("/");
        if (hasLead && hasSupport) {
            return "牵头单位:" + lead + ";配合单位:" + support;
        }
        if (hasLead) {
            // 牵头单位 | 责任单位 columns: the lead first, and said to lead
            return units != null && !units.isBlank() && !units.equals("/") ? "牵头单位:" + lead + ";责任单位:" + units : lead;
        }
        if (hasSupport) {
            return units != null && !units.isBlank() ? "牵头单位:" + units + ";配合单位:" + support : support;
        }
        return units == null || units.isBlank() || units.equals("/") ? null : units;
    }

    private static int indexOf(Lexicon.ColumnRole[] roles, Lexicon.ColumnRole role) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    /** 1.优化集群空间布局 / 14.大力发展生产性服务业。 — a short numbered task name. */
    static boolean isTaskLine(String line) {
        int stop = line.indexOf('。');
        return Headings.level(line) == 3 && line.length() <= 30 && (stop < 0 || stop == line.length() - 1)
                && !line.contains(";") && !line.contains("；") && !line.contains(",") && !line.contains("，");
    }

    /** 市商务局、市重点产业链牵头单位 / “六个一”机制责任单位按职责分工负责 / 各县(区)政府(管委会). */
    static boolean isUnitsLine(String line) {
        if (line.length() > 60 || line.contains("。") || line.contains(":") || line.contains("：")
                || Headings.level(line) > 0) {
            return false;
        }
        String bare = PARENTHESISED.matcher(line).replaceAll("");
        if (bare.isEmpty() || COUNT_OF_BODIES.matcher(bare).lookingAt()) {
            return false; // 4个街道 / 三个区: a count in a 指标数 cell, not the bodies that answer for the row
        }
        String[] parts = LIST_SEPARATOR.split(bare);
        if (parts.length == 0) {
            return false; // "、" or "，" alone
        }
        for (String p : parts) {
            if (!endsLikeUnit(p.strip()) && !p.strip().isEmpty()) {
                // allow bare industry words inside "钢铁、锂电新能源、电子信息产业链牵头单位"
                if (p.strip().length() > 8) {
                    return false;
                }
            }
        }
        return endsLikeUnit(parts[parts.length - 1].strip());
    }

    /** 市工信局 / 各县区 / 区绿化市容局负责: ends like a body (lexicon/bodies.tsv) or with 负责. */
    private static boolean endsLikeUnit(String cell) {
        return LEXICON.bodyKind(cell) != null || cell.endsWith("负责");
    }

    /**
     * A numbered item that is one whole sentence with a number or a clause in it: "三、12月底前建成公共充电桩2000个。",
     * "（一）局安委会负责统筹协调全局安全生产工作，…。" — a task, not a title ("（三）打造优质企业矩阵。").
     */
    private static boolean isShortItem(String line) {
        if (!line.endsWith("。")) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == ',' || Character.isDigit(c) && i > 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(String line) {
        int stop = line.indexOf('。');
        return stop >= 0 && stop < line.length() - 1;
    }

    /** The heading's title: text up to the first 。 ("(三)打造优质企业矩阵"). */
    private static String title(String line) {
        int stop = line.indexOf('。');
        String t = stop > 0 ? line.substring(0, stop) : line;
        return t.length() > MAX_HEADING_LENGTH ? t.substring(0, MAX_HEADING_LENGTH) : t;
    }

    private static List<String> pathOf(String[] path) {
        List<String> out = new ArrayList<>();
        for (String p : path) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static String taskId(int[] numbers) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int l = 1; l < numbers.length; l++) {
            if (numbers[l] > 0) {
                last = l;
            }
        }
        for (int l = 1; l <= last; l++) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(numbers[l]);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
