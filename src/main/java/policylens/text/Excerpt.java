package policylens.text;

/**
 * Shortens a text for a report without cutting a word or a number in two: at the last sentence end within the
 * limit (if it keeps a third of it), else before an aside that opens within it ((是指…), else at the last clause
 * break (，、：), else at the first break after the limit; "…" marks what was left out. A text without any break is
 * kept whole. {@link #clauseEnd} moves the end of a piece cut elsewhere (a search snippet) to such a break.
 */
public final class Excerpt {
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String CLAUSE_BREAKS = "，、：,:";
    /** Cut before these: an aside begins. */
    private static final String ASIDE_OPENS = "（(";

    private Excerpt() {
    }

    public static String of(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int sentence = lastIndexOfAny(text, SENTENCE_ENDS, max - 1);
        if (sentence >= max / 3) {
            return text.substring(0, sentence + 1) + "…";
        }
        int aside = firstIndexOfAny(text, ASIDE_OPENS);
        if (aside >= 2 && aside <= max) { // before the aside, rather than leave it open
            return text.substring(0, aside) + "…";
        }
        int clause = lastIndexOfAny(text, CLAUSE_BREAKS, max - 1);
        if (clause >= 2) {
            return text.substring(0, clause) + "…";
        }
        for (int i = max; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return i + 1 == text.length() ? text : text.substring(0, i + 1) + "…";
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || ASIDE_OPENS.indexOf(c) >= 0) {
                return text.substring(0, i) + "…";
            }
        }
        return text;
    }

    /**
     * Where a piece of {@code text} that stops at {@code end} should stop instead, so that it ends a sentence or a
     * clause and never inside a number or a word: after the sentence end or before the clause break that closes the
     * clause {@code end} falls in, when one comes within {@code reach} characters; else back at the last break after
     * {@code floor}; else (no break anywhere near) after the number {@code end} falls in. The end of the text is an end.
     */
    public static int clauseEnd(String text, int end, int floor, int reach) {
        if (end >= text.length()) {
            return text.length();
        }
        if (end > 0 && (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || CLAUSE_BREAKS.indexOf(text.charAt(end)) >= 0)) {
            return end; // already at a break
        }
        for (int i = end; i < Math.min(text.length(), end + reach); i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return i + 1;
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                return i;
            }
        }
        for (int i = end - 1; i > Math.max(floor, 0); i--) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return i + 1;
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                return i;
            }
        }
        int e = end;
        while (e < text.length() && e > 0 && inNumber(text.charAt(e - 1)) && inNumber(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean inNumber(char c) {
        return Character.isDigit(c) || c == '.' || c == '%' || c == '％';
    }

    private static int firstIndexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfAny(String text, String chars, int from) {
        for (int i = Math.min(from, text.length() - 1); i >= 0; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
