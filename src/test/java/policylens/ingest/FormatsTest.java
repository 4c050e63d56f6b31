package policylens.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.extract.DocumentExtractor;
import policylens.extract.Meta;
import policylens.text.Block;
import policylens.text.StructuredText;
import policylens.text.Whitespace;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The same document as text, HTML, GB18030 HTML (declared gb2312), PDF and DOCX yields the same cleaned text (modulo
 * white space), the same metadata and the same table rows. The HTML pages and the DOCX are built by
 * {@link FormatFixtures} from the .txt's cleaned text; the PDF is committed (a CJK font is needed to make it).
 */
class FormatsTest {
    private static final Ingestor INGESTOR = new Ingestor();
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static StructuredText expected;
    private static Meta expectedMeta;

    @TempDir
    static Path dir;

    @BeforeAll
    static void readTheText() throws Exception {
        RawDocument raw = INGESTOR.read(FormatFixtures.TXT);
        expected = EXTRACTOR.structure(raw);
        expectedMeta = EXTRACTOR.extract(raw, expected).meta();
    }

    @Test
    void html() throws Exception {
        assertSameDocument(FormatFixtures.writeHtml(expected, dir), "text/html");
    }

    @Test
    void gb18030HtmlDeclaredGb2312() throws Exception {
        Path page = FormatFixtures.writeGbHtml(expected, dir);
        assertTrue(new String(Files.readAllBytes(page), Charset.forName("GB18030")).contains("<meta charset=\"gb2312\">"));
        RawDocument raw = assertSameDocument(page, "text/html");
        assertEquals("GB18030", raw.charset());
    }

    @Test
    void pdf() throws Exception {
        assertTrue(Files.size(FormatFixtures.PDF) < 1024 * 1024, "the committed PDF should stay small");
        assertSameDocument(FormatFixtures.PDF, "application/pdf");
    }

    @Test
    void docx() throws Exception {
        assertSameDocument(FormatFixtures.writeDocx(expected, dir),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aGb2312PageKeepsCharactersOutsideGb2312() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"><title>t</title></head><body>"
                + "<p>朱镕基、王堃、张喆出席新余市产业集群提能升级工作推进会。</p></body></html>";
        Path page = Files.write(dir.resolve("rare.html"), html.getBytes(Charset.forName("GB18030")));
        String text = INGESTOR.read(page).text();
        assertTrue(text.contains("朱镕基、王堃、张喆"), text);
    }

    private static RawDocument assertSameDocument(Path file, String mediaType) throws Exception {
        RawDocument raw = INGESTOR.read(file);
        assertEquals(mediaType, raw.mediaType());
        StructuredText doc = EXTRACTOR.structure(raw);
        assertSameText(expected.text(), doc.text(), file);
        // what the text says is the same in every format; meta.file (format, properties, pages) is the file's own
        assertEquals(expectedMeta.withFile(null), EXTRACTOR.extract(raw, doc).meta().withFile(null),
                "meta of " + file.getFileName());
        assertEquals(mediaType, EXTRACTOR.extract(raw, doc).meta().file().format());
        assertEquals(units(expected), units(doc), "table rows (their 责任单位 cells) of " + file.getFileName());
        return raw;
    }

    /** The 责任单位 cell of every table row, in order, prefixed with the row's annex. */
    private static List<String> units(StructuredText doc) {
        return doc.blocks().stream().filter(b -> b.kind() == Block.Kind.ROW)
                .map(b -> b.taskId().substring(0, b.taskId().indexOf('.')) + " " + b.row().units()).toList();
    }

    static void assertSameText(String expected, String actual, Path file) {
        // the ditto mark 〃 an HTML rowspan leaves in the cells it covers is structure, not text of the page
        String a = Whitespace.squeeze(expected).replace("\u3003", "");
        String b = Whitespace.squeeze(actual).replace("\u3003", "");
        if (a.equals(b)) {
            return;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        fail(String.format("cleaned text of %s differs from the .txt's (white space removed) at offset %d of %d/%d:%n"
                        + "  txt:  …%s…%n  %s: …%s…", file.getFileName(), i, a.length(), b.length(),
                around(a, i), file.getFileName().toString().replaceAll(".*\\.", ""), around(b, i)));
    }

    private static String around(String s, int i) {
        return s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20));
    }
}
