package policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The fixture of the HTTP test classes that share one server for all their tests: a fresh index of the bundled
 * corpus in the class's temporary folder, uploads up to {@link #LIMIT} bytes, the default checks. A subclass's own
 * {@code @BeforeAll} runs after the server is up.
 */
abstract class CorpusServerTest {
    /** The upload limit of the shared server: 1 MiB. */
    static final long LIMIT = 1024 * 1024;

    @TempDir
    static Path tmp;
    static ServeFixture f;

    @BeforeAll
    static void startServer() throws IOException {
        f = ServeFixture.start(tmp, LIMIT, null);
    }

    @AfterAll
    static void stopServer() {
        if (f != null) {
            f.close();
            f = null;
        }
    }
}
