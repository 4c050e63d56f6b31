package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.model.Json;
import policylens.format.Csv;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.Output;
import policylens.format.RecordCsv;
import policylens.format.UnknownFormatException;
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", description = {"提取政策记录(元数据、目标、期限、责任单位),输出 JSON 等格式。",
        "Extract policy records (meta, targets, deadlines, responsibilities) as JSON, JSON lines, CSV or Excel.",
        "  json, xlsx: 每个文件写一个 / one file per document in --out DIR",
        "  jsonl, csv: 写到标准输出 / to standard output (csv: one row per",
        "              target, deadline, responsibility, with a kind column)"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "文件或文件夹 / documents or folders of documents")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "每个文件写一个 DIR/<docId>.json (或 .xlsx) / write DIR/<docId>.json "
            + "(or .xlsx with --format xlsx) per document")
    Path out;

    @Option(names = "--format", paramLabel = "json|jsonl|csv|xlsx", description = "输出格式 / output format "
            + "(default: json with --out, else jsonl)")
    String format;

    @Option(names = "--jsonl", description = "同 --format jsonl:每行一条记录,写到标准输出 / same as --format jsonl: "
            + "one record per line to stdout")
    boolean jsonl;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format perDocument = null;
        Format stream = null;
        if (format != null) {
            Format f;
            try {
                f = Format.resolve(format, Kind.RECORDS);
            } catch (UnknownFormatException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
            if (f == Format.JSON || f == Format.XLSX) {
                perDocument = f;
            } else {
                stream = f;
            }
        }
        if (jsonl) {
            if (stream == Format.CSV) {
                throw new ParameterException(spec.commandLine(), "--jsonl 与 --format csv 都写到标准输出,只能选一个 / "
                        + "--jsonl and --format csv both write to standard output: choose one");
            }
            stream = Format.JSONL;
        }
        if (out != null && perDocument == null) {
            perDocument = Format.JSON;
        }
        if (perDocument != null && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + perDocument.formatName()
                    + " 每个文件写一个文件,需要 --out DIR / --format " + perDocument.formatName()
                    + " writes one file per document: give --out DIR");
        }
        if (perDocument == null && stream == null) {
            stream = Format.JSONL;
        }
        Inputs.Expanded in = Inputs.expand(inputs, err);
        List<Path> files = in.files();
        // one record per document: namesakes (c/2023/方案.txt, c/2025/方案.txt; x.txt beside x.html) get path ids
        Map<Path, String> ids = DocIds.assign(files);
        Ingestor ingestor = new Ingestor(ingest.limits(spec));
        DocumentExtractor extractor = new DocumentExtractor();
        if (out != null) {
            Files.createDirectories(out);
        }
        if (stream == Format.CSV) {
            stdout.print(Csv.BOM + RecordCsv.header());
            stdout.flush();
        }
        Progress progress = new Progress(err, files.size());
        int failed = in.problems();
        for (Path file : files) {
            try {
                RawDocument raw = ingestor.read(file).withDocId(ids.get(file));
                if (!raw.docId().equals(Ingestor.docId(file))) {
                    err.println("policylens: " + file + ": 有同名文件,记录名为 " + raw.docId()
                            + " (another file has this name; its docId is " + raw.docId() + ")");
                }
                PolicyRecord record = extractor.extract(raw);
                if (perDocument != null) {
                    String ext = perDocument.extension();
                    Path target = out.resolve(record.docId() + ext);
                    Path tmp = out.resolve("." + record.docId() + ext + ".tmp");
                    String title = record.meta().title() == null ? record.docId() : record.meta().title();
                    Files.write(tmp, Output.record(perDocument, record, title));
                    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                if (stream == Format.JSONL) {
                    stdout.println(Json.line(record));
                    stdout.flush();
                } else if (stream == Format.CSV) {
                    stdout.print(RecordCsv.rows(record));
                    stdout.flush();
                }
                progress.step(file.getFileName().toString());
            } catch (IngestException e) {
                failed++;
                err.println("policylens: " + e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                progress.step(file.getFileName() + " (failed)");
            }
        }
        if (failed > in.problems()) {
            err.printf(Locale.ROOT, "policylens: %d of %d files failed%n", failed - in.problems(), files.size());
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
