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
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {"提取文件,与人工标注的金标准记录对比打分。",
        "Extract the documents and score them against hand-made gold records."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "金标准记录 / gold records, <docId>.json")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", description = "金标准对应的文件 / the documents the gold describes (extracted and scored)")
    Path docs;

    @Option(names = "--records", paramLabel = "DIR", description = "给这些记录打分,代替提取 / score these record files (<docId>.json) instead of "
            + "extracting --docs: a second annotator's gold, to measure agreement, or saved extract output")
    Path records;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "分数低于阈值时失败 / fail (exit 1) when a micro score is below these")
    Path thresholds;

    @Option(names = "--json", description = "输出 JSON / the report as JSON")
    boolean json;

    @Option(names = "--explain", description = "列出每个漏报、误报和错误属性 / list every miss, false positive and wrong attribute")
    boolean explain;

    @Option(names = "--blind", paramLabel = "FILE", description = "盲测集的 docId,每行一个 / docIds of the blind set, one per line: their micro "
            + "scores are reported apart from the rest, and --explain never lists their errors")
    Path blind;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    private java.util.Set<String> blindIds() {
        if (blind == null) {
            return java.util.Set.of();
        }
        try {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String line : java.nio.file.Files.readAllLines(blind)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolicyRecord> goldRecords = RecordIO.readDir(gold);
        java.util.Set<String> wanted = new java.util.HashSet<>();
        goldRecords.forEach(g -> wanted.add(g.docId()));
        if ((docs == null) == (records == null)) {
            err.println("policylens eval: give exactly one of --docs DIR and --records DIR");
            return 2;
        }
        List<PolicyRecord> predicted = new ArrayList<>();
        int failed = 0;
        if (records != null) {
            predicted.addAll(RecordIO.readDir(records));
            goldRecords = goldRecords.stream().filter(g -> predicted.stream().anyMatch(p -> p.docId().equals(g.docId())))
                    .toList();
        }
        Ingestor ingestor = new Ingestor(ingest.limits(spec));
        DocumentExtractor extractor = new DocumentExtractor();
        Inputs.Expanded in = records != null ? new Inputs.Expanded(List.of(), 0) : Inputs.expand(List.of(docs), err);
        failed += in.problems();
        // namesakes get path ids (DocIds), so a second 方案.txt never stands in for the gold's 方案
        List<Path> documents = in.files().stream().filter(f -> !f.toString().endsWith(".json")).toList();
        java.util.Map<Path, String> ids = DocIds.assign(documents);
        List<Path> files = documents.stream().filter(f -> wanted.contains(ids.get(f))).toList();
        Progress progress = new Progress(err, files.size());
        for (Path file : files) {
            try {
                predicted.add(extractor.extract(ingestor.read(file).withDocId(ids.get(file))));
                progress.step(file.getFileName().toString());
            } catch (IngestException e) {
                failed++;
                err.println("policylens: " + e.getMessage());
                progress.step(file.getFileName() + " (failed)");
            }
        }
        EvalReport report = Scoring.scoreCorpus(goldRecords, predicted);
        out.print(json ? ReportPrinter.json(report) : ReportPrinter.table(report));
        java.util.Set<String> blindIds = blindIds();
        if (!blindIds.isEmpty() && !json) {
            List<PolicyRecord> open = goldRecords.stream().filter(g -> !blindIds.contains(g.docId())).toList();
            List<PolicyRecord> closed = goldRecords.stream().filter(g -> blindIds.contains(g.docId())).toList();
            out.print("\n== 开发集 / development set (not blind)\n");
            out.print(ReportPrinter.microTable(Scoring.scoreCorpus(open, predicted)));
            out.print("\n== 盲测集 / blind set (" + closed.size() + " document(s); scores only)\n");
            out.print(ReportPrinter.microTable(Scoring.scoreCorpus(closed, predicted)));
        }
        if (explain) {
            EvalReport shown = blindIds.isEmpty() ? report : Scoring.scoreCorpus(
                    goldRecords.stream().filter(g -> !blindIds.contains(g.docId())).toList(), predicted);
            out.print(ReportPrinter.explain(shown));
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
