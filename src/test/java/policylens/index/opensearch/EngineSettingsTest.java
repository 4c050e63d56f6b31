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

/** Each engine setting comes from the option, else the environment, else the configuration file, else the default. */
class EngineSettingsTest {
    @Test
    void theEmbeddedIndexIsTheDefault() {
        EngineSettings s = EngineSettings.resolve(null, null, null, null, null, Map.of("POLICYLENS_ENGINE_CONFIG", ""));
        assertTrue(s.embedded());
        assertEquals("policylens", s.indexName());
        assertEquals(2, s.shards());
        assertEquals(1, s.replicas());
    }

    @Test
    void optionBeatsEnvironmentBeatsFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("engine.properties");
        Files.writeString(file, "engine=opensearch\nurl=https://file:9200\nindex-name=from-file\nshards=5\n"
                + "user=reader\npassword=s3cret\nca=/etc/ca.pem\n");
        Map<String, String> env = Map.of("POLICYLENS_ENGINE_CONFIG", file.toString(),
                "POLICYLENS_OPENSEARCH_URL", "https://env:9200", "POLICYLENS_OPENSEARCH_REPLICAS", "0");
        EngineSettings s = EngineSettings.resolve(null, null, null, null, null, env);
        assertEquals(EngineSettings.Kind.OPENSEARCH, s.kind());
        assertEquals("https://env:9200", s.url());
        assertEquals("from-file", s.indexName());
        assertEquals(5, s.shards());
        assertEquals(0, s.replicas());
        assertEquals("reader", s.user());
        assertEquals(Path.of("/etc/ca.pem"), s.ca());
        assertTrue(!s.toString().contains("s3cret"), s.toString());

        EngineSettings o = EngineSettings.resolve("opensearch", "http://option:9200", "opt", 3, 2, env);
        assertEquals("http://option:9200", o.url());
        assertEquals("opt", o.indexName());
        assertEquals(3, o.shards());
        assertEquals(2, o.replicas());
        assertTrue(EngineSettings.resolve("lucene", null, null, null, null, env).embedded());
    }

    @Test
    void badValuesAreOneLine(@TempDir Path tmp) {
        Map<String, String> none = Map.of("POLICYLENS_ENGINE_CONFIG", "");
        EngineException e = assertThrows(EngineException.class,
                () -> EngineSettings.resolve("opensearch", "http://h:9200", null, -1, null, none));
        assertTrue(e.getMessage().contains("--shards must be a whole number"), e.getMessage());
        e = assertThrows(EngineException.class, () -> EngineSettings.resolve(null, null, null, null, null,
                Map.of("POLICYLENS_ENGINE_CONFIG", tmp.resolve("missing.properties").toString())));
        assertTrue(e.getMessage().contains("cannot read the engine configuration"), e.getMessage());
        assertNull(EngineSettings.resolve(null, null, null, null, null, none).url());
    }
}
