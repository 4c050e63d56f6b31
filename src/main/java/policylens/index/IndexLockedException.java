package policylens.index;

/** Another process holds the index's write lock; {@link #getMessage()} is one line for users. */
public final class IndexLockedException extends RuntimeException {
    private final java.nio.file.Path dir;

    public IndexLockedException(java.nio.file.Path dir, Throwable cause) {
        super("index is locked by another policylens process: " + dir, cause);
        this.dir = dir;
    }

    /** The locked index folder. */
    public java.nio.file.Path dir() {
        return dir;
    }
}
