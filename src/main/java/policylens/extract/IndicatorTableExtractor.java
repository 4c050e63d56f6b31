package policylens.extract;

import policylens.lexicon.Lexicon;
import policylens.model.Comparator;
import policylens.text.FlatGrids;
import policylens.text.Headings;
import policylens.text.Spans;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets that stand in the cells of an indicator table (主要指标表), where the unit is a column or sits in the
 * header: {@code 指标名称 | 单位 | 2024年基数 | 2026年目标} and a row {@code 规上工业营业收入 | 亿元 | 4100 | 5000} give
 * 5000亿元 due 2026 (the base-year column is a fact, not a commitment).
 */
public final class IndicatorTableExtractor {
    private static final Lexicon LEXICON = Lexicon.get();
    /** 单位 / 计量单位 beside an indicator column: the unit of measure of the row. */
    private static final Pattern UNIT_HEADER = Pattern.compile("^(单位|计量单位)$");
    /**
     * 2026年 / 2026年目标 / 2026年目标值 / 目标值 / 预期目标 / 规划值 / 2024年（30%） / 总任务量（亩） / 合计 /
     * 2024-2026年任务量 (the total over the years, due at their end) / 2024年 30% (a cell's two lines) — a column
     * of committed values (a share written under a year, 2024年 over 30%, says how the total is spread).
     */
    private static final Pattern TARGET_HEADER = Pattern.compile(
            "^(?:(?:\\d{4}\\s*[-—–~至]\\s*)?(?<year>\\d{4})年?(?:底|末)?)?"
                    // 2025年PM2.5浓度目标（微克/立方米）: what the column measures, between its year and 目标
                    + "(?:(?<what>[^()（）\\t]{1,16}?)(?=目标|预期))?"
                    + "(?:目标值?|预期值?|预期目标|规划值|目标任务|任务量|总任务量?|任务总量|合计|总计)?"
                    + "(?<tail>(?:[(（](?<share>\\d+(?:\\.\\d+)?)[%％][)）]|\\s+(?<bare>\\d+(?:\\.\\d+)?)[%％])?"
                    + "(?:[(（](?<unit>[^()（）\\d]{1,8})[)）])?)$");
    /** 基期 / 基数 / 现状 / 实际 / 完成 — a column of facts. */
    private static final Pattern FACT_HEADER = Pattern.compile("基期|基数|现状|实际|完成|基准|现值|序号|属性|类别");
    /** ≥50 / 50以上 / >35 / 1-2 / 10左右 / 36亩 / 95% — a committed value in a cell, with its unit when it carries one. */
    private static final Pattern CELL = Pattern.compile(
            "^(?<pre>[≥≤><＞＜]|不低于|不少于|超过|达到)?\\s*(?<v>\\d+(?:\\.\\d+)?)(?:\\s*[-—~至]\\s*(?<max>\\d+(?:\\.\\d+)?))?"
                    + "\\s*(?<unit>[%％]|[\\p{IsHan}&&[^以左]]{1,3})?\\s*(?<post>以上|以下|左右)?$");
    /** 亿元 / 万吨 / % / 家 — a unit with an optional multiplier. */
    private static final Pattern UNIT = Pattern.compile("^(?<mult>万亿|亿|千万|百万|万|千)?(?<unit>.+)$");
    /** 单位：亩 / （单位：万元） — the caption line that gives a whole table's unit. */
    private static final Pattern CAPTION_UNIT = Pattern.compile("单位[:：]\\s*(?<unit>[^\\s()（）,，;；。]{1,8})");
    /** A plan's name in a caption, up to its last word and period: …三年行动(2024-2026) / …实施方案（2024—2026年）. */
    private static final Pattern PLAN_NAME = Pattern.compile(
            "^.*(?:行动|方案|计划|规划|纲要)(?:\\s*[(（]\\d{4}\\s*[-—–~至]\\s*\\d{4}年?[)）])?");
    /** 附件1 / 表2 before a caption, 分解表 / 一览表 / 表 after it: what is left names what the cells count. */
    private static final Pattern CAPTION_NOISE = Pattern.compile("^(?:附件|附表|表)\\s*\\d*[:：.、]?\\s*|(?:分解|安排|汇总|一览|情况|统计)?表$");

