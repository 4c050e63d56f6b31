package policylens.extract;

import policylens.lexicon.Lexicon;
import policylens.model.Comparator;
import policylens.model.Recurrence;
import policylens.text.Chars;
import policylens.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forward-looking quantitative commitments: a number the plan commits to reach, keep above or below, or do every
 * year. Past facts, dates, ranks, ratios, slogans and numbers that only describe a thing are left out.
 */
public final class TargetExtractor {
    private static final String CLAUSE_END = Clauses.CLAUSE_END;
    private static final String SENTENCE_END = Clauses.SENTENCE_END;
    /** Durations and calendar units are deadlines, not targets; 条 counts articles and chains (人才10条, 8条产业链). */
    private static final java.util.Set<String> NOT_TARGET_UNITS = java.util.Set.of("年", "个月", "月", "日", "天", "小时");
    /** 每年奖补资金总额不超过2000万元 / 财政补贴资金1亿元: the size of a fund the plan sets up is a commitment. */
    private static final Pattern FUND_TOTAL = Pattern.compile("总额|资金|总规模");
    /** 最高 / 单个 / 每辆 …: an amount per item is a subsidy rate, not a fund. */
    private static final Pattern PER_ITEM = Pattern.compile("最高|单个|单项|每[辆台户人家个项吨]|按");
    /** 单个县支持资金 / 单个项目…: one of many things, whose most is then a cap. */
    private static final Pattern PER_ITEM_CAP = Pattern.compile("单个|单项|单户|单家|每个项目");
    /** Subsidy rates and caps are not commitments: 单个项目最高补助500万元, 最高不超过100万元, 按10%给予补助. */
    private static final Pattern SUBSIDY = Pattern.compile("最高|补助|奖励|补贴|给予|奖补");
    /** 压缩至0.5个工作日 / 降至42微克/立方米: verbs that set a value by cutting down to it. */
    private static final String CUT_TO = "压缩至|压缩到|缩短至|缩短到|下降至|下降到|降低至|降低到|减少至|减少到|降至|降到";
    /**
     * Verbs that attain a value: 营收力争达到3000亿元 — what follows such a verb is the target, not a descriptor; so is
     * a fund set up or a capacity provided (各县区设立1亿元专项资金, 提供10万千瓦级的双向灵活调节能力).
     */
    private static final Pattern ATTAIN = Pattern.compile(
            "(达到|达|突破|超过|超|为|实现|增至|增长到|提高到|提升到|提升至|提高至|" + CUT_TO + "|控制在|稳定在|保持在|维持在|不低于|不少于|至少|不超过|低于|力争|确保|安排|投放|设立|提供|规模|总额|总量|总规模)$");
    /** Words that open a clause before the metric: 力争到2028年, 2025年底前, 培育, 打造, 每年引进… (not 新建和改造…) */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:力争|确保|争取|努力|全力|预计|计划|目标是|着力|重点|其中|并|及|和|以及|同时|实现|(?:到|至)?\\d{4}年(?:\\d{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?|\\d{4}[-—–]\\d{4}年|"
                    + "每年度?|年均|今年|全年|[一二两三四五六七八九十\\d]年内|累计|新增|培育|打造|建成|建设|争创|创建|形成|引进|招引|推动|支持|组建|梯次培育|纳入|"
                    + "发展壮大|壮大|做强|实施|遴选|梳理|跟踪推进|推进|完成|组织|开展|设立|安排|获批|认定|新建|创成|达到)"
                    // 新建和改造智能有序充电站: a verb joined to the next one is part of what is counted
                    + "(?![和及与])");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:力争|确保|总量|总规模)?(?:达到|达|突破|超过|超|为|实现|增至|增长到|提高到|提升到|提升至|提高至|" + CUT_TO + "|控制在|稳定在|保持在|维持在|保持|维持|不低于|不少于|至少|不超过|不高于|低于|少于|约|过|达到了|分别|≥|≤|>|<|大于|小于)\\s*$");
    /** Words of the past (lexicon/tense.tsv): 去年, 已, 累计完成 … */
    private static final Pattern PAST = Pattern.compile(Lexicon.get().tenseAlternation(Lexicon.Tense.PAST, false));
    /** The characters the words of the past and of the future open with: only there is one looked for (null: anywhere). */
    private static final String PAST_FIRST = Lexicon.get().tenseFirstChars(Lexicon.Tense.PAST);
    private static final String FUTURE_FIRST = Lexicon.get().tenseFirstChars(Lexicon.Tense.FUTURE);
    /** Words that look forward (lexicon/tense.tsv): 力争, 确保, 将, 计划投资 (not 行动计划), 要 (not 重要/主要/需要). */
    private static final Pattern FUTURE = Pattern.compile(Lexicon.get().tenseAlternation(Lexicon.Tense.FUTURE, false));
    /** A state word right before a number, maybe with 约/为/共/达 (lexicon/tense.tsv, state): 规划面积约12平方公里. */
    private static final Pattern STATE_BEFORE = Pattern.compile(
            "(?:" + Lexicon.get().tenseAlternation(Lexicon.Tense.STATE, false) + ")(?:约|为|共|达|近|超)?$");
    /** Verbs that open a clause creating things: 打造8个标志性产业集群, 发展壮大…3个先进制造业集群. */
    private static final Pattern CREATE = Pattern.compile("^(?:力争|全力|积极|加快|重点)?(?:打造|培育|建成|建设|创建|形成|新增|引进|发展壮大|壮大|争创|组建)");
    /** A metric word that needs its subject: 规模, 总量, 占比… */
    private static final Pattern GENERIC_HEAD = Pattern.compile("规模|总量|总额|数量|总数|比重|占比|增速|增幅|总规模");
    /** A subject and the verb by which it yields a list of results: 钢铁行业节能降碳改造|形成节能量约… */
    private static final Pattern YIELDS = Pattern.compile("^([\\p{IsHan}]+?)(?:形成|带动|实现|拉动)[\\p{IsHan}]*?(?:约|达到|超过)?\\d");
    /** Where the subject of a clause ends: 全省乡村直流公共充电设施|更加完善. */
    private static final Pattern PREDICATE_START = Pattern.compile("更加|进一步|基本|全面|持续|明显|显著|不断|逐步|稳步|大幅|达到|实现|超过");
    /** The subject of a list item: the words before its verb or number (集群营业收入 in 集群营业收入年均增长10%). */
    private static final Pattern SUBJECT = Pattern.compile("^([\\p{IsHan}A-Za-z]+?)(?:年均|增长|达到|达|突破|超过|提高|提升|\\d)");
    /** Everything up to the last time phrase or framing verb of a clause is not the metric. */
    private static final Pattern HEAD_CUT = Pattern.compile(
            "(?<![较比与])(?:到|至)?\\d{4}年(?:底|末)?(?:前|以前)?[,，]?|今年|明年底?|年底前|提出了?|[一二两三四五六七八九十\\d]年内|通过"
                    // 12月底前建成公共充电桩2000个 / 上半年完成… / 三季度末前…: a month or a part of the year
                    + "|\\d{1,2}月(?:\\d{1,2}日)?(?:底|中旬|上旬|下旬)?前|上半年|下半年|第?[一二三四1-4]季度(?:末|底)?前?");
    private static final Pattern LIST_NUMBER = Pattern.compile("(\\d{1,2})[.．、](?=\\S)");
    private static final Pattern SHORT_QUOTE = Pattern.compile("[“\"]([^”\"]{1,12})[”\"]");
    private static final String ENUM_BOUNDARY = "，,。；;(（\n";

