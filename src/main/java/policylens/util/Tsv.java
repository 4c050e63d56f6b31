package policylens.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's self-describing {@code .tsv} resources: {@code #} comment lines say what the file is, the first
 * other line names the columns, every further line is one row. Read once by whoever owns the vocabulary.
 */
public final class Tsv {
    private Tsv() {
    }

    /** Data rows of a class-path resource: comments and the column-name row skipped; at least {@code min} columns. */
    public static List<String[]> rows(String resource, int min) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < min) {
                    throw new IllegalStateException(resource + ": a row needs " + min + " columns: " + line);
                }
                String[] row = new String[cols.length];
                for (int c = 0; c < cols.length; c++) {
                    row[c] = cols[c].strip();
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
