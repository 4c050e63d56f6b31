package policylens.index.opensearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.EngineException;
import policylens.index.EngineSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine options arrive resolved (flag, POLICYLENS_* variable, policylens.properties: cli.Settings); the secrets
 * come from the environment only; the default is the embedded index.
 */
class EngineSettingsTest {
    @Test
    void theEmbeddedIndexIsTheDefault() {
        EngineSettings s = EngineSettings.resolve(null, null, null, null, null, Map.of());
        assertTrue(s.embedded());
        assertEquals("policylens", s.indexName());
        assertEquals(2, s.shards());
        assertEquals(1, s.replicas());
    }

    @Test
    void optionsAndSecretsFromTheEnvironment() {
        Map<String, String> env = Map.of("POLICYLENS_OPENSEARCH_USER", "reader", "POLICYLENS_OPENSEARCH_PASSWORD", "s3cret",
                "POLICYLENS_OPENSEARCH_CA", "/etc/ca.pem");
        EngineSettings o = EngineSettings.resolve("opensearch", "http://option:9200", "opt", 3, 0, env);
        assertEquals(EngineSettings.Kind.OPENSEARCH, o.kind());
        assertEquals("http://option:9200", o.url());
        assertEquals("opt", o.indexName());
        assertEquals(3, o.shards());
        assertEquals(0, o.replicas());
        assertEquals("reader", o.user());
        assertEquals(Path.of("/etc/ca.pem"), o.ca());
        assertTrue(!o.toString().contains("s3cret"), o.toString());
        assertTrue(EngineSettings.resolve("lucene", null, null, null, null, env).embedded());
    }

    @Test
    void badValuesAreOneLine() {
        EngineException e = assertThrows(EngineException.class,
                () -> EngineSettings.resolve("opensearch", "http://h:9200", null, -1, null, Map.of()));
        assertTrue(e.getMessage().contains("--shards must be a whole number"), e.getMessage());
        e = assertThrows(EngineException.class, () -> EngineSettings.resolve("opensearch", null, null, null, null, Map.of()));
        assertTrue(e.getMessage().contains("--url"), e.getMessage());
        e = assertThrows(EngineException.class, () -> EngineSettings.resolve("solr", null, null, null, null, Map.of()));
        assertEquals(1, e.getMessage().lines().count());
        assertNull(EngineSettings.resolve(null, null, null, null, null, Map.of()).url());
    }
}
