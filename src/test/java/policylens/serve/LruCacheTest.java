package policylens.serve;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's cache of re-read documents forgets the least recently used one, never everything at once. */
class LruCacheTest {
    @Test
    void aFullCacheDropsOnlyTheLeastRecentlyUsedEntry() {
        LruCache<String, Integer> cache = new LruCache<>(64);
        for (int i = 0; i < 64; i++) {
            cache.put("d" + i, i);
        }
        assertEquals(0, cache.get("d0")); // d0 is now the most recently used; d1 the least
        cache.put("d64", 64);
        assertEquals(64, cache.size());
        assertFalse(cache.containsKey("d1"));
        assertNull(cache.get("d1"));
        for (int i = 0; i <= 64; i++) {
            if (i != 1) {
                assertTrue(cache.containsKey("d" + i), "d" + i + " is kept");
            }
        }
    }

    @Test
    void puttingAKeyAgainReplacesItsValueWithoutGrowing() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("a", 3);
        cache.put("c", 4); // b is the least recently used
        assertEquals(2, cache.size());
        assertEquals(3, cache.get("a"));
        assertNull(cache.get("b"));
        assertEquals(4, cache.get("c"));
    }

    @Test
    void aCacheHoldsAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new LruCache<String, String>(0));
    }

    @Test
    void threadsUsingTheCacheAtOnceNeverTakeItOverItsCapacity() {
        LruCache<Integer, Integer> cache = new LruCache<>(64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t * 10_000;
                    jobs.add(pool.submit(() -> {
                        for (int i = 0; i < 10_000; i++) {
                            cache.put(offset + i, i);
                            cache.get(offset + i / 2);
                            assertTrue(cache.size() <= 64);
                        }
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
            });
        } finally {
            pool.shutdownNow();
        }
        assertEquals(64, cache.size());
    }
}
