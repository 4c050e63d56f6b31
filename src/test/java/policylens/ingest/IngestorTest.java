package policylens.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestorTest {
    private static Ingestor ingestor;
    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        ingestor = new Ingestor(1024 * 1024);
    }

    private static final String SENTENCE = "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。镕堃喆\n";

    @Test
    void readsUtf8AndGb18030TextWithoutADeclaration() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("a.txt"), SENTENCE.repeat(20), StandardCharsets.UTF_8);
        Path gb = Files.write(dir.resolve("b.txt"), SENTENCE.repeat(20).getBytes(Charset.forName("GB18030")));
        assertEquals(ingestor.read(utf8).text(), ingestor.read(gb).text());
        assertEquals("b", ingestor.read(gb).docId());
    }

    @Test
    void decodesAPageDeclaredGb2312AsGb18030() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"><title>t</title></head><body><p>" + SENTENCE + "</p></body></html>";
        Path page = Files.write(dir.resolve("p.html"), html.getBytes(Charset.forName("GB18030")));
        RawDocument doc = ingestor.read(page);
        assertTrue(doc.text().contains("镕堃喆"), doc.text());
        assertEquals("text/html", doc.mediaType());
    }

    @Test
    void readsBig5Text() throws Exception {
        String big5 = "到2028年，專精特新中小企業達到330家，高新技術企業總量達到280家。\n".repeat(20);
        Path file = Files.write(dir.resolve("tw.txt"), big5.getBytes(Charset.forName("Big5")));
        assertTrue(ingestor.read(file).text().contains("專精特新中小企業達到330家"));
    }

    @Test
    void refusesAMissingFile() {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(dir.resolve("nope.pdf")));
        assertEquals("找不到文件 / no such file", e.reason());
        assertTrue(e.getMessage().contains("nope.pdf"));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals("空文件 / empty file", assertThrows(IngestException.class, () -> ingestor.read(empty)).reason());
    }

    @Test
    void refusesRandomBytes() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("noise.bin"), bytes);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertTrue(e.reason().contains("unsupported format") || e.reason().contains("invalid"), e.reason());
    }

    @Test
    void refusesATooLargeFile() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2 * 1024 * 1024 + 1]);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(big));
        assertTrue(e.reason().startsWith("文件太大") && e.reason().contains("/ file too large"), e.reason());
    }

    @Test
    void refusesInvalidUtf8WithTheOffset() throws IOException {
        byte[] good = SENTENCE.repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        int at = "到2028年,专精特新".getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xff;
        bad[at + 1] = (byte) 0xfe;
        System.arraycopy(good, at, bad, at + 2, good.length - at);
        Path file = Files.write(dir.resolve("bad.txt"), bad);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertTrue(e.reason().contains("invalid UTF-8 (first bad byte at offset " + at + ")"), e.reason());
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("cut.pdf"), pdf);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(file));
        assertTrue(e.reason().contains("PDF"), e.reason());
    }
}
