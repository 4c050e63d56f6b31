package policylens.index.opensearch;

import org.opensearch.client.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4Plugin;
import policylens.index.EngineSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real OpenSearch nodes in the test JVM (OpenSearch's own test framework) with their real HTTP layer, which
 * PolicyLens reaches as a remote cluster, through its URL.
 */
@org.junit.experimental.categories.Category(ClusterTests.class)
public abstract class TwoNodeCluster extends OpenSearchIntegTestCase {
    @Override
    protected boolean addMockHttpTransport() {
        return false; // the real HTTP layer: PolicyLens talks to the nodes over HTTP
    }

    @Override
    protected Collection<Class<? extends Plugin>> nodePlugins() {
        return List.of(Netty4Plugin.class);
    }

    /** Every node's HTTP address, comma-separated, as a user gives them with --url. */
    protected String url() {
        return getRestClient().getNodes().stream().map(Node::getHost).map(h -> h.toURI())
                .collect(Collectors.joining(","));
    }

    protected EngineSettings settings(String indexName) {
        return new EngineSettings(EngineSettings.Kind.OPENSEARCH, url(), indexName, 2, 1, null, null, null);
    }

    /** The corpus files in the order the CLI reads a folder. */
    protected static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
