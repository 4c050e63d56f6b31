package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.CheckRun;
import policylens.check.Link;
import policylens.extract.DocumentExtractor;
import policylens.format.Format;
import policylens.format.Kind;
import policylens.format.Output;
import policylens.format.UnknownFormatException;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = {
        "对照下级方案与它落实的上级方案:目标逐项对齐,列出问题。",
        "问题包括:期限推后、目标降低、数值超出规定范围、",
        "上级任务没有对应、任务没有责任单位、同一文件内数值不一。",
        "Read a lower-level plan against the higher-level plan it implements: aligned targets side by side, and "
                + "findings (later deadlines, weaker targets, values outside a prescribed range, parent tasks without a "
                + "counterpart, tasks without a responsible unit, values that differ inside one document).",
        "  policylens check CHILD PARENT    一对文件 / one pair",
        "  policylens check --all DIR       文件夹中相连的每一对 / every linked pair:",
        "                                   cites, or 根据…/认真落实…/围绕… phrases",
        "  policylens check --indexed       索引中文件相连的每一对 / every linked pair",
        "                                   among the files the index was built from",
        "检查读取文件本身,不读索引;--indexed 只从索引(内嵌或 --engine",
        "opensearch)取得文件路径。",
        "check reads the files themselves, not the index; --indexed only takes the files' paths from the index "
                + "(embedded, or --engine opensearch --url URL), so the files must be where they were indexed from."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "CHILD PARENT", description = "下级方案,然后上级方案 / the implementing plan, then the implemented one")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", paramLabel = "DIR", description = "检查文件夹中相连的每一对 / check every linked pair among the documents of DIR")
    Path all;

    @Option(names = "--indexed", description = {"检查索引中文件相连的每一对", "check every linked pair among the files the "
            + "index (--index PATH, or --engine opensearch) was built from, read where the index recorded them"})
    boolean indexed;

    @Option(names = "--index", paramLabel = "PATH", description = "--indexed: 索引文件夹 / index directory (default: ./.policylens/index)")
    Path index;

    @picocli.CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "md|html|json|csv", defaultValue = "md",
            description = "报告格式 / report format (default md; csv: one row per finding, alignment, unmatched target, task)")
    String format;

    @Option(names = "--json", description = "同 --format json / same as --format json")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "报告写入文件 / write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = language.lang();
        Format fmt;
        try {
            fmt = Format.resolve(json ? "json" : format, Kind.CHECK);
        } catch (UnknownFormatException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if ((all != null ? 1 : 0) + (indexed ? 1 : 0) + (files.isEmpty() ? 0 : 1) != 1 || (!files.isEmpty() && files.size() != 2)) {
            throw new ParameterException(spec.commandLine(), Messages.both("cli.check.pair-or-all"));
        }
        if (all == null && !indexed && files.get(0).toAbsolutePath().normalize().equals(files.get(1).toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), Messages.both("cli.check.same-file", files.get(0)));
        }
        Ingestor ingestor = new Ingestor(ingest.limits(spec));
        DocumentExtractor extractor = new DocumentExtractor();
        CheckRun run = new CheckRun();
        int failed = 0;
        List<Link> links = new ArrayList<>();
        List<CheckReport> reports = new ArrayList<>();
        if (all != null || indexed) {
            Inputs.Expanded in = indexed ? new Inputs.Expanded(indexedFiles(), 0) : Inputs.expand(List.of(all), err);
            failed += in.problems();
            Progress reading = new Progress(err, in.files().size(), "读取 / reading");
            CheckRun.Read read = CheckRun.read(in.files(), ingestor, extractor, new CheckRun.Listener() {
                @Override
                public void read(Path file, CheckDoc doc) {
                    reading.step(file.getFileName().toString());
                }

                @Override
                public void failed(Path file, IngestException e) {
                    err.println("policylens: " + e.getMessage());
                    reading.step(file.getFileName() + " (failed)");
                }
            });
            failed += read.failures().size();
            if (read.docs().size() > 1) {
                err.println("policylens: " + Messages.both("cli.check.linking", read.docs().size()));
                err.flush();
            }
            Progress[] checking = new Progress[1];
            CheckRun.All result = run.all(read.docs(), (l, n) -> {
                if (checking[0] == null) {
                    checking[0] = new Progress(err, n, "检查 / checking");
                }
                checking[0].step(l.child() + " ← " + l.parent());
            });
            links.addAll(result.links());
            reports.addAll(result.reports());
        } else {
            CheckRun.Read read = CheckRun.read(files, ingestor, extractor, new CheckRun.Listener() {
            });
            if (!read.failures().isEmpty()) {
                err.println("policylens: " + read.failures().get(0).getMessage());
                return 1;
            }
            CheckDoc child = read.docs().get(0);
            CheckDoc parent = read.docs().get(1);
            CheckRun.Single single = run.pair(child, parent);
            if (single.link() == null) {
                err.println("policylens: " + Messages.both(single.note().key(), single.note().args().toArray()));
            } else {
                links.add(single.link());
            }
            reports.add(single.report());
        }
        String text = Output.checks(fmt, links, reports, lang);
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        }
        int findings = reports.stream().mapToInt(r -> r.findings().size()).sum();
        err.println("policylens: " + (out != null ? Messages.both("cli.check.summary.out", reports.size(), findings, out)
                : Messages.both("cli.check.summary", reports.size(), findings)));
        return failed > 0 ? 1 : 0;
    }

    /** The files the index's documents were read from, in path order (as a folder is read). */
    private List<Path> indexedFiles() {
        try (policylens.index.Engine e = engine.open(index)) {
            return e.documents().stream().map(policylens.index.IndexedDocument::source)
                    .filter(java.util.Objects::nonNull).sorted().toList();
        }
    }
}
