package policylens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands FILE|DIR arguments into the files to read, in a stable order; hidden files are skipped. */
final class Inputs {
    private Inputs() {
    }

    /** --limit between 1 and 1000, else a usage error (exit 2) rather than a silent empty answer. */
    static void requireLimit(picocli.CommandLine.Model.CommandSpec spec, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit 须为 1 到 1000 之间的整数 (--limit must be 1 to 1000): " + limit);
        }
    }

    static List<Path> expand(List<Path> args) {
        return expand(args, false);
    }

    /** @param allowEmpty an empty folder is an answer too (index --prune of a folder whose files were all removed) */
    static List<Path> expand(List<Path> args, boolean allowEmpty) {
        List<Path> files = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (files.size() == before && !allowEmpty) {
                    // an empty folder (or one of hidden files only) is most likely a wrong path: say so
                    throw new IllegalArgumentException(arg + ": 文件夹中没有文档 (no documents in this folder)");
                }
            } else {
                files.add(arg);
            }
        }
        return files;
    }
}
