package policylens.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the CLI in-process with stdout and stderr captured, for the command tests. */
final class CliRun {
    private CliRun() {
    }

    /** Runs {@code policylens args…}, asserts the exit code, returns {stdout, stderr}. */
    static String[] run(int expected, String... args) {
        return capture(expected, () -> Main.run(args));
    }

    /** As {@link #run(int, String...)}, with the environment {@code env} instead of the machine's and {@code home} as home. */
    static String[] run(int expected, Map<String, String> env, Path home, String... args) {
        return capture(expected, () -> Main.run(Map.of(), env, home, args));
    }

    private static String[] capture(int expected, IntSupplier cli) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            assertEquals(expected, cli.getAsInt(), () -> e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[]{o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }
}
