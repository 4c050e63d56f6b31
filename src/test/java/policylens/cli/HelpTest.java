package policylens.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every subcommand answers --help with its usage and exit 0, also those with required parameters. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"extract", "text", "eval", "index", "search", "who", "eval-who", "check", "eval-checks",
            "serve", "scale-corpus", "bench"})
    void everySubcommandAnswersHelp(String command) {
        String[] out = CliRun.run(0, command, "--help");
        assertTrue(out[0].contains("Usage: policylens " + command), out[0]);
    }
}
