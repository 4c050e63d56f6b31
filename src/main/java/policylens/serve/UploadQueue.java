package policylens.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads are stored and indexed one at a time (the index has a single writer) on a thread of their own, smallest
 * file first, so a small upload does not wait behind every big one that came before it. At most {@code capacity}
 * uploads wait; one more is refused at once with 503 and Retry-After. Each upload has a time limit: one that has
 * not finished when its request's time is up is cancelled (a running one is interrupted, which rolls its index run
 * back) and answered 503; and one file may keep the writer for at most half that time, so an upload queued behind
 * it is still reached in time.
 */
final class UploadQueue implements AutoCloseable {
    private final int capacity;
    private final Duration timeLimit;
    private final Semaphore places;
    private final ThreadPoolExecutor worker;
    private final ScheduledExecutorService watchdog;
    private final AtomicLong arrivals = new AtomicLong();

    /**
     * @param capacity  how many uploads may wait while one is processed
     * @param timeLimit the most a request waits for its upload to be stored and indexed
     */
    UploadQueue(int capacity, Duration timeLimit) {
        this.capacity = capacity;
        this.timeLimit = timeLimit;
        this.places = new Semaphore(capacity + 1);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "policylens-upload");
            t.setDaemon(true);
            return t;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policylens-upload-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /** How many uploads wait (not counting the one running). */
    int waiting() {
        return worker.getQueue().size();
    }

    /** Seconds a refused client is asked to wait (HTTP Retry-After). */
    long retryAfterSeconds() {
        return Math.max(1, Math.min(60, timeLimit.toSeconds() / 2));
    }

    /**
     * Runs {@code task} on the upload thread and waits for it.
     *
     * @param size how many bytes the upload has (smaller ones go first)
     * @throws ApiError 503 when the queue is full or the time limit passed (the task is then cancelled); whatever
     *                  the task throws
     */
    <T> T run(long size, Callable<T> task) {
        if (!places.tryAcquire()) {
            throw new ApiError(503, "服务器正忙:已有 " + capacity + " 个上传在排队,请稍后再试。"
                    + " / The server is busy: " + capacity + " uploads are waiting; try again in a moment.",
                    retryAfterSeconds());
        }
        Job<T> job = new Job<>(task, size, arrivals.getAndIncrement());
        try {
            worker.execute(job);
        } catch (RuntimeException e) {
            places.release();
            throw new ApiError(503, "服务器正在关闭 / the server is stopping", retryAfterSeconds());
        }
        try {
            return job.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw timedOut();
        } catch (CancellationException e) {
            if (job.overran) {
                long s = runLimitMillis() / 1000;
                throw new ApiError(422, "读取并索引这个文件超过了 " + s + " 秒,已放弃,没有添加。"
                        + " / Reading and indexing this file took longer than " + s + " s; it was not added.");
            }
            throw timedOut();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "服务器正在关闭 / the server is stopping", retryAfterSeconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The most one upload may keep the writer: half the time limit. */
    private long runLimitMillis() {
        return Math.max(1, timeLimit.toMillis() / 2);
    }

    private ApiError timedOut() {
        return new ApiError(503, "上传没有在 " + timeLimit.toSeconds() + " 秒内处理完,没有添加;请稍后再试。"
                + " / The upload was not stored and indexed within " + timeLimit.toSeconds()
                + " s and was not added; try again later.", retryAfterSeconds());
    }

    /** A queued upload: ordered by size, then arrival; frees its place when done or cancelled. */
    private final class Job<T> extends FutureTask<T> implements Comparable<Job<?>> {
        private final long size;
        private final long arrival;
        private volatile boolean overran;

        Job(Callable<T> task, long size, long arrival) {
            super(task);
            this.size = size;
            this.arrival = arrival;
        }

        @Override
        public void run() {
            if (isDone()) {
                return; // cancelled while it waited
            }
            var limit = watchdog.schedule(() -> {
                overran = true;
                cancel(true);
            }, runLimitMillis(), TimeUnit.MILLISECONDS);
            try {
                super.run();
            } finally {
                limit.cancel(false);
                Thread.interrupted(); // a cancel that came late must not reach the next upload
            }
        }

        @Override
        protected void done() {
            places.release();
        }

        @Override
        public int compareTo(Job<?> o) {
            int c = Long.compare(size, o.size);
            return c != 0 ? c : Long.compare(arrival, o.arrival);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        watchdog.shutdownNow();
    }
}
