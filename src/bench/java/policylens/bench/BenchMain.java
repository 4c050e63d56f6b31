package policylens.bench;

import policylens.cli.Main;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code policylens bench} and {@code policylens scale-corpus}: the product's command line with the two timing
 * commands added. They live in target/policylens-bench.jar, apart from the product jar; bin/policylens runs this
 * class with both jars on the class path when the command is one of them.
 */
public final class BenchMain {
    /** The commands the bench jar adds, in the order help lists them. */
    public static final Map<String, Supplier<Object>> COMMANDS = commands();

    private BenchMain() {
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("scale-corpus", ScaleCorpusCommand::new);
        m.put("bench", BenchCommand::new);
        return m;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the bench commands and returns the exit code (tests call this). */
    public static int run(String... args) {
        return Main.run(COMMANDS, args);
    }
}
