package policylens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes site navigation and page chrome that web pages wrap around an article: the site header above the
 * breadcrumb, breadcrumbs, date/source/click lines, share and QR-code prompts, photo captions, and the site footer
 * after the article.
 */
public final class PageChrome implements TextStep {
    /**
     * Whole short lines that are chrome. Each alternative is a real line from a government or news site. Split in
     * two, a line being chrome when either finds something: the alternatives anchored at the line's start, and the
     * others, each of which contains a character of {@link #UNANCHORED_CHARS} (its prefilter).
     */
    /** Every alternative is anchored at the line start: tried there only ({@code lookingAt}). */
    private static final Pattern CHROME_ANCHORED = Pattern.compile(String.join("|",
            "^(当前位置|您当前所在位置|您现在的位置|当前所在位置|所在位置)",  // 当前位置:主页 > 新闻中心 > 产业规划 >
            "^返回.{0,30}首页",                                         // 返回 国际新能源网 首页
            "^(\\d{4}-\\d{1,2}-\\d{1,2}\\s*)?(来源|日期|发布时间|发布日期|发文日期|作者|编辑|责任编辑|信息来源)[:：]",
            "^关键词[:：]",                                              // 关键词: 锂电池 新能源产业 零碳园区
            "^[^\\p{IsHan}]{0,30}$",                                   // Network / 2026 / 01/09 / 09:22
            "^\\S{2,10}网$"                                            // 国际新能源网 (a site's name alone)
    ));
    private static final Pattern CHROME_UNANCHORED = Pattern.compile(String.join("|",
            "(首页|主页|正文)\\s*[>»›]|[>»›]\\s*(正文)?\\s*$",           // 主页 > 新闻中心 > 产业规划 >
            "扫码|二维码|扫一扫",                                        // 手机扫码看资讯 / 文章二维码
            "相关评论|查看全部|条评论|我要评论",                           // 0条 [查看全部] 相关评论
            "(点击|访问量|浏览次数|阅读量|浏览量|点击数)[:：]?\\s*\\d*\\s*$", // 来源:高新院 achie.org 日期:2025-10-16 点击:
            "关怀版|无障碍|字体[:：]|【\\s*大\\s*中\\s*小\\s*】|打印本页|关闭窗口|分享到|【打印】|【关闭】",
            "摄\\s*[)）]?$"                                            // 新闻发布会现场(薛声军 摄) — photo captions
    ));
    /**
     * One character of every alternative of CHROME_UNANCHORED: >»› (breadcrumbs), 扫/二 (扫码, 二维码), 评/查
     * (评论, 查看全部), 点/访/浏/阅 (点击, 访问量, 浏览, 阅读量), 关/无/字/【/打/分 (关怀版, 无障碍, 字体, 【大中小】,
     * 打印本页, 关闭窗口, 分享到), 摄 (photo captions). A line with none of them cannot match it.
     */
    private static final String UNANCHORED_CHARS = ">»›扫二评查点访浏阅关无字【打分摄";
    /** Lines that start the footer of a page: everything from there on is dropped (only in the last part). */
    private static final Pattern FOOTER = Pattern.compile(
            "^返回.{0,30}首页|相关评论|网站群|版权所有|Copyright|ICP备|^主办单位[:：]|^联系我们|^网站地图|微信公众号");
    private static final int MAX_CHROME_LENGTH = 80;
    /** 当前位置:首页 > 政策文件 > 正文 — the breadcrumb above an article. */
    private static final Pattern BREADCRUMB = Pattern.compile("^(当前位置|您当前所在位置|您现在的位置|当前所在位置|所在位置)");
    /** How far down a page its breadcrumb may stand; what is above it is the site's header and menu. */
    private static final int MAX_HEADER_LINES = 30;

    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        int footer = lines.size();
        for (int i = (int) (lines.size() * 0.6); i < lines.size(); i++) {
            if (lines.get(i).length() < MAX_CHROME_LENGTH && FOOTER.matcher(lines.get(i)).find()) {
                footer = i;
                break;
            }
        }
        int header = 0;
        for (int i = 0; i < Math.min(MAX_HEADER_LINES, lines.size() / 2); i++) {
            String s = lines.get(i).strip();
            if (s.length() < MAX_CHROME_LENGTH && BREADCRUMB.matcher(s).find()) {
                header = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < header || i >= footer || isChrome(line) && !isTableValue(lines, i) || isViewCount(lines, i)) {
                if (!line.isBlank()) {
                    dropped.add(line);
                }
            } else {
                kept.add(line);
            }
        }
        return page.dropping(kept, dropped);
    }

    /** 明年底建成25万枪！云南印发方案服务电车充电_云南省交通运输厅: a page's {@code <title>}, headline_site. */
    private static final Pattern PAGE_TITLE = Pattern.compile("^[^_]{6,80}_[\\p{IsHan}]{2,20}(?:网|网站|门户网站|政府|厅|局|委|办)$");
    /** 318次 alone: how often a page was read. */
    private static final Pattern VIEWS = Pattern.compile("^\\d{1,9}\\s*次$");
    /** 分享到 / 打印 / 收藏: the page's buttons a view count stands beside. */
    private static final Pattern PAGE_BUTTONS = Pattern.compile("分享到|打印|收藏|字体");

    /** A count of views right after the page's share or print buttons (guangzhou-v2g: 分享到 / 318次). */
    static boolean isViewCount(List<String> lines, int i) {
        String s = lines.get(i).strip();
        if (!s.endsWith("次") || !VIEWS.matcher(s).matches()) {
            return false;
        }
        String before = neighbour(lines, i, -1);
        return before != null && before.length() < MAX_CHROME_LENGTH && PAGE_BUTTONS.matcher(before).find();
    }

    /** 30% / 1145.10 / 24.3万户-like values alone on a line: a cell of a table flattened one cell per line. */
    private static final Pattern VALUE = Pattern.compile("^[(（]?\\d[\\d.,，%％/~～\\-—()（）]*$");
    /** 2026 alone: the year of a page's date line. */
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}$");
    /** 09:22 / 2026-01-09 / 01/09: a time or a date of the page, never a cell. */
    private static final Pattern TIME_OR_DATE = Pattern.compile("\\d{1,2}[:：]\\d{2}|(?:19|20)\\d{2}[-/.]\\d{1,2}|^\\d{1,2}/\\d{1,2}$");

    /**
     * A number alone on a line next to a short line (a cell): a table that arrived one cell per line (Fengxian 附件1:
     * "2024年" / "30%" / …), kept although a number alone is chrome on a web page. A PDF page number (—10—) is not
     * a value: it starts with a dash.
     */
    static boolean isTableValue(List<String> lines, int i) {
        String s = lines.get(i).strip();
        if (!VALUE.matcher(s).matches() || TIME_OR_DATE.matcher(s).find() || YEAR.matcher(s).matches()) {
            return false;
        }
        // the last cell of a table may stand before a note, the first after a long caption: one short neighbour
        return isShortCell(neighbour(lines, i, -1)) || isShortCell(neighbour(lines, i, 1));
    }

    private static String neighbour(List<String> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).strip();
            }
        }
        return null;
    }

    private static boolean isShortCell(String line) {
        return line != null && line.length() <= 30 && !line.contains("。");
    }

    /**
     * The prefilter of CHROME_ANCHORED: a line it matches starts with 当/您/所 (当前位置), 返 (返回首页), a digit or
     * 来/日/发/作/编/责/信 (来源:, 2024-01-09 日期:), 关 (关键词:), or has no Chinese at its start and at most 30
     * characters, or is a name of at most 10 characters ending in 网.
     */
    private static boolean mayBeAnchoredChrome(String s) {
        char c = s.charAt(0);
        return ANCHORED_STARTS.indexOf(c) >= 0 || Character.isDigit(c) || s.length() <= 30 && !Chars.isHan(c)
                || s.length() <= 10 && s.endsWith("网");
    }

    private static final String ANCHORED_STARTS = "当您所返来日发作编责信关";

    static boolean isChrome(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        return s.length() < MAX_CHROME_LENGTH && !s.contains("\t")
                && (mayBeAnchoredChrome(s) && CHROME_ANCHORED.matcher(s).lookingAt()
                || (Chars.anyOf(s, UNANCHORED_CHARS) && CHROME_UNANCHORED.matcher(s).find())
                || s.indexOf('_') > 0 && PAGE_TITLE.matcher(s).matches());
    }

}
