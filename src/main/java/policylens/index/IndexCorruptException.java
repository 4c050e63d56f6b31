package policylens.index;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The index on disk cannot be read: a damaged, truncated or missing segment file, or one written by another Lucene
 * version. {@link #getMessage()} is one line for users naming the command that rebuilds it.
 */
public final class IndexCorruptException extends RuntimeException {
    public IndexCorruptException(Path dir, IOException cause) {
        super("索引已损坏,请重建 (the index is damaged): " + dir + ": " + reason(cause)
                + "; 重建 / rebuild: policylens index --rebuild --index " + dir + " FILE|DIR...", cause);
    }

    /** The exception for {@code e} when it says the index is damaged, else null (a plain I/O error). */
    public static IndexCorruptException of(Path dir, IOException e) {
        boolean damaged = e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
        return damaged ? new IndexCorruptException(dir, e) : null;
    }

    /** An I/O error while reading the index: the damaged-index exception when it is one, else unchecked as is. */
    static RuntimeException wrap(Path dir, String what, IOException e) {
        IndexCorruptException damaged = of(dir, e);
        return damaged != null ? damaged : new java.io.UncheckedIOException(what + ": " + e.getMessage(), e);
    }

    private static String reason(IOException e) {
        String m;
        if (e instanceof CorruptIndexException c) {
            m = c.getOriginalMessage() + " (" + fileName(c.getResourceDescription()) + ")";
        } else if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            m = "written by another Lucene version";
        } else if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            m = "missing file " + fileName(String.valueOf(e.getMessage()));
        } else {
            m = String.valueOf(e.getMessage());
        }
        return m.strip().split("\\R", 2)[0];
    }

    /** {@code _0.si} out of Lucene's resource description {@code BufferedChecksumIndexInput(…(path="/x/_0.si"))}. */
    private static String fileName(String resource) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("path=\"([^\"]+)\"").matcher(resource);
        String path = m.find() ? m.group(1) : resource;
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
