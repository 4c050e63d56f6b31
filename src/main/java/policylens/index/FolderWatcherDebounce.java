package policylens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The debounce of a watched folder: collects the paths that file events named and hands them out once each has been
 * quiet (no event) for the debounce time <em>and</em> looks the same (present or not, size, modification time) as
 * at its last event. A burst on one path (an editor's save: delete, create, modify) is one change; a file still
 * being copied keeps growing and waits. Time is passed in (nanoseconds of any monotonic clock), so tests need no
 * sleeping. Not thread-safe: one watcher thread owns it.
 */
final class FolderWatcherDebounce {
    /** What a path looked like: present or not, its size and modification time. */
    record Look(boolean exists, long size, long modified) {
        static final Look ABSENT = new Look(false, -1, -1);

        static Look of(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Look(true, a.size(), a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return ABSENT;
            }
        }
    }

    /**
     * The paths whose changes have settled.
     *
     * @param present paths that exist now (files, or folders whose files are to be read)
     * @param gone    whether any path vanished (the pass then removes what was indexed from vanished files)
     * @param rescan  whether the whole folder is to be read again (events were lost, or a retry)
     */
    record Batch(List<Path> present, boolean gone, boolean rescan) {
        Batch {
            present = List.copyOf(present);
        }

        boolean isEmpty() {
            return present.isEmpty() && !gone && !rescan;
        }
    }

    private record Pending(long lastEvent, Look look) {
    }

    private final long quietNanos;
    private final Map<Path, Pending> pending = new LinkedHashMap<>();
    /** When a rescan was last asked for, or -1. */
    private long rescanAt = -1;
    /** Nothing is handed out before this time (a retry after the index was locked). */
    private long notBefore = Long.MIN_VALUE;

    FolderWatcherDebounce(long quietNanos) {
        this.quietNanos = quietNanos;
    }

    /** An event named {@code p} at {@code now}; {@code look} is what the path looks like now. */
    void touched(Path p, long now, Look look) {
        pending.put(p, new Pending(now, look));
    }

    /** The whole folder is to be read again (an overflow of the event queue), once quiet. */
    void rescan(long now) {
        rescanAt = now;
    }

    boolean idle() {
        return pending.isEmpty() && rescanAt < 0;
    }

    /**
     * The paths ready at {@code now}: quiet for the debounce and looking the same as at their last event. A quiet
     * path that looks different (a copy that grew without an event reaching us yet) starts its quiet time again.
     * A rescan takes every pending path with it (reading the folder again reads them too).
     */
    Batch take(long now, Function<Path, Look> look) {
        if (now < notBefore) {
            return new Batch(List.of(), false, false);
        }
        boolean rescan = rescanAt >= 0 && now - rescanAt >= quietNanos;
        List<Path> present = new ArrayList<>();
        boolean gone = false;
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Pending p = e.getValue();
            if (!rescan && now - p.lastEvent() < quietNanos) {
                continue;
            }
            Look current = look.apply(e.getKey());
            if (!current.equals(p.look())) {
                if (!rescan) {
                    e.setValue(new Pending(now, current)); // still changing: wait another quiet time
                    continue;
                }
            }
            it.remove();
            if (current.exists()) {
                present.add(e.getKey());
            } else {
                gone = true;
            }
        }
        if (rescan) {
            rescanAt = -1;
        }
        return new Batch(present, gone, rescan);
    }

    /** Puts a batch back, to be handed out again (with whatever came since) no earlier than {@code at}. */
    void retry(Batch b, long now, long at, Function<Path, Look> look) {
        for (Path p : b.present()) {
            pending.putIfAbsent(p, new Pending(now - quietNanos, look.apply(p)));
        }
        if (b.gone() || b.rescan()) {
            // which paths vanished is not kept: reading the folder again finds them
            rescanAt = rescanAt < 0 ? now - quietNanos : rescanAt;
        }
        notBefore = at;
    }

    /**
     * The earliest time anything may become ready (for how long the watcher may sleep), or {@link Long#MAX_VALUE}
     * when nothing is pending.
     */
    long nextDue() {
        long due = Long.MAX_VALUE;
        for (Pending p : pending.values()) {
            due = Math.min(due, p.lastEvent() + quietNanos);
        }
        if (rescanAt >= 0) {
            due = Math.min(due, rescanAt + quietNanos);
        }
        return due == Long.MAX_VALUE ? due : Math.max(due, notBefore);
    }
}
