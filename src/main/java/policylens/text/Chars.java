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
}
