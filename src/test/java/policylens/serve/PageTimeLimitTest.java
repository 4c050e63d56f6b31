package policylens.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.PolicyIndex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page that needs a document re-read waits a bounded time for it; then it is a 503 with Retry-After. */
class PageTimeLimitTest {
    @TempDir
    Path tmp;

    @Test
    void aDocumentThatTakesTooLongToReadIsA503AndTheNextTryCanSucceed() {
        Path idx = tmp.resolve("idx");
        new PolicyIndex(idx).index(List.of(Path.of("corpus/xinyu-cluster-upgrade-2026-2028.txt")));
        try (Library library = new Library(idx, null, 1 << 20)) {
            library.loadLimit(Duration.ofNanos(1)); // no document can be read in a nanosecond
            ApiError e = assertThrows(ApiError.class, () -> library.load("xinyu-cluster-upgrade-2026-2028"));
            assertEquals(503, e.status());
            assertTrue(e.retryAfterSeconds() > 0);
            assertTrue(e.getMessage().startsWith("读取 xinyu-cluster-upgrade-2026-2028.txt 超过了"), e.getMessage());
            library.loadLimit(Duration.ofSeconds(60));
            assertTrue(library.load("xinyu-cluster-upgrade-2026-2028").record().targets().size() > 10);
        }
    }
}
