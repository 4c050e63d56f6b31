package policylens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.opensearch.client.ResponseException;
import policylens.i18n.Messages;
import policylens.index.EngineException;
import policylens.index.EngineIndexer;
import policylens.index.EngineSettings;
import policylens.index.Fields;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;
import policylens.index.TextAnalysis;
import policylens.ingest.IngestLimits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the index into an OpenSearch cluster: the records {@link PolicyIndex#feed} makes from the files (the same
 * ones, in the same order, with the same incremental rules as the embedded index) go out in bounded bulk requests.
 * <p>
 * A record's id is {@code docId#n} (its place among its document's records), so writing a document again overwrites
 * its records and a retried bulk request cannot make a record twice; a changed document that has fewer records than
 * before has the rest deleted, and so has a pruned one. A request the cluster answers 429 (too busy) or cannot
 * serve (a node gone, a shard moving: 502/503/504, a refused or broken connection) is retried with back-off, only
 * the items that failed. The index is created with {@code --shards} (default 2) and {@code --replicas} (default 1)
 * and records the text analysis in its mapping; writing with another analysis is refused.
 */
public final class OpenSearchIndexer implements EngineIndexer {
    /** Records per bulk request, and its size bound. */
    static final int BATCH_RECORDS = 1000;
    static final int BATCH_BYTES = 5 * 1024 * 1024;
    /** Retries of one batch, and the first and longest waits between them. */
    static final int RETRIES = 12;
    static final long FIRST_WAIT_MS = 200;
    static final long MAX_WAIT_MS = 10_000;

    private final EngineSettings settings;
    private final TextAnalysis requested;
    private final IngestLimits limits;
    private final Consumer<String> notes;

    public OpenSearchIndexer(EngineSettings settings, TextAnalysis requested, IngestLimits limits, Consumer<String> notes) {
        this.settings = settings;
        this.requested = requested;
        this.limits = limits;
        this.notes = notes == null ? s -> { } : notes;
    }

    @Override
    public String describe() {
        return settings.url() + " " + settings.indexName();
    }

    static String wordsIndex(String index) {
        return index + "-words";
    }

    @Override
    public IndexResult index(List<Path> files, boolean prune, PolicyIndex.Listener listener) {
        String index = settings.indexName();
        try (Cluster cluster = Cluster.connect(settings)) {
            TextAnalysis analysis = prepare(cluster, index);
            Map<String, String[]> stored = new HashMap<>();
            Map<String, Integer> parts = new HashMap<>();
            scanDocuments(cluster, index, stored, parts);
            long seq = nextSeq(cluster, index);
            try (Analyzer analyzer = analysis.analyzer(); Bulk bulk = new Bulk(cluster, index)) {
                long[] next = {seq};
                IndexResult r = new PolicyIndex(null, analysis, limits).feed(files, prune, listener, stored, analysis,
                        new PolicyIndex.Sink() {
                            @Override
                            public void add(String docId, boolean replaces, List<Document> docs) throws IOException {
                                Set<String> words = new HashSet<>();
                                for (int i = 0; i < docs.size(); i++) {
                                    ObjectNode json = Records.toJson(docs.get(i), analyzer, next[0]++, words);
                                    if (i == 0) {
                                        json.put(Records.PARTS, docs.size());
                                    }
                                    bulk.index(index, id(docId, i), json);
                                }
                                Integer before = parts.get(docId);
                                for (int i = docs.size(); before != null && i < before; i++) {
                                    bulk.delete(index, id(docId, i));
                                }
                                parts.put(docId, docs.size());
                                bulk.words(words);
                            }

                            @Override
                            public void delete(String docId) throws IOException {
                                Integer before = parts.remove(docId);
                                for (int i = 0; before != null && i < before; i++) {
                                    bulk.delete(index, id(docId, i));
                                }
                            }
                        });
                bulk.flush();
                cluster.send("POST", "/" + index + "," + wordsIndex(index) + "/_refresh", null, index);
                return r;
            }
        } catch (IOException e) {
            throw new EngineException(Messages.both("os.bulk.failed", 0, e.getMessage()), e);
        }
    }

    @Override
    public IndexResult rebuild(List<Path> files, PolicyIndex.Listener listener) {
        throw new EngineException(Messages.both("os.unsupported", "index --rebuild"));
    }

