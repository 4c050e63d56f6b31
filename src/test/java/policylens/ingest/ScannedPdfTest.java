package policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.bench.CjkPdf;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.extract.Target;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Scanned PDFs: pages without a text layer are read by tesseract (chi_sim) and give records; pages with text are
 * not OCR'd, and the share of OCR'd pages is recorded. The scans are drawn here: text rendered with WenQuanYi Micro
 * Hei into a grey A4 image at 200 dpi, wrapped into an image-only PDF page (PDFBox LosslessFactory).
 * <p>
 * Without tesseract and its chi_sim model (Debian: tesseract-ocr tesseract-ocr-chi-sim) or the font
 * (fonts-wqy-microhei) the OCR tests are skipped, saying so; with POLICYLENS_REQUIRE_OCR=1 (as .ci/run sets) they fail.
 */
class ScannedPdfTest {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final String TARGET = "到2027年，专精特新中小企业达到500家。（责任单位：省工业和信息化厅）";
    static final int DPI = 200;

    @TempDir
    Path dir;

    @Test
    void aScannedPageGivesItsTargetAndResponsibleUnit() throws Exception {
        requireOcr();
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            addScannedPage(pdf, List.of("江西省专精特新中小企业培育行动方案", "一、主要目标", TARGET));
            pdf.save(scan.toFile());
        }
        RawDocument raw = new Ingestor().read(scan);
        SourceInfo info = raw.info();
        assertEquals(1, info.pages());
        assertEquals(1, info.ocrPages());
        assertEquals(1.0, info.ocrShare());
        String text = raw.text();
        assertTrue(cer(TARGET, line(text, "500")) <= 0.1, "character error rate over 10%: " + text);
        assertTrue(!text.contains("专 精"), "no spaces between Chinese characters: " + text);

        PolicyRecord record = new DocumentExtractor().extract(raw);
        Target target = record.targets().stream().filter(t -> t.value() == 500).findFirst()
                .orElseThrow(() -> new AssertionError("no 500 target in " + record.targets() + " from " + text));
        assertEquals("家", target.unit());
        assertEquals("2027", target.deadline());
        String units = record.responsibilities().stream().flatMap(r -> r.units().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no responsibility from " + text));
        assertTrue(distance("省工业和信息化厅", units) <= 1, units);
        assertEquals(0.0 + 1, record.meta().file().ocrShare());
    }

    @Test
    void inAMixedPdfOnlyThePageWithoutTextIsReadByOcr() throws Exception {
        requireOcr();
        Path text = CjkPdf.write(List.of("各设区市要加强组织领导，落实工作责任，确保各项任务按期完成。"), "江西省专精特新中小企业培育行动方案",
                FONT, dir.resolve("text.pdf"));
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument pdf = Loader.loadPDF(text.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            addScannedPage(pdf, List.of("一、主要目标", TARGET));
            pdf.save(mixed.toFile());
        }
        RawDocument raw = new Ingestor().read(mixed);
        SourceInfo info = raw.info();
        assertEquals(2, info.pages());
        assertEquals(1, info.pagesWithoutText());
        assertEquals(1, info.ocrPages());
        assertEquals(0.5, info.ocrShare());
        assertTrue(raw.text().contains("各设区市要加强组织领导"), raw.text());
        assertTrue(cer(TARGET, line(raw.text(), "500")) <= 0.1, raw.text());
    }

    @Test
    void aPdfWithTextIsNotOcrd() throws Exception {
        SourceInfo info = new Ingestor().read(FormatFixtures.PDF).info();
        assertEquals(0, info.pagesWithoutText());
        assertEquals(0, info.ocrPages());
        assertEquals(0.0, info.ocrShare());
        assertTrue(info.pages() > 1);
    }

    @Test
    void withOcrOffAScanIsOneLineSayingSo() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FONT), "skipped: no " + FONT + " (Debian: fonts-wqy-microhei)");
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            addScannedPage(pdf, List.of(TARGET));
            pdf.save(scan.toFile());
        }
        Ingestor off = new Ingestor(IngestLimits.DEFAULT.withOcr(
                new OcrSettings(OcrSettings.Mode.OFF, OcrSettings.DEFAULT_DPI, OcrSettings.DEFAULT_PAGE_SECONDS)));
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> off.read(scan));
        assertEquals(scan + ": 没有文字层（扫描件？），文字识别已关闭（--ocr off） / no text layer (a scan?) and OCR is off (--ocr off)",
                e.getMessage());
    }

    /** Skips (visibly) without tesseract + chi_sim or the font; fails instead when POLICYLENS_REQUIRE_OCR=1. */
    static void requireOcr() {
        String missing = !Files.isRegularFile(FONT) ? FONT + " (Debian: fonts-wqy-microhei)"
                : !OcrSettings.available() ? "tesseract with chi_sim (Debian: tesseract-ocr tesseract-ocr-chi-sim)" : null;
        if (missing == null) {
            return;
        }
        if ("1".equals(System.getenv("POLICYLENS_REQUIRE_OCR"))) {
            fail("POLICYLENS_REQUIRE_OCR=1 but missing: " + missing);
        }
        Assumptions.abort("skipped: missing " + missing);
    }

    /** An A4 page at 200 dpi with the lines drawn in 12 pt (33 px) WenQuanYi Micro Hei, as an image only. */
    static void addScannedPage(PDDocument pdf, List<String> lines) throws Exception {
        int width = Math.round(PDRectangle.A4.getWidth() / 72 * DPI);
        int height = Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(12f / 72 * DPI));
        int y = 300;
        for (String line : lines) {
            g.drawString(line, 170, y);
            y += 70;
        }
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    /** The line of the text that contains {@code marker}, without white space; "" when none does. */
    private static String line(String text, String marker) {
        return text.lines().filter(l -> l.contains(marker)).findFirst().orElse("").replaceAll("\\s+", "");
    }

    /** Character error rate of {@code read} against {@code expected}, white space and full/half width ignored. */
    static double cer(String expected, String read) {
        String e = fold(expected);
        return (double) distance(e, fold(read)) / e.length();
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':')
                .replace('。', '.');
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