    /** comparator() results gte, gt and approx. */
    private static final Pattern COMPARATOR_ABOVE_OR_ABOUT = Pattern.compile("gte|gt|approx");
    private static final Pattern STARTS_WITH_COLON_DIGIT = Pattern.compile("^[:：]\\d.*");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile(".*[:：]$");
    /** 之一 ("one of") after at most 12 characters. */
    private static final Pattern ONE_OF_WITHIN_12_CHARS = Pattern.compile("^.{0,12}之一.*");
    /** A quantity in Chinese numerals, no Arabic digit: 一个, 两个, 三个. */
    private static final Pattern CHINESE_NUMERAL_NO_DIGIT = Pattern.compile("^[一二两三四五六七八九十]+\\D*");
    /** comparator() results other than eq and range. */
    private static final Pattern COMPARATOR_BOUND_OR_ABOUT = Pattern.compile("gte|gt|lte|lt|approx");
    /** /亩 right before a 的: the thing a rate is per (5万元/亩的…). */
    private static final Pattern PER_UNIT = Pattern.compile("^[/／][\\p{IsHan}]{1,2}?(?=的)");
    /** “ / 《 opening a quoted name after a number. */
    private static final Pattern LEADING_QUOTE = Pattern.compile("^[“\"《]");
    private static final java.util.Set<String> RANK_UNITS = java.util.Set.of("名", "位", "强");
    /** /小时 before 及以下: a rate's time unit (35蒸吨/小时及以下). */
    private static final Pattern PER_TIME = Pattern.compile("^[/／每](?:小时|时|日|天|年|月)(?=及?以[上下])");
    private static final Pattern LEADING_BOUND_OR_LEVEL = Pattern.compile("^(以上|以下|及以上|及以下|以内|级)");
    /** 和1.5% / 及6%: the next value of a list of values (分别控制在2.5%、2%和1.5%以内), no noun the number describes. */
    private static final Pattern NEXT_VALUE = Pattern.compile("^[和及与]\\d");
    private static final Pattern ENDS_WITH_OUTPUT_OR_VALUATION = Pattern.compile(".*(年产|产能|年营收|估值)$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** 建设 / 建成 / 培育 … right before a number: what it counts is created. */
    private static final Pattern CREATES_RIGHT_BEFORE = Pattern.compile("建设|建成|培育|打造|创建|新建|新增|引进");
    private static final Pattern HAS_CREATE_VERB = Pattern.compile(".*(形成|打造|培育|建成|创建|新增|引进).*");
    private static final Pattern TRAILING_REACH = Pattern.compile("(达到|达)$");
    private static final Pattern ENDS_WITH_AT_LEAST = Pattern.compile(".*(不低于|不少于|至少|不小于|不[得应能宜]低于|不[得应能宜]少于|≥|>=)\\s*$");
    private static final Pattern ENDS_WITH_AT_MOST = Pattern.compile(".*(不超过|不高于|不多于|控制在|不[得应能宜]超过|不[得应能宜]高于|不[得应能宜]多于|≤|<=)\\s*$");
    private static final Pattern ENDS_WITH_LESS_THAN = Pattern.compile(".*(低于|少于|<)\\s*$");
    private static final Pattern ENDS_WITH_MORE_THAN = Pattern.compile(".*(超过|突破|高于|超|大于|>)\\s*$");
    /** 通过 / 经过 / 不过: a 过 that does not mean "more than". */
    private static final Pattern ENDS_WITH_GUO_NOT_MORE_THAN = Pattern.compile(".*(通过|经过|不过)$");
    private static final Pattern ENDS_WITH_ABOUT = Pattern.compile(".*(约|大约)$");
    private static final Pattern STRIVE_OR_ENSURE = Pattern.compile("力争|确保|争取");
    private static final Pattern NOT_HAN_OR_LATIN_LETTER = Pattern.compile("[^\\p{IsHan}A-Za-z]");
    /** 以上 / 以下 / 以内 / 左右 right after a number: its bound, no part of the noun (12万个以内). */
    private static final Pattern LEADING_BOUND_OR_APPROX = Pattern.compile("^(以上|及以上|以下|及以下|以内|左右)");
    private static final Pattern LEADING_DE = Pattern.compile("^的");
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(和|及|与|或)$");
    private static final Pattern HAS_DIGIT_OR_ENUMERATION_COMMA = Pattern.compile(".*[\\d、].*");
    private static final Pattern LEADING_COMMA = Pattern.compile("^[,，、]");
    private static final Pattern HAS_YEARLY = Pattern.compile(".*(每年|每年度|按年度).*");
    private static final Pattern HAS_QUARTERLY = Pattern.compile(".*(每季度|按季度).*");
    private static final Pattern HAS_MONTHLY = Pattern.compile(".*(每月|按月).*");
    private final DeadlineExtractor deadlines = new DeadlineExtractor();

    /** Targets in one paragraph or table cell. */
    public List<Target> extract(String text, DocContext ctx, String taskId) {
        return extract(text, ctx, taskId, null);
    }

    /**
     * Targets in one paragraph or table cell whose deadlines the caller has already located
     * ({@code DeadlineExtractor.locate(text, ctx, taskId)}, or null): they are reused unless list numbers had to be
     * masked, which changes the text the deadlines are looked for in.
     */
    public List<Target> extract(String text, DocContext ctx, String taskId, List<DeadlineExtractor.Located> located) {
        String masked = maskListNumbers(text);
        List<DeadlineExtractor.Located> times = located != null && masked.equals(text) ? located
                : deadlines.locate(masked, ctx, taskId);
        boolean[] quoted = quotedOrTitled(masked);
        List<Target> out = new ArrayList<>();
        PastSentences past = new PastSentences(masked, ctx.docYear());
        for (Quantity q : Quantities.findAll(masked)) {
            // the comparator is asked for by several rules: found once
            String comparator = comparator(masked, q);
            if (!isCommitment(masked, q, comparator, quoted, ctx, times, past)) {
                continue;
            }
            String metric = metric(masked, q);
            // 设立集群发展专项资金,重点用于…,每年安排3亿元: an amount with no noun of its own is the fund set up before it
            if (metric.isBlank() && q.unit().equals("元")) {
                String fund = fundBefore(masked, q.start());
                if (fund != null) {
                    metric = fund + VERB_ONLY.matcher(clauseHead(masked, q)).replaceAll("");
                }
            }
            // 开展2024年汽车“以旧换新”及购车补贴活动，财政补贴资金1亿元: a fund named only by its kind is the programme's
            // of the clause before
            if (q.unit().equals("元") && GENERIC_FUND.matcher(metric).matches()) {
                String programme = programmeBefore(masked, q.start());
                if (programme != null) {
                    metric = programme + metric;
                }
            }
            // 锂电产业营收超过3500亿元、力争4500亿元的目标: a metric that names only "the goal" is the item's before it
            if ((metric.isBlank() || metric.equals("目标") || metric.equals("的目标")) && !out.isEmpty()) {
                // 完成新增…绿色账户居住区172个，累计达到682个: a clause with a verb only goes on with the metric before it
                Target previous = out.get(out.size() - 1);
                metric = previous.metric() + (clauseHead(masked, q).contains("累计") ? "累计" : "");
            }
            // …至少开展1次检查(建设领域每月至少1次): an aside with a scope and a frequency of its own counts the same thing
            // as the target before it, for that scope
            String scope = asideScope(masked, q);
            if (scope != null && !out.isEmpty() && out.get(out.size() - 1).unit().equals(q.unit())) {
                metric = scope + out.get(out.size() - 1).metric();
            }
            out.add(new Target(evidence(masked, q), metric, q.value(), q.valueMax(), q.unit(),
                    comparator, deadlineOrProgrammeYear(masked, q, times, ctx), recurring(masked, q), taskId));
        }
        return out;
    }

    /**
     * The scope an aside names before its own frequency and the number that ends it ((建设领域每月至少1次) → 建设领域), else
     * null.
     */
    private static String asideScope(String t, Quantity q) {
        int open = openBracketBefore(t, q.start());
        int close = afterBound(t, q.end());
        if (open < 0 || close >= t.length() || (t.charAt(close) != ')' && t.charAt(close) != '）')) {
            return null;
        }
        String aside = t.substring(open + 1, q.start());
        Matcher often = HOW_OFTEN.matcher(aside);
        if (!often.find() || often.start() < 2) {
            return null;
        }
        String scope = aside.substring(0, often.start());
        String rest = FREQUENCY_WORDS.matcher(aside.substring(often.start())).replaceAll("");
        return scope.codePoints().allMatch(cp -> Chars.isHan(cp))
                && rest.isBlank() ? scope : null;
    }

    /** 就诊人数指… / 覆盖率是指…: a measure, then the word that defines it, opening the sentence. */
    private static final Pattern DEFINES_A_MEASURE = Pattern.compile("^[\\p{IsHan}]{0,12}(?:人数|数量|比例|率|数|量)(?:是指|系指|指)");

    /** 财政补贴资金 / 专项资金 / 奖补资金: a fund named by its kind only. */
    private static final Pattern GENERIC_FUND = Pattern.compile("^[\\p{IsHan}]{0,4}(?:资金|经费)$");
    /** 开展…活动 / 实施…行动 / 举办…工程: a programme of work opening a clause; the year is left out of its name. */
    private static final Pattern PROGRAMME = Pattern.compile("^(?:组织开展|开展|举办|实施)(?:\\d{4}年)?(.{2,30}?(?:活动|行动|工程))$");

    /** The programme the clause right before {@code at}'s clause opens with, in the same sentence, else null. */
    private static String programmeBefore(String t, int at) {
        int cs = Clauses.start(t, at, CLAUSE_END);
        if (cs < 2 || (t.charAt(cs - 1) != '，' && t.charAt(cs - 1) != ',')) {
            return null;
        }
        int ps = Clauses.start(t, cs - 1, CLAUSE_END);
        Matcher m = PROGRAMME.matcher(t.substring(ps, cs - 1).strip());
        return m.matches() ? m.group(1) : null;
    }

    /** 设立集群发展专项资金 / 安排省级专项资金: the fund the sentence sets up before {@code at}, else null. */
    private static String fundBefore(String t, int at) {
        Matcher m = FUND_SET_UP.matcher(t.substring(Clauses.start(t, at, SENTENCE_END), at));
        String fund = null;
        while (m.find()) {
            fund = m.group(1);
        }
        return fund;
    }

    private static final Pattern FUND_SET_UP = Pattern.compile("(?:设立|设置|安排|统筹|整合)([\\p{IsHan}]{2,12}?(?:资金|基金))");
    /** Anything but Han characters: dropped from the words before the number (每年安排) kept after the fund. */
    private static final Pattern VERB_ONLY = Pattern.compile("[^\\p{IsHan}]");

    private boolean isCommitment(String t, Quantity q, String comparator, boolean[] quoted, DocContext ctx,
                                 List<DeadlineExtractor.Located> times, PastSentences past) {
        if (NOT_TARGET_UNITS.contains(q.unit()) || quoted[q.start()]) {
            return false;
        }
        // 每千人口医疗卫生机构床位数达到7.2张: a number right after 每 is what a rate is per
        if (q.start() > 0 && t.charAt(q.start() - 1) == '每') {
            return false;
        }
        // 8条重点产业链 names the chains a plan covers; 每年遴选不少于3条产业链 commits to a number of them
        if (q.unit().equals("条") && !COMPARATOR_ABOVE_OR_ABOUT.matcher(comparator).matches()) {
            return false;
        }
        String head0 = clauseHead(t, q);
        if (SUBSIDY.matcher(head0).find() && !(FUND_TOTAL.matcher(head0).find() && !PER_ITEM.matcher(head0).find())) {
            return false;
        }
        int cs = clauseStartOf(t, q.start());
        // 就诊人数指在签约机构就诊≥1次的签约基本包居民: a sentence that defines a measure sets none
        if (DEFINES_A_MEASURE.matcher(t.substring(sentenceStart(t, q.start()), q.start())).find()) {
            return false;
        }
        // 覆盖率=签约居民人数/常住人口数*100%: a formula defines a rate, it sets none
        if (t.indexOf('=') >= 0 || t.indexOf('＝') >= 0) {
            String clause = t.substring(cs, clauseEnd(t, q.end()));
            if (clause.indexOf('=') >= 0 || clause.indexOf('＝') >= 0) {
                return false;
            }
        }
        // 溢价超过20%的，… / 亩产税收低于5万元的，…: the number qualifies what comes before its 的, it commits to
        // nothing; 100%的社区卫生服务中心完成中医馆设置 is a share that is to do something, a target
        int de = afterBound(t, q.end());
        if (de < t.length() && t.charAt(de) == '的'
                && (de + 1 >= t.length() || CLAUSE_END.indexOf(t.charAt(de + 1)) >= 0)
                && !GOAL_AFTER_DE.matcher(t.substring(de, Math.min(t.length(), de + 16))).find()
                && !t.substring(cs, q.start()).contains("年均")) {
            return false;
        }
        // 亩产税收低于5万元/亩的工业项目用地 / 超过1000万元的项目: a strict bound before 的 and a noun says which things
        // are meant (a share, 超过80%的企业实现…, is a target)
        if (!q.unit().equals("%") && (comparator.equals(Comparator.LT.json()) || comparator.equals(Comparator.GT.json()))) {
            int d = q.end();
            Matcher per = PER_UNIT.matcher(t.substring(d, Math.min(t.length(), d + 4)));
            d += per.find() ? per.end() : 0;
            if (d < t.length() && t.charAt(d) == '的') {
                return false;
            }
        }
        // 不超过项目设备投资额的10%: a share of an amount (a subsidy rate); 物业可转让不超过50%: what is allowed
        // 分别按项目投资额的20%、30%、40%给予补助: every value of a list is read where its first one stands
        Quantity listHead = q;
        for (Quantity p = previousListItem(t, q); p != null && listHead.start() > cs; p = previousListItem(t, p)) {
            listHead = p;
        }
        String lead = t.substring(cs, Math.max(cs, listHead.start()));
        if (q.unit().equals("%") && SHARE_OF_AMOUNT.matcher(lead).find() || PERMITTED.matcher(lead).find()) {
            return false;
        }
        // 单个县支持资金原则上不超过3000万元: the most one item may get is a cap, not a commitment
        if ((comparator.equals(Comparator.LTE.json()) || comparator.equals(Comparator.LT.json()))
                && PER_ITEM_CAP.matcher(lead).find()) {
            return false;
        }
        // 提供不超过V2G设备成本50%的建设补贴: a share of a cost paid as a subsidy is a subsidy rate
        if (SUBSIDY_AFTER.matcher(t.substring(afterBound(t, q.end()), Math.min(t.length(), q.end() + 12))).find()) {
            return false;
        }
        // 年度最大用电负荷峰谷差率超过40%的地区需求响应能力应达到…5%以上: the first number says which regions, the
        // clause sets a value of its own for them
        if (de < t.length() && t.charAt(de) == '的' && qualifiesForALaterValue(t, q, de)) {
            return false;
        }
        // (单件销售价格不超过6000元): a condition in brackets that says which items qualify
        int open = openBracketBefore(t, q.start());
        if (open >= 0 && QUALIFYING_ASIDE.matcher(t.substring(open + 1, q.start())).find()) {
            return false;
        }
        // 计生特别扶助家庭等6类困难群体: a count that sums up the list before it
        if (q.start() > 0 && t.charAt(q.start() - 1) == '等' && !CREATE.matcher(t.substring(cs, q.start())).find()) {
            return false;
        }
        for (DeadlineExtractor.Located d : times) {
            if (q.start() < d.end() && d.start() < q.end()) {
                return false;
            }
        }
        String before = t.substring(Math.max(0, q.start() - 2), q.start());
        String after = t.substring(q.end(), Math.min(t.length(), q.end() + 4));
        if (before.endsWith("第") || STARTS_WITH_COLON_DIGIT.matcher(after).matches() || ENDS_WITH_COLON.matcher(before).matches()) {
            return false;
        }
        // 在现有510个…居住区…的基础上: what there is now is the baseline, not the goal
        if (before.endsWith("现有") || before.endsWith("已有")) {
            return false;
        }
        // 能效前5%、前20%水平 / 全国前10位: a rank names a benchmark, it commits to nothing
        if (before.endsWith("前") && (q.unit().equals("%") || RANK_UNITS.contains(q.unit()))) {
            return false;
        }
        if (isDescriptor(t, q, after) || isEnumerationCount(t, q) || ONE_OF_WITHIN_12_CHARS.matcher(t.substring(q.end(), clauseEnd(t, q.end()))).matches()) {
            return false;
        }
        // 一个以上协同创新平台 is a threshold; 一个集群促进组织 / 两个方面 / 三个考虑 only count words
        String numeral = t.substring(q.start(), q.end());
        // 创建三十家县级示范家庭农场 / 两千个: ten or more is a count to reach
        // 建设两个万亩级高标准农田示范区: a few things a verb creates are a count to reach
        if (CHINESE_NUMERAL_NO_DIGIT.matcher(numeral).matches() && q.value() < 10
                && !COMPARATOR_BOUND_OR_ABOUT.matcher(comparator).matches()
                && !namedItemsToAchieve(t, q) && !CREATES_RIGHT_BEFORE.matcher(t.substring(Math.max(0, q.start() - 2), q.start())).matches()) {
            return false;
        }
        String sentence = sentence(t, q.start());
        String head = t.substring(sentenceStart(t, q.start()), q.start());
        if ((comparator.equals(Comparator.EQ.json()) || comparator.equals(Comparator.APPROX.json()))
                && describesAThing(lead, sentence, q, times)) {
            return false;
        }
        boolean runningTotal = isRunningTotal(t, q, sentence, ctx, times);
        if (past.isPast(q.start()) && !runningTotal) {
            return false;
        }
        if (past(head) && !future(head) && !runningTotal) {
            return false;
        }
        return ctx.plan() || future(sentence);
    }

    /**
     * 累计完成 reports a running total in a news text, but in a plan, under a due date of the document's year or later,
     * it states the total to be reached by then: "2020年，…；四是全区累计完成定时定点垃圾房改造942个" /
     * "到2027年累计完成改造煤电机组规模16台…。累计完成淘汰落后17台煤电机组". Only when 累计 is the sentence's one word
     * of the past and it names no past year.
     */
    private static boolean isRunningTotal(String t, Quantity q, String sentence, DocContext ctx,
                                          List<DeadlineExtractor.Located> times) {
        if (!ctx.plan() || !sentence.contains(RUNNING_TOTAL)) {
            return false;
        }
        return !past(sentence.replace(RUNNING_TOTAL, ""))
                && !DeadlineExtractor.pastYears(t, q.start(), ctx.docYear()) && deadline(t, q, times) != null;
    }

    /**
     * 园区规划面积12平方公里 / 厂房建筑面积3.5万平方米: a property of a thing stated as it is (no bound: 服务人口1万人以上
     * is a threshold), in a sentence that commits to nothing (no future word, no verb that attains or creates, no due
     * date); 到2027年，园区规划面积达到20平方公里 and 新增建筑面积10万平方米 are targets.
     */
    private static boolean describesAThing(String lead, String sentence, Quantity q, List<DeadlineExtractor.Located> times) {
        if (!STATE_BEFORE.matcher(lead).find() || future(sentence) || CREATE_ANYWHERE.matcher(lead).find()) {
            return false;
        }
        for (DeadlineExtractor.Located d : times) {
            if (d.start() < q.start() && d.end() > q.start() - lead.length() - 40) {
                return false; // a due date governs it
            }
        }
        return true;
    }

    /** 新增 / 建成 / 完成 / 达到 anywhere in a clause: it commits to the number. */
    private static final Pattern CREATE_ANYWHERE = Pattern.compile(
            "新增|新建|建成|建设|打造|完成|达到|增加|提高|提升|扩大|控制|整治|腾退|盘活|实现|改造|治理|修复|复垦|处置|拆除|推广|减少|压减|降低");

    /** 累计: what has been done so far, counted together. */
    private static final String RUNNING_TOTAL = "累计";

    /**
     * A quantity that only describes a thing: 投资500万元以上工业技改项目, 30个500亿元集群, 打造1-2个过千亿元集群,
     * 年产3.5万吨锂盐. A count followed by its noun (培育20个省级先进集群) is a target; a measure followed by a noun
     * is one only right after a verb of attaining (营业收入力争达到3000亿元).
     */
    private static boolean isDescriptor(String t, Quantity q, String after) {
        // 35蒸吨/小时及以下燃煤锅炉: a rate's time unit stands between the number and its bound
        Matcher perTime = PER_TIME.matcher(t.substring(q.end(), Math.min(t.length(), q.end() + 12)));
        if (perTime.find()) {
            after = t.substring(q.end() + perTime.end(), Math.min(t.length(), q.end() + perTime.end() + 4));
        }
        // 730万千瓦“先立后改”支撑性电源项目: a quoted name opens the noun
        String rest = LEADING_QUOTE.matcher(LEADING_BOUND_OR_LEVEL.matcher(after).replaceFirst("")).replaceFirst("");
        boolean nounFollows = !rest.isEmpty() && Chars.isHan(rest.codePointAt(0))
                && !rest.startsWith("左右") && !rest.startsWith("的目标") && !rest.startsWith("目标")
                && !NEXT_VALUE.matcher(rest).find();
        String before = t.substring(Math.max(0, q.start() - 6), q.start());
        // 年产3.5万吨锂盐 describes a plant; 淘汰落后17台煤电机组产能36.5万千瓦。 is the capacity itself, nothing follows
        if (ENDS_WITH_OUTPUT_OR_VALUATION.matcher(before).matches() && nounFollows) {
            return true;
        }
        if (!nounFollows || q.unit().equals("%") && rest.startsWith("的")) {
            return false; // 100%的社区卫生服务中心完成…: a share of the things that are to do something
        }
        // 全国80%以上钢铁产能完成超低排放改造 / 固定车位100%配建 / 完成60%以上重点用能单位节能监察: a share of things
        // that are to do something, without 的
        if (q.unit().equals("%") && (SHARE_DOES.matcher(t.substring(q.end(), clauseEnd(t, q.end()))).find()
                || SHARE_IS_DONE.matcher(before).find())) {
            return false;
        }
        if (isCount(q.unit())) {
            return false;
        }
        // 培育营业收入超百亿元企业5家以上: the money describes what is counted later in the clause
        for (Quantity later : Quantities.findAll(t.substring(q.end(), clauseEnd(t, q.end())))) {
            if (isCount(later.unit())) {
                return true;
            }
        }
        return !ATTAIN.matcher(before).find();
    }

    /**
     * A count that sums up a list of names rather than committing to it: (电子信息、航空、汽车及装备、新能源4个新兴产业 —
     * unless a verb that creates things opens the clause: 打造VR、光电及通信、…、针纺8个…标志性产业集群.
     */
    private static boolean isEnumerationCount(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && ENUM_BOUNDARY.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        String head = t.substring(s, q.start());
        int lastComma = head.lastIndexOf('、');
        if (lastComma < 0 || head.isEmpty()) {
            return false;
        }
        String lastItem = head.substring(lastComma + 1);
        char last = head.charAt(head.length() - 1);
        // 县（市、区）建设1—2个…: the 、 stood inside an aside that closed before the verb
        if (lastItem.indexOf('）') >= 0 || lastItem.indexOf(')') >= 0) {
            return false;
        }
        if (!Chars.isHan(last) || CREATE.matcher(head).find()
                || HAS_DIGIT.matcher(head).matches() || lastItem.length() > 8 || lastItem.contains("等")
                || ATTAIN.matcher(lastItem).find() || HAS_CREATE_VERB.matcher(lastItem).matches()) {
            return false;
        }
        for (String item : head.substring(0, lastComma).split("、")) {
            if (item.length() > 12) {
                return false;
            }
        }
        return !namedItemsToAchieve(t, q);
    }

    /**
     * 欧阳、凉城、曲阳、广中4个街道率先完成居住区垃圾分类整区域全覆盖 / 北外滩、川北、嘉兴、江湾镇四个街道完成…: a count of named
     * things whose noun is followed by what they are to achieve commits to that number of them.
     */
    private static boolean namedItemsToAchieve(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && ENUM_BOUNDARY.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        String head = t.substring(s, q.start());
        // the count is that of the names listed before it, each a short name
        String[] names = head.split("、");
        for (String name : names) {
            if (name.isEmpty() || name.length() > 8) {
                return false;
            }
        }
        return names.length >= 2 && q.valueMax() == null && q.value() == names.length
                && Chars.isHan(head.charAt(head.length() - 1))
                && TO_ACHIEVE.matcher(t.substring(q.end(), Math.min(t.length(), q.end() + 12))).find();
    }

    /** A short noun, then the verb of what it is to achieve: 街道率先完成…, 街道创建…达标街道. */
    private static final Pattern TO_ACHIEVE = Pattern.compile("^[\\p{IsHan}]{1,5}?(?:率先|全面|基本)?(?:完成|实现|创建|建成|创成|争创|达到)");

    static String comparator(String t, Quantity q) {
        if (q.valueMax() != null) {
            return Comparator.RANGE.json();
        }
        String before = comparatorBefore(t, q);
        // 综合分拣中心超7个以上: the word before the number says more than the one after
        if (before.equals(Comparator.GT.json())) {
            return before;
        }
        // 分别下降至8%、5%和6%以内: the bound after a list of values holds for each of them
        String after = t.substring(q.end(), Math.min(t.length(), q.end() + 3));
        int last = lastOfList(t, q);
        if (last > q.end() && before.equals(Comparator.EQ.json())) {
            after = t.substring(last, Math.min(t.length(), last + 3));
        }
        if (after.startsWith("以上") || after.startsWith("及以上")) {
            return Comparator.GTE.json();
        }
        if (after.startsWith("以下") || after.startsWith("以内")) {
            return Comparator.LTE.json();
        }
        // 提供10万千瓦级的双向灵活调节能力: 级 after a measure gives its order of magnitude
        if (after.startsWith("左右") || after.startsWith("级")) {
            return Comparator.APPROX.json();
        }
        if (!before.equals(Comparator.EQ.json())) {
            return before;
        }
        // 分别超过95%、80% / 不少于30家、50家: a comparator before a list applies to each item
        Quantity previous = previousListItem(t, q);
        if (previous != null) {
            return comparator(t, previous);
        }
        return listHeadComparator(t, q);
    }

    /**
     * Where the list of values q opens or stands in ends: "8%、5%和6%以内" from 8% → the end of 6%; q's own end when no
     * value of its unit follows it right after 、 / 和 / 及 / 与.
     */
    private static int lastOfList(String t, Quantity q) {
        int end = q.end();
        while (end + 1 < t.length() && "、和及与".indexOf(t.charAt(end)) >= 0 && Character.isDigit(t.charAt(end + 1))) {
            List<Quantity> next = Quantities.findAll(t.substring(end + 1, Math.min(t.length(), end + 24)));
            if (next.isEmpty() || next.get(0).start() != 0 || !next.get(0).unit().equals(q.unit())) {
                break;
            }
            end = end + 1 + next.get(0).end();
        }
        return end;
    }

    /**
     * 培育不少于30家省级专精特新企业、50家市级专精特新企业: an item of a 、 list whose first item has a comparator word
     * before its number takes that comparator.
     */
    private static String listHeadComparator(String t, Quantity q) {
        int i = q.start() - 1;
        if (i < 0 || t.charAt(i) != '、') {
            return Comparator.EQ.json();
        }
        int cs = Clauses.start(t, q.start(), CLAUSE_END);
        List<Quantity> before = Quantities.findAll(t.substring(cs, q.start()));
        if (before.isEmpty()) {
            return Comparator.EQ.json();
        }
        Quantity first = before.get(0);
        Quantity head = new Quantity(first.value(), first.valueMax(), first.unit(), first.start() + cs, first.end() + cs);
        // every item of the list stands between 、: no clause of its own
        for (int k = 1; k < before.size(); k++) {
            int at = before.get(k).start() + cs;
            if (at == 0 || t.charAt(at - 1) != '、') {
                return Comparator.EQ.json();
            }
        }
        return before.get(0).unit().equals(q.unit()) ? comparatorBefore(t, head) : Comparator.EQ.json();
    }

    /** The comparator a word right before the number gives (不低于 → gte, 超过 → gt, 约 → approx), else eq. */
    private static String comparatorBefore(String t, Quantity q) {
        String window = t.substring(Math.max(0, q.start() - 4), q.start());
        if (!Chars.anyOf(window, COMPARATOR_CHARS) && !Chars.anyOf(t.substring(Math.max(0, q.start() - 7), q.start()), "至最")) {
            return Comparator.EQ.json(); // every comparator word before a number has one of these characters
        }
        String before = TRAILING_REACH.matcher(window).replaceFirst("");
        if (ENDS_WITH_AT_LEAST.matcher(before).matches()) {
            return Comparator.GTE.json();
        }
        if (ENDS_WITH_AT_MOST.matcher(before).matches()) {
            return Comparator.LTE.json();
        }
        if (ENDS_WITH_LESS_THAN.matcher(before).matches()) {
            return Comparator.LT.json();
        }
        if (ENDS_WITH_MORE_THAN.matcher(before).matches() || (before.endsWith("过") && !ENDS_WITH_GUO_NOT_MORE_THAN.matcher(before).matches())) {
            return Comparator.GT.json();
        }
        if (ENDS_WITH_ABOUT.matcher(before).matches()) {
            return Comparator.APPROX.json();
        }
        // 每季度至少召开1次会议 / 至少开展1次检查: 至少 before the verb bounds the count after it
        if (AT_LEAST_THEN_VERB.matcher(t.substring(Math.max(0, q.start() - 7), q.start())).find()) {
            return Comparator.GTE.json();
        }
        return Comparator.EQ.json();
    }

    private static final Pattern AT_LEAST_THEN_VERB = Pattern.compile("(至少|最少)[\\p{IsHan}]{1,4}$");

    /** A character of every comparator word ENDS_WITH_* looks for (不低于 不少于 至少 超过 突破 高于 大于 约 控制在 …). */
    private static final String COMPARATOR_CHARS = "不至少低超突高过约大小多控≥≤<>";

    /** The quantity this one follows in a bare list ("95%、80%": 80% follows 95%), else null. */
    private static Quantity previousListItem(String t, Quantity q) {
        if (q.start() < 2 || t.charAt(q.start() - 1) != '、') {
            return null;
        }
        Quantity previous = null;
        int from = Math.max(0, q.start() - 20);
        for (Quantity p : Quantities.findAll(t.substring(from, q.start() - 1))) {
            previous = new Quantity(p.value(), p.valueMax(), p.unit(), p.start() + from, p.end() + from);
        }
        // only the number (and 以上/左右) between it and the 、
        if (previous == null || q.start() - 1 - previous.end() > 3
                || !LIST_GAP.matcher(t.substring(previous.end(), q.start() - 1)).matches()) {
            return null;
        }
        return previous;
    }

    private static final Pattern LIST_GAP = Pattern.compile("^(以上|左右|及以上)?$");

    /**
     * What is counted: the words before the number (专精特新中小企业达到330家 → 专精特新中小企业), or, when only a
     * verb stands there, the noun after it (培育1个千亿级产业集群 → 千亿级产业集群).
     */
    static String metric(String t, Quantity q) {
        String listed = listMetric(t, q);
        if (listed != null) {
            return listed;
        }
        String metric = clauseMetric(t, q);
        if (metric.isBlank()) {
            // a table cell with the number only ("力争2023年达到80%"): the indicator is named in a cell before it
            String named = cellBefore(t, q.start());
            if (named != null) {
                return named;
            }
        }
        // 试点范围覆盖居民社区、产业园区、…以及公园等不少于8类场景: what covers the listed kinds, and the kind counted
        Matcher covers = COVERS_A_LIST.matcher(t.substring(Clauses.start(t, q.start(), CLAUSE_END), q.start()));
        String kind = tail(t, q);
        if (covers.find() && !kind.isEmpty() && isCount(q.unit())) {
            String what = stripLeading(covers.group(1));
            if (!what.isEmpty()) {
                return what + kind;
            }
        }
        if (CHANGE_ONLY.matcher(metric).matches()) {
            // 2.签约服务覆盖率<TAB>每年增加1-3个百分点: a cell that says only how the indicator changes names it in the cell before
            String named = cellBefore(t, q.start());
            if (named != null) {
                return named + metric;
            }
        }
        return metric;
    }

    /**
     * "数字化研发设计工具普及率、重点企业关键工序数控化率分别超过95%、80%": the i-th number belongs to the i-th subject
     * before 分别, with what stands between 分别 and the numbers (较2020年降低).
     */
    static String listMetric(String t, Quantity q) {
        String clause = t.substring(Clauses.start(t, q.start(), CLAUSE_END), q.start());
        int fen = clause.lastIndexOf("分别");
        if (fen <= 0) {
            return null;
        }
        String afterFen = clause.substring(fen + 2);
        // the numbers of the list before this one: same unit (较2020年 is no item)
        List<Quantity> before = new ArrayList<>();
        for (Quantity b : Quantities.findAll(afterFen)) {
            if (b.unit().equals(q.unit())) {
                before.add(b);
            }
        }
        int index = before.size();
        String verb = before.isEmpty() ? afterFen : afterFen.substring(0, before.get(0).start());
        verb = TRAILING.matcher(verb).replaceAll("");
        String subjects = clause.substring(0, fen);
        Matcher cut = HEAD_CUT.matcher(subjects);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        subjects = subjects.substring(from);
        String[] items = subjects.split("、");
        if (items.length < 2) {
            // 单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%、3.9%: two subjects joined by 和
            items = JOINING_WORD.split(subjects);
        } else if (items.length < listLength(t, q, fen + Clauses.start(t, q.start(), CLAUSE_END))) {
            // 岚州市、泽阳市和汀源市重污染天数比率分别控制在2.5%、2%和1.5%以内: the last two subjects joined by 和
            String[] last = JOINING_WORD.split(items[items.length - 1], 2);
            if (last.length == 2) {
                String[] more = java.util.Arrays.copyOf(items, items.length + 1);
                more[items.length - 1] = last[0];
                more[items.length] = last[1];
                items = more;
            }
        }
        if (items.length < 2 && index == 0 && !laterOfTheSameUnit(t, q)) {
            // 各街道分别配置1辆色彩标识规范的有害垃圾专用运输工具: 分别 before one number means "each", no list
            return null;
        }
        if (items.length < 2 && index > 0) {
            // 二氧化碳排放分别降低2.5%、3.9%: one subject for every number
            items = new String[]{subjects};
            index = 0;
        }
        if (index >= items.length) {
            return null;
        }
        // the first subject may open with a verb (推动…); later ones are nouns as written (重点企业…)
        String item = STRIVE_OR_ENSURE.matcher(items[index]).replaceAll("").strip();
        item = index == 0 ? stripLeading(item).strip() : item;
        // 工业锅炉、电站锅炉平均运行热效率分别提高…: what the last subject adds after its own name is shared by all
        String lastItem = items[items.length - 1].strip();
        String firstItem = stripLeading(STRIVE_OR_ENSURE.matcher(items[0]).replaceAll("").strip()).strip();
        if (index < items.length - 1 && !item.isEmpty()) {
            item = item + sharedTail(firstItem, lastItem);
        }
        return item.isEmpty() ? null : item + verb;
    }

    /**
     * What the last subject of a 分别 list says after its own name, which every subject shares: 平均运行热效率 of
     * "工业锅炉、电站锅炉平均运行热效率" (the last name ends with the first one's last character, 炉), 重污染天数比率 of
     * "岚州市、…汀源市重污染天数比率" (市), 产后损失率 of "果蔬、肉类、水产品产后损失率" (as many words as the first subject has,
     * HanLP's: 水产品); "" when the last subject is no longer than a name.
     */
    static String sharedTail(String firstItem, String lastItem) {
        if (firstItem.isEmpty() || lastItem.length() < firstItem.length() + 2) {
            return "";
        }
        int own = lastItem.indexOf(firstItem.charAt(firstItem.length() - 1), 1);
        if (own > 0 && own <= firstItem.length() + 3) {
            return lastItem.substring(own + 1);
        }
        com.hankcs.hanlp.seg.Segment segment = UnitDictionary.hanlpSegmenter();
        int words = segment.seg(firstItem).size();
        List<com.hankcs.hanlp.seg.common.Term> terms = segment.seg(lastItem);
        if (terms.size() <= words) {
            return "";
        }
        StringBuilder tail = new StringBuilder();
        terms.subList(words, terms.size()).forEach(term -> tail.append(term.word));
        return tail.toString();
    }

    /** How many numbers of q's unit a 分别 at {@code fen} sets: those from it to the end of q's clause. */
    private static int listLength(String t, Quantity q, int fen) {
        int n = 0;
        for (Quantity x : Quantities.findAll(t.substring(fen, clauseEnd(t, q.end())))) {
            n += x.unit().equals(q.unit()) ? 1 : 0;
        }
        return n;
    }

    private static final Pattern JOINING_WORD = Pattern.compile("和|与|及");

    /** Another number of q's unit follows it in its clause. */
    private static boolean laterOfTheSameUnit(String t, Quantity q) {
        for (Quantity later : Quantities.findAll(t.substring(q.end(), clauseEnd(t, q.end())))) {
            if (later.unit().equals(q.unit())) {
                return true;
            }
        }
        return false;
    }

    /** The last cell before position {@code at} that names something (no digits), numbering removed; else null. */
    private static String cellBefore(String t, int at) {
        int cellStart = t.lastIndexOf('\t', at);
        while (cellStart > 0) {
            int prevStart = t.lastIndexOf('\t', cellStart - 1) + 1;
            String cell = CELL_NUMBER.matcher(t.substring(prevStart, cellStart).strip()).replaceFirst("");
            if (!cell.isEmpty() && cell.length() <= 40 && !HAS_DIGIT_CHAR.matcher(cell).find()) {
                return cell;
            }
            cellStart = prevStart - 1;
        }
        return null;
    }

    /** Whether a metric says only how something changes (增加, 每年提高), naming nothing that does. */
    static boolean namesOnlyAChange(String metric) {
        return metric != null && CHANGE_ONLY.matcher(metric).matches();
    }

    /** A verb of covering, then a list of kinds ending in 等 and maybe a bound, right before the number. */
    private static final Pattern COVERS_A_LIST = Pattern.compile(
            "^(.+?(?:覆盖|包括|涵盖|包含|涉及))[^，,；;。]+、[^，,；;。]*等(?:不少于|不低于|至少|超过)?$");

    /** 每年增加 / 提高 / 年均增长: a change, with how often, that names nothing changed. */
    private static final Pattern CHANGE_ONLY = Pattern.compile("^(?:每年|每年度|年均|逐年)?(?:增加|提高|提升|降低|下降|减少|增长)$");
    private static final Pattern CELL_NUMBER = Pattern.compile("^[(（]?\\d{1,3}[)）.、．]?");
    private static final Pattern HAS_DIGIT_CHAR = Pattern.compile("\\d");

    /** 原则上 / 一般应 / 不低于: words after a colon that name nothing measured. */
    private static final Pattern HEDGE = Pattern.compile("原则上|一般|应当|应|须|必须|要|需|" + TRAILING.pattern());

    /** Whether words before a number name what it measures (培育专精特新企业), not only hedge it (原则上不低于). */
    private static boolean namesSomething(String words) {
        return HEDGE.matcher(words).replaceAll("").codePoints().filter(cp -> Chars.isHan(cp)).count() >= 2;
    }

    private static String clauseMetric(String t, Quantity q) {
        int s = q.start();
        int depth = 0;
        while (s > 0) {
            char c = t.charAt(s - 1);
            if (c == ')' || c == '）') {
                depth++;
            } else if ((c == '(' || c == '（') && depth > 0) {
                depth--;
            } else if ((CLAUSE_END + "、(（").indexOf(c) >= 0 && depth == 0) {
                break;
            } else if ((c == ':' || c == '：') && depth == 0 && !(s >= 2 && Character.isDigit(t.charAt(s - 2)))
                    && namesSomething(t.substring(s, q.start()))) {
                // 全市产业发展取得明显成效：培育专精特新企业50家 — what a colon opens is the item (not 2:1); but
                // 薪酬分配:原则上不低于80% names its metric before the colon
                break;
            }
            s--;
        }
        String head = t.substring(s, q.start()).strip();
        int colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf('：'));
        if (colon > 0 && !Character.isDigit(head.charAt(colon - 1)) && !namesSomething(head.substring(colon + 1))) {
            head = head.substring(0, colon); // 薪酬分配:原则上不低于80%: the hedge after the colon is no part of it
        }
        Matcher cut = HEAD_CUT.matcher(head);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        head = stripLeading(STRIVE_OR_ENSURE.matcher(head.substring(from)).replaceAll(""));
        head = TRAILING.matcher(head).replaceAll("");
        head = stripLeading(head);
        // 示范项目5个和双向充放电项目100个以上: the metric of a later item starts after the joiner that follows the
        // count before it
        List<Quantity> earlier = Quantities.findAll(head);
        if (!earlier.isEmpty()) {
            Quantity last = earlier.get(earlier.size() - 1);
            String rest = LEADING_BOUND_OR_APPROX.matcher(head.substring(last.end())).replaceFirst("");
            Matcher joined = JOINED.matcher(rest);
            if (joined.find() && rest.length() - joined.end() >= 2) {
                head = rest.substring(joined.end());
            } else if (rest.isEmpty() && last.start() >= 2) {
                head = head.substring(0, last.start()); // 煤电机组规模16台980万千瓦: two measures of one thing
            }
        }
        // 营业收入年均增长10%左右、规模突破5万亿元: 规模 is the 营业收入's
        if (GENERIC_HEAD.matcher(head).matches() && s > 0 && t.charAt(s - 1) == '、') {
            int p = s - 1;
            while (p > 0 && CLAUSE_END.indexOf(t.charAt(p - 1)) < 0) {
                p--;
            }
            Matcher subject = SUBJECT.matcher(stripLeading(t.substring(p, s - 1)));
            if (subject.find() && subject.group(1).length() >= 2) {
                head = subject.group(1) + head;
            }
        }
        if (!GENERIC_HEAD.matcher(head).matches() && s > 0 && t.charAt(s - 1) == '、' && head.length() >= 2) {
            // 钢铁行业节能降碳改造形成节能量约2000万吨标准煤、减排二氧化碳约5300万吨: the subject before 形成 is the
            // later item's too
            int p = s - 1;
            while (p > 0 && CLAUSE_END.indexOf(t.charAt(p - 1)) < 0) {
                p--;
            }
            Matcher yields = YIELDS.matcher(stripLeading(t.substring(p, s - 1)));
            if (yields.find() && yields.group(1).length() >= 4 && !head.startsWith(yields.group(1))) {
                head = yields.group(1) + head;
            }
        }
        if (GENERIC_HEAD.matcher(head).matches() && s > 0 && (t.charAt(s - 1) == '，' || t.charAt(s - 1) == ',')) {
            // 全省乡村直流公共充电设施更加完善，总数达到2万枪: 总数 is the previous clause's subject's
            int p = s - 1;
            while (p > 0 && CLAUSE_END.indexOf(t.charAt(p - 1)) < 0) {
                p--;
            }
            String previous = stripLeading(t.substring(p, s - 1));
            Matcher predicate = PREDICATE_START.matcher(previous);
            if (predicate.find() && predicate.start() >= 2 && !HAS_DIGIT_CHAR.matcher(previous.substring(0, predicate.start())).find()) {
                head = previous.substring(0, predicate.start()) + head;
            }
        }
        String tail = tail(t, q);
        if (JOINED.matcher(tail).find() && NOT_HAN_OR_LATIN_LETTER.matcher(head).replaceAll("").length() >= 2) {
            // 打造国家级双向充放电示范项目5个和双向充放电项目100个: after 和 comes the next count's noun
            return head;
        }
        String named = NOT_HAN_OR_LATIN_LETTER.matcher(head).replaceAll("");
        // 探索在10%的社区卫生服务站设置中医阁 / 推动医联体内…医疗机构预留30%的号源: a share of the things after 的,
        // with what is to be done to them
        if (q.unit().equals("%") && !tail.isEmpty() && AFTER_SHARE_DE.matcher(t.substring(q.end())).find()) {
            return head + tail;
        }
        // 全年充电电量60%以上集中在低谷时段 / 固定车位100%配建…: the share does what follows it
        if (q.unit().equals("%") && named.length() >= 2 && SHARE_DOES_FIRST.matcher(tail).find()) {
            return head + tail;
        }
        // 党政主要负责人每季度至少召开1次会议: who does what, how often
        if (q.unit().equals("次") && !tail.isEmpty() && named.length() >= 2) {
            String who = FREQUENCY_WORDS.matcher(head).replaceAll("");
            who = SUPERVISES.matcher(OBJECT_OF_CHECK.matcher(who).replaceAll("")).replaceFirst("");
            return who + tail;
        }
        // 全国80%以上钢铁产能完成… / 各地区完成60%以上重点用能单位节能监察 / 各县区设立1亿元专项资金: the head is a scope
        // or a verb, the noun after the number is what is measured
        if (!tail.isEmpty() && HEAD_SCOPE_OR_VERB.matcher(head).find()) {
            return tail;
        }
        boolean countFirst = isCount(q.unit()) && !tail.isEmpty();
        if (!countFirst && named.length() >= 2) {
            return head;
        }
        return tail.isEmpty() ? head : tail;
    }

