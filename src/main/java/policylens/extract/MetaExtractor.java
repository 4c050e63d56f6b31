package policylens.extract;

import policylens.model.Level;
import policylens.text.Headings;
import policylens.text.StructuredText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document metadata from the cleaned text and the chrome lines cleaning dropped: title, issuer, own 文号,
 * issue date, level, province, region, plan period and cited documents.
 */
public final class MetaExtractor {
    /** 新余市产业集群提能升级三年行动方案(2026-2028年) — a plan's title standing alone on a line. */
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "^[^，,。：:；;！!？?]{4,70}?(方案|计划|规划|意见|办法|措施|纲要|细则|要点|指南|政策|决定|条例)"
                    + "([(（][^()（）]{0,20}[)）])?$");
    /** (2024—2026年) closing a title. */
    private static final Pattern TRAILING_PERIOD = Pattern.compile("\\([^()]*\\d{4}[^()]*\\)$");
    /** 区农业农村委等部门 / 市发展改革委等单位 opening what a 转发 notice forwards: who wrote it, not its title. */
    private static final Pattern FORWARDED_FROM = Pattern.compile("^[\\p{IsHan}、]{2,30}?等(?:部门|单位)");
    /** 行动期限为2024—2026年 / 实施期限：2025-2027年 / 规划期为2026—2030年: the plan's years stated in its body. */
    private static final Pattern BODY_PERIOD = Pattern.compile(
            "(?:实施|行动|执行|规划|方案)(?:期限|期|时限)(?:为|是|[:：])?\\s*(\\d{4})年?\\s*[-—–~至到]\\s*(\\d{4})年");
    /** 2024年6月 / 二〇二四年六月 alone on a line: a cover page's date. */
    private static final Pattern MONTH_LINE = Pattern.compile("^([\\d〇零一二三四五六七八九]{4})年([\\d一二三四五六七八九十]{1,3})月$");
    /** （2024—2026年） alone on the line under a title (a cover page). */
    private static final Pattern PERIOD_LINE = Pattern.compile("^[(（]\\d{4}\\s*[-—–~至]\\s*\\d{4}年?[)）]$");
    /** 新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-2028年)》的通知 */
    private static final Pattern ISSUING_NOTICE = Pattern.compile(
            "^(.{2,40}?)?关于(?:印发|转发|印送)《?(.+?)》?的通知(?:[(（][^()（）]{2,30}号[)）])?$");
    /** 2025年8月28日 / 二〇二五年八月二十八日 alone on a line (a signature date). */
    /** “十四五” / 十五五 in a title: the plan of that five-year period. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("[“\"]?十([四五六])五[”\"]?(?:时期|期间)?[\\p{IsHan}]*(?:规划|计划|方案)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^([\\d〇零一二三四五六七八九]{4})年([\\d一二三四五六七八九十]{1,3})月([\\d一二三四五六七八九十]{1,3})日$");
    private static final Pattern PAGE_DATE = Pattern.compile(
            "(日期|发布时间|发布日期|发文日期|成文日期|印发日期)[:：]\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    /** The first characters of the labels {@link #PAGE_DATE} opens with. */
    private static final String PAGE_DATE_STARTS = "日发成印";
    /** 文号: 深发改〔2024〕324号 — a scraper's header line (its issuer line: 发文机构: 深圳市发展和改革委员会). */
    private static final Pattern HEADER_DOC_NUMBER = Pattern.compile("^(?:文号|发文字号)\\s*[:：]\\s*(.+)$");
    private static final Pattern HEADER_ISSUER = Pattern.compile("^(?:发文机构|发文机关|发布机构|发布单位)\\s*[:：]\\s*(.+)$");
    /** 来源:新余市人民政府 */
    private static final Pattern PAGE_SOURCE = Pattern.compile("来源[:：]\\s*(\\S+?)(\\s|$)");
    /** A body that issues documents: 江西省工业强省建设工作领导小组 / 新余市人民政府 / 省工信厅. */
    private static final Pattern ISSUER_NAME = Pattern.compile(
            "^[\\p{IsHan}()（）]{2,30}(人民政府|政府|办公厅|办公室|领导小组|委员会|厅|局|委|部|院|署)$");
    /** The longest line {@link #ISSUER_NAME} matches: 30 characters, a 4-character body word, a line terminator. */
    private static final int ISSUER_NAME_MAX = 35;

    /** A line that is only a body's name (新余市人民政府): the issuer's line above the date. */
    private static boolean isIssuerName(String line) {
        return line.length() <= ISSUER_NAME_MAX && ISSUER_NAME.matcher(line).find();
    }

    /** 赣府字〔2023〕40号 / 赣工强省小组字〔2025〕4号 / 国发〔2024〕5号 */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,12}[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    /** What every {@link #DOC_NUMBER} ends with, cheap to look for: 〔2023〕40号. */
    private static final Pattern DOC_NUMBER_TAIL = Pattern.compile(
            "[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    /** The brackets every {@link #DOC_NUMBER_TAIL} opens with. */
    private static final String DOC_NUMBER_TAIL_STARTS = "〔[［(（";
    /** 《…》 with an optional 文号 in brackets right after it. */
    private static final Pattern CITE = Pattern.compile("《([^《》]{2,120})》(?:\\s*[(（]\\s*("
            + DOC_NUMBER.pattern() + ")\\s*[)）])?");
    /** (2026-2028年) / (2023—2026年) / 2024—2026年 */
    /** 2024-2026年 / （2024—2026年） / （2024-2026）: a title's plan period, also without 年 inside its brackets. */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-—–~至到]\\s*(\\d{4})\\s*(?:年|(?=[)）]))");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Clause punctuation, brackets or 《》 anywhere in the line. */
    private static final Pattern HAS_CLAUSE_PUNCTUATION = Pattern.compile(".*[，,。：:；;()（）《》].*");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile(".*[：:]$");
    private static final Pattern ENDS_WITH_FULL_STOP = Pattern.compile(".*[。]$");
    /** Hyphens, dashes and tildes. */
    private static final Pattern DASHES = Pattern.compile("[-—–－~～]");
    public MetaExtractor() {
    }

    public Meta extract(StructuredText doc) {
        List<String> lines = doc.lines();
        String text = doc.text(); // joined once: the county context, the most mentioned place, the cites
        String notice = null;
        String noticeIssuer = null;
        // 新余市人民政府关于印发《…》的通知 / 关于印发江西省…行动计划的通知, in the head of the text
        for (String line : lines.subList(0, Math.min(60, lines.size()))) {
            if (!line.contains("关于") || !line.contains("的通知")) {
                continue; // ISSUING_NOTICE needs both
            }
            Matcher m = ISSUING_NOTICE.matcher(line);
            if (m.find()) {
                noticeIssuer = m.group(1);
                notice = m.group(2);
                if (line.contains("转发") && !line.contains("《")) {
                    // 关于转发区农业农村委等部门江津区花椒产业…行动方案（2024—2026年）的通知: the bodies that wrote the plan
                    notice = FORWARDED_FROM.matcher(notice).replaceFirst("");
                }
                break;
            }
        }
        String title = planTitle(lines);
        if (title == null || notice != null && isPlanTitle(notice) && !notice.equals(title)
                && bare(notice).contains(bare(title))) {
            // 关于印发《普陀区…三年行动计划（2026—2028年）》的通知 names the plan in full; the body's heading may
            // carry only part of it (its period on the next line, or its region in the issuer)
            title = notice;
        }
        if (title != null && title.equals(notice)) {
            // 关于印发推进广州市…实施方案的通知 names the plan without its 关于: its own heading has it
            for (String line : lines.subList(0, Math.min(80, lines.size()))) {
                String l = line.strip();
                if (!l.equals(title) && l.endsWith(title) && l.length() <= title.length() + 4 && isPlanTitle(l)) {
                    title = l;
                    break;
                }
            }
        }
        if (title == null) {
            title = headline(lines);
        }
        title = withPeriodLineAfter(title, lines);
        List<String> issuer = new ArrayList<>();
        String issued = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher date = DATE_LINE.matcher(lines.get(i + 1));
            if (isIssuerName(lines.get(i)) && date.find()) {
                // joint issuers sign one per line above the date
                int first = i;
                while (first > 0 && i - first < 20 && isIssuerName(lines.get(first - 1))) {
                    first--;
                }
                for (int k = first; k <= i; k++) {
                    issuer.addAll(splitJoined(lines.get(k)));
                }
                issued = iso(date.group(1), date.group(2), date.group(3));
                break;
            }
        }
        for (int i = 0; issuer.isEmpty() && issued == null && i + 1 < Math.min(20, lines.size()); i++) {
            // a cover page: 佛山市工业和信息化局 over 2024年6月, as precise as it is written
            Matcher month = MONTH_LINE.matcher(lines.get(i + 1).strip());
            if (isIssuerName(lines.get(i)) && month.matches()) {
                issuer.addAll(splitJoined(lines.get(i)));
                issued = isoMonth(month.group(1), month.group(2));
            }
        }
        if (issuer.isEmpty() && noticeIssuer != null) {
            issuer.addAll(splitJoined(noticeIssuer));
        }
        List<String> dateLines = new ArrayList<>(doc.dropped());
        dateLines.addAll(lines.subList(0, Math.min(15, lines.size()))); // 成文日期:… / 发布日期:… kept in the text
        boolean signed = issued != null;
        int pageDateRank = -1;
        for (String chrome : dateLines) {
            AnchoredMatcher date = new AnchoredMatcher(PAGE_DATE, chrome, PAGE_DATE_STARTS, 0);
            if (!signed && date.find()) {
                // 成文日期 (the day it was signed) over 发布日期 (the day a site put it up), whichever comes first
                Matcher d = date.matcher();
                int rank = d.group(1).equals("成文日期") || d.group(1).equals("发文日期") ? 1 : 0;
                if (rank > pageDateRank) {
                    pageDateRank = rank;
                    issued = iso(d.group(2), d.group(3), d.group(4));
                }
            }
            AnchoredMatcher source = new AnchoredMatcher(PAGE_SOURCE, chrome, "来", 0);
            if (issuer.isEmpty() && source.find() && isIssuerName(source.matcher().group(1))) {
                issuer.add(source.matcher().group(1));
            }
        }
        for (int i = 0; issued == null && i < lines.size(); i++) {
            // a signature date with no body named above it (the seal stands for the issuer): 2021年4月23日 alone
            Matcher date = DATE_LINE.matcher(lines.get(i).strip());
            if (date.find() && i > 0) {
                issued = iso(date.group(1), date.group(2), date.group(3));
            }
        }
        String docNumber = ownDocNumber(lines);
        // a scraper's header (文号: … / 发文机构: …, Markdown collections) where the body does not say better
        for (String chrome : dateLines) {
            Matcher number = HEADER_DOC_NUMBER.matcher(chrome.strip());
            if (docNumber == null && number.matches()) {
                Matcher own = DOC_NUMBER.matcher(number.group(1));
                docNumber = own.find() ? own.group().replaceAll("\\s+", "") : null;
            }
            Matcher bodies = HEADER_ISSUER.matcher(chrome.strip());
            if (issuer.isEmpty() && bodies.matches() && !bodies.group(1).contains("等")) {
                for (String body : bodies.group(1).split("[、，,；;\\s]+")) {
                    if (body.length() >= 2) {
                        issuer.add(body); // the header names the issuers, a state grid company among them
                    }
                }
            }
        }
        Meta.Period period = null;
        if (title != null) {
            Matcher p = PERIOD.matcher(title);
            if (p.find()) {
                period = new Meta.Period(Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2)));
            }
        }
        if (period == null) {
            // 行动期限为2024—2026年 / 实施期限：2025—2027年: the body states the plan's years
            Matcher p = BODY_PERIOD.matcher(text);
            if (p.find()) {
                period = new Meta.Period(Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2)));
            }
        }
        if (period == null && title != null) {
            // 某市“十五五”数字经济发展规划: a five-year plan's years (the 14th: 2021-2025, the 15th: 2026-2030)
            Matcher fy = FIVE_YEAR_PLAN.matcher(title);
            if (fy.find()) {
                int n = "四五六".indexOf(fy.group(1).charAt(0));
                if (!fy.find()) {
                    period = new Meta.Period(2021 + 5 * n, 2025 + 5 * n);
                }
            }
        }
        if (period == null && title != null && isPlanTitle(title)) {
            // 四川省2026年实施大规模设备更新…政策措施: a plan for one year
            Matcher one = ONE_YEAR.matcher(title);
            if (one.find() && !one.find()) {
                one.reset();
                one.find();
                int y = Integer.parseInt(one.group(1));
                period = new Meta.Period(y, y);
            }
        }
        if (issuer.isEmpty() && issued == null) {
            for (String line : lines.subList(0, Math.min(15, lines.size()))) {
                Matcher e = EVENT.matcher(line);
                if (e.find()) {
                    for (String body : e.group(4).split("、")) {
                        if (isIssuerName(body) || body.endsWith("新闻办")) {
                            issuer.add(body);
                        }
                    }
                    String year = e.group(1) != null ? e.group(1) : period != null ? String.valueOf(period.from()) : null;
                    if (year != null && !issuer.isEmpty()) {
                        issued = iso(year, e.group(2), e.group(3));
                    }
                    break;
                }
            }
        }
        String head = (title == null ? "" : title.replace("《", "")) + "|" + (issuer.isEmpty() ? "" : issuer.get(0));
        Optional<Region> county = county(title, issuer.isEmpty() ? null : issuer.get(0), head + "\n" + text);
        if (county.isEmpty() && NATIONAL.matcher(head).find() && Regions.find(head).isEmpty()) {
            // a national document governs the whole country: region 全国, no province
            return new Meta(title, issuer, docNumber, issued, Level.NATIONAL.json(), null, "全国", period, cites(text, title, notice));
        }
        Optional<Region> region = title == null ? Optional.empty() : Regions.find(title.replace("《", ""));
        if (region.isEmpty() && !issuer.isEmpty()) {
            region = Regions.find(issuer.get(0));
        }
        if (county.isPresent()) {
            region = county;
        } else if (region.isEmpty()) {
            region = mostMentioned(text);
        }
        String level = region.map(Region::level).orElse(null);
        String province = region.map(Region::province).orElse(null);
        String name = region.map(Region::name).orElse(null);
        return new Meta(title, issuer, docNumber, issued, level, province, name, period, cites(text, title, notice));
    }

    /** A single year in a title: 2026年 (not 2026年度, not 到2026年). */
    private static final Pattern ONE_YEAR = Pattern.compile("(?<![到至\\d])(\\d{4})年(?!度)");
    /** Where one body's name ends and the next begins with the same place: 四川省发展和改革委员会|四川省财政厅. */
    private static final Pattern BODY_END = Pattern.compile("(人民政府|委员会|办公厅|办公室|厅|局|委|公司)");

    private static String bare(String s) {
        return WHITESPACE.matcher(s).replaceAll("").replace('（', '(').replace('）', ')');
    }

    /** "四川省发展和改革委员会四川省财政厅" (two signatures run together) → both names; else the name itself. */
    static List<String> splitJoined(String names) {
        String s = names.strip();
        if (s.length() < 8) {
            return List.of(s);
        }
        String place = s.substring(0, 2);
        List<String> out = new ArrayList<>();
        int from = 0;
        Matcher end = BODY_END.matcher(s);
        while (end.find()) {
            if (end.end() < s.length() - 3 && s.startsWith(place, end.end())) {
                out.add(s.substring(from, end.end()));
                from = end.end();
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /** A national body heading the title or issuing: 国务院, 国家发展改革委, 工业和信息化部, 中共中央办公厅. */
    private static final Pattern NATIONAL = Pattern.compile(
            "(^|\\|)(国务院|中共中央|全国人民代表大会|国家[\\p{IsHan}]{2,12}(委员会|局|部|委|署)|[\\p{IsHan}]{2,8}部(办公厅)?(关于|$|\\|))");
    /**
     * The county-level division a county or district document's title, else its first issuer, starts with:
     * 博罗县… / 新余市渝水区… / 上海市宝山区… / 虹口区人民政府办公室 / 昆山市 (a county-level city). A name several
     * counties bear (宝山区, 朝阳区) is told apart by the province or city written before it, else by the one the
     * context names most; none when that does not decide.
     */
    static Optional<Region> county(String title, String issuer, String context) {
        Optional<Region> county = title == null ? Optional.empty() : Regions.findCounty(title.replace("《", ""), context);
        return county.isEmpty() && issuer != null ? Regions.findCounty(issuer, context) : county;
    }

    /** True for the title of a plan or policy (方案, 计划, 规划, 意见…), false for a news headline. */
    public static boolean isPlanTitle(String title) {
        return PLAN_TITLE.matcher(WHITESPACE.matcher(title).replaceAll("")).find();
    }

    /**
     * A document that arranges a year's or a task's work (…关于抓好2024年电动汽车充换电基础设施建设管理工作的函,
     * 关于做好…工作的通知): it commits as a plan does.
     */
    public static boolean arrangesWork(String title) {
        return WORK_ARRANGEMENT.matcher(WHITESPACE.matcher(title).replaceAll("")).find();
    }

    private static final Pattern WORK_ARRANGEMENT = Pattern.compile(
            "关于(?:抓好|做好|推进|推动|加快|进一步|加强|切实|扎实|全力|统筹|开展)[^。；;]{2,60}工作的(?:通知|函|意见)$");

    /** The first line that is a plan's title, also when a PDF broke it over two lines. */
    static String planTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("关于") || line.length() > 80) {
                continue;
            }
            // 南昌市制造业重点产业链现代化建设 + “8810”行动计划(2023-2026年): a place-led first half, no punctuation
            if (i + 1 < lines.size() && line.length() <= 30 && !HAS_CLAUSE_PUNCTUATION.matcher(line).matches()
                    && !PLAN_TITLE.matcher(line).find() && Regions.find(line).isPresent()
                    && Regions.find(lines.get(i + 1)).isEmpty() && PLAN_TITLE.matcher(lines.get(i + 1)).find()) {
                return line + lines.get(i + 1);
            }
            if (PLAN_TITLE.matcher(line).find()) {
                return line;
            }
        }
        return null;
    }

    /**
     * A news page's headline: the last short line before the first body paragraph (a banner or kicker may stand
     * above it: 奋力谱写中国式现代化江西篇章 / 新余 打造新型工业强市迈出坚实步伐 / 春节前后,…).
     */
    static String headline(List<String> lines) {
        String last = null;
        List<String> head = lines.subList(0, Math.min(12, lines.size()));
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            // 海南省发展和改革委员会关于抓好…工作的函: a document's own title, above its issuer and date lines; its issuer
            // may head it on a line of its own (江西省能源局 / 关于加快推进…工作的函)
            if (Headings.isOfficialTitle(line)) {
                String above = i > 0 ? head.get(i - 1).strip() : "";
                return line.startsWith("关于") && isIssuerName(above) ? above + line.strip() : line;
            }
        }
        for (String line : lines.subList(0, Math.min(12, lines.size()))) {
            if (line.length() > 60 || ENDS_WITH_COLON.matcher(line).matches()) {
                break;
            }
            if (line.length() >= 6 && !ENDS_WITH_FULL_STOP.matcher(line).matches() && !DATE_LINE.matcher(line).find()) {
                last = line;
            }
        }
        return last != null ? last : lines.isEmpty() ? null : lines.get(0);
    }

    /**
     * A report that opens with the event: 7月14日,江西省政府新闻办、省工信厅联合召开《…》新闻发布会 → the bodies
     * that held it and the day (the year from the plan period when the text gives none).
     */
    private static final Pattern EVENT = Pattern.compile(
            "^(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[,，]\\s*([\\p{IsHan}、]{2,60}?)(?:联合)?(召开|举行|举办|印发|发布)");

    /** 为贯彻落实 / 根据 / 按照 … before a 文号: the sentence cites it. */
    private static final Pattern CITING_VERB = Pattern.compile("^[\\p{IsHan}]*?(?:贯彻落实|贯彻|落实|根据|按照|依据|依照|参照|执行|对照)");
    /** 〔2023〕19号文件精神 / 号文要求: a cited number. */
    private static final Pattern CITED_AFTER = Pattern.compile("^\\s*(?:文件|文|精神|要求|规定|有关)");
    /** A clause before the number: it stands inside a sentence, not on the 文号 line. */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile("[，,。；;]");

    /** The document's own 文号: one that does not follow a 《…》 citation. */
    static String ownDocNumber(List<String> lines) {
        for (String line : lines.subList(0, Math.min(60, lines.size()))) {
            if (!AnchoredMatcher.findsIn(DOC_NUMBER_TAIL, line, DOC_NUMBER_TAIL_STARTS)) {
                continue; // no 〔2025〕4号 on the line: skip the costly search for the issuer's prefix
            }
            Matcher m = DOC_NUMBER.matcher(line);
            while (m.find()) {
                String before = line.substring(Math.max(0, m.start() - 3), m.start());
                String number = CITING_VERB.matcher(m.group()).replaceFirst("");
                // 为贯彻落实国办发〔2023〕19号文件精神: a number a sentence cites is another document's
                boolean cited = number.length() < m.group().length() || CITED_AFTER.matcher(line.substring(m.end())).find()
                        || SENTENCE_BEFORE.matcher(line.substring(0, m.start())).find();
                if (!cited && !before.contains("》") && !line.substring(0, m.start()).contains("《")) {
                    return WHITESPACE.matcher(number).replaceAll("");
                }
            }
        }
        return null;
    }

    /**
     * A title the line under which is only its period (a cover page: 佛山市制造业数字化转型三年行动方案 over （2024—2026年）)
     * with that period; else the title as it is.
     */
    private static String withPeriodLineAfter(String title, List<String> lines) {
        if (title == null || PERIOD.matcher(title).find()) {
            return title;
        }
        for (int i = 0; i < Math.min(80, lines.size()); i++) {
            if (lines.get(i).strip().equals(title)) {
                int j = i + 1;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
                return j < lines.size() && PERIOD_LINE.matcher(lines.get(j).strip()).matches() ? title + lines.get(j).strip() : title;
            }
        }
        return title;
    }

    static List<Meta.Cite> cites(String text, String title, String notice) {
        Map<String, String> found = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        AnchoredMatcher titles = new AnchoredMatcher(CITE, text, "《", 0);
        while (titles.find()) {
            Matcher m = titles.matcher();
            String cited = m.group(1).strip();
            // the plan itself, also written with another dash or bracket width: 行动计划（2026-2028年）
            if (sameTitle(cited, title) || sameTitle(cited, notice)) {
                continue;
            }
            // 对照《行动计划》明确的目标: the plan named short, by the end of its own title
            if (title != null && cited.length() <= 8 && cited.length() < title.length()
                    && TRAILING_PERIOD.matcher(bare(title)).replaceFirst("").endsWith(cited)) {
                continue;
            }
            // the same title written once with — and once with - is one document
            if (!seen.add(DASHES.matcher(cited).replaceAll("-")) && !found.containsKey(cited)) {
                continue;
            }
            String number = m.group(2) == null ? null : WHITESPACE.matcher(m.group(2)).replaceAll("");
            if (!found.containsKey(cited) || found.get(cited) == null) {
                found.put(cited, number);
            }
        }
        List<Meta.Cite> out = new ArrayList<>();
        found.forEach((t, n) -> out.add(new Meta.Cite(t, n)));
        return out;
    }

    private static boolean sameTitle(String a, String b) {
        return a != null && b != null && DASHES.matcher(bare(a)).replaceAll("-").equals(DASHES.matcher(bare(b)).replaceAll("-"));
    }

    private Optional<Region> mostMentioned(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Region> byName = new LinkedHashMap<>();
        for (Region r : Regions.mentions(text)) {
            counts.merge(r.name(), r.level().equals("city") ? 2 : 1, Integer::sum);
            byName.put(r.name(), r);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byName.get(e.getKey()));
    }

    /** 2025, 8, 28 / 二〇二五, 八, 二十八 → 2025-08-28. */
    private static String iso(String y, String m, String d) {
        int day = number(d);
        return isoMonth(y, m) + (day < 10 ? "-0" : "-") + day;
    }

    /** 2024, 6 / 二〇二四, 六 → 2024-06. */
    private static String isoMonth(String y, String m) {
        int month = number(m);
        return number(y) + (month < 10 ? "-0" : "-") + month;
    }

    private static int number(String s) {
        return policylens.text.ChineseNumerals.parseInt(s, 0);
    }
}
