package policylens.ingest;

import java.util.Locale;

/**
 * What one document may cost: its size on disk, the characters its text may expand to (a 1 MB .docx can unzip to
 * gigabytes), and the time its parsing may take. Crossing a limit refuses that document with one line; the next
 * document is read as usual.
 *
 * @param maxBytes   the file's size on disk
 * @param maxChars   the characters of text the parser may produce ({@code --max-chars})
 * @param maxSeconds the time the parser may take ({@code --max-seconds}); a PDF whose pages without text are read
 *                   by OCR gets {@link OcrSettings#pageSeconds()} more for each such page
 * @param ocr        OCR of PDF pages without a text layer ({@code --ocr}, {@code --ocr-dpi})
 */
public record IngestLimits(long maxBytes, int maxChars, int maxSeconds, OcrSettings ocr) {
    /** Policy documents are far smaller; 20 MB guards memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** About 40 MB of memory for the text; the longest real policy document has well under 1 M characters. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    /** A large real PDF parses in a few seconds. */
    public static final int DEFAULT_MAX_SECONDS = 60;
    public static final IngestLimits DEFAULT = new IngestLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS);
    /** Bytes of XML a Word file may unzip to per character of text allowed (markup is most of a .docx). */
    static final long UNZIPPED_BYTES_PER_CHAR = 16;
    /** Whatever --max-chars says, a Word file may unzip to this much (its styles and fonts are not text). */
    static final long MIN_UNZIPPED_BYTES = 256_000_000L;

    public IngestLimits {
        if (maxBytes < 1 || maxChars < 1 || maxSeconds < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxChars + ", " + maxSeconds);
        }
        if (ocr == null) {
            ocr = OcrSettings.DEFAULT;
        }
    }

    /** The limits with OCR as by default ({@link OcrSettings#DEFAULT}). */
    public IngestLimits(long maxBytes, int maxChars, int maxSeconds) {
        this(maxBytes, maxChars, maxSeconds, OcrSettings.DEFAULT);
    }

    public IngestLimits withMaxChars(int chars) {
        return new IngestLimits(maxBytes, chars, maxSeconds, ocr);
    }

    public IngestLimits withMaxSeconds(int seconds) {
        return new IngestLimits(maxBytes, maxChars, seconds, ocr);
    }

    public IngestLimits withOcr(OcrSettings settings) {
        return new IngestLimits(maxBytes, maxChars, maxSeconds, settings);
    }

    /** What the entries of a zip container (a .docx, an .ofd) may declare to unzip to, in all. */
    public long maxUnzippedBytes() {
        return Math.max(UNZIPPED_BYTES_PER_CHAR * maxChars, MIN_UNZIPPED_BYTES);
    }

    /** 20000000 → "20 M", 1500 → "1.5 k", 12 → "12". */
    static String count(long n) {
        if (n >= 1_000_000) {
            return trim(n / 1e6) + " M";
        }
        return n >= 1_000 ? trim(n / 1e3) + " k" : Long.toString(n);
    }

    /** 1100000000 → "1.1 GB", 320000000 → "320 MB" (decimal units, as the limits are set). */
    static String bytes(long n) {
        if (n >= 1_000_000_000L) {
            return trim(n / 1e9) + " GB";
        }
        return n >= 1_000_000 ? trim(n / 1e6) + " MB" : trim(n / 1e3) + " KB";
    }

    private static String trim(double x) {
        String s = String.format(Locale.ROOT, "%.1f", x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
