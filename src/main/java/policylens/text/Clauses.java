package policylens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's one clause and sentence splitter over Chinese text. A sentence ends at 。；！？ (either width) or a
 * line break; a clause also at a comma or a table cell's tab. Offsets, not copies, so callers keep their positions.
 */
public final class Clauses {
    /** What ends a clause: 到2028年，专精特新中小企业达到330家，… */
    public static final String CLAUSE_END = "，,。；;！!？?\n\t";
    /** What ends a sentence. */
    public static final String SENTENCE_END = "。；;！!？?\n";

    private Clauses() {
    }

    /** Where the stretch containing {@code at} begins: after the last of {@code stops} before it. */
    public static int start(String text, int at, String stops) {
        int s = Math.min(at, text.length());
        while (s > 0 && stops.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    /** Where the stretch from {@code from} ends: at the first of {@code stops}, else the end of the text. */
    public static int end(String text, int from, String stops) {
        int e = from;
        while (e < text.length() && stops.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    /** The sentence around {@code at}. */
    public static String sentence(String text, int at) {
        return text.substring(start(text, at, SENTENCE_END), end(text, at, SENTENCE_END));
    }

    /** [start, end) of each comma-separated clause of a sentence (，or ,), the empty last one included. */
    public static List<int[]> commaClauses(String sentence) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || sentence.charAt(i) == ',' || sentence.charAt(i) == '，') {
                out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /** The pieces between the characters of {@code stops}, empty ones included (as {@code String.split(regex, -1)}). */
    public static List<String> split(String text, String stops) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
