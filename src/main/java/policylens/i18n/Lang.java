package policylens.i18n;

import java.util.Locale;

/** The language a page, message or report speaks: Chinese by default, English on request. */
public enum Lang {
    ZH("zh-CN"), EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag for {@code <html lang>} and {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * {@code en}, {@code en-US}, {@code EN} → English; anything else, absent or blank → Chinese (the default).
     */
    public static Lang parse(String s) {
        if (s == null) {
            return ZH;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.equals("en") || t.startsWith("en-") || t.startsWith("en_") ? EN : ZH;
    }
}
