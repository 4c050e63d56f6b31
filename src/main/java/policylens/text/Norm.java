package policylens.text;

import java.text.Normalizer;

/**
 * The one way texts are compared across stages: NFKC, then every whitespace and space-separator code point removed
 * (２０２８ and 2028 are equal; a line break inside a quote does not count). Used by the checks and by the scoring
 * contract of {@code policylens.eval}.
 */
public final class Norm {
    private Norm() {
    }

    /** NFKC, then every whitespace / space-separator code point removed. {@code null} stays {@code null}. */
    public static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