    private static final Pattern JOINED = Pattern.compile("^(和|及|与|以及|、)");
    /** 10%的社区卫生服务站 / 30%以上的号源: a share followed by what it is a share of. */
    private static final Pattern AFTER_SHARE_DE = Pattern.compile("^(?:以上|及以上|左右)?的\\p{IsHan}");
    /** 每季度 / 至少 / 要 / 应 — how often and how strictly, not what is done (not the 要 of 主要, 重要, 需要). */
    private static final Pattern FREQUENCY_WORDS = Pattern.compile(
            "每(?:年度|季度|半年|年|月|周)|至少|不少于|(?<![主重需必只])要(?![求素点])|(?<![相供响反适对])应(?![用急])");
    /** 每年 / 每季度 / 每月 …: how often. */
    private static final Pattern HOW_OFTEN = Pattern.compile("每(?:年度|季度|半年|年|月|周)|按(?:年度|季度|月)");
    /**
     * 对本单位重大事故隐患排查整治情况 before 开展 / 进行 / 组织: the object a check is made on, not part of who does what
     * how often (生产经营单位主要负责人要每季度带队对本单位重大事故隐患排查整治情况至少开展1次检查).
     */
    private static final Pattern OBJECT_OF_CHECK = Pattern.compile("对[^，,。；;]{2,30}?(?=开展|进行|组织)");
    /**
     * 监督指导有关生产经营单位每年至少组织开展1次疏散逃生演练: the body that supervises does not do what is counted; the ones
     * supervised do.
     */
    private static final Pattern SUPERVISES = Pattern.compile("^(?:监督指导|督促指导|指导督促|督促|监督|指导|要求|推动)(?:有关|相关)?");
    /** A head that names no measure: a scope (全国, 各地区) or ends with a verb whose object follows the number. */
    private static final Pattern HEAD_SCOPE_OR_VERB = Pattern.compile(
            "^(?:全国|全省|全市|全区|全县|各地区|各地|各省|各市|各区|各县区?)$|(?:设立|提供|完成|实现|配建)$");

