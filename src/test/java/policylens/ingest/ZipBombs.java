package policylens.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .docx files whose word/document.xml unzips to far more than the file's size (the same paragraph, deflated
 * about 250:1), and PDFs whose page content does. Built at test time (a few MB on disk for a gigabyte), never
 * committed.
 */
public final class ZipBombs {
    private static final String PARAGRAPH = "<w:p><w:r><w:t>各区人民政府要加强组织领导，落实工作责任，确保各项任务按期完成。</w:t></w:r></w:p>";

    private ZipBombs() {
    }

    /**
     * A valid minimal .docx whose document.xml is at least {@code xmlBytes} long.
     *
     * @param lying the central directory declares every entry 4 KB long, as a hostile file would, so that only the
     *              parser's own limits can stop it
     */
    public static Path docx(Path file, long xmlBytes, boolean lying) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
            byte[] chunk = new byte[paragraph.length * 4096];
            for (int i = 0; i < 4096; i++) {
                System.arraycopy(paragraph, 0, chunk, i * paragraph.length, paragraph.length);
            }
            for (long written = 0; written < xmlBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        if (lying) {
            declareSmallSizes(file);
        }
        return file;
    }

    /**
     * A one-page PDF whose content stream (FlateDecode) inflates to at least {@code contentBytes} of text-showing
     * operators: PDFBox would gather all of that page's text in memory.
     */
    public static Path pdf(Path file, long contentBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream();
                 DeflaterOutputStream zip = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                zip.write(("BT /" + font.getName() + " 12 Tf 10 700 Td\n").getBytes(StandardCharsets.US_ASCII));
                byte[] line = "(policy text policy text policy text) Tj\n".getBytes(StandardCharsets.US_ASCII);
                byte[] chunk = new byte[line.length * 10_000];
                for (int i = 0; i < 10_000; i++) {
                    System.arraycopy(line, 0, chunk, i * line.length, line.length);
                }
                for (long written = 0; written < contentBytes; written += chunk.length) {
                    zip.write(chunk);
                }
                zip.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(file.toFile());
        }
        return file;
    }

    /** Sets the uncompressed size of every central directory entry to 4096. */
    private static void declareSmallSizes(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        for (int i = b.length - 46; i >= 0; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 24] = 0;
                b[i + 25] = 0x10;
                b[i + 26] = 0;
                b[i + 27] = 0;
            }
        }
        Files.write(file, b);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
