package policylens.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the CLI in-process with stdout and stderr captured, for the command tests. */
final class CliRun {
    private CliRun() {
    }

    /** Runs {@code policylens args…}, asserts the exit code, returns {stdout, stderr}. */
    static String[] run(int expected, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            assertEquals(expected, Main.run(args), () -> e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[]{o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }
}