    /** Targets of a table given as rows of tab-separated cells, header first; empty when it is no indicator table. */
    public List<Target> extract(List<String> rows, String taskId) {
        return extract(rows, taskId, List.of());
    }

    /**
     * As {@link #extract(List, String)}, with the lines that stand just above the table ({@code 附件1},
     * {@code 某区农村公路建设任务量分解表}, {@code 单位：亩}): they give the unit when no column or header does, and
     * name what a table of places counts (街镇 | 2024年 | 2025年 → 城关镇 任务量 per year).
     */
    public List<Target> extract(List<String> rows, String taskId, List<String> caption) {
        return extract(rows, taskId, caption, null);
    }

    /**
     * As {@link #extract(List, String, List)} for a document of {@code docYear} (null: not known): a bare year column
     * before it holds what there was then (指标 | 单位 | 2024年 | 2025年 | 2026年 in a 2025 plan: 2024年 is the
     * baseline), not a commitment.
     */
    public List<Target> extract(List<String> rows, String taskId, List<String> caption, Integer docYear) {
        List<Target> out = new ArrayList<>();
        if (rows.size() < 2) {
            return out;
        }
        rows = withSpansResolved(rows);
        String[] header = rows.get(0).split("\t", -1);
        if (LEXICON.exactColumnRole(header[0].strip()) == Lexicon.ColumnRole.YEAR) {
            return byYear(rows, header, taskId, caption);
        }
        int metricCol = -1;
        int unitCol = -1;
        boolean places = false;
        List<Integer> targetCols = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String h = header[c].strip();
            Lexicon.ColumnRole role = LEXICON.columnRole(h);
            boolean body = role == Lexicon.ColumnRole.PLACE || role == Lexicon.ColumnRole.BODY || Lexicon.isUnitColumn(role);
            if (metricCol < 0 && (role == Lexicon.ColumnRole.INDICATOR || body)) {
                // a row about a place or a body (街镇 / 责任单位 | 2024年 | 2025年) counts what the caption names
                metricCol = c;
                places = body;
            } else if (UNIT_HEADER.matcher(h).find()) {
                unitCol = c;
            } else if (!h.isEmpty() && !FACT_HEADER.matcher(h).find() && TARGET_HEADER.matcher(h).matches()
                    && (h.matches(".*\\d{4}.*") || h.contains("目标") || h.contains("预期") || h.contains("规划")
                    || h.contains("任务") || h.contains("合计") || h.contains("总计")) && !beforeTheDocument(h, docYear)) {
                targetCols.add(c);
            }
        }
        if (metricCol < 0 || targetCols.isEmpty()) {
            return out;
        }
        Caption cap = caption(caption);
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != header.length) {
                continue;
            }
            String key = cells[metricCol].strip().replaceFirst("^\\d{1,2}[.、．]", "");
            for (int col : targetCols) {
                Matcher h = TARGET_HEADER.matcher(header[col].strip());
                h.matches();
                // a row of a table of places: 城关镇 counts what its column and the caption name (2024年 农村公路建设任务量)
                String metric = h.group("what") != null ? key + h.group("what").strip()
                        : places && !key.isEmpty() ? key + placeColumn(h, cap.subject()) : key;
                String unitText = unitCol >= 0 ? cells[unitCol].strip() : h.group("unit");
                if ((unitText == null || unitText.isEmpty()) && unitCol < 0) {
                    unitText = unitOfHeader(header, cap.unit());
                }
                Target t = cellTarget(line, metric, cells[col].strip(), unitText, h.group("year"), taskId);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        if (places) {
            out.addAll(headerShares(header, targetCols, cap.subject(), taskId));
        }
        return out;
    }

    /** A header that is only a year before the document's (2024年 in a 2025 plan), with no word of a target. */
    private static boolean beforeTheDocument(String header, Integer docYear) {
        Matcher h = TARGET_HEADER.matcher(header);
        return docYear != null && h.matches() && h.group("year") != null && Integer.parseInt(h.group("year")) < docYear
                && !header.contains("目标") && !header.contains("预期") && !header.contains("规划") && !header.contains("任务");
    }

    /**
     * What a place table's column counts: what the caption names, after the column's years when its header has any
     * (2024年 30% → 2024年农村公路建设任务量; 2024-2026年任务量 under a caption counting 任务量 → 2024-2026年任务量),
     * so that the total and each year's part are told apart; nothing when the caption names nothing (the place alone).
     */
    private static String placeColumn(Matcher header, String subject) {
        if (subject.isEmpty() || header.group("year") == null) {
            return subject;
        }
        String words = header.group().substring(0, header.start("tail")).strip(); // without its share or unit
        return words.endsWith(subject) ? words : words + subject;
    }

    /**
     * The share of a place table's total that is due each year, written under the year in its header
     * ({@code 2024年 30%}, {@code 2025年（40%）}): a target of its own, the part of the task done by then.
     */
    private static List<Target> headerShares(String[] header, List<Integer> targetCols, String subject, String taskId) {
        List<Target> out = new ArrayList<>();
        for (int col : targetCols) {
            Matcher h = TARGET_HEADER.matcher(header[col].strip());
            if (!h.matches() || h.group("year") == null) {
                continue;
            }
            String share = h.group("share") != null ? h.group("share") : h.group("bare");
            if (share == null) {
                continue;
            }
            String evidence = header[col].strip();
            String metric = h.group("year") + "年" + subject + "占比";
            out.add(new Target(evidence, metric, Double.parseDouble(share), null, "%", Comparator.EQ.json(),
                    h.group("year"), null, taskId));
        }
        return out;
    }

    /**
     * The rows with every ditto mark 〃 (a cell a span from above covers) replaced by the cell above it: a unit column
     * or a place spanned over rows governs each of them.
     */
    private static List<String> withSpansResolved(List<String> rows) {
        if (rows.stream().noneMatch(r -> r.contains(Spans.DITTO))) {
            return rows;
        }
        List<String> out = new ArrayList<>(rows.size());
        String[] above = new String[0];
        for (String row : rows) {
            above = Spans.resolve(row.split("\t", -1), above, c -> true);
            out.add(String.join("\t", above));
        }
        return out;
    }

    /**
     * A table whose rows are years: {@code 年份 | 城关镇 | 新华镇 | 合计} and {@code 2024年 | 36 | 48 | 84} give 城关镇's
     * 36 (unit from the caption or the column header) due 2024, and so on for every column.
     */
    private List<Target> byYear(List<String> rows, String[] header, String taskId, List<String> caption) {
        List<Target> out = new ArrayList<>();
        Caption c = caption(caption);
        String lastYear = null;
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split("\t", -1);
            Matcher year = YEAR_CELL.matcher(cells[0].strip());
            // 合计 | 10 | 5.3 under the years: each column's total, due with the last year
            boolean total = lastYear != null && TOTAL_CELL.matcher(cells[0].strip()).matches();
            if (cells.length != header.length || !year.lookingAt() && !total) {
                continue;
            }
            String due = total ? lastYear : year.group(1);
            lastYear = due;
            for (int col = 1; col < cells.length; col++) {
                String name = header[col].strip();
                String unitInHeader = FlatGrids.closingMeasure(name);
                String unitText = unitInHeader != null ? unitInHeader : c.unit();
                name = (unitInHeader == null ? name : name.substring(0, name.length() - unitInHeader.length() - 2)).strip();
                // 城关镇 / 新增面积 count what the caption names (农村公路建设任务量); 新建高标准农田 already names what a caption
                // of 高标准农田建设任务 counts
                String metric = (sharesAWord(name, c.subject()) ? name : name + c.subject())
                        + (total ? "（" + cells[0].strip() + "）" : "");
                Target t = cellTarget(line, metric, cells[col].strip(), unitText, due, taskId);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** 2024年 / 2024年（30%）: the year a row of a year-by-row table is due. */
    private static final Pattern YEAR_CELL = Pattern.compile("^(\\d{4})年");
    /** Whether {@code name} and {@code subject} have three characters in a row in common. */
    private static boolean sharesAWord(String name, String subject) {
        for (int i = 0; i + 3 <= name.length(); i++) {
            if (subject.contains(name.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** 合计 / 总计 / 小计: a row or column of totals. */
    private static final Pattern TOTAL_CELL = Pattern.compile("^(?:合计|总计|小计)$");

    /** What the lines above a table say: the unit of its cells (单位：亩) and what they count (…任务量分解表). */
    private record Caption(String unit, String subject) {
    }

    private static Caption caption(List<String> caption) {
        String unit = null;
        String subject = "";
        for (String line : caption) {
            Matcher u = CAPTION_UNIT.matcher(line);
            if (u.find()) {
                unit = u.group("unit");
            } else if (Headings.annex(line) < 0 && line.length() <= 60) {
                subject = CAPTION_NOISE.matcher(line.strip()).replaceAll("");
                // 某区违法用地综合整治三年行动(2024-2026)任务量: what the plan's table counts comes after the plan's name
                Matcher plan = PLAN_NAME.matcher(subject);
                if (plan.find() && plan.end() < subject.length()) {
                    subject = subject.substring(plan.end());
                }
            }
        }
        return new Caption(unit, subject);
    }

    /** The target a value cell states, its unit given by the cell or else by {@code unitText}; null when none. */
    private static Target cellTarget(String row, String metric, String cell, String unitText, String year, String taskId) {
        Matcher v = CELL.matcher(cell);
        if (!v.find() || metric.isEmpty()) {
            return null;
        }
        if (v.group("unit") != null && LEXICON.isMeasure(v.group("unit"))) {
            unitText = v.group("unit"); // 36亩: the cell says its unit
        }
        if (unitText == null || unitText.isEmpty()) {
            return null;
        }
        Matcher u = UNIT.matcher(unitText);
        u.matches();
        double factor = u.group("mult") == null ? 1 : Quantities.multiplier(u.group("mult"));
        String unit = u.group("unit").equals("％") ? "%" : u.group("unit");
        OptionalDouble value = Quantities.parseNumber(v.group("v"));
        Double max = v.group("max") == null ? null : Quantities.parseNumber(v.group("max")).getAsDouble() * factor;
        return new Target(row.replace('\t', ' ').strip(), metric, value.getAsDouble() * factor, max, unit,
                comparator(v.group("pre"), v.group("post"), max != null), year, null, taskId);
    }

    /**
     * The unit a header cell gives for the whole table: a value column's (总任务量（亩） | 2024年 | 2025年), else a
     * measure word in parentheses closing any header cell (违法用地面积（亩）), else the caption's (单位：亩).
     */
    private static String unitOfHeader(String[] header, String captionUnit) {
        for (String cell : header) {
            Matcher h = TARGET_HEADER.matcher(cell.strip());
            if (h.matches() && h.group("unit") != null) {
                return h.group("unit");
            }
        }
        for (String cell : header) {
            String unit = FlatGrids.closingMeasure(cell.strip());
            if (unit != null) {
                return unit;
            }
        }
        return captionUnit;
    }

    private static String comparator(String pre, String post, boolean range) {
        if (range) {
            return Comparator.RANGE.json();
        }
        if ("以上".equals(post) || "≥".equals(pre) || "不低于".equals(pre) || "不少于".equals(pre)) {
            return Comparator.GTE.json();
        }
        if ("以下".equals(post) || "≤".equals(pre)) {
            return Comparator.LTE.json();
        }
        if ("左右".equals(post)) {
            return Comparator.APPROX.json();
        }
        if (">".equals(pre) || "＞".equals(pre) || "超过".equals(pre)) {
            return Comparator.GT.json();
        }
        if ("<".equals(pre) || "＜".equals(pre)) {
            return Comparator.LT.json();
        }
        return Comparator.EQ.json();
    }
}