    /** Creates the index (and its vocabulary) when it is not there; otherwise checks it was made for this. */
    private TextAnalysis prepare(Cluster cluster, String index) {
        if (!cluster.exists("/" + index, index)) {
            TextAnalysis analysis = requested == null ? TextAnalysis.DEFAULT : requested;
            cluster.send("PUT", "/" + index, Records.createBody(settings.shards(), settings.replicas(), analysis), index);
            if (!cluster.exists("/" + wordsIndex(index), index)) {
                cluster.send("PUT", "/" + wordsIndex(index), Records.wordsBody(settings.replicas()), index);
            }
            cluster.send("GET", "/_cluster/health/" + index, null,
                    Map.of("wait_for_status", "yellow", "timeout", "60s"), index);
            return analysis;
        }
        TextAnalysis analysis = OpenSearchEngine.analysisOf(cluster, index);
        if (requested != null && requested != analysis) {
            throw new EngineException(Messages.both("os.analysis.mismatch", index, analysis.name().toLowerCase(java.util.Locale.ROOT),
                    requested.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!cluster.exists("/" + wordsIndex(index), index)) {
            cluster.send("PUT", "/" + wordsIndex(index), Records.wordsBody(settings.replicas()), index);
        }
        return analysis;
    }

    /** docId → {sha256, source} and docId → record count of the policy documents the index holds. */
    private static void scanDocuments(Cluster cluster, String index, Map<String, String[]> stored,
                                      Map<String, Integer> parts) {
        OpenSearchEngine.scan(cluster, index, OpenSearchEngine.typeQuery("doc"),
                List.of(Fields.DOC_ID, Fields.SHA256, Fields.SOURCE, Records.PARTS), source -> {
                    String docId = Records.text(source, Fields.DOC_ID);
                    stored.put(docId, new String[] {Records.text(source, Fields.SHA256), Records.text(source, Fields.SOURCE)});
                    parts.put(docId, source.path(Records.PARTS).asInt(0));
                });
    }

    private static long nextSeq(Cluster cluster, String index) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("max").putObject("max").put("field", Records.SEQ);
        JsonNode r = cluster.send("POST", "/" + index + "/_search", body, index);
        JsonNode v = r.path("aggregations").path("max").path("value");
        return v.isNumber() ? v.asLong() + 1 : 0;
    }

    /** A record's id: {@code docId#n}; a very long docId by its hash (ids are at most 512 bytes). */
    static String id(String docId, int n) {
        String key = docId;
        if (docId.getBytes(StandardCharsets.UTF_8).length > 400) {
            try {
                key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(docId.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return key + "#" + n;
    }

    /** Bulk requests of at most {@link #BATCH_RECORDS} records and about {@link #BATCH_BYTES}, retried item by item. */
    private final class Bulk implements AutoCloseable {
        private final Cluster cluster;
        private final String index;
        private final List<String[]> items = new ArrayList<>(); // {action line, source line or null}
        private final Set<String> sentWords = new HashSet<>();
        private int bytes;

        Bulk(Cluster cluster, String index) {
            this.cluster = cluster;
            this.index = index;
        }

        void index(String target, String id, ObjectNode source) throws IOException {
            add(action("index", target, id), Cluster.write(source));
        }

        void delete(String target, String id) throws IOException {
            add(action("delete", target, id), null);
        }

        void words(Set<String> words) throws IOException {
            for (String w : words) {
                if (sentWords.add(w)) {
                    add(action("index", wordsIndex(index), w), "{}");
                }
            }
        }

        private String action(String op, String target, String id) {
            ObjectNode a = Cluster.JSON.createObjectNode();
            a.putObject(op).put("_index", target).put("_id", id);
            return Cluster.write(a);
        }

        private void add(String action, String source) throws IOException {
            items.add(new String[] {action, source});
            bytes += action.length() + (source == null ? 0 : source.length()) + 2;
            if (items.size() >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
                flush();
            }
        }

        void flush() throws IOException {
            List<String[]> pending = new ArrayList<>(items);
            items.clear();
            bytes = 0;
            long wait = FIRST_WAIT_MS;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                StringBuilder body = new StringBuilder();
                for (String[] item : pending) {
                    body.append(item[0]).append('\n');
                    if (item[1] != null) {
                        body.append(item[1]).append('\n');
                    }
                }
                String retryReason;
                List<String[]> failed = new ArrayList<>();
                try {
                    JsonNode r = cluster.bulk(body.toString());
                    if (!r.path("errors").asBoolean(false)) {
                        return;
                    }
                    JsonNode results = r.path("items");
                    retryReason = null;
                    for (int i = 0; i < pending.size() && i < results.size(); i++) {
                        JsonNode result = results.get(i).elements().next();
                        int status = result.path("status").asInt(200);
                        if (status == 404 && result.has("result")) {
                            continue; // a delete of a record that was not there
                        }
                        if (status < 300) {
                            continue;
                        }
                        String reason = result.path("error").path("type").asText("") + ": "
                                + result.path("error").path("reason").asText("");
                        if (!retryable(status)) {
                            throw new EngineException(Messages.both("os.bulk.failed", attempt,
                                    cluster.url() + " " + status + " " + reason));
                        }
                        failed.add(pending.get(i));
                        retryReason = status + " " + reason;
                    }
                } catch (ResponseException e) {
                    int status = e.getResponse().getStatusLine().getStatusCode();
                    if (!retryable(status)) {
                        throw cluster.failure(e, index);
                    }
                    failed = pending;
                    retryReason = String.valueOf(status);
                } catch (IOException e) {
                    EngineException one = cluster.failure(e, index);
                    if (one.getMessage().contains("401") || e instanceof javax.net.ssl.SSLException) {
                        throw one;
                    }
                    failed = pending;
                    retryReason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
                }
                if (failed.isEmpty()) {
                    return;
                }
                if (attempt >= RETRIES) {
                    throw new EngineException(Messages.both("os.bulk.failed", attempt, cluster.url() + " " + retryReason));
                }
                notes.accept(Messages.both("os.retry", retryReason.replaceAll("\\s+", " "), wait));
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while indexing");
                }
                wait = Math.min(MAX_WAIT_MS, wait * 2);
                pending = failed;
            }
        }

        private boolean retryable(int status) {
            return status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
        }

        @Override
        public void close() {
            // what is still buffered is sent by flush(); a failed run leaves the rest unsent
        }
    }
}
