package policylens.i18n;

import java.util.HashMap;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import policylens.util.Tsv;

/**
 * The one message catalogue: every sentence a page, CLI message or report shows to a person, in Chinese and
 * English, read once from {@code policylens/i18n/messages.tsv} (columns {@code key}, {@code zh}, {@code en}).
 * Texts are {@link String#format} patterns ({@code %s}, {@code %d}, {@code %1$s}); adding a message is one row.
 * An argument that is a {@link Text} (a catalogue sentence not yet rendered) is put in the same language.
 *
 * <pre>
 *   Messages.t(Lang.ZH, "nav.ask")            → 问答
 *   Messages.both("error.not-found")      → 找不到 / Not found
 * </pre>
 */
public final class Messages {
    private static final String RESOURCE = "/policylens/i18n/messages.tsv";
    private static final Map<String, String[]> TEXTS = load();

    private Messages() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new HashMap<>();
        for (String[] row : Tsv.rows(RESOURCE, 3)) {
            if (m.put(row[0], new String[] {unescape(row[1]), unescape(row[2])}) != null) {
                throw new IllegalStateException("messages.tsv: key twice: " + row[0]);
            }
        }
        return Map.copyOf(m);
    }

    /** A tab or line break inside a message is written {@code \t} / {@code \n} in the file. */
    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : s.replace("\\n", "\n").replace("\\t", "\t");
    }

    /** The message {@code key} in {@code lang}, formatted with {@code args}; an unknown key is a programming error. */
    public static String t(Lang lang, String key, Object... args) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no message " + key + " in " + RESOURCE);
        }
        String pattern = texts[lang == Lang.EN ? 1 : 0];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text || args[i] instanceof java.util.List) {
                args = args.clone();
                for (int j = i; j < args.length; j++) {
                    args[j] = render(lang, args[j]);
                }
                break;
            }
        }
        if (args.length == 0) {
            return pattern.replace("%%", "%");
        }
        try {
            return String.format(Locale.ROOT, pattern, args);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("message " + key + " does not take " + args.length + " argument(s): " + pattern, e);
        }
    }

    /**
     * A sentence inside a sentence in the same language; a list as its items joined (、 in Chinese, ", " in English).
     */
    private static Object render(Lang lang, Object arg) {
        if (arg instanceof Text text) {
            return text.in(lang);
        }
        if (arg instanceof java.util.List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object item : list) {
                b.append(b.length() == 0 ? "" : lang == Lang.EN ? ", " : "、").append(render(lang, item));
            }
            return b.toString();
        }
        return arg;
    }

    /** Chinese first, then English, as one line for places read by both (a CLI error line, a log). */
    public static String both(String key, Object... args) {
        String zh = t(Lang.ZH, key, args);
        String en = t(Lang.EN, key, args);
        return zh.equals(en) ? zh : zh + " / " + en;
    }

    /** Every key, for the tests that check the catalogue against the code. */
    public static Set<String> keys() {
        return TEXTS.keySet();
    }
}
