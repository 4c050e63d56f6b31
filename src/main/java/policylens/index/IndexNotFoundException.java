package policylens.index;

/** Nothing has been indexed at the given place yet. */
public final class IndexNotFoundException extends RuntimeException {
    public IndexNotFoundException(java.nio.file.Path dir) {
        super("no index at " + dir + ": run `policylens index DIR` first");
    }
}
