package policylens.extract;

import policylens.lexicon.Lexicon;
import policylens.model.Recurrence;
import policylens.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions that set when something is due or how often, normalized per the record contract.
 * Past dates, years inside 《…》 titles and a plan's own period in its title are not deadlines.
 */
public final class DeadlineExtractor {
    private static final String CN = "[一二两三四五六七八九十\\d]{1,3}";

    /** Turns one match of a rule into a deadline, or null when the match is not one (a past year, a title's period). */
    @FunctionalInterface
    interface Normalizer {
        Deadline apply(Matcher m, String expr, String text, DocContext ctx, String taskId);
    }

    /**
     * One deadline form: its pattern, the characters every match contains at most {@code maxBefore} characters after
     * its start (the prefilter of {@link AnchoredMatcher}; null for an ordinary find), and its normalizer. Rules are
     * tried in list order and an earlier rule's match hides later ones over the same characters.
     *
     * @param hidesOnReject the characters of a rejected match are hidden from later rules too (a title's period
     *                      2026-2028年 is not a bare 2028年 either)
     */
    record Rule(String name, Pattern pattern, String anchors, int maxBefore, boolean hidesOnReject, Normalizer normalizer,
                String starts) {
        /** A rule whose matches may begin with any character. */
        Rule(String name, Pattern pattern, String anchors, int maxBefore, boolean hidesOnReject, Normalizer normalizer) {
            this(name, pattern, anchors, maxBefore, hidesOnReject, normalizer, null);
        }

        /** The same rule, telling the matcher which characters its matches begin with (a speed-up only). */
        Rule startingWith(String chars) {
            return new Rule(name, pattern, anchors, maxBefore, hidesOnReject, normalizer, chars);
        }
    }

    private static final String DIGITS = "0123456789";
    /**
     * 年均 as a yearly rate (年均增长10%), not the mean over N years (最近三年…两项指标的三年均值均低于…: 三年 + 均值),
     * nor an annual mean as a measure (年均值).
     */
    private static final String YEARLY_AVERAGE = "(?<![一二两三四五六七八九十\\d])年均(?!值)";
    private static final String NUMERALS = "一二两三四五六七八九十" + DIGITS;

