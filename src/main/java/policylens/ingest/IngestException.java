package policylens.ingest;

import java.nio.file.Path;

/** A file that cannot be read as a policy document; {@link #getMessage()} is one line for users. */
public final class IngestException extends Exception {
    private final Path file;
    private final String reason;

    public IngestException(Path file, String reason) {
        this(file, reason, null);
    }

    public IngestException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
