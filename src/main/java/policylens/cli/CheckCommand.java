package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.Checker;
import policylens.check.Link;
import policylens.check.Linker;
import policylens.check.ReportWriter;
import policylens.extract.DocumentExtractor;
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        "                                   cites, or 根据…/认真落实…/围绕… phrases"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "CHILD PARENT", description = "下级方案,然后上级方案 / the implementing plan, then the implemented one")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", paramLabel = "DIR", description = "检查文件夹中相连的每一对 / check every linked pair among the documents of DIR")
    Path all;

    @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md", description = "报告格式 / report format (default md)")
    String format;

    @Option(names = "--json", description = "同 --format json / same as --format json")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "报告写入文件 / write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = json ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("md", "html", "json").contains(fmt)) {
            throw new ParameterException(spec.commandLine(), "--format must be md, html or json, not " + format);
        }
        if ((all == null) == (files.size() != 2)) {
            throw new ParameterException(spec.commandLine(), "give either CHILD PARENT or --all DIR");
        }
        Ingestor ingestor = new Ingestor(ingest.limits(spec));
        DocumentExtractor extractor = new DocumentExtractor();
        Linker linker = new Linker();
        Checker checker = new Checker();
        int failed = 0;
        List<Link> links = new ArrayList<>();
        List<CheckReport> reports = new ArrayList<>();
        if (all != null) {
            List<CheckDoc> docs = new ArrayList<>();
            Inputs.Expanded in = Inputs.expand(List.of(all), err);
            failed += in.problems();
            Map<Path, String> ids = DocIds.assign(in.files());
            Progress reading = new Progress(err, in.files().size(), "读取 / reading");
            for (Path f : in.files()) {
                try {
                    docs.add(CheckDoc.read(f, ids.get(f), ingestor, extractor));
                    reading.step(f.getFileName().toString());
                } catch (IngestException e) {
                    failed++;
                    err.println("policylens: " + e.getMessage());
                    reading.step(f.getFileName() + " (failed)");
                }
            }
            Map<String, CheckDoc> byId = new java.util.HashMap<>();
            docs.forEach(d -> byId.put(d.docId(), d));
            if (docs.size() > 1) {
                err.println("policylens: 查找上级文件 / linking " + docs.size() + " documents");
                err.flush();
            }
            links.addAll(linker.links(docs));
            Progress checking = new Progress(err, links.size(), "检查 / checking");
            for (Link l : links) {
                reports.add(checker.check(byId.get(l.child()), byId.get(l.parent()), l));
                checking.step(l.child() + " ← " + l.parent());
            }
        } else {
            CheckDoc child;
            CheckDoc parent;
            Map<Path, String> ids = DocIds.assign(files); // 2023/方案.txt against 2025/方案.txt: two docIds
            try {
                child = CheckDoc.read(files.get(0), ids.get(files.get(0)), ingestor, extractor);
                parent = CheckDoc.read(files.get(1), ids.get(files.get(1)), ingestor, extractor);
            } catch (IngestException e) {
                err.println("policylens: " + e.getMessage());
                return 1;
            }
            Link link = linker.reference(child, parent);
            if (link == null) {
                err.println("policylens: " + child.docId() + " does not name " + parent.docId()
                        + " (no cite, 文号 or 根据…/落实… phrase); checked as asked");
            } else {
                links.add(link);
            }
            reports.add(checker.check(child, parent, link));
        }
        String text = switch (fmt) {
            case "json" -> ReportWriter.json(links, reports);
            case "html" -> ReportWriter.html(reports);
            default -> ReportWriter.markdown(reports);
        };
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
        err.println("policylens: " + reports.size() + " pair(s) checked, " + findings + " finding(s)"
                + (out != null ? " → " + out : ""));
        return failed > 0 ? 1 : 0;
    }
}