    static final List<Rule> RULES = List.of(
            // 动员部署阶段（2024年3月—4月） / 2024年5月—2026年6月 / 2026年7月至12月: a stage's months, due at its end
            new Rule("month-span", Pattern.compile(
                    "(?<y1>\\d{4})年(?<m1>\\d{1,2})月(?:\\d{1,2}日)?\\s*[-—–~至到]\\s*(?:(?<y2>\\d{4})年)?(?<m2>\\d{1,2})月(?:(?<d2>\\d{1,2})日)?(?<end>底|末)?"),
                    "月", 10, true, DeadlineExtractor::monthSpan).startingWith(DIGITS),
            // 2026-2028年 / 2023—2026年 / 2024年至2026年 (before 至2026年 is read alone)
            new Rule("span", Pattern.compile("(?<from>\\d{4})年?\\s*[-—–~至到]\\s*(?<to>\\d{4})年"),
                    null, 0, true, DeadlineExtractor::span),
            // 到2028年 / 到2026年6月 / 至2025年底 / 截至2027年末 / 到 2026 年 / 截至2026年12月31日
            new Rule("to-year", Pattern.compile(
                    "(?:到|至|截至|截止到|截止)(?<y>\\d{4})年(?:(?<m>\\d{1,2})月(?:\\d{1,2}日)?|第?(?<q>[一二三四1-4])季度)?"
                            + "(?<end>底|末)?(?<pre>以前|之前|前)?"),
                    "年", 7, true, DeadlineExtractor::toYear).startingWith("到至截"),
            // 2025年底前 / 2026年前 / 2025年6月底前 / 2025年上半年 / 2026年一季度前 / 2025年内 / 2028年 (bare, checked to
            // lie ahead)
            new Rule("year", Pattern.compile(
                    "(?<y>\\d{4})年(?:(?<m>\\d{1,2})月(?:\\d{1,2}日)?|(?<half>上半年|下半年)|第?(?<q>[一二三四1-4])季度|(?<in>内))?"
                            + "(?<end>底|末)?(?<pre>以前|之前|前)?"),
                    "年", 4, false, DeadlineExtractor::year).startingWith(DIGITS),
            // 每年 / 年均 / 每年度 / 按年度 / 每季度 / 每月 / 逐年 / 逐月 / 全年 (not 2024年全年: that year)
            new Rule("recurrence", Pattern.compile("(?<rec>每年度|按年度|每年|" + YEARLY_AVERAGE + "|每季度|按季度|每月|按月|逐年|逐季|逐月|(?<!\\d{4}年)全年(?!每)(?=[\\p{IsHan}]{1,8}\\d))"),
                    "每按年逐全", 0, false, DeadlineExtractor::recurrence),
            // 实行“月调度、季通报、年考核” / 开展年度综合评价: a cadence word before a verb of reviewing
            new Rule("cadence", Pattern.compile(
                    "(?<=开展|实行|实施|[“\"、，,；;（(])(?<c>年度|月|季|年)(?=(?:调度|通报|考核|评估|评价|综合评价|报送|督查|督导|检查|总结|会商|盘点)(?!结果|成绩|等次|情况|得分|排名))"),
                    "月季年", 0, false, (m, expr, text, ctx, taskId) -> new Deadline(expr, null,
                    m.group("c").equals("月") ? Recurrence.MONTHLY.json() : m.group("c").equals("季") ? Recurrence.QUARTERLY.json() : Recurrence.YEARLY.json(), null, taskId)),
            // 每3~5年 / 每两年 / 每学期 / 每半年召开一次 / 每周开展检查 / 每日巡查: how often, in no calendar unit of the
            // contract (recurring null); not a rate (每日280吨, 每天30吨, 每周2次 is how often: 每周 counts)
            new Rule("every", Pattern.compile("每(?:(?<n>" + CN + ")(?:\\s*[-—–~至到]\\s*" + CN + ")?年(?!度)|学期|半年|周|[日天](?=[\\p{IsHan}&&[^\\d一二两三四五六七八九十百千万均]]))"),
                    "每", 0, false, DeadlineExtractor::every),
            // 3年内 / 两年内 / 三年左右 / 用一年左右的时间 / 未来三年 / 利用3-5年时间 (the longer end counts)
            new Rule("duration", Pattern.compile(
                    "(?<use>利?用)?(?<future>未来)?(?<![\\d每])(?:" + CN + "\\s*[-—–~至到]\\s*)?(?<n>" + CN
                            + ")年(?<within>内|左右(?:的)?时间|左右|时间)?"),
                    "年", 7, false, DeadlineExtractor::duration).startingWith("利用未" + NUMERALS),
            // 3个月内 / 六个月内: months from the issue date
            new Rule("months", Pattern.compile("(?<!\\d)(?<n>" + CN + ")个月内"), "月", 6, false, DeadlineExtractor::months)
                    .startingWith(NUMERALS),
            // 今年 / 今年上半年 / 今年底 / 明年 / 明年底 / 年底前 / 上半年 / 下半年
            new Rule("relative", Pattern.compile("(?<rel>今年(?<part>上半年|下半年|年底前|年底|底前|底)?|明年底|明年|年底前|年内|上半年|下半年)"),
                    "年", 2, false, DeadlineExtractor::relative).startingWith("今明年上下"),
            // 到10月底 / 至9月底 / 截至6月底: a month of the document's year, reached by then
            new Rule("to-month", Pattern.compile("(?:到|至|截至|截止到|截止)(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})日)?(?<end>底|末)?(?<pre>前)?"),
                    "月", 6, false, DeadlineExtractor::toMonth).startingWith("到至截"),
            // 6月底前 / 8月31日前 / 4月15日前: a month of the document's year
            new Rule("month", Pattern.compile("(?<![\\d年])(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})日)?(?<end>底|中旬|上旬|下旬)?前"),
                    "月", 2, false, DeadlineExtractor::month).startingWith(DIGITS),
            // 一季度完成… / 第三季度末前: a quarter of the document's year (not 每年四季度, a yearly step)
            new Rule("quarter", Pattern.compile("(?<![每年度])(?:第)?(?<q>[一二三四1-4])季度(?:末|底)?(?:前|内)?"),
                    "季", 2, false, DeadlineExtractor::quarter).startingWith("第一二三四1234"),
            // 第一年 / 第三年 of a three-year plan (2024-2026): 2024 / 2026
            new Rule("year-of-plan", Pattern.compile("第(?<n>[一二三四五])年(?!度)(?!\\s*[(（]\\d{4}年)"), "年", 2, false, DeadlineExtractor::yearOfPlan)
                    .startingWith("第"),
            // “十四五”期间 / 十四五末 / 到“十五五”末 / “十四五”后两年
            new Rule("five-year-plan", Pattern.compile(
                    "(?:到|至)?[“\"]?十(?<plan>四|五)五[”\"]?(?:期间|时期|末|后[两二三]年|最后[一二两]年)"),
                    "十", 2, false, (m, expr, text, ctx, taskId) ->
                    // the 14th five-year plan ends in 2025, the 15th in 2030
                    new Deadline(expr, m.group("plan").equals("四") ? "2025" : "2030", null, null, taskId)));

