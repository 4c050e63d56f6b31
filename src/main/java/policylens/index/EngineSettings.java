package policylens.index;

import policylens.i18n.Messages;
import policylens.index.opensearch.OpenSearchEngine;
import policylens.index.opensearch.OpenSearchIndexer;
import policylens.ingest.IngestLimits;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which engine holds the index and how to reach it. The options ({@code --engine}, {@code --url},
 * {@code --index-name}, {@code --shards}, {@code --replicas}) come from the command line's settings like every other
 * option (flag, else {@code POLICYLENS_ENGINE}/{@code POLICYLENS_URL}/…, else {@code policylens.properties}, else the
 * default: the embedded Lucene index). The secrets are never options (they would show in the process list) nor file
 * keys, only environment variables:
 * <pre>
 *   POLICYLENS_OPENSEARCH_USER      basic authentication
 *   POLICYLENS_OPENSEARCH_PASSWORD
 *   POLICYLENS_OPENSEARCH_CA        a PEM file of the certificate authority (https)
 * </pre>
 */
public record EngineSettings(Kind kind, String url, String indexName, int shards, int replicas, String user,
                             String password, Path ca) {
    public enum Kind { LUCENE, OPENSEARCH }

    public static final String DEFAULT_INDEX_NAME = "policylens";
    public static final EngineSettings EMBEDDED = new EngineSettings(Kind.LUCENE, null, DEFAULT_INDEX_NAME, 2, 1,
            null, null, null);

    /** The settings the command line gives (null: not given), the secrets from the environment. */
    public static EngineSettings resolve(String engine, String url, String indexName, Integer shards, Integer replicas) {
        return resolve(engine, url, indexName, shards, replicas, System.getenv());
    }

    /** {@link #resolve(String, String, String, Integer, Integer)} with another environment (tests, embedding). */
    public static EngineSettings resolve(String engine, String url, String indexName, Integer shards, Integer replicas,
                                  Map<String, String> env) {
        String kind = engine == null || engine.isBlank() ? "lucene" : engine;
        Kind k = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "lucene", "embedded" -> Kind.LUCENE;
            case "opensearch" -> Kind.OPENSEARCH;
            default -> throw new EngineException(Messages.both("os.engine.unknown", kind));
        };
        if (k == Kind.OPENSEARCH && (url == null || url.isBlank())) {
            throw new EngineException(Messages.both("os.url.missing"));
        }
        String ca = pick(null, env.get("POLICYLENS_OPENSEARCH_CA"), null, null);
        return new EngineSettings(k, url == null ? null : url.strip(),
                pick(indexName, null, null, DEFAULT_INDEX_NAME).strip(),
                count("--shards", shards, 2), count("--replicas", replicas, 1),
                pick(null, env.get("POLICYLENS_OPENSEARCH_USER"), null, null),
                pick(null, env.get("POLICYLENS_OPENSEARCH_PASSWORD"), null, null),
                ca == null || ca.isBlank() ? null : Paths.get(ca.strip()));
    }

    private static String pick(String option, String env, String file, String fallback) {
        if (option != null) {
            return option;
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        return file != null && !file.isBlank() ? file : fallback;
    }

    private static int count(String name, Integer option, int fallback) {
        if (option == null) {
            return fallback;
        }
        if (option < 0) {
            throw new EngineException(Messages.both("os.number.bad", name, option));
        }
        return option;
    }

    public boolean embedded() {
        return kind == Kind.LUCENE;
    }

    /**
     * Opens the index for reading.
     *
     * @param dir the embedded index's folder (null: the default); not used by OpenSearch
     */
    public Engine open(Path dir) {
        return embedded() ? Searcher.open(dir) : OpenSearchEngine.open(this);
    }

    /**
     * The writer of the index.
     *
     * @param dir      the embedded index's folder (null: the default); not used by OpenSearch
     * @param analysis the text analysis of a new index (null: the default; an existing index keeps its own)
     * @param notes    told about retries (a line for stderr)
     */
    public EngineIndexer indexer(Path dir, TextAnalysis analysis, IngestLimits limits, Consumer<String> notes) {
        return embedded() ? new PolicyIndex(dir, analysis, limits) : new OpenSearchIndexer(this, analysis, limits, notes);
    }

    @Override
    public String toString() {
        // never the password
        return embedded() ? "lucene" : "opensearch " + url + " index " + indexName;
    }
}
