package policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option is also a setting: flag, then POLICYLENS_* variable, then policylens.properties, then the default. */
class SettingsTest {
    private static final String DOC = "corpus/xinyu-cluster-upgrade-2026-2028.txt";

    @TempDir
    Path dir;

    @Test
    void aConfigFileSetsAnOptionsDefault() throws IOException {
        Path conf = write("extract.format = csv\n");
        String[] r = run(0, Map.of(), "extract", DOC, "--config", conf.toString());
        assertTrue(isCsv(r[0]), r[0].substring(0, Math.min(200, r[0].length())));
    }

    @Test
    void aVariableWinsOverTheFileAndAFlagWinsOverBoth() throws IOException {
        Path conf = write("format = csv\n");
        String[] byVariable = run(0, Map.of("POLICYLENS_EXTRACT_FORMAT", "jsonl"), "extract", DOC, "--config", conf.toString());
        assertTrue(byVariable[0].trim().startsWith("{"), "the variable's jsonl");
        String[] byFlag = run(0, Map.of("POLICYLENS_FORMAT", "jsonl"), "extract", DOC, "--format", "csv", "--config", conf.toString());
        assertTrue(isCsv(byFlag[0]), "the flag's csv");
    }

    @Test
    void anUnknownKeyIsRefusedInOneLine() throws IOException {
        Path conf = write("serve.max-upload-megabytes = 50\n");
        String[] r = run(2, Map.of(), "extract", DOC, "--config", conf.toString());
        assertEquals(1, r[1].strip().lines().count(), r[1]);
        assertTrue(r[1].contains("serve.max-upload-megabytes") && r[1].contains("未知设置"), r[1]);
    }

    @Test
    void aNamedFileThatIsMissingIsRefused() {
        String[] r = run(2, Map.of(), "extract", DOC, "--config", dir.resolve("nope.properties").toString());
        assertTrue(r[1].contains("nope.properties") && r[1].contains("找不到配置文件"), r[1]);
    }

    @Test
    void variableNamesFollowOptionNames() {
        assertEquals("POLICYLENS_SERVE_MAX_UPLOAD_MB", Settings.envName("serve-max-upload-mb"));
        assertEquals("POLICYLENS_INDEX", Settings.envName("index"));
    }

    private static boolean isCsv(String out) {
        return out.replace("\uFEFF", "").startsWith("docId,kind,");
    }

    private Path write(String text) throws IOException {
        Path p = dir.resolve("policylens.properties");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Runs the CLI with the given environment instead of the machine's, and {@link #dir} as home. */
    private String[] run(int expected, Map<String, String> env, String... args) {
        return CliRun.run(expected, env, dir, args);
    }
}