    /** The noun right after a count: 培育1个千亿级产业集群(…) → 千亿级产业集群; 组建1个以上行业(市域)产教融合载体. */
    private static String tail(String t, Quantity q) {
        // 10万千瓦级的双向灵活调节能力: 级 and 的 open no noun
        String rest = LEVEL_DE.matcher(LEADING_BOUND_OR_APPROX.matcher(t.substring(q.end(), clauseEnd(t, q.end())))
                .replaceFirst("")).replaceFirst("");
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            // 16台980万千瓦以上: another quantity ends the clause, no noun (30个500亿元集群: a descriptor opens the noun)
            List<Quantity> next = Quantities.findAll(rest);
            if (!next.isEmpty() && next.get(0).start() == 0
                    && LEADING_BOUND_OR_APPROX.matcher(rest.substring(next.get(0).end())).replaceFirst("").isBlank()) {
                return "";
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(' || c == '（') {
                int close = ResponsibilityExtractor.closing(rest, i);
                // 80家（近）零碳工厂 / 培育1个千亿级产业集群(…): a short aside inside the noun, also at its start
                if (close > i && close - i <= 6 && close + 1 < rest.length()
                        && Chars.isHan(rest.charAt(close + 1))) {
                    sb.append(rest, i, close + 1);
                    i = close;
                    continue;
                }
                break;
            }
            // a new number ends the noun (…集群及10个…), but a descriptor may open it (30个500亿元集群); so does a measure
            // of the noun (17台煤电机组产能36.5万千瓦: the capacity is a quantity of its own)
            boolean newNumber = Character.isDigit(c) && i > 0 && (!Character.isLetterOrDigit(rest.charAt(i - 1))
                    && !Chars.isHan(rest.charAt(i - 1))
                    || "及和与、".indexOf(rest.charAt(i - 1)) >= 0 || measureEndsClause(rest, i));
            if ((CLAUSE_END + "、)）").indexOf(c) >= 0 || newNumber) {
                break;
            }
            sb.append(c);
        }
        String tail = TRAILING_CONJUNCTION.matcher(LEADING_DE.matcher(sb.toString()).replaceFirst("")).replaceFirst("");
        // 8个优势明显、集中度高、关联性强、有竞争力的标志性产业集群: the noun comes after the last 的 of the clause
        String clause = rest.substring(0, Math.min(rest.length(), clauseEnd(rest, 0)));
        int de = clause.lastIndexOf('的');
        if (de > 0 && clause.indexOf('、') >= 0 && clause.indexOf('、') < de && de + 3 <= clause.length()
                && !HAS_DIGIT_OR_ENUMERATION_COMMA.matcher(clause.substring(de + 1)).matches()) {
            return clause.substring(de + 1);
        }
        // 30项能耗、排放领域的国家/行业标准、地方标准和团体标准: the nouns after the last 的, a list of kinds of one thing
        // counted together (no other number follows)
        if (de > 0 && clause.indexOf('、') >= 0 && clause.indexOf('、') < de && de + 3 <= clause.length()
                && !HAS_DIGIT.matcher(clause).matches()) {
            return clause.substring(de + 1);
        }
        return tail;
    }

