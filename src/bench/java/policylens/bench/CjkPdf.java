package policylens.bench;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's one PDF writer, for fixtures only (the product reads PDFs, it never writes them): the committed
 * test PDF ({@code ingest.FormatFixtures}), the bench's PDF copies ({@link FormatCopies}) and the encrypted copy
 * the tests refuse. Paragraphs are typeset like a government PDF: A4, 12 pt, 36 CJK characters a line, the first
 * line of a paragraph indented two characters, closing punctuation never starting a line, a page number at the
 * foot of each page. The font is a CJK TrueType font embedded as a Type 0 subset (the standard 14 fonts have no
 * Chinese); characters it cannot draw are left out.
 */
public final class CjkPdf {
    /** CJK fonts tried, in order (a .ttc collection or a .ttf); Debian's fonts-wqy-microhei gives the first. */
    public static final List<Path> FONTS = List.of(
            Paths.get("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Paths.get("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Paths.get("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Paths.get("/usr/share/fonts/truetype/arphic/uming.ttc"));

    static final float FONT_SIZE = 12f;
    static final int CHARS_PER_LINE = 36;
    static final float LEADING = 22f;
    private static final String NO_LINE_START = "，。、；：？！）》”’」』〕】,.;:?!)%";

    private CjkPdf() {
    }

    /** The first of {@link #FONTS} on this machine, if any. */
    public static Optional<Path> font() {
        return FONTS.stream().filter(Files::isRegularFile).findFirst();
    }

    /** Writes the paragraphs (one per element; empty ones are skipped) as a PDF titled {@code title}. */
    public static Path write(List<String> paragraphs, String title, Path fontFile, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument(); Font font = Font.load(pdf, fontFile)) {
            float width = CHARS_PER_LINE * FONT_SIZE;
            PDRectangle a4 = PDRectangle.A4;
            float left = (a4.getWidth() - width) / 2;
            float top = a4.getHeight() - 72;
            float bottom = 80;
            int perPage = (int) ((top - bottom) / LEADING);
            List<List<String>> pages = new ArrayList<>();
            List<List<Boolean>> pageIndents = new ArrayList<>();
            List<String> page = new ArrayList<>();
            List<Boolean> indents = new ArrayList<>();
            for (String para : paragraphs) {
                List<String> wrapped = wrap(font.pd(), printable(para, font.pd()), width, 2 * FONT_SIZE);
                for (int k = 0; k < wrapped.size(); k++) {
                    if (page.size() == perPage) {
                        pages.add(page);
                        pageIndents.add(indents);
                        page = new ArrayList<>();
                        indents = new ArrayList<>();
                    }
                    page.add(wrapped.get(k));
                    indents.add(k == 0);
                }
            }
            pages.add(page);
            pageIndents.add(indents);
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdPage = new PDPage(a4);
                pdf.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                    float y = top;
                    for (int k = 0; k < pages.get(p).size(); k++) {
                        cs.beginText();
                        cs.setFont(font.pd(), FONT_SIZE);
                        cs.newLineAtOffset(left + (pageIndents.get(p).get(k) ? 2 * FONT_SIZE : 0), y);
                        cs.showText(pages.get(p).get(k));
                        cs.endText();
                        y -= LEADING;
                    }
                    String number = "— " + (p + 1) + " —";
                    cs.beginText();
                    cs.setFont(font.pd(), 10.5f);
                    cs.newLineAtOffset((a4.getWidth() - font.pd().getStringWidth(number) / 1000 * 10.5f) / 2, 50);
                    cs.showText(number);
                    cs.endText();
                }
            }
            if (title != null) {
                pdf.getDocumentInformation().setTitle(title);
            }
            Files.deleteIfExists(file);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A copy of a PDF that asks for a user password before it opens. */
    public static Path writeEncrypted(Path source, Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** The embedded font and the collection it came from (closed after the document is saved). */
    private record Font(PDType0Font pd, TrueTypeCollection collection) implements AutoCloseable {
        static Font load(PDDocument doc, Path fontFile) throws IOException {
            if (!fontFile.toString().toLowerCase().endsWith(".ttc")) {
                return new Font(PDType0Font.load(doc, fontFile.toFile()), null);
            }
            TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return new Font(PDType0Font.load(doc, first[0], true), collection);
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }

    /** Drops characters the font cannot draw (rare symbols, control characters), keeping the rest. */
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

    /** Wraps a paragraph at {@code width} points, the first line indented; closing punctuation stays on its line. */
    static List<String> wrap(PDType0Font font, String text, float width, float indent) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = indent;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = font.getStringWidth(ch) / 1000 * FONT_SIZE;
            if (used + w > width + 0.01f && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += ch.length();
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
