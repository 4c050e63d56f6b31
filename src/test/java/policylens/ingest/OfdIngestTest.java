package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.model.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OFD files (GB/T 33190) give text in reading order, tables as rows, DocInfo metadata and records. */
class OfdIngestTest {
    private static final Ingestor INGESTOR = new Ingestor();

    @TempDir
    Path dir;

    @Test
    void aPlanInOfdGivesItsTargetDeadlineAndResponsibleUnitThroughTheNormalExtraction() throws Exception {
        RawDocument raw = INGESTOR.read(OfdFixtures.plan(dir.resolve("plan.ofd"), OfdFixtures.Options.DEFAULT));
        assertEquals("application/ofd", raw.mediaType());
        PolicyRecord record = new DocumentExtractor().extract(raw);

        Target target = record.targets().stream().filter(t -> t.value() == 500 && t.evidence().contains("专精特新中小企业达到500家"))
                .findFirst().orElseThrow(() -> new AssertionError("no 500家 target in " + record.targets()));
        assertEquals("家", target.unit());
        assertEquals("2027", target.deadline());
        assertTrue(record.deadlines().stream().anyMatch(d -> "2027".equals(d.date())), record.deadlines().toString());
        Responsibility duty = record.responsibilities().stream()
                .filter(r -> r.evidence().contains("每年新增入库企业100家")).findFirst()
                .orElseThrow(() -> new AssertionError("no responsibility in " + record.responsibilities()));
        assertEquals(List.of("省工业和信息化厅"), duty.units());
        // the title set centred over two lines is one line again
        assertTrue(raw.lines().contains("关于印发" + OfdFixtures.TITLE + "的通知"), raw.lines().toString());
    }

    @Test
    void linesComeInReadingOrderWithTheTemplateLetterheadFirstAndOneCharacterPerObjectJoined() throws Exception {
        RawDocument raw = INGESTOR.read(OfdFixtures.plan(dir.resolve("plan.ofd"), OfdFixtures.Options.DEFAULT));
        List<String> lines = raw.lines();
        assertEquals("江西省工业和信息化厅文件", lines.get(0), "the template's letterhead sits above the page's text");
        int target = lines.indexOf(OfdFixtures.TARGET_LINE);
        assertTrue(target > 0, "one TextObject per character, written right to left, is one line: " + lines);
        assertTrue(lines.indexOf("一、主要目标") < target);
        // page 2 (absolute BaseLoc, text inside nested PageBlocks) follows page 1
        int heading = lines.indexOf("二、重点任务");
        assertTrue(heading > target, lines.toString());
        // the task wrapped at the right edge is one paragraph again; the indented line after it is not joined to it
        assertEquals("（一）加强梯度培育。建立优质中小企业培育库，每年新增入库企业100家以上。（责任单位：省工业和信息化厅）",
                lines.get(heading + 1));
        assertEquals("附件：主要指标", lines.get(heading + 2));
    }

    @Test
    void cellsLaidOutInColumnsArriveAsTableRows() throws Exception {
        RawDocument raw = INGESTOR.read(OfdFixtures.plan(dir.resolve("plan.ofd"), OfdFixtures.Options.DEFAULT));
        assertTrue(raw.lines().contains("指标\t2025年\t2027年"), raw.lines().toString());
        assertTrue(raw.lines().contains("专精特新中小企业（家）\t300\t500"), raw.lines().toString());
    }

    @Test
    void docInfoBecomesTheRecordsFileMetadata() throws Exception {
        RawDocument raw = INGESTOR.read(OfdFixtures.plan(dir.resolve("plan.ofd"), OfdFixtures.Options.DEFAULT));
        SourceInfo info = raw.info();
        assertEquals("application/ofd", info.format());
        assertEquals(OfdFixtures.TITLE, info.title());
        assertEquals("江西省工业和信息化厅", info.author());
        assertEquals("2025-03-18", info.created());
        assertEquals(List.of("专精特新", "中小企业"), info.keywords());
        assertEquals(2, info.pages());
        String json = Json.line(new DocumentExtractor().extract(raw));
        assertTrue(json.contains("\"file\":{\"format\":\"application/ofd\",\"title\":\"" + OfdFixtures.TITLE + "\""), json);
    }

    @Test
    void entryNamesWithALeadingSlashBackslashesOrInGbkAreFound() throws Exception {
        List<String> expected = INGESTOR.read(OfdFixtures.plan(dir.resolve("a.ofd"), OfdFixtures.Options.DEFAULT)).lines();
        for (OfdFixtures.Options o : List.of(new OfdFixtures.Options("/", false, false, false),
                new OfdFixtures.Options("", true, false, false), new OfdFixtures.Options("", false, true, false))) {
            Path file = OfdFixtures.plan(dir.resolve("b.ofd"), o);
            assertEquals(expected, INGESTOR.read(file).lines(), o.toString());
        }
    }

