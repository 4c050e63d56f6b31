package policylens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap every few milliseconds on a daemon thread: the peak of the heap in use (all heap pools at the same
 * moment, garbage not yet collected included). What is really kept alive is measured after a full collection.
 */
final class HeapWatch implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    HeapWatch(long intervalMillis) {
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void sample() {
        long used = 0;
        for (MemoryPoolMXBean p : pools) {
            used += p.getUsage().getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
    }

    /** Peak heap in use so far, bytes. */
    long peakUsed() {
        sample();
        return peakUsed;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
