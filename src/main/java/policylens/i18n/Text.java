package policylens.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence not yet put into a language: a catalogue key and its arguments (an argument that is itself a
 * {@code Text} is rendered in the same language). Stages that speak to people (check findings, link notes) return
 * these, so they stay free of any language setting; the page, report or CLI renders them with {@link #in(Lang)}.
 * <p>
 * As JSON a text is the rendered string, in the language the writer was given
 * ({@code writer.withAttribute(Lang.class, Lang.EN)}), else Chinese.
 */
@JsonSerialize(using = Text.Json.class)
public record Text(String key, List<Object> args) {
    public Text {
        if (!Messages.keys().contains(key)) {
            throw new IllegalArgumentException("no message " + key + " in messages.tsv");
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** Words that are already written (a custom check rule's message): the same in every language. */
    public static Text plain(String words) {
        return of("text.plain", words);
    }

    /** The sentence in {@code lang}. */
    public String in(Lang lang) {
        return Messages.t(lang, key, args.toArray());
    }

    /** The Chinese sentence (the default language). */
    @Override
    public String toString() {
        return in(Lang.ZH);
    }

    /** The language a JSON writer was given as its {@code Lang.class} attribute, else Chinese. */
    public static Lang lang(SerializerProvider provider) {
        Object l = provider.getAttribute(Lang.class);
        return l instanceof Lang lang ? lang : Lang.ZH;
    }

    /** Writes a text as its rendered string. */
    public static final class Json extends JsonSerializer<Text> {
        @Override
        public void serialize(Text value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.in(lang(provider)));
        }
    }
}