    private static final Pattern LEVEL_DE = Pattern.compile("^级的");

    /** A quantity starts at {@code at} and nothing but a bound follows it in its clause (产能36.5万千瓦。). */
    private static boolean measureEndsClause(String rest, int at) {
        if (at > 0 && Character.isDigit(rest.charAt(at - 1))) {
            return false;
        }
        String clause = rest.substring(at, clauseEnd(rest, at));
        List<Quantity> next = Quantities.findAll(clause);
        return !next.isEmpty() && next.get(0).start() == 0
                && LEADING_BOUND_OR_APPROX.matcher(clause.substring(next.get(0).end())).replaceFirst("").isBlank();
    }

    private static String stripLeading(String head) {
        String prev;
        String h = head;
        do {
            prev = h;
            h = LEADING_COMMA.matcher(LEADING.matcher(h).replaceFirst("")).replaceFirst("");
        } while (!h.equals(prev));
        return h;
    }

    /**
     * The due date, else the year of the programme the sentence carries out: 做实做细…工程2023年培训计划,培养不少于3500名基层医生
     * / 安排重点工业项目114个、年度计划投资171.97亿元 (年度: the document's year). Such a year is no deadline record of its
     * own (it names the programme), but what the programme sets is due within it.
     */
    private static String deadlineOrProgrammeYear(String t, Quantity q, List<DeadlineExtractor.Located> times, DocContext ctx) {
        String date = deadline(t, q, times);
        if (date != null || ctx.docYear() == null) {
            return date;
        }
        String before = t.substring(sentenceStart(t, q.start()), q.start());
        Matcher m = PROGRAMME_YEAR.matcher(before);
        String year = null;
        while (m.find()) {
            if (m.group(1) == null) {
                year = String.valueOf(ctx.docYear());
            } else if (Integer.parseInt(m.group(1)) >= ctx.docYear()
                    && !BASELINE.matcher(before.substring(Math.max(0, m.start() - 2), m.start())).find()) {
                year = m.group(1);
            }
        }
        return year;
    }

