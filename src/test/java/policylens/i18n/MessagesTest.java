package policylens.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsAsked() {
        assertEquals(Lang.ZH, Lang.parse(null));
        assertEquals(Lang.ZH, Lang.parse("fr"));
        assertEquals(Lang.EN, Lang.parse("en"));
        assertEquals(Lang.EN, Lang.parse("EN-us"));
        assertEquals("问答", Messages.t(Lang.ZH, "nav.ask"));
        assertEquals("Ask", Messages.t(Lang.EN, "nav.ask"));
        assertEquals("找不到 / Not found", Messages.both("error.not-found"));
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Messages.t(Lang.ZH, "no.such.key"));
    }

    @Test
    void everyMessageHasBothLanguagesAndTheSameArguments() {
        Pattern spec = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[sdfx]");
        for (String key : Messages.keys()) {
            String zh = Messages.t(Lang.ZH, key);
            String en = Messages.t(Lang.EN, key);
            assertFalse(zh.isBlank() || en.isBlank(), key);
            assertEquals(count(spec, zh), count(spec, en), "argument count differs between zh and en: " + key);
        }
    }

    /**
     * Every {@code Messages.t(…, "key"…)}, {@code Messages.both("key"…)}, {@code t(lang, "key"…)}, {@code Text.of("key"…)}
     * and {@code ApiError.of(status, "key"…)} in the code names a key in the catalogue.
     */
    @Test
    void everyKeyTheCodeAsksForIsInTheCatalogue() throws IOException {
        Pattern use = Pattern.compile("(?:Messages\\.t\\([^,\"]+,\\s*|Messages\\.both\\(|\\bt\\(lang,\\s*|Text\\.of\\("
                + "|ApiError\\.of\\(\\d+,\\s*)\"([a-z0-9.-]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = use.matcher(Files.readString(p));
                while (m.find()) {
                    String key = m.group(1);
                    // "level." + name: a prefix, whose keys the page tests check one by one
                    boolean known = key.endsWith(".") ? Messages.keys().stream().anyMatch(k -> k.startsWith(key))
                            : Messages.keys().contains(key);
                    if (!known) {
                        missing.add(p.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not in messages.tsv: " + missing);
    }

    private static long count(Pattern p, String s) {
        return p.matcher(s).results().count();
    }
}
