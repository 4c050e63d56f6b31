package policylens.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param indexed   docIds (re)written in this run
 * @param unchanged docIds skipped because their sha256 was unchanged
 * @param pruned    docIds removed because their source file no longer exists
 * @param failures  files that could not be read, with one-line reasons
 * @param renamed   files indexed in this run under a docId other than their name, because another file has that
 *                  name ({@link policylens.ingest.DocIds})
 */
public record IndexResult(List<String> indexed, List<String> unchanged, List<String> pruned, List<Failure> failures,
                          List<Renamed> renamed) {
    public IndexResult {
        indexed = List.copyOf(indexed);
        unchanged = List.copyOf(unchanged);
        pruned = List.copyOf(pruned);
        failures = List.copyOf(failures);
        renamed = List.copyOf(renamed);
    }

    public IndexResult(List<String> indexed, List<String> unchanged, List<String> pruned, List<Failure> failures) {
        this(indexed, unchanged, pruned, failures, List.of());
    }

    /** A file whose docId is not its file name: a namesake had it first. */
    public record Renamed(String file, String docId) {
    }

    /** A file that failed; {@code message} is "FILE: reason". */
    public record Failure(String file, String message) {
    }
}