    @Test
    void aZipWithARootOfdXmlIsReadAsOfdWhateverItsName() throws Exception {
        Path zip = OfdFixtures.plan(dir.resolve("plan.zip"), OfdFixtures.Options.DEFAULT);
        assertEquals("application/ofd", INGESTOR.read(zip).mediaType());
    }

    @Test
    void theCommittedFixtureIsWhatTheHelperWrites() throws Exception {
        Path fresh = OfdFixtures.plan(dir.resolve("fresh.ofd"), OfdFixtures.Options.DEFAULT);
        assertEquals(INGESTOR.read(fresh).lines(), INGESTOR.read(OfdFixtures.COMMITTED).lines());
        assertTrue(Files.size(OfdFixtures.COMMITTED) < 16 * 1024, "the committed OFD should stay small");
    }

    @Test
    void anOfdWithoutOfdXmlIsOneLineNamingTheFile() throws Exception {
        Path file = OfdFixtures.plan(dir.resolve("broken.ofd"), new OfdFixtures.Options("", false, false, true));
        IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(file));
        assertEquals(file + ": 不是有效的 OFD 文件（缺少 OFD.xml） / not a valid OFD file (OFD.xml is missing)", e.getMessage());
    }

    @Test
    void otherBrokenOfdFilesSayWhatIsWrong() throws Exception {
        Path notZip = Files.writeString(dir.resolve("text.ofd"), "这不是OFD文件，只是一段文字。");
        assertEquals(notZip + ": 不是有效的 OFD 文件（不是 zip 压缩包） / not a valid OFD file (not a zip archive)",
                assertThrows(IngestException.class, () -> INGESTOR.read(notZip)).getMessage());
        Path partMissing = OfdFixtures.withoutDocument(dir.resolve("nodoc.ofd"));
        assertEquals(partMissing + ": 不是有效的 OFD 文件（缺少 Doc_0/Document.xml） / not a valid OFD file "
                + "(Doc_0/Document.xml is missing)", assertThrows(IngestException.class, () -> INGESTOR.read(partMissing)).getMessage());
        Path noText = OfdFixtures.simple(dir.resolve("empty.ofd"), List.of());
        assertTrue(assertThrows(IngestException.class, () -> INGESTOR.read(noText)).getMessage()
                .contains("OFD 中没有文字"));
    }

    @Test
    void aDoctypeIsRefusedAndNoExternalEntityIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        Path file = OfdFixtures.withDoctype(dir.resolve("xxe.ofd"), secret);
        IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(file));
        assertTrue(e.getMessage().contains("不是有效的 OFD 文件（OFD.xml 的 XML 有误"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-CONTENT"));
    }

    @Test
    void aPartThatInflatesPastTheLimitIsRefusedWhileReading() throws Exception {
        // the zip directory declares small sizes (ZipBombs' trick) but Content.xml inflates to 80 MB of one text object
        Path file = dir.resolve("bomb.ofd");
        Path good = OfdFixtures.simple(dir.resolve("good.ofd"), List.of("各地要加强组织领导。"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             java.util.zip.ZipFile source = new java.util.zip.ZipFile(good.toFile())) {
            for (ZipEntry e : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().endsWith("Content.xml")) {
                    zip.write("<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><!--".getBytes(StandardCharsets.UTF_8));
                    byte[] pad = new byte[1 << 20];
                    java.util.Arrays.fill(pad, (byte) 'x');
                    for (int i = 0; i < 80; i++) {
                        zip.write(pad);
                    }
                    zip.write("--></ofd:Page>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(source.getInputStream(e).readAllBytes());
                }
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(file));
        assertTrue(e.getMessage().contains("Doc_0/Pages/Page_0/Content.xml 展开后超过 67.1 MB"), e.getMessage());
    }

    @Test
    void resolvingPartLocations() {
        assertEquals("Doc_0/Pages/Page_0/Content.xml", OfdParser.resolve("Doc_0/Document.xml", "Pages/Page_0/Content.xml"));
        assertEquals("Doc_0/Pages/P.xml", OfdParser.resolve("Doc_0/Document.xml", "/Doc_0/Pages/P.xml"));
        assertEquals("Doc_0/Res/a.xml", OfdParser.resolve("Doc_0/Pages/Page_0/Content.xml", "../../Res/./a.xml"));
        assertEquals("Doc_0/Tpls/T.xml", OfdParser.resolve("Doc_0/Document.xml", "Tpls\\T.xml"));
    }

    @Test
    void advancesFollowDeltaX() {
        assertEquals(3 * 5.6 + 5.6, OfdParser.advance("一二三四", "g 3 5.6", 5.6), 1e-9);
        assertEquals(2.0 + 3.0 + 2.8, OfdParser.advance("a万b", "2 3", 5.6), 1e-9);
        assertNotNull(OfdParser.advance("", null, 5.6));
    }
}
