package policylens.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes the numbering that opens a heading or list item in Chinese official documents. */
public final class Headings {
    /** 一、总体要求 */
    static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．]");
    /** (一)优化集群空间布局。 / （二） */
    static final Pattern LEVEL2 = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]");
    /** 1.优化集群空间布局 / 1、 / 1．(not 1.5亿元) */
    static final Pattern LEVEL3 = Pattern.compile("^(\\d{1,2})(?:[、．]|\\.(?!\\d))");
    /** (1) / （1） / ① */
    static final Pattern LEVEL4 = Pattern.compile("^(?:[(（](\\d{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩]))");
    /** 附件1 / 附件 2 / 附件: */
    static final Pattern ANNEX = Pattern.compile("^附件\\s*(\\d{1,2})?\\s*$");
    /** 第一章 / 第三条 */
    static final Pattern CHAPTER = Pattern.compile("^第([一二三四五六七八九十百]{1,4})[章节部分]");

    private Headings() {
    }

    /** The level of the numbering at the start of a line (1 = 一、, 2 = (一), 3 = 1., 4 = (1)), or 0. */
    public static int level(String line) {
        if (CHAPTER.matcher(line).find()) {
            return 1;
        }
        if (LEVEL1.matcher(line).find()) {
            return 1;
        }
        if (LEVEL2.matcher(line).find()) {
            return 2;
        }
        if (LEVEL3.matcher(line).find()) {
            return 3;
        }
        if (LEVEL4.matcher(line).find()) {
            return 4;
        }
        return 0;
    }

    /** The annex number of a line such as {@code 附件2}, 0 for a bare {@code 附件}, -1 if not an annex line. */
    public static int annex(String line) {
        Matcher m = ANNEX.matcher(line.strip());
        if (!m.find()) {
            return -1;
        }
        return m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    }

    /** The number of the heading (二 → 2, (三) → 3, 4. → 4), or 0 when the line has none. */
    public static int number(String line) {
        for (Pattern p : new Pattern[]{CHAPTER, LEVEL1, LEVEL2, LEVEL3}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String g = m.group(1);
                return Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : chineseNumber(g);
            }
        }
        Matcher m = LEVEL4.matcher(line);
        if (m.find()) {
            return m.group(1) != null ? Integer.parseInt(m.group(1)) : "①②③④⑤⑥⑦⑧⑨⑩".indexOf(m.group(2)) + 1;
        }
        return 0;
    }

    /** 一 → 1, 十 → 10, 十五 → 15, 二十三 → 23. */
    static int chineseNumber(String s) {
        return ChineseNumerals.parseInt(s, 0);
    }

    /** X关于Y的通知 / 意见 / 函 / 批复 …: the form of an official document's own title (no 《》 needed). */
    private static final Pattern OFFICIAL_TITLE = Pattern.compile(
            "^(?:[^，,。；;：:]{2,40})?关于[^。；;：:]{2,60}的(?:工作)?(?:通知|意见|函|复函|批复|决定|报告|请示|通报|公告|通告|指导意见|实施意见)$");

    /** Whether a line is an official document's title: 海南省发展和改革委员会关于抓好…工作的函. */
    public static boolean isOfficialTitle(String line) {
        return line.length() <= 110 && line.contains("关于") && OFFICIAL_TITLE.matcher(line.strip()).matches();
    }
}
