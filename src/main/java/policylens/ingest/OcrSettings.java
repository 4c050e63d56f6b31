package policylens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * OCR of PDF pages without a text layer (scans), through Tika's Tesseract integration with the Chinese model.
 * Only the pages with fewer than 10 characters of text are rendered and read; a born-digital PDF is parsed once,
 * as before, and costs nothing more.
 *
 * @param mode        {@code AUTO}: OCR the pages without text when tesseract and chi_sim are installed; {@code OFF}
 * @param dpi         the resolution pages are rendered at for tesseract (200 read best in our measurements: it
 *                    prefers glyphs 30-50 px high)
 * @param pageSeconds the time each page to OCR adds to the document's {@code --max-seconds} (and tesseract's own
 *                    time limit per page)
 */
public record OcrSettings(Mode mode, int dpi, int pageSeconds) {
    public enum Mode { OFF, AUTO }

    public static final int DEFAULT_DPI = 200;
    public static final int DEFAULT_PAGE_SECONDS = 20;
    public static final OcrSettings DEFAULT = new OcrSettings(Mode.AUTO, DEFAULT_DPI, DEFAULT_PAGE_SECONDS);
    /** The language tesseract reads: simplified Chinese (chi_sim+eng read no better and 30% slower). */
    static final String LANGUAGE = "chi_sim";

    public OcrSettings {
        if (mode == null || dpi < 50 || dpi > 600 || pageSeconds < 1) {
            throw new IllegalArgumentException("OCR settings: mode " + mode + ", dpi " + dpi + " (50-600), "
                    + pageSeconds + " s per page");
        }
    }

    public static Mode mode(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "off" -> Mode.OFF;
            case "auto" -> Mode.AUTO;
            default -> throw new IllegalArgumentException("--ocr takes off or auto, not " + name);
        };
    }

    private static volatile Boolean available;

    /** Whether {@code tesseract} runs and has the chi_sim model (asked once, when a page without text is first met). */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals(LANGUAGE));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
