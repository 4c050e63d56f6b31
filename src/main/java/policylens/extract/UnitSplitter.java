package policylens.extract;

import policylens.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a units string (the inside of 责任单位:…, a 责任单位 table cell) into unit names as written.
 * Pure and stateless.
 */
public final class UnitSplitter {

    private UnitSplitter() {
    }

    /**
     * Units of one record: {@code units} in the contract's order (lead units first), and
     * {@code lead} / {@code support} only when the text names them (牵头单位:…配合单位:…, X牵头,Y配合).
     */
    public record Split(List<String> units, List<String> lead, List<String> support) {
        public Split {
            units = List.copyOf(units);
            lead = List.copyOf(lead);
            support = List.copyOf(support);
        }
    }

    private enum Role { NEUTRAL, LEAD, SUPPORT, TIME }

    // Labels before the list, whitespace allowed inside (PDF text: "责任单 位:市工信局…").
    // (责任单位:省工业和信息化厅、省商务厅) / 〔责任单位:市工信局,各县(区)政府〕 / 牵头单位:…;配合单位:…
    private static final Pattern LABEL = Pattern.compile(
            "(?<lead>" + Lexicon.get().labelAlternation(Lexicon.UnitRole.LEAD) + ")"
            + "|(?<support>" + Lexicon.get().labelAlternation(Lexicon.UnitRole.SUPPORT) + ")"
            // 完成时限:2024年12月 inside a note says when, not who
            + "|(?<time>" + Lexicon.get().labelAlternation(Lexicon.UnitRole.TIME) + ")"
            + "|" + Lexicon.get().labelAlternation(Lexicon.UnitRole.NEUTRAL));
    private static final Pattern LABEL_COLON = Pattern.compile("(?:" + LABEL.pattern() + ")\\s*[:：]");

    // "省工信厅牵头,省发改委、省科技厅配合" / "由市工信局牵头,各县(区)政府配合落实": 牵头 not followed by 单位/部门;
    // "市工信局牵头负责，市发改委按职责分工负责" (Suzhou): the second group supports.
    private static final Pattern LEAD_THEN_SUPPORT = Pattern.compile(
            "^由?(?<lead>.+?)牵头(?:负责)?(?:[,，;；]\\s*(?<support>.+?)(?:等)?(?:配合|协助|协同|参与|按职责分工负责|按职责负责|分工负责|负责)(?:落实|推进)?)?[。.]?$");

    // Trailing words that are not part of the name: "市重点产业链牵头单位按职责分工负责" → 市重点产业链牵头单位;
    // "〔市新型工业化推进工作领导小组成员单位分工负责〕"; "各县(区)政府等"; "…落实"; "各区人民政府按职责落实". Longest first.
    private static final String[] TRAILING = {
        "按职责分工负责", "按职责分工落实", "按职责分工推进", "按职责落实", "依职责落实", "按职能落实", "按职责推进", "依职责办理", "按职责办理", "依职责负责", "按职能分工负责", "按职责负责", "按职能负责", "分工负责", "分别负责", "共同负责",
        "负责落实", "抓好落实", "等有关部门", "等相关部门", "等部门", "等单位", "负责", "落实", "等",
    };

