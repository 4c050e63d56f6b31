package policylens.serve;

import policylens.i18n.Lang;
import policylens.util.HtmlEscape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The escaping helpers every page goes through. Everything that comes from a document, a query or an upload is
 * passed through {@link #esc} (text and attribute values alike) or {@link #url}/{@link #path} (URLs) before it
 * is put into HTML; templates only ever concatenate escaped values.
 */
public final class Html {
    private Html() {
    }

    /** Text or a quoted attribute value: {@link HtmlEscape#escape}, the project's one escaper. */
    public static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /** One URL path segment (a docId): percent-encoded, spaces as %20. */
    public static String path(String segment) {
        return URLEncoder.encode(segment == null ? "" : segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query string from name/value pairs; empty values are left out. Not yet HTML-escaped. */
    public static String query(Map<String, ?> params) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, ?> e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().toString().isBlank()) {
                continue;
            }
            b.append(b.length() == 0 ? '?' : '&')
                    .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** A query string from alternating names and values. */
    public static String query(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i].toString(), namesAndValues[i + 1]);
        }
        return query(m);
    }

    /**
     * An internal link in the page's language: {@code lang=en} added to the query when English (Chinese, the
     * default, needs nothing), before any {@code #fragment}. Every link inside a page goes through this, so a page
     * reached in English links only to English pages. Not yet HTML-escaped.
     */
    public static String link(Lang lang, String url) {
        if (lang != Lang.EN) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "lang=en" + fragment;
    }

    /** {@link #link} escaped for an {@code href} attribute. */
    public static String href(Lang lang, String url) {
        return esc(link(lang, url));
    }

    /** The hidden field a GET form carries to keep its page's language (nothing for Chinese). */
    public static String langField(Lang lang) {
        return lang == Lang.EN ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "";
    }

    /** A URL already built from {@link #path}/{@link #query}, escaped for an attribute. */
    public static String url(String url) {
        return esc(url);
    }

    /**
     * A snippet whose matched words the searcher marked 【like this】: escaped, with the marks turned into
     * {@code <mark>} elements (always balanced, whatever brackets the document itself contains).
     */
    public static String marked(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        boolean open = false;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == '【' && !open) {
                b.append(esc(run.toString())).append("<mark>");
                run.setLength(0);
                open = true;
            } else if (c == '】' && open) {
                b.append(esc(run.toString())).append("</mark>");
                run.setLength(0);
                open = false;
            } else {
                run.append(c);
            }
        }
        b.append(esc(run.toString()));
        if (open) {
            b.append("</mark>");
        }
        return b.toString();
    }

    /** {@code <option>}s with the given one selected; values and labels escaped. */
    public static String options(Map<String, String> valueToLabel, String selected) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : valueToLabel.entrySet()) {
            b.append("<option value=\"").append(esc(e.getKey())).append('"')
                    .append(e.getKey().equals(selected == null ? "" : selected) ? " selected" : "")
                    .append('>').append(esc(e.getValue())).append("</option>");
        }
        return b.toString();
    }

    /** Regions a region filter offers as a list; with more, it is a text field (a page stays small at any count). */
    public static final int MAX_REGION_OPTIONS = 400;

    /**
     * The {@code region} filter: a {@code <select>} of {@code valueToLabel} (the first entry: all regions) while
     * there are at most {@link #MAX_REGION_OPTIONS} regions, else a text field for the region's name.
     */
    public static String regionControl(Map<String, String> valueToLabel, String selected) {
        if (valueToLabel.size() <= MAX_REGION_OPTIONS + 1) {
            return "<select name=\"region\" id=\"region\">" + options(valueToLabel, selected) + "</select>";
        }
        return "<input type=\"search\" name=\"region\" id=\"region\" maxlength=\"50\" value=\"" + esc(selected)
                + "\" placeholder=\"" + esc(valueToLabel.values().iterator().next()) + "\">";
    }
}
