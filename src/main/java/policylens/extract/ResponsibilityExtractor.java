package policylens.extract;

import policylens.text.Block;
import policylens.text.StructuredText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who must carry out each task, in every form plans use: a bracket closing a paragraph, a units cell of a
 * task table (real or flattened), an inheritance note over table rows, and prose naming a body as the subject of
 * 负责 / 牵头 / 统筹 / 研究建立.
 */
public final class ResponsibilityExtractor {
    /**
     * A bracket naming units: (责任单位:省工业和信息化厅、省商务厅) / 〔责任单位:市工信局,各县(区)政府〕 /
     * 【牵头单位:市发改委;配合单位:市财政局】 / (责任部门:…) / (责任主体:…).
     */
    private static final Pattern LABELLED = Pattern.compile(
            "[(（〔\\[【]\\s*(责任单位|牵头单位|责任部门|责任主体|牵头部门|责任处室|实施主体|主责单位|承办单位)\\s*[:：]");
    /** 〔市新型工业化推进工作领导小组成员单位分工负责〕 — a bracket of units ending in 负责, with no label. */
    private static final Pattern UNLABELLED = Pattern.compile("[(（〔【]([^(（〔【)）〕】]{2,60}?)(按职责)?分工负责[)）〕】]");
    /**
     * A clause whose subject is a body: 市工信局负责具体指导全市产业集群发展 / 省统计局研究建立产业链统计监测体系 /
     * 市统计局要研究建立… / 省工业强省建设工作领导小组负责统筹推进 / 制造业重点产业链由省工信厅统一牵头.
     */
    private static final Pattern PROSE = Pattern.compile(
            "^(?:[\\p{IsHan}“”\"]{0,20}?(由))?([\\p{IsHan}()（）、和]{2,40}?)(?:要|将|具体|统一)?(负责|牵头|统筹|研究建立|研究制定|承担)");
    /** 县工业和信息化局会同县统计局建立数字经济发展指标监测评价体系 — both bodies carry the task. */
    private static final Pattern TOGETHER = Pattern.compile(
            "^([\\p{IsHan}()（）]{2,30}?)会同([\\p{IsHan}()（）、]{2,40}?)(?:等部门|等单位)?(建立|制定|开展|推进|负责|牵头|组织|研究)");
    /** 省工业和信息化厅配合 / 市财政局等配合 — the supporting half of "由X牵头,Y配合". */
    private static final Pattern SUPPORT = Pattern.compile("^([\\p{IsHan}()（）、和]{2,60}?)(?:等)?(?:部门)?(?:配合|协助|参与)$");
    /** (以下均需各县(区)政府(管委会)落实,不再列出) / (以下均需上述三个县区落实,不再单独列出) */
    private static final Pattern NOTE_UNITS = Pattern.compile(
            "以下(?:各项|所有)?(?:任务|工作|事项)?(?:均|各项)?(?:需|由|须)?(.+?)(?:均|都)?(?:需|须|要)?(?:负责)?(?:落实|承担|实施)");
    private static final Pattern ABOVE_N = Pattern.compile("上述([一二三四五六七八九十两\\d]+)个(县区|县\\(区\\)|县（区）|县|区|单位|部门)");
    private static final Pattern HEADING_PREFIX = Pattern.compile("^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．][^。]{0,30}?。");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");
    private static final Pattern ENDS_WITH_PLACE_SUFFIX = Pattern.compile(".*(县|区|市|旗)$");
    private static final Pattern COUNTY_OR_DISTRICT_GOVERNMENT = Pattern.compile(".*(县|区)(政府|管委会)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final UnaryOperator<String> canonical;

    /** @param canonical maps a unit as written to its full official name in the document's context */
    public ResponsibilityExtractor(UnaryOperator<String> canonical) {
        this.canonical = canonical;
    }

    public List<Responsibility> extract(StructuredText doc) {
        List<Responsibility> out = new ArrayList<>();
        for (Block block : doc.blocks()) {
            switch (block.kind()) {
                case PARAGRAPH -> {
                    out.addAll(brackets(block.text(), block.taskId()));
                    out.addAll(prose(block.text(), block.taskId()));
                }
                case ROW -> {
                    Responsibility r = row(block);
                    if (r != null) {
                        out.add(r);
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** Every units bracket in a paragraph; the evidence is the text since the previous bracket. */
    List<Responsibility> brackets(String text, String taskId) {
        List<Responsibility> out = new ArrayList<>();
        int from = 0;
        Matcher m = LABELLED.matcher(text);
        int searchFrom = 0;
        while (true) {
            int start;
            int contentStart;
            int end;
            String content;
            Matcher u = UNLABELLED.matcher(text);
            boolean labelled = m.find(searchFrom);
            boolean unlabelled = u.find(searchFrom);
            if (labelled && (!unlabelled || m.start() <= u.start())) {
                start = m.start();
                contentStart = m.start() + 1;
                end = closing(text, start);
                if (end < 0) {
                    break;
                }
                content = text.substring(contentStart, end);
            } else if (unlabelled) {
                start = u.start();
                end = u.end() - 1;
                content = text.substring(u.start() + 1, end);
            } else {
                break;
            }
            UnitSplitter.Split split = UnitSplitter.split(content);
            String evidence = evidence(text.substring(from, start));
            if (!split.units().isEmpty() && !evidence.isEmpty()) {
                out.add(record(evidence, split, List.of(), taskId));
            }
            from = end + 1;
            searchFrom = end + 1;
        }
        return out;
    }

    /** Clauses whose subject is a named body; "由X牵头,Y配合" splits lead and support. */
    List<Responsibility> prose(String text, String taskId) {
        List<Responsibility> out = new ArrayList<>();
        String body = stripBrackets(text);
        for (String sentence : SENTENCE_END.split(body, -1)) {
            List<int[]> clauses = clauses(sentence);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = sentence.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
                Matcher together = TOGETHER.matcher(clause);
                if (clause.contains("会同") && together.find()) { // TOGETHER needs the literal 会同
                    List<String> both = new ArrayList<>(UnitSplitter.splitUnits(together.group(1)));
                    both.addAll(UnitSplitter.splitUnits(together.group(2)));
                    if (!both.isEmpty() && both.stream().allMatch(UnitSplitter::looksLikeUnit)
                            && both.stream().noneMatch(UnitSplitter::isVague)) {
                        out.add(record(clause, new UnitSplitter.Split(both, List.of(), List.of()), List.of(), taskId));
                        continue;
                    }
                }
                Matcher m = PROSE.matcher(clause);
                if (!mayBeProse(clause) || !m.find()) {
                    continue;
                }
                List<String> units = UnitSplitter.splitUnits(m.group(2));
                if (units.isEmpty() || !units.stream().allMatch(UnitSplitter::looksLikeUnit)
                        || units.stream().anyMatch(UnitSplitter::isVague)) {
                    continue;
                }
                // 制造业重点产业链由省工信厅统一牵头: the body named after 由 leads
                boolean leads = m.group(1) != null && m.group(3).equals("牵头");
                List<String> lead = leads ? units : List.of();
                List<String> support = List.of();
                int last = i;
                // 由省财政厅牵头,省工业和信息化厅配合,统筹安排专项资金
                if (m.group(3).equals("牵头") && i + 1 < clauses.size()) {
                    Matcher s = SUPPORT.matcher(sentence.substring(clauses.get(i + 1)[0], clauses.get(i + 1)[1]).strip());
                    if (s.find()) {
                        List<String> supporting = UnitSplitter.splitUnits(s.group(1));
                        if (!supporting.isEmpty() && supporting.stream().allMatch(UnitSplitter::looksLikeUnit)) {
                            lead = units;
                            support = supporting;
                            List<String> all = new ArrayList<>(units);
                            all.addAll(supporting);
                            units = all;
                            last = i + 1;
                        }
                    }
                }
                int end = clauses.get(last)[1];
                for (int k = last + 1; k < clauses.size(); k++) {
                    String next = sentence.substring(clauses.get(k)[0], clauses.get(k)[1]).strip();
                    if (mayBeProse(next) && PROSE.matcher(next).find()) {
                        break;
                    }
                    end = clauses.get(k)[1];
                }
                String evidence = sentence.substring(clauses.get(i)[0], end).strip();
                out.add(record(evidence, new UnitSplitter.Split(units, lead, support), List.of(), taskId));
                i = last;
            }
        }
        return out;
    }

    /**
     * Prefilter of {@link #PROSE}: every match ends in one of its verbs 负责/牵头/统筹/研究建立/研究制定/承担, so a
     * clause without any of these literals cannot match (saves the lazy 0-20 × 2-40 character search).
     */
    private static boolean mayBeProse(String clause) {
        return clause.contains("负责") || clause.contains("牵头") || clause.contains("统筹") || clause.contains("研究建立")
                || clause.contains("研究制定") || clause.contains("承担");
    }

    /** Offsets of the comma-separated clauses of a sentence. */
    private static List<int[]> clauses(String sentence) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || sentence.charAt(i) == ',' || sentence.charAt(i) == '，') {
                out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /** A table row: its units cell, and the units an inheritance note above it adds. */
    Responsibility row(Block block) {
        Block.Row row = block.row();
        if (row.units() == null || row.units().isBlank()) {
            return null;
        }
        UnitSplitter.Split split = UnitSplitter.split(row.units());
        if (split.units().isEmpty()) {
            return null;
        }
        List<String> inherited = row.note() == null ? List.of() : inherited(row.note(), row.noteUnits());
        return record(String.join("", row.cells()), split, inherited, block.taskId());
    }

    /** The units a note adds: named in it, or "上述三个县区" — the last three counties/districts of the row above. */
    static List<String> inherited(String note, String previousUnits) {
        Matcher above = ABOVE_N.matcher(note);
        if (above.find() && previousUnits != null) {
            int n = smallNumber(above.group(1));
            List<String> candidates = new ArrayList<>();
            for (String unit : UnitSplitter.splitUnits(previousUnits)) {
                if (ENDS_WITH_PLACE_SUFFIX.matcher(unit).matches() || COUNTY_OR_DISTRICT_GOVERNMENT.matcher(unit).matches()) {
                    candidates.add(unit);
                }
            }
            if (n > 0 && candidates.size() >= n) {
                return List.copyOf(candidates.subList(candidates.size() - n, candidates.size()));
            }
            return candidates;
        }
        Matcher m = NOTE_UNITS.matcher(note);
        if (m.find()) {
            List<String> units = UnitSplitter.splitUnits(m.group(1));
            if (!units.isEmpty() && units.stream().allMatch(UnitSplitter::looksLikeUnit)) {
                return units;
            }
        }
        return List.of();
    }

    private Responsibility record(String evidence, UnitSplitter.Split split, List<String> inherited, String taskId) {
        List<String> canonicalUnits = split.units().stream().map(canonical).toList();
        return new Responsibility(evidence, split.units(), split.lead(), split.support(), inherited, canonicalUnits, taskId);
    }

    /** The task text before a bracket, without the "(一)标题。" heading that opens it. */
    private static String evidence(String before) {
        String s = before.strip();
        Matcher h = HEADING_PREFIX.matcher(s);
        if (h.find() && h.end() < s.length()) {
            s = s.substring(h.end());
        }
        return s.strip();
    }

    /** Index of the bracket closing the one opened at {@code open}, nesting respected; -1 if unclosed. */
    static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("(（〔[【".indexOf(c) >= 0) {
                depth++;
            } else if (")）〕]】".indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String stripBrackets(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = LABELLED.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int end = closing(text, m.start());
            if (end < 0) {
                break;
            }
            sb.append(text, from, m.start()).append('。');
            from = end + 1;
        }
        sb.append(text.substring(from));
        return sb.toString();
    }

    private static int smallNumber(String s) {
        if (DIGITS.matcher(s).matches()) {
            return Integer.parseInt(s);
        }
        return "零一二三四五六七八九十".indexOf(s) >= 0 ? "零一二三四五六七八九十".indexOf(s) : s.equals("两") ? 2 : 0;
    }
}