    // A parenthesised role marker after a name: "省工业和信息化厅(牵头)、省发展改革委".
    private static final Pattern TRAILING_QUOTES = Pattern.compile("[”’\"'」』]+$");
    private static final Pattern SEGMENT_EDGES = Pattern.compile("^[\\s,，;；、。.:：]+|[\\s,，;；、。.]+$");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("会同|(?:经|由)(?=[省市县区])");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。.]+$");
    private static final Pattern BRACKETED_DUTY = Pattern.compile(
            "[(（](?:按职责分工负责|按职责负责|分工负责|按职责分工落实|按职责落实|负责)[)）][。.]?$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000\u00a0]+");
    private static final Pattern ROLE_MARK = Pattern.compile("[(（](牵头|配合|参与|协助)[)）]$");

    // Organisation words a unit name ends with (省工业和信息化厅, 市工信局, 市发改委, 省政务服务办, 省委组织部,
    // 省科学院, 市工商联, 省工业强省建设工作领导小组, 开发区管委会, 中国人民银行江西省分行, 市重点产业链牵头单位,
    // 市重点产业链链长制责任部门 …) and area words of a county / district named as a unit (高新区, 分宜县, 渝水区).

    private static final Pattern VAGUE = Pattern.compile(
            "(各|有关|相关|省直|市直|县直|区直|省级|市级|区级|县级)*(各地|有关部门|相关部门|有关单位|相关单位|各部门|各单位|部门|单位|各级政府|各级人民政府|行业协会|协会"
            + "|各市、县\\(区\\)|各市、县（区）|各县区|各地区)");

    /** Splits a units string; see the class comment. Never null; empty input gives empty lists. */
    public static Split split(String text) {
        if (text == null) {
            return new Split(List.of(), List.of(), List.of());
        }
        String s = unwrap(text.replace('\u3000', ' ').replace('\u00a0', ' ').strip());

        List<String> neutral = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();

        // Cut at labels that stand at bracket depth 0.
        // a label is followed by a colon: most unit lists have none, and the long alternation is not tried
        boolean mayHaveLabel = s.indexOf(':') >= 0 || s.indexOf('：') >= 0;
        Matcher m = LABEL_COLON.matcher(s);
        int start = 0;
        Role role = Role.NEUTRAL;
        while (mayHaveLabel && m.find()) {
            if (depthAt(s, m.start()) != 0) {
                continue;
            }
            addSegment(s.substring(start, m.start()), role, neutral, lead, support);
            role = m.group("lead") != null ? Role.LEAD : m.group("support") != null ? Role.SUPPORT
                    : m.group("time") != null ? Role.TIME : Role.NEUTRAL;
            start = m.end();
        }
        addSegment(s.substring(start), role, neutral, lead, support);

        List<String> units = new ArrayList<>(lead);
        units.addAll(neutral);
        units.addAll(support);
        return new Split(dedupe(units), dedupe(lead), dedupe(support));
    }

    /** Convenience: the unit names only. */
    public static List<String> splitUnits(String text) {
        return split(text).units();
    }

    /**
     * Whether a name ends like a government or organisation body (厅 局 委 办 部 院 会 组 政府 管委会 分行 分局
     * 集团 中心 单位 管理局 办公室 领导小组 …) or like a county / district named as a unit (高新区 分宜县 渝水区).
     * A trailing parenthesis is ignored: 各县(区)政府(管委会), 省工信厅(牵头).
     */
    public static boolean looksLikeUnit(String name) {
        if (name == null) {
            return false;
        }
        String s = TRAILING_QUOTES.matcher(stripTrailingParens(removeWhitespace(name))).replaceAll("");
        if (s.length() < 2) {
            return false;
        }
        // 各村（社区） / 各中小学校 / 各牵头单位: a collective subject (lexicon/subjects.tsv) may end in no body word
        return Lexicon.get().bodyKind(s) != null || Lexicon.get().isCollectiveSubject(removeWhitespace(name));
    }

    /**
     * A named public body as the subject of a sentence: shaped like a unit ({@link #looksLikeUnit}) and either known
     * to the gazetteer or opening with a place or level (省 市 区 县 国家 国务院, a place name) or ending in a body word
     * that only bodies end in (厅 局 委 办 政府 管委会 公司 集团 中心 街道 镇): "省住房城乡建设厅", "广州供电局",
     * "番禺区政府"; not "企业", "市场主体", "各地".
     */
    public static boolean isNamedBody(String name) {
        if (!looksLikeUnit(name)) {
            return false;
        }
        String s = removeWhitespace(name);
        return s.length() <= 25 && (UnitDictionary.get().isKnown(s) || UnitDictionary.get().national(s).isPresent()
                || STRONG_BODY_END.matcher(s).find()
                || Lexicon.get().isCollectiveSubject(s)
                || LEVEL_PREFIX.matcher(s).lookingAt() && Lexicon.get().bodyKind(s) == Lexicon.BodyKind.UNIT
                        && !endsInsideAfterLevel(s));
    }

    /**
     * Whether a body already ends inside the name, past its level and three more characters: "区公安分局依法查处" (区公安分局),
     * "镇生态环境保护工作站组建禁烧巡查队" (镇生态环境保护工作站) run on into what the body does; "区委督查室", "省委党校", "镇中心学校" do not.
     */
    private static boolean endsInsideAfterLevel(String s) {
        // the name's own ending does not count: 区规划资源部门 is not 区规划资源部 run on
        for (int end = 4; end <= s.length() - Lexicon.get().bodyEndLength(s); end++) {
            if (Lexicon.get().bodyKind(s.substring(0, end)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * 镇财政所 / 县总工会 / 市消防救援支队 / 区委督查室 / 省委党校: an ending too generic alone (…所, …会, …队, …室) names a
     * body when a level opens the name; not 市场…, 市级…, 区域…, 县域….
     */
    private static final Pattern LEVEL_PREFIX = Pattern.compile("(?:省|市|县|区|镇|乡)(?![级场民域内外])[\\p{IsHan}(（]{2}");

    private static final Pattern STRONG_BODY_END = Pattern.compile(
            "(" + Lexicon.get().bodyEndAlternation(Lexicon.BodyKind.NAMED) + ")$"
            // 局属基层各单位 / 局安委会成员单位 / 局机关各科室: the units of a named body
            + "|[局委办厅院会](?:[\\p{IsHan}]{0,6})(?:成员单位|各单位|各科室|各处室)$"
            // 属基层各单位 / 机关各处室 / 直属各单位: the issuing body's own units, its name left out
            + "|(?:基层|机关|直属)各(?:单位|科室|处室)$");

    /**
     * Whether a name is too vague to be a responsible unit on its own (各地, 有关部门, 省直有关部门, 市直部门,
     * 各有关部门, 各市、县(区)); prose extraction skips such subjects.
     */
    public static boolean isVague(String name) {
        return name != null && (VAGUE.matcher(removeWhitespace(name)).matches()
                || Lexicon.get().isVagueSubject(removeWhitespace(name)));
    }

    // ---------------------------------------------------------------------------------------------

    private static void addSegment(String seg, Role role, List<String> neutral, List<String> lead,
                                   List<String> support) {
        String s = SEGMENT_EDGES.matcher(seg).replaceAll("");
        if (s.isEmpty() || role == Role.TIME) {
            return; // a time limit names nobody
        }
        if (role == Role.NEUTRAL) {
            Matcher m = LEAD_THEN_SUPPORT.matcher(s);
            if (m.matches() && depthAt(s, m.end("lead")) == 0) {
                lead.addAll(items(m.group("lead")));
                if (m.group("support") != null) {
                    support.addAll(items(m.group("support")));
                }
                return;
            }
        }
        List<String> items = items(s);
        // Parenthesised role markers: "省工信厅(牵头)、省发改委" → lead 省工信厅, support 省发改委.
        boolean marked = false;
        for (String it : items) {
            marked |= ROLE_MARK.matcher(it).find();
        }
        if (marked && role == Role.NEUTRAL) {
            for (String it : items) {
                Matcher rm = ROLE_MARK.matcher(it);
                if (rm.find()) {
                    String name = it.substring(0, rm.start());
                    (rm.group(1).equals("牵头") ? lead : support).add(name);
                } else {
                    support.add(it);
                }
            }
            return;
        }
        List<String> target = role == Role.LEAD ? lead : role == Role.SUPPORT ? support : neutral;
        for (String it : items) {
            Matcher rm = ROLE_MARK.matcher(it);
            target.add(rm.find() ? it.substring(0, rm.start()) : it);
        }
    }

    /** A token of the list and the separator before it ('\0' first, ' ' whitespace, else the character). */
    private record Tok(String text, char sep) {
    }

    private static List<String> items(String s) {
        List<Tok> toks = tokenize(s);
        toks = mergeWhitespaceSplits(toks);
        toks = mergeIndustryGroups(toks);
        toks = mergeLevelGroups(toks);
        List<String> out = new ArrayList<>();
        for (Tok t : splitJoinedBodies(splitConjunctions(toks))) {
            String name = removeWhitespace(t.text());
            if (NOT_LISTED.matcher(name).matches()) {
                continue; // 不再列出: says the list is not repeated, names nobody
            }
            Matcher all = ALL_TASKS_NEED.matcher(name);
            if (all.matches()) {
                name = all.group(1); // 各项任务均需市县政府落实 → 市县政府
            }
            name = stripTrailing(name);
            // 会同区规划资源局 / 经区产业部门 / 由区发改委: a preposition before a body is not part of its name
            Matcher by = LEADING_PREPOSITION.matcher(name);
            if (by.lookingAt() && looksLikeUnit(name.substring(by.end())) && name.length() - by.end() >= 3) {
                name = name.substring(by.end());
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    // "区绿化市容局和区商务委" / "街道办事处与区绿化市容局": two bodies joined by 和/与/及 are two units; a name that
    // only contains 和 ("省工业和信息化厅", "住房和城乡建设局") stays whole, since its first part is no body.
    private static List<Tok> splitConjunctions(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            String s = t.text();
            int cut = -1;
            for (int i = 2; i < s.length() - 2; i++) {
                if ("和与及".indexOf(s.charAt(i)) >= 0 && depthAt(s, i) == 0) {
                    String left = s.substring(0, i);
                    String right = s.substring(i + 1);
                    if (looksLikeUnit(left) && looksLikeUnit(right) && left.length() >= 3 && right.length() >= 3
                            && !isKnownName(s)) {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut < 0) {
                out.add(t);
            } else {
                out.add(new Tok(s.substring(0, cut), t.sep()));
                out.add(new Tok(s.substring(cut + 1), '、'));
            }
        }
        return out;
    }

    // "县财政局 县农业农村局" / "区科委 区数据局": names a table cell separates by a space or a line break, which
    // cleaning joins (the space between Chinese characters is a PDF's as often as a separator). A name that ends like
    // a word only bodies end in (局 委 厅 办 政府 中心 集团 …) and is followed by one opening with a place level (省 市
    // 区 县 镇 乡 各) is two units; a name a level word continues ("市委组织部", "区绿化市容局", "各街镇社区事务受理服务中心")
    // is not cut, nor a place followed by its body ("浦东新区区政府").
    private static List<Tok> splitJoinedBodies(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            String s = t.text();
            char sep = t.sep();
            int from = 0;
            boolean enterpriseLast = s.length() >= 7 && ENTERPRISE_END.matcher(s).find();
            for (int i = 3; i <= s.length() - 3; i++) {
                // 市发展改革委国网某市供电公司: an enterprise after a body opens with its own name, not a level
                boolean opensABody = LEVELS.indexOf(s.charAt(i)) >= 0 || enterpriseLast && s.length() - i >= 4;
                if (!opensABody || i - from < 3 || depthAt(s, i) != 0) {
                    continue;
                }
                String left = s.substring(from, i);
                String right = s.substring(i);
                if (LEVELS.indexOf(s.charAt(i)) < 0 && ENTERPRISE_END.matcher(left).find()) {
                    continue;
                }
                if (STRONG_BODY_END.matcher(left).find() && looksLikeUnit(right) && !isKnownName(s.substring(from))) {
                    out.add(new Tok(left, sep));
                    sep = '、';
                    from = i;
                }
            }
            out.add(from == 0 ? t : new Tok(s.substring(from), sep));
        }
        return out;
    }

    private static final String LEVELS = "省市区县镇乡各";
    /** 供电公司 / 城投集团: an enterprise's name ends so (the first cut before it is taken: its name is all after). */
    private static final Pattern ENTERPRISE_END = Pattern.compile("(?:公司|集团)$");

    /** "各项任务均需市县政府落实" / "以下均需各县(区)政府落实": the body every task needs. */
    static final Pattern ALL_TASKS_NEED = Pattern.compile("^(?:各项任务|所有任务|以下各项|以下)?均需(.+?)(?:负责)?落实$");
    private static final Pattern NOT_LISTED = Pattern.compile("^不再(?:单独|逐一|一一)?列出$");

    // Split on 、，,；; and whitespace at bracket depth 0: 各县(市、区)政府 and 各县（区）政府（管委会） stay whole.
    private static List<Tok> tokenize(String s) {
        List<Tok> toks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        char sep = '\0';
        char pending = '\0';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c)) {
                depth = Math.max(0, depth - 1);
            }
            boolean ws = Character.isWhitespace(c);
            if (depth == 0 && (ws || "、，,；;".indexOf(c) >= 0)) {
                // a punctuation separator wins over surrounding whitespace
                if (!ws || pending == '\0') {
                    pending = ws ? ' ' : c;
                }
                continue;
            }
            if (pending != '\0') {
                if (cur.length() > 0) {
                    toks.add(new Tok(cur.toString(), sep));
                    cur.setLength(0);
                    sep = pending;
                }
                pending = '\0';
            }
            cur.append(c);
        }
        if (cur.length() > 0) {
            toks.add(new Tok(cur.toString(), sep));
        }
        return toks;
    }

    // PDF text breaks names with stray spaces ("市新型 工业化推进工作领导小组办公室", "市商 务局"): a whitespace
    // split stands only between two unit-like names that do not form a known name together
    // ("市工信局 市发改委" splits; "市委 组织部" stays 市委组织部).
    private static List<Tok> mergeWhitespaceSplits(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            if (t.sep() == ' ' && !out.isEmpty()) {
                Tok prev = out.get(out.size() - 1);
                String joined = prev.text() + t.text();
                boolean realList = looksLikeUnit(prev.text()) && looksLikeUnit(t.text())
                        && prev.text().length() > 1 && t.text().length() > 1 && !isKnownName(joined);
                if (!realList) {
                    out.set(out.size() - 1, new Tok(joined, prev.sep()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    // "钢铁、锂电新能源、电子信息产业链牵头单位" is ONE unit: bare industry words joined by 、 to a last item that
    // ends with a unit word name the lead units of those chains together.
    private static List<Tok> mergeIndustryGroups(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        List<Tok> bare = new ArrayList<>();
        for (Tok t : toks) {
            if (!bare.isEmpty() && t.sep() != '、') {
                out.addAll(bare);
                bare.clear();
            }
            if (isBareWord(t.text()) && (bare.isEmpty() || t.sep() == '、')) {
                bare.add(t);
                continue;
            }
            if (!bare.isEmpty() && looksLikeUnit(t.text()) && SHARED_BY_INDUSTRIES.matcher(t.text()).find()) {
                StringBuilder sb = new StringBuilder();
                for (Tok b : bare) {
                    sb.append(b.text()).append('、');
                }
                out.add(new Tok(sb.append(t.text()).toString(), bare.get(0).sep()));
                bare.clear();
                continue;
            }
            out.addAll(bare);
            bare.clear();
            out.add(t);
        }
        out.addAll(bare);
        return out;
    }

    // The last item names what the industries share only when it speaks of them (…产业链牵头单位, …行业主管部门,
    // …领域责任单位): "国网重庆电力、重庆高速集团" (chongqing-v2g: an enterprise's short name, then a group) are two units.
    private static final Pattern SHARED_BY_INDUSTRIES = Pattern.compile("产业|链|行业|领域");

    // "各区、县(市)政府" / "各乡、镇人民政府" is ONE unit: the governments of every district and county; the 、 joins
    // two administrative levels that share the body named after the last one.
    private static final Pattern LEVEL_ONLY = Pattern.compile("^各?[区县市镇乡](?:[(（][^()（）]*[)）])?$");
    private static final Pattern LEVEL_BODY = Pattern.compile("^[区县市镇乡](?:[(（][^()（）]*[)）])?(人民政府|政府|管委会|办事处)");

    private static List<Tok> mergeLevelGroups(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (i + 1 < toks.size() && toks.get(i + 1).sep() == '、' && LEVEL_ONLY.matcher(removeWhitespace(t.text())).find()
                    && LEVEL_BODY.matcher(removeWhitespace(toks.get(i + 1).text())).find()) {
                out.add(new Tok(t.text() + "、" + toks.get(i + 1).text(), t.sep()));
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    // 钢铁, 锂电新能源, 电子信息: short, no unit word, no administrative prefix, no brackets.
    private static boolean isBareWord(String text) {
        String s = removeWhitespace(text);
        return !s.isEmpty() && s.length() <= 10 && !looksLikeUnit(s)
                && "省市县区各镇乡街".indexOf(s.charAt(0)) < 0 && s.chars().noneMatch(c -> isOpen((char) c));
    }

    private static boolean isKnownName(String joined) {
        String s = removeWhitespace(joined);
        UnitDictionary d = UnitDictionary.get();
        return d.isKnown(s) || s.length() > 1 && "省市县区".indexOf(s.charAt(0)) >= 0 && d.isKnown(s.substring(1));
    }

    private static String stripTrailing(String name) {
        // 市经信局（按职责分工负责）: the trailing words in brackets of their own
        String s = TRAILING_STOPS.matcher(BRACKETED_DUTY.matcher(name).replaceAll("")).replaceAll("");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String t : TRAILING) {
                if (s.endsWith(t) && s.length() > t.length()) {
                    s = s.substring(0, s.length() - t.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    // (责任单位:…) / 〔…〕 / 【…】: drop brackets around the whole text, and a stray opening or closing bracket
    // left by the caller's cut ("〔责任单位:市工信局"). Quotes stay: “六个一”机制责任单位.
    private static String unwrap(String s) {
        String t = s;
        while (t.length() >= 2 && isBracketOpen(t.charAt(0)) && matchingClose(t, 0) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (!t.isEmpty() && isBracketOpen(t.charAt(0)) && matchingClose(t, 0) < 0) {
            t = t.substring(1).strip();
        }
        if (!t.isEmpty() && isClose(t.charAt(t.length() - 1)) && depthAt(t, t.length()) == 0
                && unmatchedClose(t)) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean isBracketOpen(char c) {
        return "(（[【〔".indexOf(c) >= 0;
    }

    // whether the last character closes nothing: "市工信局,各县(区)政府〕"
    private static boolean unmatchedClose(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isOpen(s.charAt(i))) {
                depth++;
            } else if (isClose(s.charAt(i))) {
                if (depth == 0) {
                    return i == s.length() - 1;
                }
                depth--;
            }
        }
        return false;
    }

    private static int matchingClose(String s, int open) {
        return policylens.text.Brackets.matchingClose(s, open);
    }

    private static int depthAt(String s, int index) {
        return policylens.text.Brackets.depthAt(s, index);
    }

    private static String stripTrailingParens(String s) {
        String t = s;
        while (!t.isEmpty() && isClose(t.charAt(t.length() - 1))) {
            int depth = 0;
            int i = t.length() - 1;
            for (; i >= 0; i--) {
                if (isClose(t.charAt(i))) {
                    depth++;
                } else if (isOpen(t.charAt(i)) && --depth == 0) {
                    break;
                }
            }
            if (i <= 0) {
                return t;
            }
            t = t.substring(0, i);
        }
        return t;
    }

    static boolean isOpen(char c) {
        return policylens.text.Brackets.isOpen(c);
    }

    static boolean isClose(char c) {
        return policylens.text.Brackets.isClose(c);
    }

    static String removeWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                return WHITESPACE.matcher(s).replaceAll("");
            }
        }
        return s; // most names hold no white space: no copy
    }

    private static List<String> dedupe(List<String> xs) {
        return List.copyOf(new java.util.LinkedHashSet<>(xs));
    }

    private static String spaced(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0) {
                sb.append("\\s*");
            }
            sb.append(word.charAt(i));
        }
        return sb.toString();
    }
}
