package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import policylens.index.Engine;
import policylens.index.IndexResult;
import policylens.index.IndexedDocument;
import policylens.index.PolicyIndex;
import policylens.index.Searcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node stops while the corpus is being bulk-indexed into a two-node cluster; the run retries what failed and
 * completes, and every record is there exactly once (as many as the embedded index holds, per document and type).
 */
@ClusterScope(scope = Scope.TEST, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {PolicyLensThreads.class})
public class NodeLossClusterTest extends TwoNodeCluster {
    /** A node stopped under a request leaves that request's span open: the strict tracing check is not for this. */
    @Override
    protected boolean addMockTelemetryPlugin() {
        return false;
    }

    /** Without the mock node services, whose page and array accounting a node stopped mid-request leaves unbalanced. */
    @Override
    protected java.util.Collection<Class<? extends org.opensearch.plugins.Plugin>> getMockPlugins() {
        return super.getMockPlugins().stream().filter(p -> !p.getSimpleName().equals("NodeMocksPlugin")).toList();
    }

    public void testEveryRecordOnceAfterANodeStops() throws Exception {
        String url = url(); // both nodes: the client fails over to the one left
        List<Path> files = corpus();
        Path dir = createTempDir();
        new PolicyIndex(dir).index(files);

        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        PolicyIndex.Listener stopOne = (file, status) -> {
            if (done.incrementAndGet() == 3) {
                Thread t = new Thread(() -> {
                    try {
                        internalCluster().stopRandomNodeNotCurrentClusterManager();
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    } finally {
                        stopped.countDown();
                    }
                }, "stop-a-node");
                t.start();
            }
        };
        policylens.index.EngineSettings settings = new policylens.index.EngineSettings(
                policylens.index.EngineSettings.Kind.OPENSEARCH, url, "loss", 2, 1, null, null, null);
        IndexResult r = settings.indexer(null, null, policylens.ingest.IngestLimits.DEFAULT, notes::add)
                .index(files, false, stopOne);
        stopped.await();
        assertEquals(1, internalCluster().size());
        assertTrue(r.failures().isEmpty());
        assertEquals(files.size(), r.indexed().size());
        System.out.println("retries: " + notes.size() + (notes.isEmpty() ? "" : " first: " + notes.get(0)));

        try (Engine lucene = Searcher.open(dir); Engine cluster = settings.open(null)) {
            assertEquals(lucene.size(), cluster.size());
            List<IndexedDocument> a = lucene.documents();
            List<IndexedDocument> b = cluster.documents();
            assertEquals(a, b);
        }
        // the ids are docId#n: a record written twice would be one record; the counts above prove none is missing
        // and none is extra (size counts every record, of every type)
    }
}
