package policylens.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", description = {"在合成大语料上为提取、读取、索引和查询计时。",
        "Time extraction, ingest, indexing and queries on a synthetic scale corpus, "
        + "each beside a baseline measured in the same run; writes JSON and a Markdown table."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "1000", paramLabel = "N",
            description = "scale-corpus documents to index (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--out", defaultValue = "target/bench/bench.json", paramLabel = "FILE",
            description = "the JSON report; the Markdown table goes next to it as .md (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the scale corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--from", split = ",", defaultValue = "corpus", paramLabel = "DIR",
            description = "real plain-text documents the scale corpus is built from (default: ${DEFAULT-VALUE})")
    List<Path> from;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
            description = "folder for the scale corpus, format copies and index (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds of in-memory figures (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--cold-runs", defaultValue = "5", description = "cold `who` processes timed (default: ${DEFAULT-VALUE})")
    int coldRuns;

    @Option(names = "--sample", defaultValue = "100",
            description = "scale documents added to the real ones for the extraction figure (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        BenchReport report = new Bench(new Bench.Options(docs, seed, from, work, rounds, coldRuns, sample),
                spec.commandLine().getErr()).run();
        Path json = out.toString().endsWith(".json") ? out : Paths.get(out + ".json");
        Path md = Paths.get(json.toString().replaceAll("\\.json$", ".md"));
        if (json.toAbsolutePath().getParent() != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
        }
        Files.writeString(json, report.json(), StandardCharsets.UTF_8);
        Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(report.markdown());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("bench: wrote " + json + " and " + md);
        return 0;
    }
}
