package policylens.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scale-corpus", description = {"写出 bench 计时用的合成大语料(只用于计时)。",
        "Write the synthetic scale corpus that `bench` times (for timing only, never for quality)."})
final class ScaleCorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "1000", description = "number of documents (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--from", split = ",", defaultValue = "corpus", paramLabel = "DIR",
            description = "real plain-text documents to recombine (default: ${DEFAULT-VALUE})")
    List<Path> from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to (re)write")
    Path out;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;

    @Override
    public Integer call() {
        ScaleCorpus corpus = ScaleCorpus.from(from);
        long t0 = System.nanoTime();
        List<Path> files = corpus.write(out, docs, seed);
        spec.commandLine().getErr().printf(Locale.ROOT, "%d documents in %s (from %d real documents, %d paragraphs; %.1f s)%n",
                files.size(), out, corpus.sourceCount(), corpus.paragraphCount(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
