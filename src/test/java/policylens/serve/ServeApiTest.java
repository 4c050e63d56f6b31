package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.ingest.IngestException;
import policylens.format.CsvReader;
import policylens.format.RecordCsv;
import policylens.format.ResponsibilitySheet;
import policylens.ingest.Ingestor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static policylens.serve.ServeFixture.enc;

/** The JSON API and the pages over HTTP, against a server on a free port over an index of the corpus. */
class ServeApiTest extends CorpusServerTest {
    static final String XINYU = "xinyu-cluster-upgrade-2026-2028";
    static final String JIANGXI = "jiangxi-cluster-upgrade-2025";
    static final String WHO = "谁负责中试平台建设?";
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    static void noStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("at policylens.") || body.contains("at io.javalin")
                || body.contains("Exception:") || body.contains("org.eclipse.jetty"), body);
    }

    @Test
    void askPageAndDocumentsList() throws Exception {
        HttpResponse<String> r = f.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(r.body().contains("name=\"q\""));
        JsonNode docs = json(f.get("/api/documents")).get("documents");
        List<String> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.get("docId").asText()));
        assertTrue(ids.containsAll(List.of(XINYU, JIANGXI, "nanchang-8810-action-plan-2023-2026")), ids.toString());
        for (JsonNode d : docs) {
            assertFalse(d.has("source"), "no server paths in the API: " + d);
        }
        assertTrue(f.get("/docs").body().contains("新余市产业集群提能升级三年行动方案"));
        assertEquals(200, f.get("/assets/app.css").statusCode());
    }

    @Test
    void whoAnswersWithTheResponsibleUnitsLeadFirst() throws Exception {
        JsonNode r = json(f.get("/api/who?q=" + enc(WHO)));
        assertEquals("中试平台建设", r.get("terms").asText());
        JsonNode answers = r.get("answers");
        assertTrue(answers.size() >= 2, r.toString());
        JsonNode first = answers.get(0);
        assertEquals("新余市工业和信息化局", first.get("unit").asText());
        assertTrue(first.has("lead"), "each unit says whether it leads: " + first);
        assertTrue(first.get("written").toString().contains("市工信局"), "aliases as written: " + first);
        JsonNode ev = first.get("evidence").get(0);
        assertEquals(XINYU, ev.get("docId").asText());
        assertTrue(ev.get("text").asText().contains("中试平台"));

        String page = f.get("/?q=" + enc(WHO)).body();
        assertTrue(page.contains("<a class=\"unit-name\" href=\"/unit/" + enc("新余市工业和信息化局") + "\">新余市工业和信息化局</a>"), page);
        assertTrue(page.contains("<span class=\"role lead\">牵头</span>"), page);
        assertTrue(page.contains("href=\"/doc/" + XINYU + "#task-"), "evidence links to the document");
        assertTrue(page.contains("<mark>"), "matched words highlighted");

        // filters narrow who answers to matching documents: no province document names a unit for this
        JsonNode province = json(f.get("/api/who?level=province&q=" + enc(WHO)));
        for (JsonNode a : province.get("answers")) {
            for (JsonNode e : a.get("evidence")) {
                assertNotEquals(XINYU, e.get("docId").asText());
            }
        }
    }

    @Test
    void searchWithFiltersAndHighlightedSnippets() throws Exception {
        JsonNode r = json(f.get("/api/search?q=" + enc("专精特新") + "&type=target&region=" + enc("新余市")));
        JsonNode hits = r.get("hits");
        assertTrue(hits.size() > 0, r.toString());
        for (JsonNode h : hits) {
            assertEquals("target", h.get("type").asText());
            assertEquals(XINYU, h.get("docId").asText());
            assertTrue(h.get("snippet").asText().contains("【专精特新】"), h.toString());
        }
        // year: documents whose period or issue year is 2023, and texts that name 2023; not the 2026-2028 plan
        JsonNode year = json(f.get("/api/search?q=" + enc("专精特新") + "&year=2023&level=city"));
        assertTrue(year.get("hits").size() > 0);
        for (JsonNode h : year.get("hits")) {
            assertNotEquals(XINYU, h.get("docId").asText(), h.toString());
        }
        String page = f.get("/?q=" + enc("专精特新") + "&type=target&region=" + enc("新余市")).body();
        assertTrue(page.contains("<mark>专精特新</mark>"), page);
        assertTrue(page.contains("<option value=\"target\" selected>"), "filters keep their values");
    }

    @Test
    void badRequestsGetOneLineMessages() throws Exception {
        HttpResponse<String> syntax = f.get("/api/search?q=" + enc("中试平台 AND ("));
        assertEquals(400, syntax.statusCode());
        assertTrue(json(syntax).get("error").asText().startsWith("cannot parse query"), syntax.body());
        assertEquals(400, f.get("/api/search?q=x&level=planet").statusCode());
        assertEquals(400, f.get("/api/search?q=x&year=abc").statusCode());
        assertEquals(400, f.get("/api/search?q=x&type=nonsense").statusCode());
        assertEquals(400, f.get("/api/search?q=x&limit=100000").statusCode());
        assertEquals(400, f.get("/api/who").statusCode());
        HttpResponse<String> page = f.get("/?q=" + enc("中试平台 AND ("));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("cannot parse query"));
        noStackTrace(page.body());

        HttpResponse<String> missing = f.get("/api/documents/" + enc("no-such-doc"));
        assertEquals(404, missing.statusCode());
        assertEquals(404, json(missing).get("status").asInt());
        HttpResponse<String> missingPage = f.get("/doc/no-such-doc");
        assertEquals(404, missingPage.statusCode());
        assertTrue(missingPage.body().contains("no-such-doc"));
        HttpResponse<String> noRoute = f.get("/nothing/here");
        assertEquals(404, noRoute.statusCode());
        noStackTrace(noRoute.body());
        // a docId is only ever looked up in the index: path tricks find nothing and touch no file
        HttpResponse<String> dots = f.get("/api/documents/" + enc("../../../../etc/passwd"));
        assertTrue(dots.statusCode() == 400 || dots.statusCode() == 404, dots.body()); // Jetty refuses %2F: 400
        noStackTrace(dots.body());
        assertEquals(404, f.get("/api/documents/" + enc("..") + "/record.json").statusCode());
        HttpResponse<String> encoded = f.get("/api/documents/%2e%2e%2f%2e%2e%2fpom/record.json");
        assertTrue(encoded.statusCode() == 400 || encoded.statusCode() == 404, encoded.body());
        noStackTrace(encoded.body());
    }

    @Test
    void everythingFromQueriesAndDocumentsIsEscaped() throws Exception {
        String attack = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        HttpResponse<String> r = f.get("/?q=" + enc(attack) + "&region=" + enc("<b>x</b>"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.body()); // 400: not valid query syntax
        assertFalse(r.body().contains("<script>alert"), r.body());
        assertFalse(r.body().contains("<img src=x"), r.body());
        assertFalse(r.body().contains("<b>x</b>"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), r.body());
        HttpResponse<String> who = f.get("/?q=" + enc("谁负责<script>alert(1)</script>"));
        assertFalse(who.body().contains("<script>alert"), who.body());
        assertTrue(Html.marked("a【b】c<i>【d").equals("a<mark>b</mark>c&lt;i&gt;<mark>d</mark>"));
    }

    @Test
    void documentWithRecordsJsonAndExcel() throws Exception {
        JsonNode d = json(f.get("/api/documents/" + XINYU));
        assertEquals("新余市产业集群提能升级三年行动方案(2026-2028年)", d.get("title").asText());
        assertTrue(d.get("record").get("targets").size() > 20);
        assertTrue(d.get("text").asText().contains("专精特新中小企业达到330家"));

        String page = f.get("/doc/" + XINYU).body();
        assertTrue(page.contains("class=\"rec rec-target\""), "targets marked in place");
        assertTrue(page.contains("rec-deadline"), "deadlines marked in place");
        assertTrue(page.contains("rec-unit"), "units marked in place");
        assertTrue(page.contains("id=\"target-0\""));
        assertTrue(page.contains("<section id=\"responsibilities\">"));

        HttpResponse<String> rec = f.get("/api/documents/" + XINYU + "/record.json");
        assertEquals(200, rec.statusCode());
        assertTrue(rec.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        JsonNode record = JSON.readTree(rec.body());
        assertEquals("policy-records/1", record.get("schema").asText());
        assertEquals(XINYU, record.get("docId").asText());

        HttpResponse<byte[]> xlsx = f.getBytes("/api/documents/" + XINYU + "/responsibilities.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheet("责任分工");
            assertNotNull(sheet);
            Row head = sheet.getRow(0);
            for (int i = 0; i < ResponsibilitySheet.HEADER.length; i++) {
                assertEquals(ResponsibilitySheet.HEADER[i], head.getCell(i).getStringCellValue());
            }
            assertEquals(record.get("responsibilities").size(), sheet.getLastRowNum());
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row.getCell(2).getStringCellValue().contains("中试平台")
                        && row.getCell(3).getStringCellValue().contains("市工信局")) {
                    found = true;
                }
            }
            assertTrue(found, "the 中试平台 task with 市工信局 leading");
            assertNotNull(wb.getSheet("目标"));
            assertEquals(record.get("targets").size(), wb.getSheet("目标").getLastRowNum());
        }
    }

    /** /export?format= resolves the name through the registry: csv reads back; a format records lack is a 400 line. */
    @Test
    void exportInEachRecordFormatAndRefusalOfOthers() throws Exception {
        HttpResponse<String> csv = f.get("/api/documents/" + XINYU + "/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        List<List<String>> rows = CsvReader.parse(csv.body());
        assertEquals(RecordCsv.HEADER, rows.get(0));
        JsonNode record = JSON.readTree(f.get("/api/documents/" + XINYU + "/export?format=json").body());
        int n = record.get("targets").size() + record.get("deadlines").size() + record.get("responsibilities").size();
        assertEquals(n + 1, rows.size());

        HttpResponse<String> line = f.get("/api/documents/" + XINYU + "/export?format=jsonl");
        assertEquals(1, line.body().lines().count());
        assertEquals(XINYU, JSON.readTree(line.body()).get("docId").asText());
        HttpResponse<byte[]> xlsx = f.getBytes("/api/documents/" + XINYU + "/export?format=XLSX");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(record.get("responsibilities").size(), wb.getSheet("责任分工").getLastRowNum());
        }

        HttpResponse<String> md = f.get("/api/documents/" + XINYU + "/export?format=md");
        assertEquals(400, md.statusCode());
        String error = JSON.readTree(md.body()).get("error").asText();
        assertTrue(error.startsWith("格式 md 不能用于提取记录") && error.endsWith("use one of json, jsonl, xlsx, csv"), error);
        HttpResponse<String> bogus = f.get("/api/documents/" + XINYU + "/export?format=" + enc("<b>x</b>"));
        assertEquals(400, bogus.statusCode());
        assertTrue(JSON.readTree(bogus.body()).get("error").asText().startsWith("未知格式"), bogus.body());
    }

    @Test
    void checkAlignsTargetsOfAPlanAndItsParent() throws Exception {
        JsonNode r = json(f.get("/api/check?child=" + XINYU + "&parent=" + JIANGXI));
        assertEquals(ConsistencyCheckService.ENGINE, r.get("engine").asText());
        assertTrue(r.get("link").get("basis").toString().contains("cite-title"), r.get("link").toString());
        // the check stage's finding on this pair: the 六个一 coverage is due later than the province asks
        boolean later = false;
        for (JsonNode finding : r.get("findings")) {
            if (finding.get("kind").asText().equals("deadline-later")) {
                later = finding.get("childEvidence").get(0).get("text").asText().contains("到2026年12月")
                        && finding.get("parentEvidence").get(0).get("text").asText().contains("用一年左右的时间");
            }
        }
        assertTrue(later, r.get("findings").toString());
        assertTrue(r.get("aligned").size() > 0, r.toString());
        for (JsonNode a : r.get("aligned")) {
            assertFalse(a.get("child").get("evidence").asText().isEmpty());
            assertFalse(a.get("parent").get("evidence").asText().isEmpty());
            assertTrue(a.get("similarity").asDouble() > 0);
            assertFalse(a.get("verdict").asText().isEmpty());
        }
        // the parent a plan cites is suggested when none is given
        assertEquals(JIANGXI, json(f.get("/api/check?child=" + XINYU)).get("parentDocId").asText());
        assertEquals(400, f.get("/api/check?child=" + XINYU + "&parent=" + XINYU).statusCode());
        assertEquals(404, f.get("/api/check?child=" + XINYU + "&parent=nope").statusCode());

        String page = f.get("/compare?child=" + XINYU).body();
        assertTrue(page.contains("一致性检查:" + ConsistencyCheckService.ENGINE), page);
        assertTrue(page.contains("deadline-later"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"parent\" value=\"" + JIANGXI + "\">"), "the parent compared is chosen");
        assertTrue(page.contains("id=\"chosen-parent\""), page);
        assertTrue(page.contains("class=\"pair\""));
        assertTrue(page.contains("id=\"parents\""), "the parents check links, named on the page");
    }

    @Test
    void theComparePageOffersNoParentCheckWouldRejectAndSaysWhy() throws Exception {
        // a provincial plan that 深入实施 the 1269 plan is its sibling, not its child
        String sibling = f.get("/compare?child=jiangxi-cluster-upgrade-2025").body();
        assertTrue(sibling.contains("id=\"error\"") && sibling.contains("不比它高一级"), sibling);
        assertFalse(sibling.contains("class=\"pair\""), "nothing compared");
        // a newspaper report is no plan
        HttpResponse<String> report = f.get("/api/check?child=xinyu-industrial-city-report-2024");
        assertEquals(400, report.statusCode());
        assertTrue(json(report).get("error").asText().contains("不是方案"), report.body());
    }

    @Test
    void searchPagesWithATotalAndFacetCounts() throws Exception {
        JsonNode first = json(f.get("/api/search?q=" + enc("集群") + "&limit=3"));
        JsonNode second = json(f.get("/api/search?q=" + enc("集群") + "&limit=3&page=2"));
        long total = first.get("total").asLong();
        assertTrue(total > 6, first.toString());
        assertEquals(total, second.get("total").asLong());
        assertEquals(3, second.get("offset").asInt());
        assertEquals(json(f.get("/api/search?q=" + enc("集群") + "&limit=3&offset=3")).get("hits"), second.get("hits"));
        assertNotEquals(first.get("hits"), second.get("hits"));
        long byType = 0;
        for (JsonNode c : first.get("facets").get("type")) {
            byType += c.get("count").asLong();
        }
        assertEquals(total, byType, "every hit counted once by type");
        assertEquals(400, f.get("/api/search?q=" + enc("集群") + "&offset=3&page=2").statusCode());
        assertEquals(400, f.get("/api/search?q=" + enc("集群") + "&offset=10000").statusCode());
    }

    @Test
    void uploadIndexesAndShowsTheDocument() throws Exception {
        int before = json(f.get("/api/documents")).get("documents").size();
        byte[] text = Files.readAllBytes(Paths.get("heldout/sichuan-province-green-industry-2025.txt"));
        HttpResponse<String> r = f.upload("/api/upload", "sichuan-green.txt", text);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode u = json(r);
        assertEquals("sichuan-green", u.get("docId").asText());
        assertEquals("indexed", u.get("status").asText());
        assertEquals(before + 1, json(f.get("/api/documents")).get("documents").size());
        assertEquals(200, f.get("/doc/sichuan-green").statusCode());
        JsonNode hits = json(f.get("/api/search?q=" + enc("绿色低碳优势产业"))).get("hits");
        assertTrue(hits.toString().contains("sichuan-green"), hits.toString());

        // the same bytes again: nothing new
        JsonNode again = json(f.upload("/api/upload", "other-name.txt", text));
        assertEquals("already indexed", again.get("status").asText());
        assertEquals("sichuan-green", again.get("docId").asText());

        // a different file under a taken name gets a new name; the indexed one is kept
        byte[] guangdong = Files.readAllBytes(Paths.get("heldout/guangdong-county-digital-economy-2025-2027.txt"));
        JsonNode renamed = json(f.upload("/api/upload", XINYU + ".txt", guangdong));
        assertEquals(XINYU + "-2", renamed.get("docId").asText());
        assertEquals("新余市产业集群提能升级三年行动方案(2026-2028年)", json(f.get("/api/documents/" + XINYU)).get("title").asText());

        // the HTML form: 303 to the document page
        HttpResponse<String> form = f.upload("/upload", "zhejiang.docx", docx(Paths.get("heldout/zhejiang-city-manufacturing-2024-2026.txt")));
        assertEquals(303, form.statusCode(), form.body());
        String location = form.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/doc/zhejiang?added=indexed"), location);
        assertTrue(f.get("/doc/zhejiang?added=indexed").body().contains("嘉兴市制造业高质量发展三年行动计划"));
    }

    @Test
    void aBadFileGetsTheCliMessageAndNothingIndexedIsLost() throws Exception {
        JsonNode docsBefore = json(f.get("/api/documents")).get("documents");
        String whoBefore = json(f.get("/api/who?q=" + enc(WHO))).get("answers").toString();
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] brokenPdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + "x".repeat(200))
                .getBytes(StandardCharsets.US_ASCII);
        for (Object[] bad : new Object[][] {{"random.pdf", random}, {"broken.pdf", brokenPdf}, {"empty.txt", new byte[0]}}) {
            String name = (String) bad[0];
            byte[] bytes = (byte[]) bad[1];
            HttpResponse<String> r = f.upload("/api/upload", name, bytes);
            assertEquals(422, r.statusCode(), r.body());
            String error = json(r).get("error").asText();
            assertEquals(cliMessage(name, bytes), withoutIdentity(error));
            assertFalse(error.contains("TIKA-198"), "the cause, not Tika's wrapper: " + error);
            HttpResponse<String> page = f.upload("/upload", name, bytes);
            assertEquals(422, page.statusCode());
            assertTrue(withoutIdentity(page.body()).contains(Html.esc(cliMessage(name, bytes))), page.body());
            noStackTrace(page.body());
            assertFalse(Files.exists(f.uploads.resolve(name)), "a bad upload is not kept");
        }
        assertEquals(docsBefore, json(f.get("/api/documents")).get("documents"));
        assertEquals(whoBefore, json(f.get("/api/who?q=" + enc(WHO))).get("answers").toString());
    }

    /** Tika names its parser object in one message (PDFParser@5efeb117): that part differs between runs. */
    static String withoutIdentity(String s) {
        return s.replaceAll("@[0-9a-f]{4,}", "@…");
    }

    /** What `policylens index` prints for the file, without its "policylens: " prefix and folder. */
    static String cliMessage(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "cli");
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            new Ingestor().read(file);
            throw new AssertionError(name + " is readable");
        } catch (IngestException e) {
            return withoutIdentity(name + ": " + e.reason());
        }
    }

    @Test
    void uploadsHaveASizeLimit() throws Exception {
        byte[] big = new byte[(int) LIMIT + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = f.upload("/api/upload", "big.txt", big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(json(r).get("error").asText().contains("file too large"), r.body());
        byte[] huge = new byte[(int) LIMIT * 3];
        HttpResponse<String> page = f.upload("/upload", "huge.txt", huge);
        assertEquals(413, page.statusCode(), page.body());
        noStackTrace(page.body());
    }

    @Test
    void uploadedNamesNeverReachTheFileSystemAsPaths() throws Exception {
        byte[] text = ("安全测试市人民政府关于印发安全测试市路径检查方案的通知\n\n安全测试市路径检查方案\n\n"
                + "一、主要目标\n到2027年,路径检查企业达到12家。(责任单位:市工信局)\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = f.upload("/api/upload", "../../../escape-test.txt", text);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("escape-test", json(r).get("docId").asText());
        assertTrue(Files.exists(f.uploads.resolve("escape-test.txt")));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("escape-test")).count());
        }
        HttpResponse<String> win = f.upload("/api/upload", "..\\..\\win escape.txt", (new String(text, StandardCharsets.UTF_8) + "二").getBytes(StandardCharsets.UTF_8));
        assertEquals("win-escape", json(win).get("docId").asText());
        assertEquals("passwd", UploadNames.sanitize("/etc/passwd"));
        assertEquals("upload.txt", UploadNames.sanitize("....txt"));
        assertEquals("a-b.pdf", UploadNames.sanitize(".a b.PDF"));
        assertEquals("新余市方案.docx", UploadNames.sanitize("C:\\Users\\x\\新余市方案.docx"));

        assertEquals(400, f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base() + "/api/upload"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void foreignHostsAndCrossSitePostsAreRefused() throws Exception {
        assertTrue(rawStatusLine("evil.example:" + f.server.port()).contains(" 421 "));
        assertTrue(rawStatusLine("127.0.0.1:" + f.server.port()).contains(" 200 "));
        HttpResponse<String> r = f.upload("/api/upload", "x.txt", "x".getBytes(StandardCharsets.UTF_8),
                "Origin", "http://evil.example");
        assertEquals(403, r.statusCode());
    }

    private static String rawStatusLine(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", f.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/documents HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.write(c);
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void serveCommandRefusesBadOptions() {
        assertEquals(2, policylens.cli.Main.run("serve", "--port", "70000"));
        assertEquals(2, policylens.cli.Main.run("serve", "--max-upload-mb", "0"));
        assertEquals(0, policylens.cli.Main.run("serve", "--help"));
        // a port in use: one line, exit 2
        assertEquals(2, policylens.cli.Main.run("serve", "--index", f.index.toString(), "--uploads",
                tmp.resolve("other-uploads").toString(), "--port", String.valueOf(f.server.port())));
        // the uploads folder of a running server: one line, exit 2, and the running server's folder is untouched
        assertEquals(2, policylens.cli.Main.run("serve", "--index", f.index.toString(), "--uploads", f.uploads.toString(),
                "--port", "0"));
    }

    @Test
    void theServerSeesWhatTheCliIndexesMeanwhile() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("cli-docs")).resolve("cli-added.txt");
        Files.copy(Paths.get("heldout/zhejiang-city-manufacturing-2024-2026.txt"), copy);
        new policylens.index.PolicyIndex(f.index).index(List.of(copy));
        Thread.sleep(2300);
        assertTrue(json(f.get("/api/documents")).toString().contains("\"cli-added\""));
        assertEquals(200, f.get("/doc/cli-added").statusCode());
    }

    @Test
    void internalErrorsShowNoStackTrace(@TempDir Path other) throws Exception {
        try (ServeFixture broken = ServeFixture.start(other, LIMIT, lib -> new CheckService() {
            @Override
            public Report compare(String c, String p) {
                throw new IllegalStateException("check exploded\n\tat somewhere.Deep(Deep.java:1)");
            }

            @Override
            public policylens.check.Linker.Parents parents(String c) {
                throw new IllegalStateException("check exploded\n\tat somewhere.Deep(Deep.java:1)");
            }
        })) {
            HttpResponse<String> api = broken.get("/api/check?child=" + XINYU + "&parent=" + JIANGXI);
            assertEquals(500, api.statusCode());
            assertEquals("内部错误:check exploded(详情见服务器日志)", json(api).get("error").asText());
            assertEquals("internal error: check exploded (details are in the server log)",
                    json(broken.get("/api/check?child=" + XINYU + "&parent=" + JIANGXI + "&lang=en")).get("error").asText());
            HttpResponse<String> page = broken.get("/compare?child=" + XINYU + "&parent=" + JIANGXI);
            assertEquals(500, page.statusCode());
            noStackTrace(page.body());
        }
    }

    /** A DOCX with one paragraph per line of a text file. */
    static byte[] docx(Path txt) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
