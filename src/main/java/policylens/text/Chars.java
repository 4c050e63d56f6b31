package policylens.text;

/** Character tests shared by the cheap prefilters that run before a costly regex. */
public final class Chars {
    private Chars() {
    }

    /** Whether {@code s} holds any of the characters of {@code chars} (a prefilter: 不低于 needs 不 or 低). */
    public static boolean anyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a code point is a Chinese character (script Han): the common CJK blocks are tested by range first, the
     * Unicode script table only for the rest.
     */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF) {
            return true;
        }
        if (cp < 0x2E80) {
            return false; // Latin, digits, punctuation, kana-free ranges below the CJK radicals
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