    /** 2023年培训计划 / 2024年汽车“以旧换新”…活动 / 年度计划: the year a programme of work is for. */
    private static final Pattern PROGRAMME_YEAR = Pattern.compile(
            "(?:(?<!\\d)(\\d{4})年|(?<![\\d年])年度)(?=[^，,。；;\\d]{0,16}?(?:计划|活动|任务))");
    /** 较 / 比 / 与 before a year: a baseline. */
    private static final Pattern BASELINE = Pattern.compile("[较比与同]$");

    /** The due date: a year right after the number ((2028年)), else the nearest dated expression before it. */
    private static String deadline(String t, Quantity q, List<DeadlineExtractor.Located> times) {
        int end = q.end();
        while (end < t.length() && (CLAUSE_END + "、").indexOf(t.charAt(end)) < 0
                && !(Character.isDigit(t.charAt(end)) && "(（".indexOf(t.charAt(end - 1)) < 0)) {
            end++;
        }
        for (DeadlineExtractor.Located d : times) {
            // (2028 年) after the target's noun: 10个过千亿元集群(2028年)
            if (d.start() >= q.end() && d.start() <= end && d.deadline().date() != null && d.start() > 0
                    && "(（".indexOf(t.charAt(d.start() - 1)) >= 0) {
                return d.deadline().date();
            }
        }
        int sentence = sentenceStart(t, q.start());
        String date = null;
        for (DeadlineExtractor.Located d : times) {
            Deadline dl = d.deadline();
            if (d.end() > q.start() || dl.date() == null) {
                continue;
            }
            // a duration (3年内, 未来三年) or 今年 governs its own sentence; 到2028年 the rest of the paragraph
            boolean sentenceOnly = dl.duration() != null || dl.expr().contains("今年");
            if (dl.expr().startsWith("未来")) {
                continue;
            }
            if (!sentenceOnly || d.start() >= sentence) {
                date = dl.date();
            }
        }
        return date;
    }

