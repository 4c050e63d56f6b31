package policylens.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that read the index: where it is, JSON for machines, stack traces. */
final class IndexOptions {
    @Option(names = "--index", paramLabel = "PATH", description = "index directory (default: ./.policylens/index)")
    Path index;

    @Option(names = "--json", description = "output as JSON, for machines")
    boolean json;

    @Option(names = "--debug", description = "show stack traces")
    boolean debug;
}
