package policylens.index;

import org.junit.jupiter.api.Test;
import policylens.index.FolderWatcherDebounce.Batch;
import policylens.index.FolderWatcherDebounce.Look;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The debounce on a fake clock (milliseconds written as nanoseconds) and a fake file system (a map of looks). */
class FolderWatcherDebounceTest {
    private static final long MS = 1_000_000;
    private static final long QUIET = 1500 * MS;

    private final Map<Path, Look> disk = new HashMap<>();
    private final FolderWatcherDebounce d = new FolderWatcherDebounce(QUIET);

    private static Path path(String name) {
        return Path.of("/w", name);
    }

    private Look look(Path p) {
        return disk.getOrDefault(p, Look.ABSENT);
    }

    private void event(String name, long atMs) {
        d.touched(path(name), atMs * MS, look(path(name)));
    }

    private void write(String name, long size, long modified) {
        disk.put(path(name), new Look(true, size, modified));
    }

    private void delete(String name) {
        disk.remove(path(name));
    }

    private Batch take(long atMs) {
        return d.take(atMs * MS, this::look);
    }

    @Test
    void anEditorsSaveIsOneChangeOnceQuiet() {
        // gedit/vim: the old file goes, the new one is created and written
        write("plan.txt", 100, 1);
        event("plan.txt", 0);
        delete("plan.txt");
        event("plan.txt", 5);
        write("plan.txt", 0, 2);
        event("plan.txt", 8);
        write("plan.txt", 120, 3);
        event("plan.txt", 12);

        assertTrue(take(1000).isEmpty(), "not quiet yet");
        assertTrue(take(12 + 1499).isEmpty(), "quiet time counts from the last event");
        assertEquals(12 + 1500, d.nextDue() / MS);
        Batch b = take(12 + 1500);
        assertEquals(List.of(path("plan.txt")), b.present());
        assertFalse(b.gone());
        assertFalse(b.rescan());
        assertTrue(take(5000).isEmpty(), "handed out once");
        assertTrue(d.idle());
    }

    @Test
    void aCopyThatKeepsGrowingWaitsUntilItsSizeStaysTheSame() {
        write("big.pdf", 1_000, 10);
        event("big.pdf", 0);
        // no event reached us, but the file grew meanwhile: another quiet time from when that was seen
        write("big.pdf", 5_000, 20);
        assertTrue(take(1500).isEmpty());
        assertEquals(3000, d.nextDue() / MS);
        assertTrue(take(2999).isEmpty());
        Batch b = take(3000);
        assertEquals(List.of(path("big.pdf")), b.present());
    }

    @Test
    void aVanishedPathAsksForRemovalAndNamesNoFile() {
        write("old.docx", 10, 1);
        event("old.docx", 0);
        delete("old.docx");
        event("old.docx", 100);
        Batch b = take(1600);
        assertTrue(b.present().isEmpty());
        assertTrue(b.gone());
    }

    @Test
    void aRenameInOneBurstIsOneBatchOfRemovalAndAddition() {
        write("a.txt", 10, 1);
        event("a.txt", 0);
        delete("a.txt");
        write("b.txt", 10, 1);
        event("a.txt", 1);
        event("b.txt", 1);
        Batch b = take(1501);
        assertEquals(List.of(path("b.txt")), b.present());
        assertTrue(b.gone());
    }

    @Test
    void pathsSettleEachOnItsOwn() {
        write("a.txt", 10, 1);
        write("b.txt", 10, 1);
        event("a.txt", 0);
        event("b.txt", 1000);
        assertEquals(List.of(path("a.txt")), take(1500).present());
        assertTrue(take(2000).isEmpty());
        assertEquals(List.of(path("b.txt")), take(2500).present());
    }

    @Test
    void aRescanTakesEveryPendingPathOnceQuiet() {
        write("a.txt", 10, 1);
        event("a.txt", 0);
        d.rescan(200);
        write("b.txt", 10, 1);
        event("b.txt", 1600);
        assertEquals(List.of(path("a.txt")), take(1500).present(), "a is quiet; the rescan is not yet");
        Batch b = take(1700);
        assertTrue(b.rescan());
        assertEquals(List.of(path("b.txt")), b.present(), "the rescan takes b although it is not quiet");
        assertTrue(d.idle());
    }

    @Test
    void aBatchPutBackComesAgainNoEarlierThanAsked() {
        write("a.txt", 10, 1);
        event("a.txt", 0);
        Batch b = take(1500);
        assertEquals(1, b.present().size());
        d.retry(b, 1500 * MS, 3500 * MS, this::look);
        assertEquals(3500, d.nextDue() / MS);
        assertTrue(take(3499).isEmpty());
        assertEquals(b.present(), take(3500).present());
    }

    @Test
    void aRemovalPutBackBecomesARescan() {
        event("gone.txt", 0);
        Batch b = take(1500);
        assertTrue(b.gone());
        d.retry(b, 1500 * MS, 2000 * MS, p -> Look.ABSENT);
        Batch again = take(2000);
        assertTrue(again.rescan(), "which paths vanished is not kept: the folder is read again");
    }

    @Test
    void nothingPendingMeansNothingDue() {
        assertEquals(Long.MAX_VALUE, d.nextDue());
        assertTrue(take(100_000).isEmpty());
    }
}
