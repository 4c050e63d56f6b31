package policylens.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param indexed   docIds (re)written in this run
 * @param unchanged docIds skipped because their sha256 was unchanged
 * @param pruned    docIds removed because their source file no longer exists
 * @param failures  files that could not be read, with one-line reasons
 */
public record IndexResult(List<String> indexed, List<String> unchanged, List<String> pruned, List<Failure> failures) {
    public IndexResult {
        indexed = List.copyOf(indexed);
        unchanged = List.copyOf(unchanged);
        pruned = List.copyOf(pruned);
        failures = List.copyOf(failures);
    }

    /** A file that failed; {@code message} is "FILE: reason". */
    public record Failure(String file, String message) {
    }
}
