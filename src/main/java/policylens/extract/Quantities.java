package policylens.extract;

import policylens.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with units in Chinese text and normalizes them: Arabic and Chinese numerals (三, 十五, 两, 五百,
 * 一千二百), decimals, 万/亿/千 multipliers, ranges (1-2个, 1—2家, 1至2), percentages (3%, 百分之十), money in 元.
 */
public final class Quantities {
    private static final String CN = "[零〇一二两三四五六七八九十百千]";
    private static final String NUM = "(?:\\d+(?:\\.\\d+)?|" + CN + "+)";
    /** 千 is a multiplier only where it does not begin the measure word (500千瓦 is 500 千瓦, not 500000 瓦). */
    private static final String MULT = "(?:万亿|千亿|百亿|亿|千万|百万|十万|万|千(?![瓦伏米克]))";
    /**
     * Units a commitment is counted in. Longer forms first. 人次 before 人; 万元/亿元 arrive as multiplier + 元.
     * Examples: 330家, 20个, 200人次, 1.2亿部, 200GWh, 2亿台, 65家, 30亿元, 500万美元.
     */
    private static final String UNIT = "(?:" + policylens.lexicon.Lexicon.get().measureAlternation() + ")";
    /** 百分之十 / 百分之三点五 */
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之(" + CN + "+(?:点" + CN + "+)?)");
    /** 1-2个 / 1—2家 / 1至2个 / 30亿元 / 5 万亿元 / 10%左右 / 1.2亿部 / 3%—5% / 1～3个百分点 / 1.5万—2万个 */
    static final Pattern QUANTITY = Pattern.compile(
            "(" + NUM + ")(?:(" + MULT + ")?[%％]?\\s*(?:-|—|–|~|～|〜|∼|至|到)\\s*(" + NUM + "))?\\s*(" + MULT + ")?\\s*(" + UNIT + ")");

    private static final Pattern ZERO_NUMERAL = Pattern.compile("[零〇]");
    private static final Pattern PLACE_VALUES_ONLY = Pattern.compile("[十百千]{2,}");
    /** The characters a quantity can start with: the first character of NUM (\\d or CN). */
    private static final String NUMERAL_STARTS = "0123456789零〇一二两三四五六七八九十百千";

    private Quantities() {
    }

    /** What may follow a number in a quantity: a percent sign, a range's dash or word, a multiplier or a unit. */
    private static final String AFTER_NUMBER = "%％-—–~～〜∼至到万亿千百十" + firstCharacters(policylens.lexicon.Lexicon.get().measures().keySet());
    private static final String CN_CHARS = "零〇一二两三四五六七八九十百千";

    private static String firstCharacters(java.util.Collection<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && sb.indexOf(w.substring(0, 1)) < 0) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * A cheap test that QUANTITY may match at {@code at}: after the run of digits (or Chinese numerals) and white space
     * comes a character a quantity can go on with. Most 一 in 进一步, 统一, 一是 fail here without trying the pattern.
     */
    static boolean mayStartAt(String text, int at) {
        return goesOnAfter(text, runEnd(text, at));
    }

    /** Where the run of digits (with their points) or of Chinese numerals that starts at {@code at} ends. */
    private static int runEnd(String text, int at) {
        int i = at;
        boolean digits = Character.isDigit(text.charAt(at));
        while (i < text.length() && (digits ? Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                : CN_CHARS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** After the white space at {@code i}, a character a quantity can go on with. */
    private static boolean goesOnAfter(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && AFTER_NUMBER.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * {@link #mayStartAt} over one text, asked at rising positions: every position inside a run of numerals has the
     * run's end and so its answer (2026年: the answer found at its 2 holds for the 0, 2 and 6 after it).
     */
    static final class StartTest implements java.util.function.IntPredicate {
        private final String text;
        private int runStart = -1;
        private int runEnd = -1;
        private boolean runDigits;
        private boolean answer;

        StartTest(String text) {
            this.text = text;
        }

        @Override
        public boolean test(int at) {
            boolean digits = Character.isDigit(text.charAt(at));
            if (at > runStart && at < runEnd && digits == runDigits) {
                return answer;
            }
            runStart = at;
            runDigits = digits;
            runEnd = Quantities.runEnd(text, at);
            answer = goesOnAfter(text, runEnd);
            return answer;
        }
    }

    /** PM2.5 / V2G / G20: digits right after a Latin letter, and those after their decimal point, belong to a name. */
    private static boolean inAName(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Every quantity in the text, in order, not overlapping. */
    public static List<Quantity> findAll(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher p = PERCENT_WORDS.matcher(text);
        while (text.contains("百分之") && p.find()) { // PERCENT_WORDS starts with the literal 百分之
            OptionalDouble v = parseNumber(p.group(1).replace('点', '.'));
            if (v.isPresent()) {
                out.add(new Quantity(v.getAsDouble(), null, "%", p.start(), p.end()));
            }
        }
        // every quantity starts with an Arabic or Chinese numeral: only those positions are tried
        AnchoredMatcher finder = new AnchoredMatcher(QUANTITY, text, NUMERAL_STARTS, 0, null, new StartTest(text));
        while (finder.find()) {
            Matcher m = finder.matcher();
            if (overlaps(out, m.start(), m.end()) || inAName(text, m.start())) {
                continue;
            }
            String low = m.group(1);
            String lowMult = m.group(2); // 1.5万—2万个: each end carries its multiplier
            String high = m.group(3);
            String mult = m.group(4);
            String unit = m.group(5);
            // 零部件, 零件: 零 alone is not a number; 百千万人才工程: place-value words alone name a programme
            if (ZERO_NUMERAL.matcher(low).matches() && mult == null || PLACE_VALUES_ONLY.matcher(low).matches()) {
                continue;
            }
            // 1.20家 inside "1.20家以上" where 1. is a list number is handled by the caller masking list prefixes
            OptionalDouble lv = parseNumber(low);
            OptionalDouble hv = high == null ? OptionalDouble.empty() : parseNumber(high);
            if (lv.isEmpty()) {
                continue;
            }
            double factor = mult == null ? 1 : multiplier(mult);
            double lowFactor = lowMult == null ? factor : multiplier(lowMult);
            String u = policylens.lexicon.Lexicon.get().measures().getOrDefault(unit, unit);
            if (u.equals("万千瓦")) {
                factor *= 1e4;
                lowFactor *= 1e4;
                u = "千瓦";
            }
            Double max = hv.isPresent() ? round(hv.getAsDouble() * factor) : null;
            out.add(new Quantity(round(lv.getAsDouble() * lowFactor), max, u, m.start(), m.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        for (Quantity q : found) {
            if (start < q.end() && q.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** 3 / 1.65 / 三 / 十五 / 两 / 五百 / 一千二百 / 二〇二六 → the number; empty when it is not one. */
    public static OptionalDouble parseNumber(String s) {
        return ChineseNumerals.parse(s);
    }

    static double multiplier(String m) {
        return switch (m) {
            case "万亿" -> 1e12;
            case "千亿" -> 1e11;
            case "百亿" -> 1e10;
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "十万" -> 1e5;
            case "万" -> 1e4;
            case "千" -> 1e3;
            default -> 1;
        };
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
