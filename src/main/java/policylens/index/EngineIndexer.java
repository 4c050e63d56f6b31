package policylens.index;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code index} writes through, whichever engine holds the index: the embedded Lucene index
 * ({@link PolicyIndex}, the default) or an OpenSearch cluster ({@link policylens.index.opensearch.OpenSearchIndexer}).
 * Both take the same records from the same files with the same incremental rules ({@link PolicyIndex#feed}).
 */
public interface EngineIndexer {
    /**
     * Indexes the files (skipping unchanged ones), optionally removes documents whose source files are gone.
     *
     * @param listener told about each file as it is handled (progress)
     */
    IndexResult index(List<Path> files, boolean prune, PolicyIndex.Listener listener);

    /** Drops the index and indexes {@code files} afresh; when none of them can be read the old index stays. */
    IndexResult rebuild(List<Path> files, PolicyIndex.Listener listener);

    /** Where the index is, for people: a folder, or a cluster's address and index name. */
    String describe();
}
