package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random bytes named .txt/.html/.md are refused; GB18030 under a UTF-8 label is decoded as GB18030. */
class TextThatIsNotTextTest {
    private static final Ingestor INGESTOR = new Ingestor();
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String BODY = "到2028年，专精特新中小企业达到330家，专精特新“小巨人”企业达到15家。各区人民政府要加强组织领导。\n";

    @TempDir
    Path dir;

    @Test
    void randomBytesNamedAsTextAreRefusedWithOneLine() throws Exception {
        Random random = new Random(2024);
        for (String ext : List.of("txt", "html", "md")) {
            for (int size : new int[]{2_000, 50_000, 200_000}) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                Path file = Files.write(dir.resolve("x" + size + "." + ext), bytes);
                IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(file), file::toString);
                assertTrue(e.reason().startsWith("不像文本（") && e.reason().contains("/ does not look like text ("),
                        e.getMessage());
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                assertFalse(e.getMessage().contains("\n"));
            }
        }
    }

    @Test
    void gb18030UnderAUtf8MetaTagIsDecodedAsGb18030() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>关于印发行动方案的通知</title></head><body><p>"
                + BODY.repeat(10).replace("\n", "</p><p>") + "</p></body></html>";
        Path page = Files.write(dir.resolve("page.html"), html.getBytes(GB18030));
        RawDocument doc = INGESTOR.read(page);
        assertTrue(doc.text().contains("专精特新“小巨人”企业达到15家"), doc.text());
        assertEquals("GB18030", doc.charset());
    }

    @Test
    void aUtf8BomOverGb18030IsDecodedAsGb18030() throws Exception {
        for (String ext : List.of("txt", "md")) {
            byte[] gb = BODY.repeat(10).getBytes(GB18030);
            byte[] bytes = new byte[gb.length + 3];
            bytes[0] = (byte) 0xef;
            bytes[1] = (byte) 0xbb;
            bytes[2] = (byte) 0xbf;
            System.arraycopy(gb, 0, bytes, 3, gb.length);
            RawDocument doc = INGESTOR.read(Files.write(dir.resolve("bom." + ext), bytes));
            assertTrue(doc.text().startsWith("到2028年"), doc.text());
            assertTrue(doc.text().contains("各区人民政府要加强组织领导。"), doc.text());
        }
    }

    @Test
    void utf8UnderAGb2312MetaTagIsDecodedAsUtf8() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"><title>关于印发行动方案的通知</title></head><body><p>"
                + BODY.repeat(10).replace("\n", "</p><p>") + "</p></body></html>";
        RawDocument doc = INGESTOR.read(Files.writeString(dir.resolve("page.html"), html));
        assertTrue(doc.text().contains("专精特新“小巨人”企业达到15家"), doc.text());
        assertEquals("UTF-8", doc.charset());
    }

    @Test
    void aUtf8BomOverUtf8StaysUtf8() throws Exception {
        byte[] utf8 = ("\ufeff" + BODY.repeat(10)).getBytes(StandardCharsets.UTF_8);
        RawDocument doc = INGESTOR.read(Files.write(dir.resolve("bom.txt"), utf8));
        assertTrue(doc.text().startsWith("到2028年"), doc.text());
    }

    @Test
    void aFewRareCharactersInARealTextAreFine() throws Exception {
        // a name in CJK Extension A (䶮), a private-use glyph a font put in, one replacement character
        String text = BODY.repeat(10) + "刘䶮同志\ue000出席会议。\ufffd\n";
        assertTrue(INGESTOR.read(Files.writeString(dir.resolve("rare.txt"), text)).text().contains("刘䶮同志"));
    }

    @Test
    void everyCorpusAndHeldOutDocumentLooksLikeText() throws Exception {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("corpus")), Files.list(Path.of("heldout")))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(txt|md|html)") && !f.endsWith("README.md")).toList()) {
                assertFalse(INGESTOR.read(file).lines().isEmpty(), file::toString);
            }
        }
    }
}
