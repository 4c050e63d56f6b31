package policylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code policylens} command line: a thin layer over the stages. */
@Command(name = "policylens", mixinStandardHelpOptions = true, version = "policylens 0.1.0",
        description = {"把政府政策文件变成结构化、可检索、可核对的记录。",
                "Turns Chinese government policy documents into structured, searchable, checkable records."},
        footer = {"", "计时工具 bench、scale-corpus 在另一个 jar 中,由 bin/policylens 调用。",
                "The timing tools bench and scale-corpus: a jar of their own, run by bin/policylens."})
public final class Main implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("extract", ExtractCommand::new);
        m.put("text", TextCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("index", IndexCommand::new);
        m.put("remove", RemoveCommand::new);
        m.put("search", SearchCommand::new);
        m.put("who", WhoCommand::new);
        m.put("eval-who", EvalWhoCommand::new);
        m.put("duties", DutiesCommand::new);
        m.put("eval-duties", EvalDutiesCommand::new);
        m.put("calendar", CalendarCommand::new);
        m.put("check", CheckCommand::new);
        m.put("eval-checks", EvalChecksCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The product's subcommands, without help (the tests ask each for its --help). */
    static java.util.List<String> commandNames() {
        return COMMANDS.keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", description = "show the libraries' warnings and stack traces (also after a command)")
    boolean debug;

    @CommandLine.Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = {"配置文件:一个选项一行,如 serve.port = 8080",
                    "settings file, one option a line (serve.port = 8080); flags and POLICYLENS_* variables win; "
                            + "see README, Settings"})
    Path config;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        return run(Map.of(), args);
    }

    /**
     * Runs the CLI with more subcommands, listed before help (the bench jar adds {@code bench} and
     * {@code scale-corpus}: timing code stays out of the product jar), and returns the exit code.
     */
    public static int run(Map<String, Supplier<Object>> more, String... args) {
        return run(more, System.getenv(), Path.of(System.getProperty("user.home")), args);
    }

    /**
     * As {@link #run(Map, String...)}, with the environment and the home folder (where the config file is looked for
     * last) given instead of the machine's.
     */
    static int run(Map<String, Supplier<Object>> more, Map<String, String> env, Path home, String... args) {
        Settings settings;
        try {
            settings = Settings.load(args, env, home);
        } catch (Settings.SettingsException e) {
            System.err.println("policylens: " + e.getMessage());
            return 2;
        }
        return run(more, settings, args);
    }

    /** As {@link #run(Map, String...)}, with the settings (config file and environment) given. */
    static int run(Map<String, Supplier<Object>> more, Settings settings, String... args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>(COMMANDS);
        commands.remove("help");
        commands.putAll(more);
        commands.put("help", COMMANDS.get("help"));
        configureLogging(java.util.Arrays.asList(args).contains("--debug"));
        CommandLine cli = new CommandLine(new Main());
        // `policylens who …` sets up only `who`: a short query process does not load and introspect the other
        // commands (~0.15 s of a cold start); anything else (help, usage, an unknown word) sees them all
        if (args.length > 0 && commands.containsKey(args[0]) && !args[0].equals("help")) {
            cli.addSubcommand(args[0], commands.get(args[0]).get());
        } else {
            commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        // help is laid out for an 80-column terminal: picocli counts a Chinese character as two columns and may
        // break a Chinese run anywhere, so Chinese description lines are written to fit (HelpTest checks it)
        cli.setUsageHelpWidth(80);
        settings.applyTo(cli);
        if (settings.hasFileKeys()) {
            java.util.List<CommandLine.Model.CommandSpec> all = new java.util.ArrayList<>();
            all.add(cli.getCommandSpec());
            commands.forEach((name, command) -> all.add(cli.getSubcommands().containsKey(name)
                    ? cli.getSubcommands().get(name).getCommandSpec()
                    : new CommandLine(command.get()).getCommandSpec().name(name)));
            try {
                settings.validate(all);
            } catch (Settings.SettingsException e) {
                System.err.println("policylens: " + e.getMessage());
                return 2;
            }
        }
        // every subcommand answers --help (and --version), also those with required parameters
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug");
            cmd.getErr().println("policylens: " + (e instanceof policylens.index.IndexLockedException locked
                    ? policylens.i18n.Messages.both("cli.index-locked", locked.dir())
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * Third-party logging is off (simplelogger.properties) unless --debug is given, before or after the command:
     * then their warnings reach stderr. Read once, when the first logger is made, so it is set before anything logs.
     */
    static void configureLogging(boolean debug) {
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // HanLP and the JDK log through java.util.logging
        java.util.logging.Logger.getLogger("").setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
