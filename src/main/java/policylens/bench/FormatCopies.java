package policylens.bench;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import policylens.util.HtmlEscape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTML, DOCX and PDF copies of real plain-text documents, built in-process for the per-format ingest figure: HTML
 * as one {@code <p>} per paragraph, DOCX with POI's XWPF, PDF with PDFBox and a CJK TrueType font embedded as a
 * Type 0 subset (the standard 14 fonts have no Chinese). Without such a font on the machine there is no PDF copy.
 */
public final class FormatCopies {
    /** Fonts tried for the PDF copy, in order (a .ttc collection or a .ttf). */
    static final List<Path> CJK_FONTS = List.of(
            Paths.get("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Paths.get("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Paths.get("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Paths.get("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private FormatCopies() {
    }

    /** The CJK font used for PDF copies, if the machine has one. */
    public static Optional<Path> cjkFont() {
        return CJK_FONTS.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * Writes {@code name.html}, {@code name.docx} and (with a CJK font) {@code name.pdf} for each source into
     * {@code dir}; returns format → files (txt → the sources themselves).
     */
    public static Map<String, List<Path>> write(List<Path> txtSources, Path dir) {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        out.put("txt", List.copyOf(txtSources));
        out.put("html", new ArrayList<>());
        out.put("docx", new ArrayList<>());
        out.put("pdf", new ArrayList<>());
        Optional<Path> font = cjkFont();
        try {
            Files.createDirectories(dir);
            for (Path src : txtSources) {
                List<String> paragraphs = Files.readAllLines(src, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                String name = policylens.ingest.Ingestor.docId(src);
                Path html = dir.resolve(name + ".html");
                Files.writeString(html, html(paragraphs), StandardCharsets.UTF_8);
                out.get("html").add(html);
                Path docx = dir.resolve(name + ".docx");
                docx(paragraphs, docx);
                out.get("docx").add(docx);
                if (font.isPresent()) {
                    Path pdf = dir.resolve(name + ".pdf");
                    pdf(paragraphs, font.get(), pdf);
                    out.get("pdf").add(pdf);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write format copies to " + dir + ": " + e.getMessage(), e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    static String html(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlEscape.escape(paragraphs.isEmpty() ? "" : paragraphs.get(0))).append("</title></head>\n<body>\n");
        for (String p : paragraphs) {
            sb.append("<p>").append(HtmlEscape.escape(p)).append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static void docx(List<String> paragraphs, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                XWPFParagraph para = doc.createParagraph();
                para.createRun().setText(p);
            }
            doc.write(out);
        }
    }

    /** A4 pages, 11 pt, lines wrapped at the right margin like a printed document. */
    static void pdf(List<String> paragraphs, Path fontFile, Path file) throws IOException {
        float size = 11f;
        float leading = 16f;
        float margin = 60f;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            TrueTypeCollection collection = null;
            if (fontFile.toString().toLowerCase().endsWith(".ttc")) {
                collection = new TrueTypeCollection(fontFile.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                font = PDType0Font.load(doc, first[0], true);
            } else {
                font = PDType0Font.load(doc, fontFile.toFile());
            }
            try {
                PDRectangle a4 = PDRectangle.A4;
                float width = a4.getWidth() - 2 * margin;
                List<String> lines = new ArrayList<>();
                for (String p : paragraphs) {
                    lines.addAll(wrap(printable(p, font), font, size, width));
                    lines.add("");
                }
                int perPage = (int) ((a4.getHeight() - 2 * margin) / leading);
                for (int start = 0; start < lines.size(); start += perPage) {
                    PDPage page = new PDPage(a4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.setLeading(leading);
                        cs.newLineAtOffset(margin, a4.getHeight() - margin);
                        for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                            if (!line.isEmpty()) {
                                cs.showText(line);
                            }
                            cs.newLine();
                        }
                        cs.endText();
                    }
                }
                Files.deleteIfExists(file);
                doc.save(file.toFile());
            } finally {
                if (collection != null) {
                    collection.close();
                }
            }
        }
    }

    /** Drops characters the font cannot draw (rare symbols), keeping the rest of the paragraph. */
    private static String printable(String s, PDType0Font font) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                // not in the font
            }
        });
        return sb.toString();
    }

    private static List<String> wrap(String s, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = font.getStringWidth(ch) / 1000f * size;
            if (w + cw > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(ch);
            w += cw;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
