package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policylens.check.CheckDoc;
import policylens.check.CheckRun;
import policylens.eval.CheckEval;
import policylens.eval.CheckGold;
import policylens.extract.DocumentExtractor;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-checks", description = {
        "用人工标注的预期(gold/checks)给 check 打分:",
        "问题、目标对齐和上下级关系的精确率与召回率。",
        "Score `check` against hand-made expectations (gold/checks): precision and recall of findings, "
                + "of target alignments and of links."})
final class EvalChecksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "人工预期 / gold/checks: <child>__<parent>.json and links.tsv")
    Path gold;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "预期对应的文件 / the documents the gold describes")
    Path docs;

    @Option(names = "--json", description = "输出 JSON / the result as JSON")
    boolean json;

    @Option(names = "--explain", description = "列出每个漏报和误报 / list every missed and false finding, alignment and link")
    boolean explain;

    @Option(names = "--strict", description = "未达门槛时退出码为 1 / exit 1 unless finding recall is 1, no pair has more than one false finding, and every expected link is found")
    boolean strict;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckGold g = CheckGold.read(gold);
        int failed = 0;
        Inputs.Expanded in = Inputs.expand(List.of(docs), err);
        failed += in.problems();
        Progress progress = new Progress(err, in.files().size());
        CheckRun.Read read = CheckRun.read(in.files(), new Ingestor(), new DocumentExtractor(), new CheckRun.Listener() {
            @Override
            public void read(Path file, CheckDoc doc) {
                progress.step(file.getFileName().toString());
            }

            @Override
            public void failed(Path file, IngestException e) {
                err.println("policylens: " + e.getMessage());
                progress.step(file.getFileName() + " (failed)");
            }
        });
        failed += read.failures().size();
        CheckRun run = new CheckRun();
        CheckEval.Result r = CheckEval.score(g, run.all(read.docs()), run);
        if (json) {
            out.println(policylens.model.Json.pretty(r));
        } else {
            out.print(CheckEval.table(r, explain));
        }
        out.flush();
        if (strict && (r.findings().recall() < 1.0 || r.maxFalseFindingsPerPair() > 1 || r.links().recall() < 1.0)) {
            err.println("policylens: checks below the gate (finding recall 1.0, at most one false finding per pair, every link)");
            return 1;
        }
        return failed > 0 ? 1 : 0;
    }
}
