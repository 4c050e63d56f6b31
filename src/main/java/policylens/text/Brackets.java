package policylens.text;

/**
 * The project's one bracket matcher. Two sets: parentheses that enclose notes and asides — ( （ 〔 [ 【 — and, for
 * splitting lists, every pairing mark, quotes and 《》 included (各县(市、区)政府 and “钢铁、锂电”产业链 stay whole).
 */
public final class Brackets {
    private static final String PAREN_OPEN = "(（〔[【";
    private static final String PAREN_CLOSE = ")）〕]】";
    private static final String OPEN = "(（[【〔《“‘「『";
    private static final String CLOSE = ")）]】〕》”’」』";

    private Brackets() {
    }

    /** An opening mark of any pair, quotes and 《 included. */
    public static boolean isOpen(char c) {
        return OPEN.indexOf(c) >= 0;
    }

    /** A closing mark of any pair, quotes and 》 included. */
    public static boolean isClose(char c) {
        return CLOSE.indexOf(c) >= 0;
    }

    /**
     * The index of the parenthesis closing the one at {@code open} — (责任单位:市工信局,各县(区)政府) — nesting respected,
     * quotes ignored; -1 when it is never closed.
     */
    public static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PAREN_OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (PAREN_CLOSE.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the mark closing the one at {@code open}, every pair counted; -1 when never closed. */
    public static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (isOpen(s.charAt(i))) {
                depth++;
            } else if (isClose(s.charAt(i)) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many pairs are open before {@code index} (a closing mark with none open is ignored). */
    public static int depthAt(String s, int index) {
        int depth = 0;
        for (int i = 0; i < index && i < s.length(); i++) {
            if (isOpen(s.charAt(i))) {
                depth++;
            } else if (isClose(s.charAt(i))) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }
}