    /**
     * 每年引进20个 / 年均增长10% → yearly; 每季度 → quarterly; 每月 → monthly. 每年 opens a clause and governs each item
     * of it (每年新建智能工厂50家、数字化车间100个); 年均 belongs to its own item: in 营业收入年均增长10%左右、规模突破5万亿元
     * the total does not recur.
     */
    private static String recurring(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        // …每季度…至少开展1次检查(建设领域每月至少1次): an aside that says how often for its own scope overrides the clause
        int open = openBracketBefore(t, q.start());
        if (open >= s && HOW_OFTEN.matcher(t.substring(open + 1, q.start())).find()) {
            s = open + 1;
        }
        String clause = t.substring(s, q.start());
        String item = clause.substring(clause.lastIndexOf('、') + 1);
        if (HAS_YEARLY.matcher(clause).matches() || item.contains("年均")) {
            return Recurrence.YEARLY.json();
        }
        if (HAS_QUARTERLY.matcher(clause).matches()) {
            return Recurrence.QUARTERLY.json();
        }
        if (HAS_MONTHLY.matcher(clause).matches()) {
            return Recurrence.MONTHLY.json();
        }
        return null;
    }

    /** The clause that states the target, widened to the clause before when shorter than 8 characters. */
    static String evidence(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        int e = q.end();
        while (e < t.length() && CLAUSE_END.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        if (e - s < 8 && s > 0) {
            s--;
            while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
                s--;
            }
        }
        return t.substring(s, e).strip();
    }

