package policylens.index;

import policylens.i18n.Messages;
import policylens.index.opensearch.OpenSearchEngine;
import policylens.index.opensearch.OpenSearchIndexer;
import policylens.ingest.IngestLimits;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Which engine holds the index and how to reach it. Each setting comes from the command line, else an environment
 * variable, else the configuration file ({@code POLICYLENS_ENGINE_CONFIG}, else {@code ./.policylens/engine.properties}
 * when it exists), else the default (the embedded Lucene index):
 * <pre>
 *   option          variable                        file key
 *   --engine        POLICYLENS_ENGINE               engine       lucene (default) | opensearch
 *   --url           POLICYLENS_OPENSEARCH_URL       url          http(s)://host:9200[,http(s)://host2:9200]
 *   --index-name    POLICYLENS_OPENSEARCH_INDEX     index-name   default policylens
 *   --shards        POLICYLENS_OPENSEARCH_SHARDS    shards       default 2 (a new index)
 *   --replicas      POLICYLENS_OPENSEARCH_REPLICAS  replicas     default 1 (a new index)
 *                   POLICYLENS_OPENSEARCH_USER      user         basic authentication
 *                   POLICYLENS_OPENSEARCH_PASSWORD  password
 *                   POLICYLENS_OPENSEARCH_CA        ca           a PEM file of the certificate authority (https)
 * </pre>
 * The password is never an option (it would show in the process list).
 */
public record EngineSettings(Kind kind, String url, String indexName, int shards, int replicas, String user,
                             String password, Path ca) {
    public enum Kind { LUCENE, OPENSEARCH }

    public static final String DEFAULT_INDEX_NAME = "policylens";
    public static final EngineSettings EMBEDDED = new EngineSettings(Kind.LUCENE, null, DEFAULT_INDEX_NAME, 2, 1,
            null, null, null);

    /** The settings the command line gives (null: not given), completed from the environment and the file. */
    public static EngineSettings resolve(String engine, String url, String indexName, Integer shards, Integer replicas) {
        return resolve(engine, url, indexName, shards, replicas, System.getenv());
    }

    /** {@link #resolve(String, String, String, Integer, Integer)} with another environment (tests, embedding). */
    public static EngineSettings resolve(String engine, String url, String indexName, Integer shards, Integer replicas,
                                  Map<String, String> env) {
        Properties file = new Properties();
        String configured = env.get("POLICYLENS_ENGINE_CONFIG");
        Path config = configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(".policylens", "engine.properties");
        if (configured != null && !configured.isBlank() || Files.isRegularFile(config)) {
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException | RuntimeException e) {
                throw new EngineException(Messages.both("os.config.unreadable", config, e.getMessage()));
            }
        }
        String kind = pick(engine, env.get("POLICYLENS_ENGINE"), file.getProperty("engine"), "lucene");
        Kind k = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "lucene", "embedded" -> Kind.LUCENE;
            case "opensearch" -> Kind.OPENSEARCH;
            default -> throw new EngineException(Messages.both("os.engine.unknown", kind));
        };
        String u = pick(url, env.get("POLICYLENS_OPENSEARCH_URL"), file.getProperty("url"), null);
        if (k == Kind.OPENSEARCH && (u == null || u.isBlank())) {
            throw new EngineException(Messages.both("os.url.missing"));
        }
        String ca = pick(null, env.get("POLICYLENS_OPENSEARCH_CA"), file.getProperty("ca"), null);
        return new EngineSettings(k, u == null ? null : u.strip(),
                pick(indexName, env.get("POLICYLENS_OPENSEARCH_INDEX"), file.getProperty("index-name"), DEFAULT_INDEX_NAME).strip(),
                count("--shards", shards, env.get("POLICYLENS_OPENSEARCH_SHARDS"), file.getProperty("shards"), 2),
                count("--replicas", replicas, env.get("POLICYLENS_OPENSEARCH_REPLICAS"), file.getProperty("replicas"), 1),
                pick(null, env.get("POLICYLENS_OPENSEARCH_USER"), file.getProperty("user"), null),
                pick(null, env.get("POLICYLENS_OPENSEARCH_PASSWORD"), file.getProperty("password"), null),
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

    private static int count(String name, Integer option, String env, String file, int fallback) {
        if (option != null) {
            if (option < 0) {
                throw new EngineException(Messages.both("os.number.bad", name, option));
            }
            return option;
        }
        String s = pick(null, env, file, null);
        if (s == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new EngineException(Messages.both("os.number.bad", name, s));
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
