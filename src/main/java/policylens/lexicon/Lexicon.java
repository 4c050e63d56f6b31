package policylens.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's vocabulary, read once from self-describing {@code .tsv} files under
 * {@code policylens/lexicon/}: labels of unit notes ({@code labels.tsv}) and table column headers
 * ({@code headers.tsv}). Everything that recognises a label or a header asks here, so adding one is one row.
 */
public final class Lexicon {
    /** What a label says about the units after it. */
    public enum UnitRole { NEUTRAL, LEAD, SUPPORT, TIME }

    /** What a table column holds, decided from its header. */
    /** Whether a word places a sentence in the past or the future (tense.tsv). */
    public enum Tense { PAST, FUTURE, STATE }

    /** What the ending of a body's name says (bodies.tsv). */
    public enum BodyKind { NAMED, UNIT, PLACE, NONE }

    public enum ColumnRole { UNITS, LEAD, SUPPORT, TASK, MEASURE, DEADLINE, NUMBER, CATEGORY, BODY, DUTIES, OTHER, INDICATOR, PLACE, VALUE, YEAR }

    private static final Lexicon INSTANCE = new Lexicon();
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000\u00a0]+");

    private final Map<String, UnitRole> labels;
    private final Map<String, String> measures;
    private final java.util.Set<String> countUnits;
    private final Map<String, ColumnRole> headers;
    /** First and last characters of every units header: a cell can only be one if it starts or ends with one. */
    private final String unitHeaderFirsts;
    private final String unitHeaderLasts;
    /** The first character of every header: a cell can only be one as a whole if it starts with one. */
    private final java.util.BitSet headerStarts;
    /** Headers of two or more characters, longest first, and their indexes by first and by last character. */
    private final List<String> headerList;
    private final Map<Character, List<Integer>> headersByFirst;
    private final Map<Character, List<Integer>> headersByLast;
    private final Map<String, BodyKind> bodyEnds;
    /** The body endings by their last character, longest first. */
    private final Map<Character, List<Map.Entry<String, BodyKind>>> bodyEndsByLast;
    private final List<String[]> tense;
    private final List<String> questionWords;
    private final List<String> whoWords;
    /** subjects.tsv: collective phrases that name bodies which must act, and kinds of department that name none. */
    private final Pattern collectiveSubjects;
    private final Pattern vagueSubjects;
    /** actions.tsv: verbs that make the named bodies before them the subject of a sentence, longest first. */
    private final List<String> actVerbs;
    /** actions.tsv: each verb of {@link #actVerbs} as a regex, with the characters it may not be followed by. */
    private final List<String> actRegexes;

    private Lexicon() {
        Map<String, UnitRole> l = new LinkedHashMap<>();
        for (String[] row : rows("labels.tsv")) {
            l.put(row[0], UnitRole.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
        Map<String, ColumnRole> h = new LinkedHashMap<>();
        for (String[] row : rows("headers.tsv")) {
            h.put(row[0], ColumnRole.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
        // a label is also a column header with the same meaning (责任单位 / 牵头单位 / 配合单位 columns)
        l.forEach((label, role) -> h.putIfAbsent(label, switch (role) {
            case LEAD -> ColumnRole.LEAD;
            case SUPPORT -> ColumnRole.SUPPORT;
            case TIME -> ColumnRole.DEADLINE;
            case NEUTRAL -> ColumnRole.UNITS;
        }));
        Map<String, String> ms = new LinkedHashMap<>();
        java.util.Set<String> counts = new java.util.HashSet<>();
        for (String[] row : rows("measures.tsv", 3)) {
            String as = row[1].equals("=") ? row[0] : row[1];
            ms.put(row[0], as);
            if (row[2].equals("count")) {
                counts.add(as);
            } else if (!row[2].equals("measure")) {
                throw new IllegalStateException("measures.tsv: kind must be count or measure: " + String.join("\t", row));
            }
        }
        measures = sortedLongestFirst(ms);
        countUnits = java.util.Set.copyOf(counts);
        labels = sortedLongestFirst(l);
        headers = sortedLongestFirst(h);
        StringBuilder firsts = new StringBuilder();
        StringBuilder lasts = new StringBuilder();
        headers.forEach((header, role) -> {
            if (isUnitColumn(role)) {
                firsts.append(header.charAt(0));
                lasts.append(header.charAt(header.length() - 1));
            }
        });
        unitHeaderFirsts = firsts.toString();
        unitHeaderLasts = lasts.toString();
        java.util.BitSet starts = new java.util.BitSet(Character.MAX_VALUE + 1);
        headers.keySet().forEach(header -> starts.set(header.charAt(0)));
        headerStarts = starts;
        headerList = headers.keySet().stream().filter(k -> k.length() >= 2).toList();
        Map<Character, List<Integer>> byFirst = new java.util.HashMap<>();
        Map<Character, List<Integer>> byLast = new java.util.HashMap<>();
        for (int i = 0; i < headerList.size(); i++) {
            String k = headerList.get(i);
            byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(i);
            byLast.computeIfAbsent(k.charAt(k.length() - 1), c -> new ArrayList<>()).add(i);
        }
        headersByFirst = Map.copyOf(byFirst);
        headersByLast = Map.copyOf(byLast);
        Map<String, BodyKind> b = new LinkedHashMap<>();
        for (String[] row : rows("bodies.tsv")) {
            b.put(row[0], BodyKind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
        bodyEnds = sortedLongestFirst(b);
        Map<Character, List<Map.Entry<String, BodyKind>>> endingsByLast = new java.util.HashMap<>();
        for (Map.Entry<String, BodyKind> e : bodyEnds.entrySet()) {
            endingsByLast.computeIfAbsent(e.getKey().charAt(e.getKey().length() - 1), c -> new ArrayList<>())
                    .add(Map.entry(e.getKey(), e.getValue()));
        }
        bodyEndsByLast = Map.copyOf(endingsByLast);
        tense = rows("tense.tsv", 3);
        for (String[] row : tense) {
            Tense.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)); // fails at load on a wrong value
        }
        List<String> q = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        for (String[] row : rows("questions.tsv", 2)) {
            if (!row[1].equals("asks") && !row[1].equals("filler") && !row[1].equals("marker")) {
                throw new IllegalStateException("questions.tsv: role must be asks, filler or marker: " + String.join("\t", row));
            }
            if (!row[1].equals("marker")) {
                q.add(row[0]);
            }
            if (!row[1].equals("filler")) {
                asks.add(row[0]);
            }
        }
        q.sort(java.util.Comparator.comparingInt(String::length).reversed());
        asks.sort(java.util.Comparator.comparingInt(String::length).reversed());
        questionWords = List.copyOf(q);
        whoWords = List.copyOf(asks);
        List<String> collective = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        for (String[] row : rows("subjects.tsv", 2)) {
            Pattern.compile(row[0]); // fails at load on a wrong pattern
            switch (row[1]) {
                case "collective" -> collective.add(row[0]);
                case "vague" -> vague.add(row[0]);
                default -> throw new IllegalStateException("subjects.tsv: kind must be collective or vague: " + String.join("\t", row));
            }
        }
        collectiveSubjects = anyOf(collective);
        vagueSubjects = anyOf(vague);
        List<String[]> acts = new ArrayList<>();
        for (String[] row : rows("actions.tsv", 2)) {
            if (!row[1].equals("acts")) {
                throw new IllegalStateException("actions.tsv: use must be acts: " + String.join("\t", row));
            }
            acts.add(row);
        }
        acts.sort(java.util.Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
        actVerbs = acts.stream().map(row -> row[0]).toList();
        // 对 / 外口接: "省委宣传部对外新闻处…" is no body acting on something
        actRegexes = acts.stream().map(row -> Pattern.quote(row[0])
                + (row.length > 2 && !row[2].isBlank() ? "(?![" + row[2].strip().replaceAll("[^\\p{IsHan}]", "") + "])" : "")).toList();
    }

    /** The verbs after which named bodies opening a sentence carry it (actions.tsv), longest first, as a regex alternation. */
    public String actAlternation() {
        return String.join("|", actRegexes);
    }

    /** The first character of every verb of actions.tsv: a clause holding none after a subject cannot act. */
    public String actFirstChars() {
        StringBuilder b = new StringBuilder();
        for (String v : actVerbs) {
            if (b.indexOf(v.substring(0, 1)) < 0) {
                b.append(v.charAt(0));
            }
        }
        return b.toString();
    }

    private static Pattern anyOf(List<String> patterns) {
        return Pattern.compile(patterns.isEmpty() ? "(?!)" : "(?:" + String.join("|", patterns) + ")");
    }

    /** Whether a name (white space removed) is a collective subject that must act (subjects.tsv): 各成员单位, 生产经营单位. */
    public boolean isCollectiveSubject(String name) {
        return collectiveSubjects.matcher(name).matches();
    }

    /** Whether a name (white space removed) is a kind of department that names no body (subjects.tsv): 区产业部门. */
    public boolean isVagueSubject(String name) {
        return vagueSubjects.matcher(name).matches();
    }

    /**
     * The first character of every word of a tense (tense.tsv), after any lookbehind it opens with: a text holding
     * none of them holds no such word. Null when a word opens with no plain character (a class or a group).
     */
    public String tenseFirstChars(Tense t) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : tense) {
            if (Tense.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)) != t) {
                continue;
            }
            String word = row[0].replaceFirst("^(?:\\(\\?<[!=][^)]*\\))+", "");
            if (word.isEmpty() || "([\\.^$".indexOf(word.charAt(0)) >= 0) {
                return null;
            }
            sb.append(word.charAt(0));
        }
        return sb.toString();
    }

    /**
     * The words of a tense as a regex alternation (tense.tsv), in file order; {@code deadlinesOnly}: only those the
     * deadline extractor reads.
     */
    public String tenseAlternation(Tense t, boolean deadlinesOnly) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : tense) {
            if (Tense.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)) == t && (!deadlinesOnly || row[2].equals("yes"))) {
                sb.append(sb.length() == 0 ? "" : "|").append(row[0]);
            }
        }
        return sb.toString();
    }

    /** The words of a question that name no task (questions.tsv), longest first, as a regex alternation. */
    public String questionAlternation() {
        return alternation(questionWords);
    }

    /** The words that say a question asks who is responsible (questions.tsv, role asks), as a regex alternation. */
    public String whoAlternation() {
        return alternation(whoWords);
    }

    private static String alternation(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.toString();
    }

    /**
     * The kind of body a name's ending makes it (bodies.tsv), the longest ending first: 市工信局 → named,
     * 产业链牵头单位 → unit, 分宜县 → place; null when it ends like no body (or like one of the none rows: 干部).
     */
    public BodyKind bodyKind(String name) {
        Map.Entry<String, BodyKind> e = bodyEnding(name);
        return e == null || e.getValue() == BodyKind.NONE ? null : e.getValue();
    }

    /** The length of the body ending {@code name} ends in ("区规划资源部门" → 2, for 部门); 0 when none. */
    public int bodyEndLength(String name) {
        Map.Entry<String, BodyKind> e = bodyEnding(name);
        return e == null ? 0 : e.getKey().length();
    }

    /** The longest row of bodies.tsv {@code name} ends with, a none row included; null when none does. */
    private Map.Entry<String, BodyKind> bodyEnding(String name) {
        List<Map.Entry<String, BodyKind>> endings = name.isEmpty() ? null : bodyEndsByLast.get(name.charAt(name.length() - 1));
        if (endings == null) {
            return null; // no ending ends with this character
        }
        for (Map.Entry<String, BodyKind> e : endings) {
            if (name.endsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    /** Every ending of {@code kind} as a regex alternation, longest first (for patterns that end in a body). */
    public String bodyEndAlternation(BodyKind kind) {
        StringBuilder sb = new StringBuilder();
        bodyEnds.forEach((end, k) -> {
            if (k == kind) {
                sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(end));
            }
        });
        return sb.toString();
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    /** Every label with its role, longest first (so 牵头责任部门 is tried before 责任部门). */
    public Map<String, UnitRole> labels() {
        return labels;
    }

    /**
     * A regex alternation of every label, longest first, white space allowed between characters (PDF text:
     * "责任单 位"); the caller wraps it in its own group.
     */
    public String labelAlternation() {
        return labelAlternation(null);
    }

    /** A short bracketed word a label may carry before its colon: 责任单位（部门）, 牵头单位(牵头部门). */
    private static final String LABEL_NOTE = "(?:[(（][^()（）:：]{1,6}[)）])?";

    /** As {@link #labelAlternation()}, only the labels of one role (all when {@code role} is null). */
    public String labelAlternation(UnitRole role) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, UnitRole> e : labels.entrySet()) {
            if (role != null && e.getValue() != role) {
                continue;
            }
            String label = e.getKey();
            if (sb.length() > 0) {
                sb.append('|');
            }
            for (int i = 0; i < label.length(); i++) {
                if (i > 0) {
                    sb.append("\\s*");
                }
                sb.append(Pattern.quote(String.valueOf(label.charAt(i))));
            }
            sb.append(LABEL_NOTE); // 责任单位（部门）：…
        }
        return sb.toString();
    }

    /** The role of a label as written (white space ignored), or null when it is not one. */
    public UnitRole labelRole(String label) {
        return labels.get(WHITESPACE.matcher(label).replaceAll(""));
    }

    /**
     * The role of a column from its header cell: the header equals a known one, or starts or ends with it
     * (牵头单位（部门） → lead; 2024年推进任务 → measure); the longest known header wins; null when none fits.
     */
    public ColumnRole columnRole(String headerCell) {
        if (headerCell == null) {
            return null;
        }
        String h = withoutWhitespace(headerCell);
        if (h.isEmpty() || h.length() > 16) {
            return null;
        }
        ColumnRole exact = headers.get(h);
        if (exact != null) {
            return exact;
        }
        // the longest header the cell starts or ends with; of two as long, the one listed first
        int best = Integer.MAX_VALUE;
        for (int i : headersByFirst.getOrDefault(h.charAt(0), List.of())) {
            if (i < best && h.startsWith(headerList.get(i))) {
                best = i;
            }
        }
        for (int i : headersByLast.getOrDefault(h.charAt(h.length() - 1), List.of())) {
            if (i < best && h.endsWith(headerList.get(i))) {
                best = i;
            }
        }
        return best == Integer.MAX_VALUE ? null : headers.get(headerList.get(best));
    }

    private static String withoutWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000' || s.charAt(i) == '\u00a0') {
                return WHITESPACE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /**
     * The role of a header cell that is a known header as a whole, perhaps with a parenthesised note (镇（街道）,
     * 任务量（亩）); null for a cell that only starts or ends with one (各相关单位 is a row's cell, not 单位).
     */
    public ColumnRole exactColumnRole(String headerCell) {
        if (headerCell == null) {
            return null;
        }
        if (headerCell.isEmpty() || !headerStarts.get(headerCell.charAt(0)) && !Character.isWhitespace(headerCell.charAt(0))) {
            return null; // no header starts with this character (most lines of a text)
        }
        String h = withoutWhitespace(headerCell);
        ColumnRole exact = headers.get(h);
        char last = h.isEmpty() ? ' ' : h.charAt(h.length() - 1);
        return exact != null || (last != ')' && last != '）') ? exact
                : headers.get(h.replaceFirst("[(（][^()（）]{1,10}[)）]$", ""));
    }

    /**
     * A cheap test before {@link #columnRole}: whether a cell could be a units header at all. A header matches when
     * the cell equals, starts or ends with it, so the cell starts with a header's first character or ends with its last.
     */
    public boolean mayBeUnitColumn(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && (unitHeaderFirsts.indexOf(c.charAt(0)) >= 0
                || unitHeaderLasts.indexOf(c.charAt(c.length() - 1)) >= 0);
    }

    /** Whether a header names who answers for a row (units, lead or support). */
    public static boolean isUnitColumn(ColumnRole role) {
        return role == ColumnRole.UNITS || role == ColumnRole.LEAD || role == ColumnRole.SUPPORT;
    }

    private static <V> Map<String, V> sortedLongestFirst(Map<String, V> map) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, V> e) -> -e.getKey().length()));
        Map<String, V> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Measure words (lexicon/measures.tsv), longest first, each with the unit a record writes for it
     * (％ → %, gwh → GWh; most as written).
     */
    /** 亩 / 万元 / ％: a measure word of measures.tsv, with or without a multiplier before it. */
    public boolean isMeasure(String unitText) {
        String u = unitText.replace('％', '%');
        return measures.containsKey(u) || measures.containsKey(MULTIPLIER.matcher(u).replaceFirst(""));
    }

    private static final Pattern MULTIPLIER = Pattern.compile("^(?:万亿|亿|千万|百万|万|千)(?=.)");

    public Map<String, String> measures() {
        return measures;
    }

    /**
     * Whether a unit (as a record writes it) counts things (家, 个, 次, 台（套）) rather than measuring an amount (元, %,
     * 千瓦): after a count the noun that follows is what is counted.
     */
    public boolean isCount(String unit) {
        return countUnits.contains(unit);
    }

    /** A regex alternation of every measure word, longest first. */
    public String measureAlternation() {
        StringBuilder sb = new StringBuilder();
        for (String m : measures.keySet()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(m));
        }
        return sb.toString();
    }

    static List<String[]> rows(String name) {
        return rows(name, 2);
    }

    /** Data rows of a lexicon file: '#' comments and the column-name row skipped; at least {@code min} columns. */
    static List<String[]> rows(String name, int min) {
        return policylens.util.Tsv.rows("/policylens/lexicon/" + name, min);
    }
}
