package policylens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands FILE|DIR arguments into the files to read, in a stable order; hidden files and folders are skipped.
 * Links to folders are followed; a link that leads back into a folder being walked (a loop) or nowhere is said in
 * one line and skipped, and the walk goes on. A file reached twice (through a link, or named twice) is read once.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * @param files    the files to read
     * @param problems how many links were skipped (each said in one line on stderr): the run exits 1
     */
    record Expanded(List<Path> files, int problems) {
        Expanded {
            files = List.copyOf(files);
        }
    }

    /** --limit between 1 and 1000, else a usage error (exit 2) rather than a silent empty answer. */
    static void requireLimit(picocli.CommandLine.Model.CommandSpec spec, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit 须为 1 到 1000 之间的整数 (--limit must be 1 to 1000): " + limit);
        }
    }

    static Expanded expand(List<Path> args, PrintWriter err) {
        return expand(args, false, err);
    }

    /** @param allowEmpty an empty folder is an answer too (index --prune of a folder whose files were all removed) */
    static Expanded expand(List<Path> args, boolean allowEmpty, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        int[] problems = {0};
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(arg, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new SimpleFileVisitor<>() {
                                @Override
                                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                                    // a hidden folder inside (.git, .policylens/index) holds no documents
                                    return d.equals(arg) || wanted(d) ? FileVisitResult.CONTINUE
                                            : FileVisitResult.SKIP_SUBTREE;
                                }

                                @Override
                                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                                    if (attrs.isSymbolicLink()) { // a link that could not be followed
                                        problems[0]++;
                                        err.println("policylens: " + p + badLink(p));
                                    } else if (attrs.isRegularFile() && wanted(p)) {
                                        found.add(p);
                                    }
                                    return FileVisitResult.CONTINUE;
                                }

                                @Override
                                public FileVisitResult visitFileFailed(Path p, IOException e) {
                                    problems[0]++;
                                    err.println("policylens: " + p + (e instanceof FileSystemLoopException
                                            ? ": 链接构成循环,已跳过 (link loops back to a folder being read, skipped)"
                                            : ": 无法读取,已跳过 (cannot read, skipped: " + e.getMessage() + ")"));
                                    return FileVisitResult.CONTINUE;
                                }
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                err.flush();
                int before = files.size();
                found.sort(null);
                for (Path p : found) {
                    if (seen.add(realPath(p))) {
                        files.add(p);
                    }
                }
                if (files.size() == before && found.isEmpty() && !allowEmpty) {
                    // an empty folder (or one of hidden files only) is most likely a wrong path: say so
                    throw new IllegalArgumentException(arg + ": 文件夹中没有文档 (no documents in this folder)");
                }
            } else if (Files.isSymbolicLink(arg) && !Files.exists(arg)) {
                problems[0]++;
                err.println("policylens: " + arg + badLink(arg));
            } else {
                if (seen.add(realPath(arg))) {
                    files.add(arg);
                }
            }
        }
        return new Expanded(files, problems[0]);
    }

    /** Why a link cannot be followed: it leads back to itself, or to nothing. */
    private static String badLink(Path link) {
        Set<Path> visited = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                if (!visited.add(p)) {
                    return ": 链接构成循环,已跳过 (link loops back to itself, skipped)";
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException | RuntimeException e) {
            // unreadable on the way: say it leads nowhere
        }
        return ": 链接指向的文件不存在,已跳过 (broken link, skipped)";
    }

    private static boolean wanted(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.equalsIgnoreCase("README.md");
    }

    /** The file itself, whatever links lead to it; the path as given when it cannot be resolved. */
    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
