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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
            return t.strip(); // most lines of Chinese text: every rule below is about a space
        }
        // one pass: each run of spaces becomes one space or none, decided by the two characters around it
        StringBuilder sb = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; ) {
            char c = t.charAt(i);
            if (c != ' ') {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && t.charAt(j) == ' ') {
                j++;
            }
            if (!dropsSpace(i > 0 ? t.codePointBefore(i) : -1, j < n ? t.codePointAt(j) : -1)) {
                sb.append(' ');
            }
            i = j;
        }
        return sb.toString().strip();
    }

    /**
     * Whether a run of spaces between {@code before} and {@code after} (-1: the edge of the cell) goes: it has a CJK
     * character or CJK punctuation on one side and no Latin letter on the other ({@code 市新型 工业化},
     * {@code 2026 年}, but {@code 打造 VR 产业} keeps both), or it stands just inside a bracket ({@code ( 一)}).
     */
    static boolean dropsSpace(int before, int after) {
        boolean latinBefore = isLatinLetter(before);
        boolean latinAfter = isLatinLetter(after);
        return isCjk(before) && !latinAfter || isCjk(after) && !latinBefore
                || before == '(' || before == '[' || before == '（' || after == ')' || after == ']' || after == '）';
    }

    private static boolean isLatinLetter(int cp) {
        return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z';
    }

    /** A Han character, CJK punctuation (U+3000-U+303F), a full-width form, curly quotes, an em dash or an ellipsis. */
    private static boolean isCjk(int cp) {
        return cp >= 0 && (Chars.isHan(cp) || cp >= 0x3000 && cp <= 0x303f || cp >= 0xff00 && cp <= 0xffef
                || cp >= 0x2018 && cp <= 0x201f || cp == 0x2014 || cp == 0x2026);
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
