package policylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every option of every command is also a setting: a flag wins over an environment variable, which wins over the
 * config file, which wins over the built-in default.
 * <pre>
 *   policylens serve --max-upload-mb 50                   the flag
 *   POLICYLENS_SERVE_MAX_UPLOAD_MB=50 / POLICYLENS_MAX_UPLOAD_MB=50   environment (command-specific first)
 *   serve.max-upload-mb = 50  /  max-upload-mb = 50       policylens.properties (command-specific first)
 * </pre>
 * The file is {@code --config FILE}, else {@code $POLICYLENS_CONFIG}, else {@code ./policylens.properties}, else
 * {@code ~/.config/policylens/policylens.properties}; none is fine. A key no command knows is refused, so a typo
 * does not silently do nothing.
 */
final class Settings implements IDefaultValueProvider {
    static final String ENV_PREFIX = "POLICYLENS_";

    private final Properties file;
    private final Path source;
    private final Map<String, String> env;

    private Settings(Properties file, Path source, Map<String, String> env) {
        this.file = file;
        this.source = source;
        this.env = env;
    }

    /** No file, no environment: only flags and built-in defaults (tests that must not see the machine's settings). */
    static Settings none() {
        return new Settings(new Properties(), null, Map.of());
    }

    /**
     * Settings for one run: the file named by {@code --config} in {@code args} (or found as above) and the
     * environment. A named file that cannot be read is an error; a missing default one is not.
     */
    static Settings load(String[] args, Map<String, String> env, Path home) {
        Path named = configArgument(args);
        if (named == null && env.get(ENV_PREFIX + "CONFIG") != null && !env.get(ENV_PREFIX + "CONFIG").isBlank()) {
            named = Path.of(env.get(ENV_PREFIX + "CONFIG"));
        }
        Path path = named;
        if (path == null) {
            for (Path p : List.of(Path.of("policylens.properties"),
                    home.resolve(".config").resolve("policylens").resolve("policylens.properties"))) {
                if (Files.isRegularFile(p)) {
                    path = p;
                    break;
                }
            }
        }
        Properties props = new Properties();
        if (path != null) {
            if (!Files.isRegularFile(path)) {
                throw new SettingsException(path + ": 找不到配置文件 / no such config file");
            }
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new SettingsException(path + ": 无法读取配置文件 / cannot read the config file (" + e.getMessage() + ")");
            }
        }
        return new Settings(props, path, env);
    }

    private static Path configArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }

    /** The file the settings came from, or null. */
    Path source() {
        return source;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.longestName().equals("--config")) {
            return null;
        }
        CommandSpec command = option.command();
        String name = key(option);
        String cmd = command == null || command.parent() == null ? null : command.name();
        if (cmd != null) {
            String v = env.get(envName(cmd + "-" + name));
            if (v != null) {
                return v;
            }
        }
        String v = env.get(envName(name));
        if (v != null) {
            return v;
        }
        if (cmd != null && file.getProperty(cmd + "." + name) != null) {
            return file.getProperty(cmd + "." + name).strip();
        }
        return file.getProperty(name) == null ? null : file.getProperty(name).strip();
    }

    /**
     * Refuses keys of the file that no command knows: {@code serve.max-upload-mb} must be an option of serve, a
     * bare {@code index} must be an option of some command. {@code all} is every command's spec.
     */
    void validate(List<CommandSpec> all) {
        Set<String> bare = new HashSet<>();
        for (CommandSpec c : all) {
            c.options().forEach(o -> bare.add(key(o)));
        }
        List<String> unknown = new ArrayList<>();
        for (String k : file.stringPropertyNames()) {
            int dot = k.indexOf('.');
            boolean known;
            if (dot < 0) {
                known = bare.contains(k);
            } else {
                String cmd = k.substring(0, dot);
                String opt = k.substring(dot + 1);
                known = all.stream().anyMatch(c -> c.name().equals(cmd)
                        && c.options().stream().anyMatch(o -> key(o).equals(opt)));
            }
            if (!known) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(null);
            throw new SettingsException(source + ": 未知设置 " + String.join(", ", unknown) + " / unknown setting"
                    + (unknown.size() == 1 ? "" : "s") + " (a key is an option name without --, optionally after a command and a dot)");
        }
    }

    /** Whether the file has keys to check (validation instantiates every command, so only then). */
    boolean hasFileKeys() {
        return !file.isEmpty();
    }

    /** {@code --max-upload-mb} → {@code max-upload-mb}. */
    static String key(OptionSpec o) {
        return o.longestName().replaceFirst("^-+", "");
    }

    /** {@code serve-max-upload-mb} → {@code POLICYLENS_SERVE_MAX_UPLOAD_MB}. */
    static String envName(String key) {
        return ENV_PREFIX + key.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** A config file or variable that cannot be used: one line, exit 2. */
    static final class SettingsException extends RuntimeException {
        SettingsException(String message) {
            super(message);
        }
    }

    /** Registers this provider on {@code cli} and all its subcommands. */
    void applyTo(CommandLine cli) {
        cli.setDefaultValueProvider(this);
    }
}
