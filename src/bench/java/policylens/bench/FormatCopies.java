package policylens.bench;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import policylens.util.HtmlEscape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTML, DOCX and PDF copies of real plain-text documents, built in-process for the per-format ingest figure: HTML
 * as one {@code <p>} per paragraph, DOCX with POI's XWPF, PDF with {@link CjkPdf} (it needs a CJK font: without one
 * on the machine there is no PDF copy).
 */
public final class FormatCopies {
    private FormatCopies() {
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
        Optional<Path> font = CjkPdf.font();
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
                    CjkPdf.write(paragraphs, paragraphs.isEmpty() ? null : paragraphs.get(0), font.get(), pdf);
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
}
