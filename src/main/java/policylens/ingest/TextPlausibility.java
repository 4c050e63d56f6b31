package policylens.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Decoded text that is not text: random bytes named .txt or .html decode, in some charset, to a soup of replacement
 * characters, control characters, private-use and unassigned code points, and rare ideographs (CJK Extension A,
 * Yi) that no policy document is written in. Such a file is refused with one line instead of being indexed with a
 * title tens of KB long. Real documents, Chinese or not, have next to none of these.
 */
final class TextPlausibility {
    /** Below this many characters there is too little to judge. */
    static final int MIN_CHARS = 64;
    /** The share of implausible characters above which a text is refused. */
    static final double MAX_IMPLAUSIBLE = 0.05;

    private TextPlausibility() {
    }

    static void require(Path file, List<String> lines) throws IngestException {
        long total = 0;
        long replacement = 0;
        long control = 0;
        long rare = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                total++;
                if (c == 0xfffd) {
                    replacement++;
                } else if (Character.getType(c) == Character.CONTROL) {
                    control++;
                } else if (isRare(c)) {
                    rare++;
                }
            }
        }
        long implausible = replacement + control + rare;
        if (total >= MIN_CHARS && implausible > MAX_IMPLAUSIBLE * total) {
            String detail = String.format(Locale.ROOT, "%s 替换字符，%s 控制字符，%s 私用、未分配或罕见字符",
                    percent(replacement, total), percent(control, total), percent(rare, total));
            String english = String.format(Locale.ROOT, "%s replacement, %s control, %s private-use, unassigned or rare characters",
                    percent(replacement, total), percent(control, total), percent(rare, total));
            throw new IngestException(file, "不像文本（" + detail + "）/ does not look like text (" + english + ")");
        }
    }

    /** Code points a decoded policy document (nearly) never holds. */
    static boolean isRare(int c) {
        int type = Character.getType(c);
        if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.YI_SYLLABLES || block == Character.UnicodeBlock.YI_RADICALS;
    }

    private static String percent(long part, long total) {
        double p = 100.0 * part / total;
        return (p >= 10 || p == 0 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
