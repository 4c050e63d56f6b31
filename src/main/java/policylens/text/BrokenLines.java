package policylens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines that a PDF (or a text copied out of one) broke in the middle of a sentence, keeping paragraph and
 * heading breaks: {@code …依托世界VR产业大会、中国航空产业大会暨南昌} + {@code 飞行大会等重大活动平台,…} become one line.
 * A line continues into the next when it is long (a wrapped line fills the width), does not end a sentence or a
 * bracket, is not a list of units (a table cell), and the next line does not open a heading or a table row.
 */
public final class BrokenLines implements TextStep {
    static final int MIN_WRAPPED_LENGTH = 30;
    /** Lines that stand alone under a title: a 文号 (粤府办〔2024〕12号) or a date (2024年3月15日). */
    private static final java.util.regex.Pattern STANDALONE = java.util.regex.Pattern.compile(
            "^([\\p{IsHan}]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号|\\d{4}年\\d{1,2}月\\d{1,2}日)$");
    /** Characters that end a paragraph or a cell. Not 〕: it closes the year of a 文号 (〔2025〕4号), never a sentence. */
    private static final String TERMINAL = "。！？；：:;!?)）】」』";

    @Override
    public Page apply(Page page) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String last = null; // the last visual line joined into current: whether it wrapped decides, not the total
        for (String line : page.lines()) {
            if (current != null && !line.isBlank() && continues(last, line)) {
                current.append(line);
                last = line;
                continue;
            }
            if (current != null) {
                out.add(current.toString());
            }
            current = new StringBuilder(line);
            last = line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        return page.withLines(out);
    }

    static boolean continues(String line, String next) {
        if (line.isBlank() || line.contains("\t") || next.contains("\t")) {
            return false;
        }
        if (line.length() < MIN_WRAPPED_LENGTH || TERMINAL.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        if (Headings.level(next) > 0 || Headings.annex(next) >= 0 || isUnitList(line) || STANDALONE.matcher(next).find()
                || Headings.isOfficialTitle(line)) {
            return false;
        }
        return !isCellAfterCell(line, next);
    }

    /** 2024年11月底 / 2025年6月前 / 12月底: a deadline cell on a line of its own. */
    private static final java.util.regex.Pattern DATE_CELL = java.util.regex.Pattern.compile(
            "^(?:\\d{4}年(?:\\d{1,2}月)?|\\d{1,2}月)(?:底|末|前|中旬|上旬|下旬)?(?:前|以前)?$");
    /** What a line that goes on into a list of units ends with: an enumeration comma or an opening label. */
    private static final String LIST_GOES_ON = "、,，:：(（";

    /**
     * A task table saved one cell per line: "…实现城市街道综合养老服务中心全覆盖" then "市民政局、市住房城乡建设局、各区（市）人民政府"
     * then "2024年11月底". A wrapped sentence does not go on with nothing but a list of units or a date, so a line before
     * one is a cell of its own; not "…装备制造、新材料产业" then "链牵头单位" (a PDF line broken inside a word).
     */
    static boolean isCellAfterCell(String line, String next) {
        String n = next.strip();
        if (n.isEmpty() || LIST_GOES_ON.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        // the units cell opens with a level or 各 (市民政局、…); "链牵头单位" is the end of a word the line broke
        return DATE_CELL.matcher(n).matches() || UNITS_CELL_START.indexOf(n.charAt(0)) >= 0 && isUnitList(n);
    }

    /** How a units cell of its own opens: a level (省 市 区 县 镇 乡 街道), 各, or 国家/国网. */
    private static final String UNITS_CELL_START = "省市区县镇乡街各国";

    /**
     * 市工信局、市科技局,钢铁、锂电新能源、电子信息、装备制造、新材料产业链牵头单位 — a table's units cell: items that
     * name units, or short industry words qualifying the unit after them, the last one a unit.
     */
    static boolean isUnitList(String line) {
        String s = line.strip();
        // a list that stops at an enumeration comma goes on in the next line
        if (s.isEmpty() || "、,，".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        return StructureParser.isUnitsLine(s);
    }
}
