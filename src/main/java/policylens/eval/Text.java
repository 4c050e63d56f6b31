package policylens.eval;

import policylens.text.Norm;

import java.util.HashMap;
import java.util.Map;

/**
 * String rules of the scoring contract: every string is compared after NFKC normalization and removal of
 * all whitespace ({@link Norm#norm}). Lengths and substrings are counted in Unicode code points (so a supplementary character
 * such as 𠮷 is one character, not two).
 */
public final class Text {
    private Text() {
    }

    /** Normalized code points; {@code null} is treated as the empty string. */
    public static int[] codePoints(String s) {
        String n = Norm.norm(s);
        return n == null ? new int[0] : n.codePoints().toArray();
    }

    /** Length in code points after normalization ({@code null} → 0). */
    public static int length(String s) {
        return codePoints(s).length;
    }

    /** True when both strings are equal after normalization ({@code null} equals only {@code null}). */
    public static boolean same(String a, String b) {
        String na = Norm.norm(a);
        String nb = Norm.norm(b);
        return na == null ? nb == null : na.equals(nb);
    }

    /** Length of the longest common substring of the two normalized strings. */
    public static int longestCommonSubstring(String a, String b) {
        return longestCommonSubstring(codePoints(a), codePoints(b));
    }

    /** Longest common substring of two code-point arrays: O(n*m) time, O(min(n, m)) memory (rolling rows). */
    public static int longestCommonSubstring(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int m = b.length;
        if (m == 0) {
            return 0;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int best = 0;
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= m; j++) {
                if (ai == b[j - 1]) {
                    int v = prev[j - 1] + 1;
                    cur[j] = v;
                    if (v > best) {
                        best = v;
                    }
                } else {
                    cur[j] = 0;
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    /**
     * The evidence rule: the two strings share a common substring of at least
     * {@code min(minLength, length of the shorter)} code points. Note that, taken literally, an empty evidence
     * (length 0) satisfies the rule against anything; this is what the contract says and is kept.
     */
    public static boolean sharesSubstring(int[] a, int[] b, int minLength) {
        int need = Math.min(minLength, Math.min(a.length, b.length));
        return longestCommonSubstring(a, b) >= need;
    }

    /**
     * Character-bigram Dice coefficient of the normalized strings, over bigram multisets:
     * 2·|A∩B| / (|A|+|B|). Equal strings (including both null/empty) score 1; otherwise a string with fewer
     * than two characters has no bigrams and scores 0.
     */
    public static double bigramDice(String a, String b) {
        int[] x = codePoints(a);
        int[] y = codePoints(b);
        if (java.util.Arrays.equals(x, y)) {
            return 1.0;
        }
        if (x.length < 2 || y.length < 2) {
            return 0.0;
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < x.length; i++) {
            counts.merge(bigram(x, i), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < y.length; i++) {
            long k = bigram(y, i);
            Integer c = counts.get(k);
            if (c != null && c > 0) {
                common++;
                counts.put(k, c - 1);
            }
        }
        return 2.0 * common / ((x.length - 1) + (y.length - 1));
    }

    private static long bigram(int[] s, int i) {
        return ((long) s[i] << 32) | (s[i + 1] & 0xffffffffL);
    }

    /** Relative tolerance comparison: |a-b| ≤ tol·max(|a|,|b|) (so 0 equals only 0). */
    public static boolean close(double a, double b, double tol) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        if (a == b) {
            return true;
        }
        return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
    }
}
