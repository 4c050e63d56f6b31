package policylens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalizes white space in each line and removes the spaces PDF extraction and web pages put inside Chinese
 * text, keeping real separators between Latin words and numbers.
 * Full-width letters, digits and punctuation are folded to ASCII first ({@link #foldWidth}).
 * <ul>
 *   <li>{@code 市新型 工业化} → {@code 市新型工业化}; {@code 2026 年} → {@code 2026年}; {@code ( 一)} → {@code (一)};
 *   {@code “ 8810”} → {@code “8810”}; {@code 突破5 万亿元} → {@code 突破5万亿元}</li>
 *   <li>{@code Mini/Micro LED}, {@code 高新院 achie.org}, {@code 打造 VR 产业}: a space next to a Latin letter is a
 *   real separator and stays</li>
 * </ul>
 */
public final class Whitespace implements TextStep {
    // A space run with a CJK character or CJK punctuation on at least one side.
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026]";
    private static final Pattern CJK_LEFT = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?![A-Za-z])");
    private static final Pattern CJK_RIGHT = Pattern.compile("(?<![A-Za-z])[ \\t]+(?=" + CJK + ")");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern OPEN_PAREN = Pattern.compile("(?<=[(\\[（])[ \\t]+|[ \\t]+(?=[)\\]）])");

    @Override
    public Page apply(Page page) {
        List<String> out = new ArrayList<>(page.lines().size());
        for (String line : page.lines()) {
            out.add(clean(line));
        }
        return page.withLines(out);
    }

    /** Cleans one line; tabs between table cells are kept. */
    public static String clean(String line) {
        String[] cells = line.split("\t", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(cleanCell(cells[i]));
        }
        String cleaned = sb.toString();
        if (cells.length > 1 && !cleaned.isBlank()) {
            // a table row keeps its empty leading and trailing cells: they hold the place of merged cells
            return EDGE_SPACES.matcher(cleaned).replaceAll("");
        }
        return cleaned.strip();
    }

    private static final Pattern EDGE_SPACES = Pattern.compile("^[ \\u3000\\u00a0]+|[ \\u3000\\u00a0]+$");

    /**
     * Full-width ASCII forms become ASCII, as NFKC would fold them: {@code 到２０２８年} → {@code 到2028年},
     * {@code （责任单位：…）} → {@code (责任单位:…)}, {@code ３０％} → {@code 30%}. Other characters (①, 〔〕, “”) stay.
     */
    static String foldWidth(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uff01' && c <= '\uff5e') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c - 0xfee0));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * foldWidth(s) and then the odd spaces (no-break, ideographic, en, em, zero-width, BOM, CR) replaced by ' ', in
     * one pass (folding yields only U+0021-U+007E, none of which is replaced after it).
     */
    private static String foldAndBlank(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0)
                    : c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\ufeff'
                    || c == '\r' ? ' ' : c;
            if (r != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = r;
            }
        }
        return out == null ? s : new String(out);
    }

    private static String cleanCell(String s) {
        String t = foldAndBlank(s);
        if (t.indexOf(' ') < 0) {
            return t.strip(); // most lines of Chinese text: every pattern below needs a space
        }
        t = SPACES.matcher(t).replaceAll(" ");
        t = CJK_LEFT.matcher(t).replaceAll("");
        t = CJK_RIGHT.matcher(t).replaceAll("");
        t = OPEN_PAREN.matcher(t).replaceAll("");
        return t.strip();
    }

    /** Removes every white-space character: the form evidence strings are compared in. */
    public static String squeeze(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) { // what \\s matches
                return WHITESPACE.matcher(s).replaceAll("");
            }
        }
        return s; // most Chinese text holds none: no copy
    }
}
