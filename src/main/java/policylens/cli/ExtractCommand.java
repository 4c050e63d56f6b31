package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.extract.RecordJson;
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", description = {"提取政策记录(元数据、目标、期限、责任单位),输出 JSON。",
        "Extract policy records (meta, targets, deadlines, responsibilities) as JSON."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "文件或文件夹 / documents or folders of documents")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "每个文件写一个 DIR/<docId>.json / write DIR/<docId>.json per document")
    Path out;

    @Option(names = "--jsonl", description = "每行一条记录,写到标准输出 / stream one record per line to stdout")
    boolean jsonl;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out == null && !jsonl) {
            jsonl = true;
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
                if (out != null) {
                    Path target = out.resolve(record.docId() + ".json");
                    Path tmp = out.resolve("." + record.docId() + ".json.tmp");
                    Files.writeString(tmp, RecordJson.pretty(record) + "\n", StandardCharsets.UTF_8);
                    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                if (jsonl) {
                    stdout.println(RecordJson.line(record));
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
            err.printf("policylens: %d of %d files failed%n", failed - in.problems(), files.size());
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
