package policylens.index.opensearch;

/**
 * The JUnit 4 category of the tests that start OpenSearch nodes in the test JVM: surefire runs them in an execution
 * of their own (pom.xml, {@code opensearch-cluster}) with the system properties the nodes need.
 */
public interface ClusterTests {
}
