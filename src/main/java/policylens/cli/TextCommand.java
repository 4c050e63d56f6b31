package policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import policylens.extract.DocumentExtractor;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.text.Block;
import policylens.text.StructuredText;

import java.util.Locale;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "text", description = {"输出清洗后的正文及其章节结构,供人阅读。",
        "Print a document's cleaned text with its section structure, for people."})
final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--plain", description = "只输出正文,每段一行 / only the cleaned text, one paragraph per line")
    boolean plain;

    @Option(names = "--debug", description = "显示异常堆栈 / show stack traces")
    boolean debug;

    @picocli.CommandLine.Mixin
    IngestOptions ingest;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            StructuredText doc = new DocumentExtractor().structure(new Ingestor(ingest.limits(spec)).read(file));
            if (plain) {
                doc.lines().forEach(out::println);
                return 0;
            }
            for (Block b : doc.blocks()) {
                switch (b.kind()) {
                    case HEADING -> out.printf(Locale.ROOT, "%n[%s] %s%n", b.taskId(), b.text());
                    case PARAGRAPH -> out.printf(Locale.ROOT, "  [%s] %s%n", b.taskId(), b.text());
                    case ROW -> {
                        out.printf(Locale.ROOT, "  [%s] 任务: %s%n", b.taskId(), b.row().task() == null ? "" : b.row().task());
                        for (String cell : b.row().cells()) {
                            out.printf(Locale.ROOT, "      举措: %s%n", cell);
                        }
                        for (String limit : b.row().timeLimits()) {
                            out.printf(Locale.ROOT, "      时限: %s%n", limit);
                        }
                        out.printf(Locale.ROOT, "      责任单位: %s%n", b.row().units());
                        if (b.row().note() != null) {
                            out.printf(Locale.ROOT, "      注: %s%n", b.row().note());
                        }
                    }
                }
            }
            out.flush();
            return 0;
        } catch (IngestException e) {
            spec.commandLine().getErr().println("policylens: " + e.getMessage());
            if (debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            return 1;
        }
    }
}
