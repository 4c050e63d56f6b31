package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policylens.check.CheckDoc;
import policylens.check.CheckRun;
import policylens.extract.DocumentExtractor;
import policylens.format.Format;
import policylens.format.Output;
import policylens.i18n.Lang;
import policylens.ingest.Ingestor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/check?format=md|html|csv|json downloads the report `policylens check --format` writes, in the request's language. */
class ServeCheckDownloadTest extends CorpusServerTest {
    static final String XINYU = ServeApiTest.XINYU;
    static final String JIANGXI = ServeApiTest.JIANGXI;
    static final String PAIR = "/api/check?child=" + XINYU + "&parent=" + JIANGXI;

    /** What `policylens check corpus/xinyu….txt corpus/jiangxi….txt` checks. */
    static CheckRun.Single cli;

    @BeforeAll
    static void start() throws Exception {
        Ingestor in = new Ingestor();
        DocumentExtractor ex = new DocumentExtractor();
        cli = new CheckRun().pair(CheckDoc.read(Path.of("corpus", XINYU + ".txt"), in, ex),
                CheckDoc.read(Path.of("corpus", JIANGXI + ".txt"), in, ex));
    }

    private static String cliWrites(Format format, Lang lang) {
        return Output.checks(format, List.of(cli.link()), List.of(cli.report()), lang);
    }

    @Test
    void markdownIsWhatTheCliWritesInTheRequestsLanguage() throws Exception {
        HttpResponse<byte[]> r = f.getBytes(PAIR + "&format=md&lang=en");
        assertEquals(200, r.statusCode());
        assertEquals("text/markdown; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains(XINYU + "__" + JIANGXI + ".md"), disposition);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(cliWrites(Format.MD, Lang.EN), body);
        assertTrue(body.contains("Findings (") && !body.contains("问题("), body);

        String zh = new String(f.getBytes(PAIR + "&format=md").body(), StandardCharsets.UTF_8);
        assertEquals(cliWrites(Format.MD, Lang.ZH), zh);
        assertTrue(zh.contains("问题("), zh);
    }

    @Test
    void htmlAndCsvDownloadsComeFromTheFormatRegistry() throws Exception {
        HttpResponse<byte[]> html = f.getBytes(PAIR + "&format=html&lang=en");
        assertEquals("text/html;charset=utf-8", html.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(cliWrites(Format.HTML, Lang.EN), new String(html.body(), StandardCharsets.UTF_8));
        assertTrue(html.headers().firstValue("Content-Disposition").orElse("").contains(".html"));

        HttpResponse<byte[]> csv = f.getBytes(PAIR + "&format=CSV");
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFchild,parent,row,kind,severity,message"), text.substring(0, 80));
        assertTrue(text.contains(",finding,deadline-later,"), "the expected finding is a row");
        assertEquals(cliWrites(Format.CSV, Lang.ZH), text);
    }

    @Test
    void withoutAFormatTheJsonAnswerStaysAndFormatJsonDownloadsTheCliReport() throws Exception {
        HttpResponse<String> answer = f.get(PAIR);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(answer.headers().firstValue("Content-Disposition").isPresent(), "the answer is no download");
        JsonNode a = new ObjectMapper().readTree(answer.body());
        assertEquals(XINYU, a.get("childDocId").asText());

        HttpResponse<String> json = f.get(PAIR + "&format=json");
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains(".json"));
        assertEquals(cliWrites(Format.JSON, Lang.ZH), json.body());
        assertEquals("policy-checks/1", new ObjectMapper().readTree(json.body()).get("schema").asText());
    }

    @Test
    void aFormatThatCannotWriteChecksIsOneLine400() throws Exception {
        for (String bad : List.of("xlsx", "pdf")) {
            HttpResponse<String> r = f.get(PAIR + "&format=" + bad);
            assertEquals(400, r.statusCode(), bad);
            String error = new ObjectMapper().readTree(r.body()).get("error").asText();
            assertTrue(error.contains("json, md, html, csv") && !error.contains("\n"), error);
        }
    }

    @Test
    void theComparePageLinksTheDownloadsInItsLanguage() throws Exception {
        String page = f.get("/compare?child=" + XINYU + "&parent=" + JIANGXI + "&lang=en").body();
        for (String format : List.of("md", "html", "csv")) {
            String href = "/api/check?child=" + XINYU + "&amp;parent=" + JIANGXI + "&amp;format=" + format + "&amp;lang=en";
            assertTrue(page.contains("href=\"" + href + "\""), format + " link missing in " + page);
        }
        assertTrue(page.contains("Download the report:"), page);
        String zh = f.get("/compare?child=" + XINYU + "&parent=" + JIANGXI).body();
        assertTrue(zh.contains("下载报告:") && zh.contains("&amp;format=md\""), zh);
    }
}
