package policylens.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code while (matcher.find())} loop that only tries start positions near a required character. For a pattern
 * every match of which contains one of the {@code anchors} at most {@code maxBefore} characters after its start
 * (e.g. 到2028年: 年 7 characters after 到), {@link #find()} returns exactly the matches of {@link Matcher#find()}
 * in the same order, but instead of trying the pattern at every position of the text it jumps from anchor to
 * anchor (String.indexOf) and tries only the {@code maxBefore + 1} positions before each one. Look-behinds and
 * look-aheads see the whole text (transparent bounds). Patterns that can match the empty string are not allowed.
 */
final class AnchoredMatcher {
    private final Pattern pattern;
    /** Made at the first position tried: a text without an anchor never pays for a matcher. */
    private Matcher m;
    private final String text;
    private final String anchors;
    private final int maxBefore;
    /** The next occurrence of each anchor at or after the last look-up (-1: none left). */
    private final int[] next;
    private int from;
    private final String starts;
    private final java.util.function.IntPredicate mayStart;

    /** @param anchors the characters one of which every match contains; null: an ordinary find() loop */
    AnchoredMatcher(Pattern pattern, String text, String anchors, int maxBefore) {
        this(pattern, text, anchors, maxBefore, null);
    }

    /**
     * @param starts the characters a match can begin with (到2028年 begins with 到 or 至 …), so other positions before
     *               an anchor are not tried; null: every position may begin one
     */
    AnchoredMatcher(Pattern pattern, String text, String anchors, int maxBefore, String starts) {
        this(pattern, text, anchors, maxBefore, starts, null);
    }

    /**
     * @param mayStart a cheaper test of a start position than the pattern itself; it must hold wherever a match can
     *                 start (null: none)
     */
    AnchoredMatcher(Pattern pattern, String text, String anchors, int maxBefore, String starts,
                    java.util.function.IntPredicate mayStart) {
        this.mayStart = mayStart;
        this.starts = starts;
        this.pattern = pattern;
        this.text = text;
        this.anchors = anchors;
        this.maxBefore = maxBefore;
        this.next = new int[anchors == null ? 0 : anchors.length()];
        java.util.Arrays.fill(next, -2);
    }

    /** The next match, as {@link Matcher#find()} would give it; then read it through {@link #matcher()}. */
    boolean find() {
        if (anchors == null) {
            if (m == null) {
                m = pattern.matcher(text);
            }
            return m.find();
        }
        int p = from;
        int len = text.length();
        while (p < len) {
            int y = nextAnchor(p);
            if (y < 0) {
                from = len;
                return false;
            }
            // a start before y - maxBefore would need an anchor in reach, and there is none between p and y
            p = Math.max(p, y - maxBefore);
            for (; p <= y; p++) {
                if (starts != null && starts.indexOf(text.charAt(p)) < 0 || mayStart != null && !mayStart.test(p)) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(p, len);
                if (m.lookingAt()) {
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                    return true;
                }
            }
        }
        from = len;
        return false;
    }

    /** The matcher of the last match {@link #find()} returned (null before the first). */
    Matcher matcher() {
        return m;
    }

    private int nextAnchor(int p) {
        int best = -1;
        for (int i = 0; i < anchors.length(); i++) {
            if (next[i] != -1 && next[i] < p) {
                next[i] = text.indexOf(anchors.charAt(i), p);
            }
            int at = next[i];
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * {@code pattern.matcher(text).find()} for a pattern every match of which starts with one of {@code starts}
     * (null: not known), trying only those positions.
     */
    static boolean findsIn(Pattern pattern, String text, String starts) {
        return starts == null ? pattern.matcher(text).find() : new AnchoredMatcher(pattern, text, starts, 0).find();
    }
}
