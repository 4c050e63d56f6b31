package policylens.util;

/**
 * The project's one HTML escaper: the web pages ({@code serve.Html}), the check reports ({@code check.ReportWriter})
 * and the HTML fixtures all go through {@link #escape}.
 */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /**
     * Text for element content or a quoted attribute value: {@code & < > " '} escaped, C0 control characters other
     * than tab, newline and carriage return dropped (HTML does not allow them, and they have no business in a page);
     * null is empty.
     */
    public static String escape(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (c >= 0x20) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
