package policylens.serve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Safe file names for uploads. The uploaded name is only a suggestion: everything before the last slash or
 * backslash is dropped, and only letters (any script), digits, '-', '_' and one '.' before a short extension are
 * kept, so the result can never leave the uploads folder or be hidden ({@code ../../etc/passwd} → {@code passwd}).
 */
public final class UploadNames {
    static final int MAX_BASE = 80;

    private UploadNames() {
    }

    public static String sanitize(String uploaded) {
        String n = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        n = n.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        String ext = "";
        int dot = n.lastIndexOf('.');
        if (dot >= 0) {
            String e = n.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (e.matches("[a-z0-9]{1,5}")) {
                ext = e;
                n = n.substring(0, dot);
            }
        }
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                b.appendCodePoint(cp);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-'); // spaces, dots, brackets, slashes, control characters
            }
        });
        String base = b.toString().replaceAll("^[-_]+|[-_]+$", "");
        if (base.codePointCount(0, base.length()) > MAX_BASE) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE));
        }
        if (base.isEmpty()) {
            base = "upload";
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** The name without its extension (the docId it will get). */
    static String base(String safeName) {
        int dot = safeName.lastIndexOf('.');
        return dot > 0 ? safeName.substring(0, dot) : safeName;
    }

    static String extension(String safeName) {
        int dot = safeName.lastIndexOf('.');
        return dot > 0 ? safeName.substring(dot + 1) : "";
    }
}
