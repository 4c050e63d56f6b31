package policylens.eval;

import policylens.extract.PolicyRecord;
import policylens.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads record files (gold or predicted) tolerantly: unknown properties are ignored, missing or null lists
 * become empty lists, null list elements are skipped, a single string where a list is expected is accepted,
 * missing scalars are null (0 for a missing {@code value}).
 */
public final class RecordIO {
    private RecordIO() {
    }

    /** Reads one record file; a missing docId is taken from the file name without its extension. */
    public static PolicyRecord read(Path file) {
        try {
            PolicyRecord r = Json.mapper().readValue(file.toFile(), PolicyRecord.class);
            if (r.docId() == null) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                r = new PolicyRecord(r.schema(), dot > 0 ? name.substring(0, dot) : name, r.source(), r.meta(),
                        r.targets(), r.deadlines(), r.responsibilities());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read record " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses one record from a JSON string (tolerant, as {@link #read}); docId may stay null. */
    public static PolicyRecord parse(String json) {
        try {
            return Json.mapper().readValue(json, PolicyRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse record: " + e.getMessage(), e);
        }
    }

    /** Reads every {@code *.json} file directly inside {@code dir}, in file-name order. */
    public static List<PolicyRecord> readDir(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<PolicyRecord> out = new ArrayList<>();
            for (Path p : s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted().toList()) {
                out.add(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
