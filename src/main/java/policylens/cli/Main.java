package policylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code policylens} command line: a thin layer over the stages. */
@Command(name = "policylens", mixinStandardHelpOptions = true, version = "policylens 0.1.0",
        description = "Turns Chinese government policy documents into structured, searchable, checkable records.",
        subcommands = {ExtractCommand.class, TextCommand.class, EvalCommand.class, IndexCommand.class, SearchCommand.class,
                WhoCommand.class, EvalWhoCommand.class, CheckCommand.class, EvalChecksCommand.class, ServeCommand.class,
                ScaleCorpusCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug");
            cmd.getErr().println("policylens: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