    private static String clauseHead(String t, Quantity q) {
        int s = q.start();
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return t.substring(s, q.start());
    }

    private static int clauseEnd(String t, int from) {
        return Clauses.end(t, from, CLAUSE_END);
    }

    private static String sentence(String t, int at) {
        return Clauses.sentence(t, at);
    }

    private static int sentenceStart(String t, int at) {
        return Clauses.start(t, at, SENTENCE_END);
    }

    /** "1.20家以上规上工业企业" in a list: the 1. is an item number, not part of 1.20. Masked with spaces. */
    static String maskListNumbers(String text) {
        Matcher m = LIST_NUMBER.matcher(text);
        StringBuilder sb = null;
        // only a line that begins with a digit can begin with a list number: the regex is tried there alone
        for (int line = 0; line < text.length(); line = nextLine(text, line)) {
            if (!Character.isDigit(text.charAt(line))) {
                continue;
            }
            m.region(line, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (isValueLine(text, m.start())) {
                continue; // "24.3万户/682个" alone in a cell is a number, not item 24
            }
            if (sb == null) {
                sb = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Where the line after the one starting at {@code line} starts, or the text's length. */
    private static int nextLine(String text, int line) {
        int nl = text.indexOf('\n', line);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** Whether the sentence around a position speaks of the past, asked once per sentence of one text. */
    private static final class PastSentences {
        private final String text;
        private final Integer docYear;
        private int sentenceStart = -1;
        private boolean past;

        PastSentences(String text, Integer docYear) {
            this.text = text;
            this.docYear = docYear;
        }

        boolean isPast(int at) {
            int start = Clauses.start(text, at, SENTENCE_END);
            if (start != sentenceStart) {
                sentenceStart = start;
                past = DeadlineExtractor.pastSentence(text, at, docYear);
            }
            return past;
        }


    }

    /** 投资额的 / 销售价格的 / 成本的 right before a percentage: a rate of an amount. */
    private static final Pattern SHARE_OF_AMOUNT = Pattern.compile("(额|价格|价|成本|费用?|资金|收入)的?(不超过|不低于|最高)?$");
    /** 50%的建设补贴 / 10%的奖励: what the number is paid as. */
    private static final Pattern SUBSIDY_AFTER = Pattern.compile("^的[\\p{IsHan}]{0,6}?(?:补贴|补助|奖励|奖补)");
    /** A verb that sets a value: 达到, 不低于… (anywhere before the later number of the clause). */
    private static final Pattern SETS_VALUE = Pattern.compile("达到|不低于|不少于|提高到|提升到|提升至|提高至|" + CUT_TO + "|控制在|不超过|不高于");

    /** After {@code de} (the 的 after q) the clause sets a value of the same unit with a verb of its own. */
    private static boolean qualifiesForALaterValue(String t, Quantity q, int de) {
        String rest = t.substring(de, clauseEnd(t, de));
        // 预留30%的号源(其中专家号源不低于30%): an aside's number is a part of this one, not a value for what it qualifies
        int aside = rest.indexOf('(') >= 0 ? rest.indexOf('(') : rest.indexOf('（');
        rest = aside < 0 ? rest : rest.substring(0, aside);
        for (Quantity later : Quantities.findAll(rest)) {
            if (later.unit().equals(q.unit()) && SETS_VALUE.matcher(rest.substring(0, later.start())).find()) {
                return true;
            }
        }
        return false;
    }
    /** 可转让不超过 / 可放宽至: what is allowed, not what is committed. */
    private static final Pattern PERMITTED = Pattern.compile("可[\\p{IsHan}]{1,4}(不超过|不得超过|最多|最长|放宽至)$");
    /** 单件销售价格不超过 / 含税 / 指…: the start of a qualifying condition in brackets. */
    private static final Pattern QUALIFYING_ASIDE = Pattern.compile("^(单件|单台|单套|单价|每台|每件|含|指)");

    /** The index of the unclosed ( or （ before {@code at} in its clause, else -1. */
    private static int openBracketBefore(String t, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && i >= at - 40; i--) {
            char c = t.charAt(i);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** 330家, 20个, 1次: a unit of things counted (lexicon/measures.tsv, kind count). */
    private static boolean isCount(String unit) {
        return policylens.lexicon.Lexicon.get().isCount(unit);
    }

    /** The position after a bound or approximation word that follows a number (以上 / 及以上 / 以下 / 左右). */
    private static int afterBound(String t, int at) {
        for (String w : new String[]{"及以上", "以上", "以下", "左右"}) {
            if (t.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return at;
    }

    /** What a share of things is to do: 完成, 实现, 配建, 集中在 … (80%以上钢铁产能完成超低排放改造). */
    private static final Pattern SHARE_DOES = Pattern.compile("完成|实现|达到|配建|预留|集中|开展|覆盖|接入|建成|纳入|具备|使用|采用|应用|参与|开通|落实");
    /** 集中在低谷时段 / 配建或预留…: a share's verb right after it. */
    private static final Pattern SHARE_DOES_FIRST = Pattern.compile("^(?:" + SHARE_DOES.pattern() + ")");
    /** A verb before a share that is to be done: 完成60%以上重点用能单位节能监察. */
    private static final Pattern SHARE_IS_DONE = Pattern.compile("(完成|实现|推动|覆盖)$");
    /** 年均9%左右的规模以上工业营业收入增长目标 / 13%左右的增长: a rate's 的 leads to what grows, not a qualifier. */
    private static final Pattern GOAL_AFTER_DE = Pattern.compile("目标|水平|增长|增幅|增速|提升|比例|比重");

    private static int clauseStartOf(String t, int at) {
        return Clauses.start(t, at, CLAUSE_END);
    }

    /** A short line of numbers and measure words only (a table cell), starting at {@code start}. */
    private static boolean isValueLine(String text, int start) {
        int end = text.indexOf('\n', start);
        if ((end < 0 ? text.length() : end) - start > 20) {
            return false;
        }
        String line = text.substring(start, end < 0 ? text.length() : end);
        long han = line.codePoints().filter(cp -> Chars.isHan(cp)).count();
        return han <= 4 && line.chars().noneMatch(c -> "，,。；;".indexOf(c) >= 0);
    }

    /** A word of the past in the text (tense.tsv): 去年, 已, 累计完成 … */
    private static boolean past(String text) {
        return AnchoredMatcher.findsIn(PAST, text, PAST_FIRST);
    }

    /** A word of the future in the text (tense.tsv): 力争, 确保, 将 … */
    private static boolean future(String text) {
        return AnchoredMatcher.findsIn(FUTURE, text, FUTURE_FIRST);
    }

    /** Inside 《…》 or a short “…” (a slogan or a name: “1269”, 新“人才10条”). */
    static boolean[] quotedOrTitled(String t) {
        boolean[] in = DeadlineExtractor.insideTitles(t);
        if (t.indexOf('“') < 0 && t.indexOf('"') < 0) {
            return in; // SHORT_QUOTE opens with one of these
        }
        AnchoredMatcher quotes = new AnchoredMatcher(SHORT_QUOTE, t, "“\"", 0); // it opens with the mark
        while (quotes.find()) {
            Matcher m = quotes.matcher();
            for (int i = m.start(); i < m.end(); i++) {
                in[i] = true;
            }
        }
        return in;
    }
}
