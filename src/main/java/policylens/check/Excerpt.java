package policylens.check;

/**
 * Shortens a text for a report without cutting a word or a number in two: at the last sentence end within the
 * limit (if it keeps a third of it), else before an aside that opens within it ((是指…), else at the last clause
 * break (，、：), else at the first break after the limit; "…" marks what was left out. A text without any break is
 * kept whole.
 */
final class Excerpt {
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String CLAUSE_BREAKS = "，、：,:";
    /** Cut before these: an aside begins. */
    private static final String ASIDE_OPENS = "（(";

    private Excerpt() {
    }

    static String of(String text, int max) {
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
