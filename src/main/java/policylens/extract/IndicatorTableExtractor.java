package policylens.extract;

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
    /** 指标 / 指标名称 / 主要指标 / 名称. */
    private static final Pattern METRIC_HEADER = Pattern.compile("^(指标名称|主要指标|指标|名称|指标内容)$");
    /** 单位 / 计量单位. */
    private static final Pattern UNIT_HEADER = Pattern.compile("^(单位|计量单位)$");
    /** 2026年 / 2026年目标 / 2026年目标值 / 目标值 / 预期目标 / 规划值 — a column of committed values. */
    private static final Pattern TARGET_HEADER = Pattern.compile(
            "^(?:(?<year>\\d{4})年?)?(?:目标值?|预期值?|预期目标|规划值|目标任务)?(?:[(（](?<unit>[^()（）]{1,8})[)）])?$");
    /** 基期 / 基数 / 现状 / 实际 / 完成 — a column of facts. */
    private static final Pattern FACT_HEADER = Pattern.compile("基期|基数|现状|实际|完成|基准|现值|序号|属性|类别");
    /** ≥50 / 50以上 / >35 / 1-2 / 10左右 — a committed value in a cell. */
    private static final Pattern CELL = Pattern.compile(
            "^(?<pre>[≥≤><＞＜]|不低于|不少于|超过|达到)?\\s*(?<v>\\d+(?:\\.\\d+)?)(?:\\s*[-—~至]\\s*(?<max>\\d+(?:\\.\\d+)?))?\\s*(?<post>以上|以下|左右)?$");
    /** 亿元 / 万吨 / % / 家 — a unit with an optional multiplier. */
    private static final Pattern UNIT = Pattern.compile("^(?<mult>万亿|亿|千万|百万|万|千)?(?<unit>.+)$");

    /** Targets of a table given as rows of tab-separated cells, header first; empty when it is no indicator table. */
    public List<Target> extract(List<String> rows, String taskId) {
        List<Target> out = new ArrayList<>();
        if (rows.size() < 2) {
            return out;
        }
        String[] header = rows.get(0).split("\t", -1);
        int metricCol = -1;
        int unitCol = -1;
        List<Integer> targetCols = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String h = header[c].strip();
            if (METRIC_HEADER.matcher(h).find()) {
                metricCol = c;
            } else if (UNIT_HEADER.matcher(h).find()) {
                unitCol = c;
            } else if (!h.isEmpty() && !FACT_HEADER.matcher(h).find() && TARGET_HEADER.matcher(h).matches()
                    && (h.matches(".*\\d{4}.*") || h.contains("目标") || h.contains("预期") || h.contains("规划"))) {
                targetCols.add(c);
            }
        }
        if (metricCol < 0 || targetCols.isEmpty()) {
            return out;
        }
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != header.length) {
                continue;
            }
            String metric = cells[metricCol].strip().replaceFirst("^\\d{1,2}[.、．]", "");
            for (int col : targetCols) {
                Matcher h = TARGET_HEADER.matcher(header[col].strip());
                h.matches();
                String unitText = unitCol >= 0 ? cells[unitCol].strip() : h.group("unit");
                Matcher v = CELL.matcher(cells[col].strip());
                if (unitText == null || unitText.isEmpty() || metric.isEmpty() || !v.find()) {
                    continue;
                }
                Matcher u = UNIT.matcher(unitText);
                u.matches();
                double factor = u.group("mult") == null ? 1 : Quantities.multiplier(u.group("mult"));
                String unit = u.group("unit").equals("％") ? "%" : u.group("unit");
                OptionalDouble value = Quantities.parseNumber(v.group("v"));
                Double max = v.group("max") == null ? null : Quantities.parseNumber(v.group("max")).getAsDouble() * factor;
                out.add(new Target(line.replace('\t', ' ').strip(), metric, value.getAsDouble() * factor, max, unit,
                        comparator(v.group("pre"), v.group("post"), max != null), h.group("year"), null, taskId));
            }
        }
        return out;
    }

    private static String comparator(String pre, String post, boolean range) {
        if (range) {
            return "range";
        }
        if ("以上".equals(post) || "≥".equals(pre) || "不低于".equals(pre) || "不少于".equals(pre)) {
            return "gte";
        }
        if ("以下".equals(post) || "≤".equals(pre)) {
            return "lte";
        }
        if ("左右".equals(post)) {
            return "approx";
        }
        if (">".equals(pre) || "＞".equals(pre) || "超过".equals(pre)) {
            return "gt";
        }
        if ("<".equals(pre) || "＜".equals(pre)) {
            return "lt";
        }
        return "eq";
    }
}
