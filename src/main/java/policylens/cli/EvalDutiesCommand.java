package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import policylens.eval.DutiesEvaluation;
import policylens.index.Duties;
import policylens.index.Filters;
import policylens.index.Engine;
import policylens.model.Json;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "eval-duties", description = {"用人工编写的单位任务清单给 duties 打分:逐单位及合计的 P/R/F1。",
        "Score `duties` against a hand-made list of each unit's tasks: precision, recall and F1 per unit and "
                + "micro-averaged."})
final class EvalDutiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOptions options;

    @Mixin
    EngineOptions engine;

    @Option(names = "--gold", required = true, paramLabel = "TSV",
            description = "每行:单位<TAB>docId<TAB>任务原文 / unit<TAB>docId<TAB>evidence per line")
    Path gold;

    @Option(names = "--blind", paramLabel = "FILE",
            description = "未标注的文件 (每行一个 docId),其任务不计分 / docIds not annotated, one a line: not scored")
    Path blind;

    @Option(names = "--min-f1", paramLabel = "X", description = "合计 F1 低于 X 时退出码 1 / exit 1 when the micro F1 is "
            + "below X")
    Double minF1;

    @Option(names = "--explain", description = "列出漏掉和多出的任务 / list the missed and spurious tasks")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minF1 != null && (minF1.isNaN() || minF1 < 0 || minF1 > 1)) {
            throw new ParameterException(spec.commandLine(), "--min-f1 须在 0 到 1 之间 (--min-f1 must be 0 to 1): " + minF1);
        }
        if (!Files.isRegularFile(gold)) {
            throw new ParameterException(spec.commandLine(), "找不到标注文件 " + gold + " / no gold file " + gold);
        }
        List<DutiesEvaluation.Expected> expected = DutiesEvaluation.read(gold);
        Set<String> ignore = blind == null ? Set.of() : Files.readAllLines(blind, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).collect(Collectors.toSet());
        DutiesEvaluation.Report r;
        try (Engine searcher = engine.open(options.index)) {
            Duties duties = new Duties(searcher);
            r = DutiesEvaluation.evaluate(expected, u -> duties.of(u, Filters.NONE, null, null, null).duties(), ignore);
        }
        if (options.json) {
            out.println(Json.pretty(r));
        } else {
            out.printf(Locale.ROOT, "%-6s %-6s %-6s %4s %4s %4s  %s%n", "准确率P", "召回率R", "F1", "TP", "FP", "FN", "单位 / unit");
            for (DutiesEvaluation.UnitScore s : r.units()) {
                out.printf(Locale.ROOT, "%-9.3f %-9.3f %-6.3f %4d %4d %4d  %s%n", s.prf().precision(), s.prf().recall(),
                        s.prf().f1(), s.prf().tp(), s.prf().fp(), s.prf().fn(), s.unit());
                if (explain) {
                    s.missed().forEach(m -> out.println("    漏 / missed:   " + oneLine(m)));
                    s.spurious().forEach(m -> out.println("    多 / spurious: " + oneLine(m)));
                }
            }
            out.printf(Locale.ROOT, "%-9.3f %-9.3f %-6.3f %4d %4d %4d  %s%n", r.micro().precision(), r.micro().recall(),
                    r.micro().f1(), r.micro().tp(), r.micro().fp(), r.micro().fn(), "合计 / micro-averaged");
        }
        out.flush();
        if (minF1 != null && r.micro().f1() < minF1) {
            err.printf(Locale.ROOT, "policylens: 合计 F1 %.3f 低于 %.3f / micro F1 %.3f is below %.3f%n",
                    r.micro().f1(), minF1, r.micro().f1(), minF1);
            err.flush();
            return 1;
        }
        return 0;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
