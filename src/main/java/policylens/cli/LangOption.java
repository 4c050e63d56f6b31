package policylens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import policylens.i18n.Lang;
import policylens.i18n.Messages;

import java.util.Locale;

/**
 * {@code --lang zh|en}: the language of what a command writes for people (its text output and reports); Chinese
 * unless {@code --lang en} asks for English (also {@code POLICYLENS_LANG=en} or {@code lang = en} in
 * policylens.properties, as every option: {@link Settings}). JSON field names and codes do not change; error lines on
 * stderr stay Chinese first ({@link Messages#both}).
 */
final class LangOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", description = {"输出语言 / output language: zh (默认 / default), en",
            "也可设环境变量 / or set POLICYLENS_LANG"})
    String lang;

    /** The language asked for (else Chinese); anything but zh or en is refused. */
    Lang lang() {
        return parse(lang, "--lang");
    }

    private Lang parse(String value, String from) {
        if (value == null || value.isBlank()) {
            return Lang.ZH;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.matches("(zh|en)([-_].*)?")) {
            throw new ParameterException(spec.commandLine(), Messages.both("cli.lang", from, value));
        }
        return Lang.parse(v);
    }
}
