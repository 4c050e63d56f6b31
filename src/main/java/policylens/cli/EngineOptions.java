package policylens.cli;

import picocli.CommandLine.Option;
import policylens.index.Engine;
import policylens.index.EngineSettings;

import java.nio.file.Path;

/**
 * Which engine holds the index (the embedded Lucene index by default, or an OpenSearch cluster); each option is also
 * a setting (POLICYLENS_ENGINE, POLICYLENS_URL, POLICYLENS_INDEX_NAME, policylens.properties: {@link Settings}).
 */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "lucene|opensearch",
            description = {"检索引擎:内嵌 Lucene(默认)或 OpenSearch 集群",
                    "engine: the embedded Lucene index (default) or an OpenSearch cluster (also POLICYLENS_ENGINE)"})
    String engine;

    @Option(names = "--url", paramLabel = "URL",
            description = {"OpenSearch 地址,可用逗号分隔多个节点", "OpenSearch address(es), e.g. https://host:9200 "
                    + "(also POLICYLENS_URL; user and password: POLICYLENS_OPENSEARCH_USER/_PASSWORD)"})
    String url;

    @Option(names = "--index-name", paramLabel = "NAME",
            description = {"OpenSearch 索引名", "OpenSearch index name (default policylens; also POLICYLENS_INDEX_NAME)"})
    String indexName;

    EngineSettings settings() {
        return EngineSettings.resolve(engine, url, indexName, null, null);
    }

    /** Opens the index: the embedded one at {@code dir} (null: the default folder), or the cluster's. */
    Engine open(Path dir) {
        return settings().open(dir);
    }
}
