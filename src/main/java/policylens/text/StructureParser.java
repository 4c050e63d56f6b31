package policylens.text;

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
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；]");
    /** 责任单位 / 牵头单位 / 责任部门 / 责任主体 as a column header. */
    private static final Pattern UNITS_HEADER = Pattern.compile("^(责任单位|牵头单位|责任部门|责任主体|牵头部门|责任处室|承办单位|实施主体)");
    /** 配合单位 / 协同单位 / 参与单位 as a column header. */
    private static final Pattern SUPPORT_HEADER = Pattern.compile("^(配合单位|配合部门|协同单位|参与单位|协办单位)");
    /** 重点任务 / 主要任务 / 任务名称 as a column header. */
    private static final Pattern TASK_HEADER = Pattern.compile("^(重点任务|主要任务|任务名称|重点工作|工作任务|任务)$");
    /** (以下均需上述三个县区落实,不再单独列出) / (以下均需各县(区)政府(管委会)落实,不再列出) */
    private static final Pattern NOTE = Pattern.compile("^[(（].*(以下|不再).*[)）]$");
    private static final Pattern UNIT_END = Pattern.compile(
            "(局|厅|委|办|部|政府|管委会|单位|集团|分行|分局|区|县|会|院|中心|组|室|负责)$");

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
                while (end < lines.size() && (lines.get(end).contains("\t") || NOTE.matcher(lines.get(end)).find())) {
                    end++;
                }
                List<String> tablePath = pathOf(path);
                blocks.add(new Block(Block.Kind.HEADING, line, tablePath, taskId(numbers), null));
                parseTabTable(lines.subList(i + 1, end), line, annex < 0 ? 0 : annex, tablePath, blocks);
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
                boolean headingOnly = line.length() <= MAX_HEADING_LENGTH && !hasBody(line);
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
            if (UNITS_HEADER.matcher(l).find() && l.length() <= MAX_HEADER_CELL) {
                headerEnd = k;
                // sub-headers that follow (省级产业集群 / 国家级先进 / 制造业集群)
                while (headerEnd + 1 < section.size() && isHeaderCell(section.get(headerEnd + 1))) {
                    headerEnd++;
                }
                break;
            }
        }
        int rowNo = 0;
        if (tabHeader >= 0) {
            // a second header row under a spanning column (省级产业集群 | 省级先进制造业集群 | 国家级先进制造业集群)
            int tabHeaderEnd = tabHeader;
            while (tabHeaderEnd + 1 < section.size() && isSubHeaderRow(section.get(tabHeaderEnd + 1))) {
                tabHeaderEnd++;
            }
            for (int k = 0; k <= tabHeaderEnd; k++) {
                blocks.add(new Block(Block.Kind.HEADING, section.get(k), path, "A" + annex, null));
            }
            rowNo = parseTabTable(section.subList(tabHeaderEnd + 1, section.size()), section.get(tabHeader), annex, path, blocks);
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

    private static boolean anyCellIsUnitsHeader(String line) {
        for (String cell : line.split("\t")) {
            if (UNITS_HEADER.matcher(cell.strip()).find() && cell.strip().length() <= MAX_HEADER_CELL) {
                return true;
            }
        }
        return false;
    }

    /** A table row of header cells only: at least two, short, no sentence, no numbering, no units. */
    static boolean isSubHeaderRow(String line) {
        if (!line.contains("\t")) {
            return false;
        }
        int cells = 0;
        for (String cell : line.split("\t")) {
            String c = cell.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!isHeaderCell(c) || UNITS_HEADER.matcher(c).find()) {
                return false;
            }
            cells++;
        }
        return cells >= 2;
    }

    private static boolean isHeaderCell(String line) {
        return line.length() <= MAX_HEADER_CELL && !line.contains("。") && Headings.level(line) == 0
                && !line.contains("\t") && !NOTE.matcher(line).find() && !isUnitsLine(line);
    }

    /** A table that arrived as one cell per line: task line, measure lines, units line, notes. */
    private int parseFlatTable(List<String> lines, int annex, List<String> path, List<Block> blocks) {
        String task = null;
        List<String> cells = new ArrayList<>();
        String note = null;
        String noteUnits = null;
        String lastUnits = null;
        int rowNo = 0;
        for (String line : lines) {
            if (NOTE.matcher(line).find()) {
                note = line;
                noteUnits = lastUnits;
                continue;
            }
            if (isTaskLine(line) && cells.isEmpty()) {
                task = line;
                continue;
            }
            if (isUnitsLine(line) && (!cells.isEmpty() || task != null)) {
                rowNo++;
                List<String> rowCells = cells.isEmpty() ? List.of(task) : List.copyOf(cells);
                Block.Row row = new Block.Row(task, rowCells, line, note, note == null ? null : noteUnits);
                blocks.add(new Block(Block.Kind.ROW, String.join("\n", rowCells), path, "A" + annex + "." + rowNo, row));
                cells.clear();
                lastUnits = line;
                continue;
            }
            cells.add(line);
        }
        for (String rest : cells) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, rest, path, "A" + annex, null));
        }
        return rowNo;
    }

    /**
     * A real table: one line per row, cells separated by tabs. Columns are read from the header (重点任务, 具体举措,
     * 责任单位 or 牵头单位 + 配合单位, 完成时限, 序号); a row with fewer cells lacks its leading cells, spanned from the
     * row above (rowspan), so cells are matched to columns from the right.
     */
    private int parseTabTable(List<String> lines, String header, int annex, List<String> path, List<Block> blocks) {
        String[] head = header.split("\t");
        int columns = head.length;
        int leadCol = -1;
        int supportCol = -1;
        int taskCol = -1;
        int numberCol = -1;
        for (int c = 0; c < columns; c++) {
            String h = head[c].strip();
            if (SUPPORT_HEADER.matcher(h).find()) {
                supportCol = c;
            } else if (UNITS_HEADER.matcher(h).find()) {
                leadCol = c;
            } else if (TASK_HEADER.matcher(h).find() && taskCol < 0 && c < columns - 2) {
                taskCol = c;
            } else if (h.equals("序号")) {
                numberCol = c;
            }
        }
        boolean split = supportCol >= 0 && leadCol >= 0 && head[leadCol].strip().startsWith("牵头");
        String task = null;
        String note = null;
        String noteUnits = null;
        String lastUnits = null;
        int rowNo = 0;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            // a note is a row of one cell, also when an empty cell of a merged task column stands beside it
            String[] filled = java.util.Arrays.stream(cells).map(String::strip).filter(c -> !c.isEmpty())
                    .toArray(String[]::new);
            if (filled.length == 1 && NOTE.matcher(filled[0]).find()) {
                note = filled[0];
                noteUnits = lastUnits;
                continue;
            }
            if (cells.length < 2) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, line, path, "A" + annex, null));
                continue;
            }
            int shift = columns - cells.length;
            String lead = null;
            String support = null;
            List<String> measure = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                int col = shift + i;
                String cell = cells[i].strip();
                if (col == leadCol || (leadCol < 0 && i == cells.length - 1)) {
                    lead = cell;
                } else if (col == supportCol) {
                    support = cell;
                } else if (col == taskCol) {
                    task = cell.isEmpty() ? task : cell;
                } else if (col != numberCol && !cell.isEmpty()) {
                    measure.add(cell);
                }
            }
            if (measure.isEmpty() && task != null) {
                measure.add(task);
            }
            rowNo++;
            String unitText = split && support != null && !support.isEmpty()
                    ? "牵头单位:" + lead + ";配合单位:" + support : lead;
            Block.Row row = new Block.Row(task, measure, unitText, note, note == null ? null : noteUnits);
            blocks.add(new Block(Block.Kind.ROW, String.join("\n", measure), path, "A" + annex + "." + rowNo, row));
            lastUnits = unitText;
        }
        return rowNo;
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
        if (bare.isEmpty()) {
            return false;
        }
        String[] parts = LIST_SEPARATOR.split(bare);
        for (String p : parts) {
            if (!UNIT_END.matcher(p.strip()).find() && !p.strip().isEmpty()) {
                // allow bare industry words inside "钢铁、锂电新能源、电子信息产业链牵头单位"
                if (p.strip().length() > 8) {
                    return false;
                }
            }
        }
        return UNIT_END.matcher(parts[parts.length - 1].strip()).find();
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
