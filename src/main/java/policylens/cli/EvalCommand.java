package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policylens.eval.EvalReport;
import policylens.eval.RecordIO;
import policylens.eval.ReportPrinter;
import policylens.eval.Scoring;
import policylens.eval.Thresholds;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", description = "Extract the documents and score them against hand-made gold records.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "gold records, <docId>.json")
    Path gold;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "the documents the gold describes")
    Path docs;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "fail (exit 1) when a micro score is below these")
    Path thresholds;

    @Option(names = "--json", description = "the report as JSON")
    boolean json;

    @Option(names = "--explain", description = "list every miss, false positive and wrong attribute")
    boolean explain;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolicyRecord> goldRecords = RecordIO.readDir(gold);
        java.util.Set<String> wanted = new java.util.HashSet<>();
        goldRecords.forEach(g -> wanted.add(g.docId()));
        Ingestor ingestor = new Ingestor();
        DocumentExtractor extractor = new DocumentExtractor();
        List<PolicyRecord> predicted = new ArrayList<>();
        int failed = 0;
        for (Path file : Inputs.expand(List.of(docs))) {
            if (!wanted.contains(Ingestor.docId(file)) || file.toString().endsWith(".json")) {
                continue;
            }
            try {
                predicted.add(extractor.extract(ingestor.read(file)));
            } catch (IngestException e) {
                failed++;
                err.println("policylens: " + e.getMessage());
            }
        }
        EvalReport report = Scoring.scoreCorpus(goldRecords, predicted);
        out.print(json ? ReportPrinter.json(report) : ReportPrinter.table(report));
        if (explain) {
            out.print(ReportPrinter.explain(report));
        }
        out.flush();
        if (thresholds != null) {
            List<Thresholds.Failure> failures = Thresholds.load(thresholds).check(report);
            for (Thresholds.Failure f : failures) {
                err.println("policylens: quality below threshold: " + f);
            }
            if (!failures.isEmpty()) {
                return 1;
            }
        }
        return failed > 0 ? 1 : 0;
    }
}
