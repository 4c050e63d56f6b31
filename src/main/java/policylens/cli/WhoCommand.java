package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.model.Json;
import policylens.index.Engine;
import policylens.index.WhoAnswerer;

import policylens.i18n.Lang;
import policylens.i18n.Messages;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "who", description = {"谁负责?按与问题相符的任务给责任单位排序。",
        "Who is responsible? Ranks units by the tasks that match the question."})
final class WhoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "问题,如:中试平台谁负责")
    List<String> question;

    @Mixin
    LangOption language;

    @Option(names = "--limit", defaultValue = "5", description = "单位个数 / number of units (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.requireLimit(spec, limit);
        Lang lang = language.lang();
        try (Engine searcher = engine.open(options.index)) {
            WhoAnswerer.Result r = new WhoAnswerer(searcher).who(String.join(" ", question), limit);
            List<WhoAnswerer.Answer> answers = r.answers().subList(0, Math.min(limit, r.answers().size()));
            if (options.json) {
                out.println(Json.pretty(new WhoAnswerer.Result(r.question(), r.terms(), answers)));
            } else if (answers.isEmpty()) {
                out.println(Messages.t(lang, "cli.who.none", r.terms().isEmpty() ? r.question() : r.terms()));
            } else {
                int n = 0;
                for (WhoAnswerer.Answer a : answers) {
                    n++;
                    out.printf(Locale.ROOT, "%d. %s%s  (%.2f)%n", n, a.unit(), a.lead() ? " " + Messages.t(lang, "cli.who.lead") : "", a.strength());
                    for (WhoAnswerer.Evidence e : a.evidence()) {
                        out.printf(Locale.ROOT, "   - %s%s: %s%n", e.title(), e.taskId() == null ? "" : " #" + e.taskId(), e.snippet());
                    }
                }
            }
            out.flush();
        }
        return 0;
    }
}
