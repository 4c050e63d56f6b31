package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document has a bounded cost: characters, unzipped bytes, seconds. Crossing one is a one-line refusal. */
class DocumentLimitsTest {
    private static final long GIGABYTE_AND_A_BIT = 1_100_000_000L;

    @TempDir
    Path dir;

    @Test
    void aDocxThatDeclaresAGigabyteUnzippedIsRefusedBeforeInflating() throws Exception {
        Path bomb = ZipBombs.docx(dir.resolve("plan.docx"), GIGABYTE_AND_A_BIT, false);
        long before = usedHeapAfterGc();
        IngestException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IngestException.class, () -> new Ingestor().read(bomb)));
        assertOneLine(e, "plan.docx", "展开后超过 320 MB");
        assertTrue(e.getMessage().contains("expands past 320 MB"), e.getMessage());
        assertHeapGrewLessThan300Mb(before);
    }

    @Test
    void aDocxThatLiesAboutItsSizeStopsAtTheCharacterLimit() throws Exception {
        Path bomb = ZipBombs.docx(dir.resolve("plan.docx"), GIGABYTE_AND_A_BIT, true);
        long before = usedHeapAfterGc();
        // 20 M characters is ~70 MB of this XML: a few seconds; the gigabyte would take a minute and the heap
        IngestException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(IngestException.class, () -> new Ingestor().read(bomb)));
        assertOneLine(e, "plan.docx", "展开后超过 20 M 字符 (--max-chars) / expands past 20 M characters");
        assertHeapGrewLessThan300Mb(before);
    }

    @Test
    void aPdfWhosePageContentInflatesPastTheLimitIsRefused() throws Exception {
        Path bomb = ZipBombs.pdf(dir.resolve("report.pdf"), 400_000_000L);
        long before = usedHeapAfterGc();
        IngestException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IngestException.class, () -> new Ingestor().read(bomb)));
        assertOneLine(e, "report.pdf", "展开后超过 320 MB");
        assertHeapGrewLessThan300Mb(before);
    }

    @Test
    void maxCharsIsTheCallersToChoose() throws Exception {
        Path docx = ZipBombs.docx(dir.resolve("long.docx"), 2_000_000, false);
        IngestException e = assertThrows(IngestException.class,
                () -> new Ingestor(IngestLimits.DEFAULT.withMaxChars(100_000)).read(docx));
        assertOneLine(e, "long.docx", "展开后超过 100 k 字符 (--max-chars) / expands past 100 k characters");
        // the same file under the default limit is read
        assertTrue(new Ingestor().read(docx).lines().size() > 10_000);
    }

    @Test
    void aDocumentPastItsTimeIsGivenUpOn() throws Exception {
        // a gigabyte of XML, no character limit to speak of: streaming it takes far more than a second
        Path docx = ZipBombs.docx(dir.resolve("slow.docx"), GIGABYTE_AND_A_BIT, true);
        Ingestor ingestor = new Ingestor(new IngestLimits(IngestLimits.DEFAULT_MAX_BYTES, Integer.MAX_VALUE, 1));
        IngestException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IngestException.class, () -> ingestor.read(docx)));
        assertOneLine(e, "slow.docx", "处理超过 1 秒 (--max-seconds) / took longer than 1 s");
    }

    private static void assertOneLine(IngestException e, String file, String reason) {
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void assertHeapGrewLessThan300Mb(long before) {
        long grown = usedHeapAfterGc() - before;
        assertTrue(grown < 300L * 1024 * 1024, "heap grew by " + grown / (1024 * 1024) + " MB");
    }
}
