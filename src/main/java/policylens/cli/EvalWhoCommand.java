package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policylens.model.Json;
import policylens.index.Engine;
import policylens.index.WhoAnswerer;
import policylens.eval.WhoEvaluation;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval-who", description = {"用人工编写的问题给 who 打分:P@1、R@3、MRR。",
        "Score `who` against hand-made questions: precision@1, recall@3, MRR."})
final class EvalWhoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Option(names = "--questions", required = true, paramLabel = "TSV", description = "每行:问题<TAB>单位|单位 / question<TAB>unit|unit per line")
    Path questions;

    @Option(names = "--explain", description = "列出首个答案错误的问题 / list every question whose first answer is wrong")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine searcher = engine.open(options.index)) {
            WhoEvaluation.Report r = WhoEvaluation.evaluate(WhoEvaluation.read(questions), new WhoAnswerer(searcher));
            if (options.json) {
                out.println(Json.pretty(r));
            } else {
                out.printf(Locale.ROOT, "questions %d  precision@1 %.3f  recall@3 %.3f  MRR %.3f%n",
                        r.questions(), r.precisionAt1(), r.recallAt3(), r.mrr());
                if (explain) {
                    for (WhoEvaluation.Item i : r.items()) {
                        if (i.firstRank() != 1) {
                            out.printf(Locale.ROOT, "rank %s  %s%n  expected %s%n  got      %s%n",
                                    i.firstRank() == 0 ? "-" : i.firstRank(), i.question(), i.expected(), i.top3());
                        }
                    }
                }
            }
            out.flush();
        }
        return 0;
    }
}