    /** 力争 / 确保 / 争取 right before a year. */
    private static final Pattern STRIVE_BEFORE = Pattern.compile("(力争|确保|争取)$");
    /** 达到 / 完成 / 实现 right after a year (the year is when it is reached). */
    private static final Pattern REACH_AFTER = Pattern.compile("^(达到|达|完成|实现|建成)");
    /** 较2023年 / 比2020年 / 与2023年相比: a baseline year, never due. */
    private static final Pattern BASELINE_BEFORE = Pattern.compile("[较比与同]$|相比$|对比$");
    /** Characters after which a year opens a clause or a cell. */
    private static final String CLAUSE_START = "，,。；;：:\t\n（(、";
    /** 超长期特别国债资金由… / 省级专项资金按…: the money of a year, right after it, before its verb. */
    private static final Pattern YEARS_MONEY = Pattern.compile("^[\\p{IsHan}]{0,12}?(?:资金|国债|预算|经费|额度)(?=由|按|将|用于|[，,。；;])");
    /** 对个人消费者…给予一次性补贴: a sentence that grants a subsidy or reward to those who qualify. */
    private static final Pattern GRANT = Pattern.compile("对[^。；;]{1,200}?给予[^。；;]{0,12}?(?:补贴|补助|奖励|奖补)");
    /** The last word of a document's name: 指标体系, 实施方案, 任务清单, 工作指南… (a year in brackets after it is its edition). */
    private static final Pattern DOCUMENT_NAME_BEFORE = Pattern.compile("(体系|方案|计划|规划|纲要|清单|目录|指南|办法|细则|标准|名录|手册)$");
    private static final Pattern PLAN_BEFORE = Pattern.compile(".*(方案|计划|规划|纲要)[(（]$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\d{1,2}月.*");
    /** 附件： / 附件2 / 附件1.1: an annex's number before its name. */
    private static final Pattern ANNEX_BEFORE = Pattern.compile("(?:^|\\n)\\s*附件\\s*[\\d一二三四五六七八九十.．-]*\\s*[:：、]?\\s*$");
    /** The rest of a line that names a table or a list: 充电基础设施建设任务分解表 / 重点项目清单. */
    private static final Pattern TABLE_NAME_AFTER = Pattern.compile("[^，,。；;：:\\n\\t]{2,40}(?:表|清单|名单|目录|台账)(?:[(（][^()（）\\n]{0,12}[)）])?\\s*(?:\\n|$)");
    /** 工作总结 / 工作要点 / 情况: what a period names when it only says what a report or a plan covers. */
    private static final Pattern NAMES_A_REPORT = Pattern.compile("^(?:工作)?(?:总结|要点|情况|报告|计划)|^工作(?![，,])");
    /** 有效期至 / 有效期限至 / 有效期为…至: the end of a validity, not a due date. */
    private static final Pattern VALIDITY_BEFORE = Pattern.compile("有效期(?:限)?(?:为|延长)?$");
    /** 之日起2个月内 / 受理之日起: counted from an event of each case, not from a calendar date. */
    private static final Pattern FROM_AN_EVENT_BEFORE = Pattern.compile("(?:之日|日)起$");
    /** 近三年内 / 最近2年内 / 过去3年内: a window that looks back. */
    private static final Pattern WINDOW_BEFORE = Pattern.compile("(?:近|过去|以往)$");
    /** 3年内不得 / 2年内免于 / 5年内禁止: the window of a sanction or an exemption. */
    private static final Pattern WINDOW_AFTER = Pattern.compile("^(?:不得|不予|不再|免于|免予|禁止|限制|取消|暂停|未发生|未受|无)");
    private static final Pattern START_YEAR = Pattern.compile("(\\d{4})年起");
    /** The past and future words the deadlines read (lexicon/tense.tsv, column deadlines). */
    private static final String PAST_ALTERNATION = Lexicon.get().tenseAlternation(Lexicon.Tense.PAST, true);
    private static final String FUTURE_ALTERNATION = Lexicon.get().tenseAlternation(Lexicon.Tense.FUTURE, true);
    private static final Pattern PAST_WORDS = Pattern.compile(".*(" + PAST_ALTERNATION + ").*");
    private static final Pattern FUTURE_WORDS = Pattern.compile(".*(" + FUTURE_ALTERNATION + ").*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern PAST_WORD = Pattern.compile(PAST_ALTERNATION);
    /** The first characters of the past and future words (null: a word opens with a class): only they start one. */
    private static final String PAST_FIRST = Lexicon.get().tenseFirstChars(Lexicon.Tense.PAST);
    private static final String FUTURE_FIRST = Lexicon.get().tenseFirstChars(Lexicon.Tense.FUTURE);
    private static final Pattern FUTURE_WORD = Pattern.compile(FUTURE_ALTERNATION);

    /** A deadline and where it stands in the text. */
    public record Located(Deadline deadline, int start, int end) {
    }

    /** Every deadline in a paragraph or cell of text, in order. */
    public List<Deadline> extract(String text, DocContext ctx, String taskId) {
        return locate(text, ctx, taskId).stream().map(Located::deadline).toList();
    }

    /** Every deadline with its offsets, in order. */
    public List<Located> locate(String text, DocContext ctx, String taskId) {
        List<Located> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        boolean[] titles = insideTitles(text);
        List<int[]> spans = new ArrayList<>();
        List<Deadline> found = new ArrayList<>();
        boolean hasYear = text.indexOf('年') >= 0;
        for (Rule rule : RULES) {
            if (rule.anchors() == null && !hasYear) {
                continue; // the span rule needs 年
            }
            AnchoredMatcher finder = new AnchoredMatcher(rule.pattern(), text, rule.anchors(), rule.maxBefore(), rule.starts());
            while (finder.find()) {
                Matcher m = finder.matcher();
                if (titles[m.start()] || anyTaken(taken, m.start(), m.end())) {
                    continue;
                }
                String matched = m.group();
                String expr = policylens.text.Whitespace.squeeze(matched);
                Deadline d = rule.normalizer().apply(m, expr, text, ctx, taskId);
                if (d == null) {
                    if (rule.hidesOnReject()) {
                        // a period that is not due (a title's, or a past span) is not a bare year either
                        for (int k = m.start(); k < m.end(); k++) {
                            taken[k] = true;
                        }
                    }
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                spans.add(new int[]{m.start(), found.size(), m.end()});
                found.add(d);
            }
        }
        spans.sort(java.util.Comparator.comparingInt(a -> a[0]));
        for (int[] s : spans) {
            out.add(new Located(found.get(s[1]), s[0], s[2]));
        }
        return out;
    }

    private static Deadline toYear(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        int y = Integer.parseInt(m.group("y"));
        if (ctx.docYear() != null && y < ctx.docYear()) {
            return null; // 增长到2022年的1500亿元: a past figure
        }
        String date = m.group("m") != null ? ym(y, Integer.parseInt(m.group("m")))
                : m.group("q") != null ? ym(y, quarterEnd(m.group("q")))
                : m.group("end") != null ? ym(y, 12) : String.valueOf(y);
        // 截至2024年6月底，全省累计建成充电桩8.5万个 in a letter of 2024-07-15: a count as it stood, not a due date
        if (expr.startsWith("截") && beforeIssue(date, ctx)) {
            return null;
        }
        // 有效期至2027年12月31日: when a measure lapses; 2025年1月1日至2026年12月31日期间新增的贷款: a window of eligibility
        if (VALIDITY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                || text.startsWith("期间", m.end()) || text.startsWith("之间", m.end())) {
            return null;
        }
        return new Deadline(expr, date, null, null, taskId);
    }

    /** A YYYY-MM date earlier than the month the document was issued in (both known). */
    static boolean beforeIssue(String date, DocContext ctx) {
        if (date.length() < 7 || ctx.issuedMonth() == null) {
            return false;
        }
        int month = Integer.parseInt(date.substring(0, 4)) * 12 + Integer.parseInt(date.substring(5, 7));
        return month < ctx.issuedYear() * 12 + ctx.issuedMonth();
    }

    /** The last month of a quarter written 一 to 四 or 1 to 4: 三 → 9. */
    private static int quarterEnd(String q) {
        int n = "一二三四".indexOf(q.charAt(0)) + 1;
        return 3 * (n > 0 ? n : q.charAt(0) - '0');
    }

    private static Deadline span(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        // a plan's period right after its title: 行动方案(2026-2028年), or a past span 2017-2022年
        int to = Integer.parseInt(m.group("to"));
        String before = text.substring(Math.max(0, m.start() - 3), m.start());
        if (PLAN_BEFORE.matcher(before).matches() || (ctx.docYear() != null && to < ctx.docYear())) {
            return null;
        }
        return new Deadline(expr, String.valueOf(to), null, null, taskId);
    }

    /**
     * 2025年底前 / 2026年前 / 2025年6月底前 / 2028年: a year that lies ahead of the document; the document's own year
     * counts when the year opens a clause or a table cell of a plan ("2018年，一是…", a 2018 column cell).
     */
    private static Deadline year(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        int y = Integer.parseInt(m.group("y"));
        Integer docYear = ctx.docYear();
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        boolean explicitDue = m.group("pre") != null || m.group("end") != null || m.group("half") != null
                || m.group("in") != null || m.group("q") != null;
        // 2024年是实施本计划的开局之年 / 2024年为攻坚年: the year is named, nothing is set due in it
        if (!explicitDue && m.group("m") == null && (after.startsWith("是") || after.startsWith("为"))) {
            return null;
        }
        if (after.startsWith("度") || after.startsWith("以来") || after.startsWith("的")
                || after.startsWith("起") || after.startsWith("以前") || BASELINE_BEFORE.matcher(
                text.substring(Math.max(0, m.start() - 2), m.start())).find()) {
            return null;
        }
        // 附件：2024年充电基础设施建设任务分解表 / 附件2 2025年工作要点: the name of an annex, not a due date; so is
        // the caption of a table standing alone (2024年充电基础设施建设任务分解表)
        if (!explicitDue && (ANNEX_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                || (m.start() == 0 || text.charAt(m.start() - 1) == '\n') && TABLE_NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
            return null;
        }
        if (m.group().endsWith("日") && m.group("pre") == null) {
            return null; // 2024年10月30日: a date (a signature, an event), not a due date
        }
        // 附件1广州市家庭医生签约服务质量监测指标体系(2023年版) / …指标体系(2023年): the edition of a document named
        // without 《》, not a due date
        if (!explicitDue && m.group("m") == null && (after.startsWith("版")
                || (after.startsWith(")") || after.startsWith("）")) && m.start() > 0
                && "(（".indexOf(text.charAt(m.start() - 1)) >= 0
                && DOCUMENT_NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start() - 1)).find())) {
            return null;
        }
        // 2026年超长期特别国债资金由财政厅…预安排: the year names whose money it is; 2026年，对个人消费者报废…给予一次性补贴:
        // the year a subsidy is paid in (a validity clause); neither sets anything due
        if (!explicitDue && m.group("m") == null && (YEARS_MONEY.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()
                || GRANT.matcher(Clauses.sentence(text, m.end())).find())) {
            return null;
        }
        boolean opensClause = m.start() == 0 || CLAUSE_START.indexOf(text.charAt(m.start() - 1)) >= 0;
        // 力争2023年达到80% / 2023年完成: the plan's own year set as the date something is reached
        boolean reached = STRIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()
                || REACH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find();
        // 其中2024年新增8家、2025年新增12家: the share of a target due in that year (each year written is one)
        boolean share = m.start() >= 2 && text.startsWith("其中", m.start() - 2);
        boolean thisYearInPlan = docYear != null && y == docYear && ctx.plan() && (opensClause || reached || share);
        if (docYear == null ? !explicitDue : y <= docYear && !(explicitDue && y == docYear) && !thisYearInPlan) {
            return null;
        }
        String date = m.group("m") != null ? ym(y, Integer.parseInt(m.group("m")))
                : m.group("q") != null ? ym(y, quarterEnd(m.group("q")))
                : "上半年".equals(m.group("half")) ? ym(y, 6)
                : m.group("end") != null || "下半年".equals(m.group("half")) ? ym(y, 12) : String.valueOf(y);
        // 2024年上半年，全省新增公共充电桩1.2万个，同比增长35% in a letter of 2024-07: the months already behind it
        if (beforeIssue(date, ctx) && pastSentence(text, m.start(), docYear)) {
            return null;
        }
        return new Deadline(expr, date, null, null, taskId);
    }

    private static Deadline recurrence(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        String rec = m.group("rec");
        String recurring = rec.contains("季") ? Recurrence.QUARTERLY.json() : rec.contains("月") ? Recurrence.MONTHLY.json()
                : Recurrence.YEARLY.json();
        if (pastSentence(text, m.start(), ctx.docYear())) {
            return null;
        }
        return new Deadline(expr, null, recurring, null, taskId);
    }


    private static Deadline every(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        return pastSentence(text, m.start(), ctx.docYear()) ? null : new Deadline(expr, null, null, null, taskId);
    }

    private static Deadline duration(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        boolean within = m.group("within") != null;
        boolean future = m.group("future") != null;
        // 通过三年治本攻坚 / 经过两年努力: the years a plan gives itself (not 经过三年努力，已建成…, a past sentence)
        boolean through = m.start() >= 2 && (text.startsWith("通过", m.start() - 2) || text.startsWith("经过", m.start() - 2))
                && m.group("use") == null && !pastSentence(text, m.start(), ctx.docYear());
        if (!within && !future && !through) {
            return null;
        }
        // 近三年内未发生重大事故 / 3年内不得申报 / 2年内免于现场检查: a window a condition or a sanction looks at, not a
        // time something is due in; 自登记之日起3年内: a case's own time limit
        if (within && (FROM_AN_EVENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()
                || WINDOW_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()
                || WINDOW_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find())) {
            return null;
        }
        OptionalDouble n = Quantities.parseNumber(m.group("n"));
        if (n.isEmpty() || n.getAsDouble() < 1 || n.getAsDouble() > 30) {
            return null;
        }
        int years = (int) n.getAsDouble();
        if (m.group("within") != null && m.group("within").startsWith("时间") && m.group("use") == null) {
            return null;
        }
        return new Deadline(expr, durationDate(years, future, text, m.start(), ctx), null, "P" + years + "Y", taskId);
    }

    /** 3个月内 in a notice issued 2023-10-19 → 2024-01. */
    private static Deadline months(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        // 自作出审批决定之日起2个月内: each case's own time limit, counted from its event
        if (FROM_AN_EVENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
            return null;
        }
        OptionalDouble n = Quantities.parseNumber(m.group("n"));
        if (n.isEmpty() || n.getAsDouble() < 1 || n.getAsDouble() > 36) {
            return null;
        }
        int months = (int) n.getAsDouble();
        String date = null;
        if (ctx.issuedYear() != null && ctx.issuedMonth() != null) {
            int total = ctx.issuedYear() * 12 + ctx.issuedMonth() - 1 + months;
            date = ym(total / 12, total % 12 + 1);
        }
        return new Deadline(expr, date, null, "P" + months + "M", taskId);
    }

    private static Deadline relative(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        String rel = m.group("rel");
        Integer docYear = ctx.docYear();
        if (docYear == null) {
            return new Deadline(expr, null, null, null, taskId);
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
        if (rel.equals("今年") && (MONTH_AFTER.matcher(after).matches() || after.startsWith("以来"))) {
            return null;
        }
        // 报送上半年工作总结 / 今年工作要点: the period names what a report or a plan covers, nothing is due in it
        if (!rel.endsWith("前") && NAMES_A_REPORT.matcher(after).find()) {
            return null;
        }
        if (rel.equals("年内") && m.start() > 0 && NUMERALS.indexOf(text.charAt(m.start() - 1)) >= 0) {
            // 3年内 / 近三年内: the duration rule's to read (or to leave out), not this year
            return null;
        }
        String part = m.group("part") != null ? m.group("part") : rel;
        String date = switch (part) {
            case "上半年" -> ym(docYear, 6);
            case "年底前", "下半年", "年底", "底", "底前" -> ym(docYear, 12);
            case "明年" -> String.valueOf(docYear + 1);
            case "明年底" -> ym(docYear + 1, 12);
            default -> String.valueOf(docYear);
        };
        // 今年上半年，全省新增公共充电桩1.2万个，同比增长35%: a report on the year so far in a sentence about the past
        // (not 年底前, which only ever sets something due)
        if (!rel.equals("年底前") && pastSentence(text, m.start(), docYear)) {
            return null;
        }
        return new Deadline(expr, date, null, null, taskId);
    }

    /** 第二年 in a 2024-2026 plan → 2025; none when the plan states no period. */
    private static Deadline yearOfPlan(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        Meta.Period p = ctx.period();
        if (p == null || p.to() <= p.from()) {
            return null;
        }
        int n = "一二三四五".indexOf(m.group("n").charAt(0)) + 1;
        int year = p.from() + n - 1;
        return year > p.to() ? null : new Deadline(expr, String.valueOf(year), null, null, taskId);
    }

    /** 一季度 in a plan of 2024 → 2024-03; 三季度末前 → 2024-09. */
    private static Deadline quarter(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        String before = text.substring(Math.max(0, m.start() - 3), m.start());
        if (ctx.docYear() == null || !ctx.plan() || before.contains("每") || before.endsWith("年度")
                || Character.isDigit(lastChar(before)) || pastSentence(text, m.start(), ctx.docYear())) {
            return null; // 每年一季度 is yearly; a news report's 一季度 reports; 2025年一季度 is the year's
        }
        return new Deadline(expr, ym(yearOfSentence(text, m.start(), ctx.docYear()), quarterEnd(m.group("q"))), null, null, taskId);
    }

    private static char lastChar(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    /**
     * 6月底前 / 8月31日前 with no year: a month of the document's year (a letter of 2024-02 → 2024-06). Not after a
     * recurrence (每年3月底前 is a yearly step, its recurrence already a deadline).
     */
    private static Deadline month(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        int month = Integer.parseInt(m.group("m"));
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        if (month < 1 || month > 12 || ctx.docYear() == null || before.contains("每") || before.contains("年度")
                || before.contains("次年") || before.contains("当年")) {
            return null;
        }
        if (text.lastIndexOf("每年", m.start()) >= 0) {
            // 每年度按步骤推进：3月底前…12月中旬前…: the steps of a yearly cycle recur, they fall due every year
            return new Deadline(expr, null, Recurrence.YEARLY.json(), null, taskId);
        }
        return new Deadline(expr, ym(yearOfSentence(text, m.start(), ctx.docYear()), month), null, null, taskId);
    }

    /**
     * 到10月底 / 截至9月底: a month of the document's year (of a year the sentence names before it), unless it reports
     * how things stood at a month already behind the issue date (截至6月底，全省累计建成… in a letter of July).
     */
    private static Deadline toMonth(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        int month = Integer.parseInt(m.group("m"));
        if (month < 1 || month > 12 || ctx.docYear() == null) {
            return null;
        }
        String date = ym(yearOfSentence(text, m.start(), ctx.docYear()), month);
        if (beforeIssue(date, ctx) && (expr.startsWith("截") || pastSentence(text, m.start(), ctx.docYear()))) {
            return null;
        }
        return new Deadline(expr, date, null, null, taskId);
    }

    /** 2024年3月—4月 → 2024-04; 2024年5月—2026年6月 → 2026-06; a span wholly before the issue month is past. */
    private static Deadline monthSpan(Matcher m, String expr, String text, DocContext ctx, String taskId) {
        int y = Integer.parseInt(m.group("y2") != null ? m.group("y2") : m.group("y1"));
        int month = Integer.parseInt(m.group("m2"));
        if (month < 1 || month > 12 || ctx.docYear() != null && y < ctx.docYear()) {
            return null;
        }
        String date = ym(y, month);
        // 2025年1月1日至2026年12月31日期间新增的贷款: the window a case must fall in, not a stage of work
        if (beforeIssue(date, ctx) || text.startsWith("期间", m.end()) || text.startsWith("之间", m.end())) {
            return null;
        }
        return new Deadline(expr, date, null, null, taskId);
    }

    /**
     * The year a month or a quarter without one belongs to: the last year the sentence names before it (于2025年7月底前
     * 完成评审，资金于第三季度内拨付 → 2025) when that lies ahead, else the document's year.
     */
    static int yearOfSentence(String text, int at, int docYear) {
        int s = at;
        while (s > 0 && "。！？；;!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int year = docYear;
        Matcher y = YEAR.matcher(text).region(s, at);
        while (y.find()) {
            int found = Integer.parseInt(y.group(1));
            if (found >= docYear && found <= docYear + 10 && !text.startsWith("度", y.end())) {
                year = found;
            }
        }
        return year;
    }

    /**
     * The due date of a duration: counted from a start year in the text (2024年起5年内 → 2028), else over the plan
     * period (3年内 in a 2026-2028 plan → 2028), else from the issue date (用一年左右的时间, 2025-08-28 → 2026-08).
     */
    private static String durationDate(int years, boolean future, String text, int at, DocContext ctx) {
        Matcher start = START_YEAR.matcher(text.substring(0, at));
        Integer from = null;
        while (start.find()) {
            from = Integer.parseInt(start.group(1));
        }
        if (from == null && ctx.start() != null) {
            from = ctx.start(); // stated once for the plan: 自2024年起3年内, then 3年内 in every item
        }
        if (from != null) {
            return String.valueOf(from + years - 1);
        }
        if (future && ctx.docYear() != null) {
            return String.valueOf(ctx.docYear() + years - 1);
        }
        if (ctx.period() != null && ctx.period().to() - ctx.period().from() + 1 == years) {
            return String.valueOf(ctx.period().to());
        }
        if (ctx.period() != null && ctx.issued() == null) {
            return String.valueOf(ctx.period().from() + years - 1);
        }
        if (ctx.issuedYear() != null && ctx.issuedMonth() != null) {
            return ym(ctx.issuedYear() + years, ctx.issuedMonth());
        }
        if (ctx.issuedYear() != null) {
            return String.valueOf(ctx.issuedYear() + years);
        }
        return null;
    }

    /** A sentence about the past: 去年…年均增速达38%, 营收从2017年的300亿元增长到2022年的1500亿元. */
    static boolean pastSentence(String text, int at, Integer docYear) {
        int s = at;
        while (s > 0 && "。！？；;!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at;
        while (e < text.length() && "。！？；;!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        String sentence = text.substring(s, e);
        boolean future = anywhere(FUTURE_WORD, FUTURE_WORDS, FUTURE_FIRST, sentence);
        if (anywhere(PAST_WORD, PAST_WORDS, PAST_FIRST, sentence) && !future) {
            return true;
        }
        if (pastYears(sentence, docYear)) {
            return true;
        }
        // 2024年，全市人均预期寿命达到79.3岁；每千人口医疗卫生机构床位数6.1张: a part after ； with no year or word of the
        // future of its own is in the past when the years of the part it goes on from are
        int from = s;
        while (!future && from > 1 && (text.charAt(from - 1) == '；' || text.charAt(from - 1) == ';')
                && !YEAR.matcher(text.substring(from, e)).find()) {
            int prevEnd = from - 1;
            from = prevEnd;
            while (from > 0 && "。！？；;!?\n".indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            String previous = text.substring(from, prevEnd);
            if (YEAR.matcher(previous).find()) {
                return pastYears(previous, docYear);
            }
            e = prevEnd;
        }
        return false;
    }

    /** The sentence around {@code at} names only years before the document's (baselines aside). */
    static boolean pastYears(String text, int at, Integer docYear) {
        return pastYears(Clauses.sentence(text, at), docYear);
    }

    private static boolean pastYears(String sentence, Integer docYear) {
        if (docYear == null || sentence.indexOf('年') < 0) {
            return false;
        }
        Matcher y = YEAR.matcher(sentence);
        boolean past = false;
        boolean future = false;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            // 与2023年相比，吨钢综合能耗降低2%左右 / 较2020年: a baseline year is not the time the sentence speaks of
            if (BASELINE_BEFORE.matcher(sentence.substring(Math.max(0, y.start() - 2), y.start())).find()
                    || sentence.startsWith("为基", y.end())) {
                continue;
            }
            if (year < docYear) {
                past = true;
            } else {
                future = true;
            }
        }
        return past && !future;
    }

    /**
     * {@code whole.matcher(s).matches()} for a whole = {@code .*(word).*}: the same as finding word anywhere, unless
     * s has a line terminator, which . does not cross (then the original is asked). Only the positions holding one of
     * {@code first} (the characters every word starts with; null: any) are tried.
     */
    static boolean anywhere(Pattern word, Pattern whole, String first, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return whole.matcher(s).matches();
            }
        }
        return AnchoredMatcher.findsIn(word, s, first);
    }

    /** Marks the characters inside 《…》 (titles cite plans whose periods are not this document's deadlines). */
    static boolean[] insideTitles(String text) {
        boolean[] in = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
            }
            in[i] = depth > 0;
        }
        return in;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** String.format("%d-%02d", y, m) without the formatter: y and m are non-negative here. */
    private static String ym(int y, int m) {
        return y + (m < 10 ? "-0" : "-") + m;
    }

}
