package policylens.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import policylens.ingest.IngestLimits;

/** What one document may cost, for the commands that read documents (a mixin). */
final class IngestOptions {
    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + IngestLimits.DEFAULT_MAX_CHARS,
            description = "refuse a document whose text expands past N characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + IngestLimits.DEFAULT_MAX_SECONDS,
            description = "give up on a document that takes longer than S seconds to read (default: ${DEFAULT-VALUE})")
    int maxSeconds;

    /** The limits, or a usage error (exit 2) for a value below 1. */
    IngestLimits limits(CommandSpec spec) {
        if (maxChars < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-chars 须为正整数 (--max-chars must be a positive number): " + maxChars);
        }
        if (maxSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-seconds 须为正整数 (--max-seconds must be a positive number): " + maxSeconds);
        }
        return IngestLimits.DEFAULT.withMaxChars(maxChars).withMaxSeconds(maxSeconds);
    }
}
