package policylens.serve;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The upload queue: one at a time, smallest first, bounded, and nothing waits past the time limit. */
class UploadQueueTest {

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        try (UploadQueue queue = new UploadQueue(2, Duration.ofSeconds(60))) {
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(3);
            try {
                CountDownLatch running = new CountDownLatch(1);
                Future<String> first = clients.submit(() -> queue.run(10, () -> {
                    running.countDown();
                    release.await();
                    return "first";
                }));
                assertTrue(running.await(10, TimeUnit.SECONDS));
                Future<String> second = clients.submit(() -> queue.run(10, () -> "second"));
                Future<String> third = clients.submit(() -> queue.run(10, () -> "third"));
                waitUntil(() -> queue.waiting() == 2);
                ApiError full = assertThrows(ApiError.class, () -> queue.run(10, () -> "fourth"));
                assertEquals(503, full.status());
                assertTrue(full.retryAfterSeconds() > 0);
                assertTrue(full.getMessage().startsWith("服务器正忙"), full.getMessage());
                release.countDown();
                assertEquals(List.of("first", "second", "third"),
                        List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS), third.get(10, TimeUnit.SECONDS)));
                assertEquals("again", queue.run(10, () -> "again"), "places are given back");
            } finally {
                release.countDown();
                clients.shutdownNow();
            }
        }
    }

    @Test
    void smallUploadsGoFirst() throws Exception {
        try (UploadQueue queue = new UploadQueue(8, Duration.ofSeconds(60))) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch running = new CountDownLatch(1);
                clients.submit(() -> queue.run(1, () -> {
                    running.countDown();
                    release.await();
                    return order.add("running");
                }));
                assertTrue(running.await(10, TimeUnit.SECONDS));
                Future<?> big = clients.submit(() -> queue.run(8_000_000, () -> order.add("8 MB")));
                waitUntil(() -> queue.waiting() == 1);
                Future<?> small = clients.submit(() -> queue.run(9_500, () -> order.add("9.5 KB")));
                waitUntil(() -> queue.waiting() == 2);
                release.countDown();
                big.get(10, TimeUnit.SECONDS);
                small.get(10, TimeUnit.SECONDS);
                assertEquals(List.of("running", "9.5 KB", "8 MB"), order);
            } finally {
                release.countDown();
                clients.shutdownNow();
            }
        }
    }

    @Test
    void anUploadPastItsTimeLimitIsCancelledAndTheNextOneRuns() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (UploadQueue queue = new UploadQueue(8, Duration.ofMillis(1000))) {
                CountDownLatch interrupted = new CountDownLatch(1);
                ApiError slow = assertThrows(ApiError.class, () -> queue.run(10, () -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown(); // an index run rolls back here
                        throw e;
                    }
                    return "never";
                }));
                assertEquals(422, slow.status(), "it ran longer than one file may: " + slow.getMessage());
                assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the running upload was interrupted");
                assertEquals("next", queue.run(10, () -> "next"));
                assertFalse(Thread.currentThread().isInterrupted());
            }
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out waiting");
            Thread.sleep(10);
        }
    }
}
