package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static policylens.serve.ServeFixture.enc;

/** The unit page {@code /unit/{name}} and its downloads {@code /api/units/{name}/duties}, over HTTP on the corpus. */
class ServeDutiesTest extends CorpusServerTest {
    static final String UNIT = "新余市工业和信息化局";

    @Test
    void theUnitPageListsItsTasksWithDownloadLinksAndNoScripts() throws Exception {
        HttpResponse<String> r = f.get("/unit/" + enc("新余市工信局"));
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<h1>" + UNIT + " <small>任务清单</small></h1>"), page);
        assertTrue(page.contains("<tr class=\"duty status-"), page);
        assertTrue(page.contains("href=\"/doc/xinyu-cluster-upgrade-2026-2028#task-"), page);
        assertTrue(page.contains("/duties?format=xlsx\">Excel</a>"), page);
        assertFalse(page.contains("<script"), page);
    }

    @Test
    void theWhoAnswersLinkToTheUnitPage() throws Exception {
        String page = f.get("/?q=" + enc("谁负责中试平台建设?")).body();
        String link = "href=\"/unit/" + enc(UNIT) + "\"";
        assertTrue(page.contains(link), page);
        assertEquals(200, f.get("/unit/" + enc(UNIT)).statusCode());
    }

    @Test
    void theDownloadsAreJsonCsvAndExcel() throws Exception {
        String api = "/api/units/" + enc(UNIT) + "/duties";
        JsonNode json = new ObjectMapper().readTree(f.get(api).body());
        assertEquals(UNIT, json.get("names").get(0).asText());
        assertTrue(json.get("duties").size() > 5, json.toString());
        HttpResponse<String> csv = f.get(api + "?format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("unit,due,dueFrom,status"), csv.body());
        HttpResponse<byte[]> xlsx = f.getBytes(api + "?format=xlsx");
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(json.get("duties").size(), wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void anUnknownUnitIs404WithTheClosestUnitsAndABadFormatIs400() throws Exception {
        HttpResponse<String> page = f.get("/unit/" + enc("工信"));
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("id=\"closest\""), page.body());
        assertTrue(page.body().contains("href=\"/unit/" + enc(UNIT) + "\""), page.body());
        HttpResponse<String> api = f.get("/api/units/" + enc("工信") + "/duties");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("没有任务点名"), api.body());
        assertEquals(400, f.get("/api/units/" + enc(UNIT) + "/duties?format=md").statusCode());
        assertEquals(400, f.get("/unit/" + enc(UNIT) + "?from=2026-13").statusCode());
        // markup in a unit name is shown as text
        String hostile = f.get("/unit/" + enc("<img src=x onerror=alert(1)>")).body();
        assertFalse(hostile.contains("<img src=x"), hostile);
    }
}
