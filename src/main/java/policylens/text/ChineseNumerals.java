package policylens.text;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The project's one reader of numbers written in Arabic or Chinese numerals: 3, 1.65, 三, 十五, 两, 五百, 一千二百,
 * 一万五千, 二〇二六 (read digit by digit, as years are written). Pure and stateless.
 */
public final class ChineseNumerals {
    private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TWO_OR_MORE_CHINESE_DIGITS = Pattern.compile("[零〇一二两三四五六七八九]{2,}");
    private static final Pattern DOT = Pattern.compile("\\.");
    private static final Pattern CHINESE_DIGITS = Pattern.compile("[零〇一二两三四五六七八九]+");

    private ChineseNumerals() {
    }

    /** 3 / 1.65 / 三 / 十五 / 两 / 五百 / 一千二百 / 二〇二六 → the number; empty when it is not one. */
    public static OptionalDouble parse(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (ARABIC_NUMBER.matcher(t).matches()) {
            return OptionalDouble.of(Double.parseDouble(t));
        }
        if (TWO_OR_MORE_CHINESE_DIGITS.matcher(t).matches() && !t.contains("十")) {
            // 二〇二六 read digit by digit
            StringBuilder sb = new StringBuilder();
            for (char c : t.toCharArray()) {
                sb.append(digit(c));
            }
            return OptionalDouble.of(Double.parseDouble(sb.toString()));
        }
        if (t.contains(".")) {
            String[] parts = DOT.split(t, 2);
            OptionalDouble a = parse(parts[0]);
            if (a.isEmpty() || !CHINESE_DIGITS.matcher(parts[1]).matches()) {
                return OptionalDouble.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (char c : parts[1].toCharArray()) {
                sb.append(digit(c));
            }
            return OptionalDouble.of(a.getAsDouble() + Double.parseDouble("0." + sb));
        }
        long total = 0;
        long section = 0;
        long current = 0;
        boolean any = false;
        for (char c : t.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                any = true;
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (current == 0 && !any ? 1 : current == 0 ? 1 : current) * unit;
                current = 0;
                any = true;
            } else if (c == '万' || c == '亿') {
                long unit = c == '万' ? 10_000L : 100_000_000L;
                total += (section + current) * unit;
                section = 0;
                current = 0;
                any = true;
            } else {
                return OptionalDouble.empty();
            }
        }
        return any ? OptionalDouble.of(total + section + current) : OptionalDouble.empty();
    }

    private static int digit(char c) {
        int i = "零一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return c == '〇' ? 0 : c == '两' ? 2 : -1;
    }

    /** The number as an int (十五 → 15, 二〇二五 → 2025, 12 → 12), or {@code fallback} when it is not one. */
    public static int parseInt(String s, int fallback) {
        OptionalDouble v = s == null ? OptionalDouble.empty() : parse(s);
        return v.isPresent() ? (int) v.getAsDouble() : fallback;
    }
}
