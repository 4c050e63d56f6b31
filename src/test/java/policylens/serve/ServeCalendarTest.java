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

/** {@code /calendar}, {@code /charts}, {@code /api/calendar} and {@code /api/targets} over HTTP on the corpus. */
class ServeCalendarTest extends CorpusServerTest {
    static final String UNIT = "新余市工业和信息化局";
    static final String XINYU = "xinyu-cluster-upgrade-2026-2028";

    @Test
    void theApiGivesBucketsWhoseCountsAddUpAndTheCsvAndExcelDownloads() throws Exception {
        HttpResponse<String> r = f.get("/api/calendar?by=quarter&region=" + enc("新余市"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals("quarter", json.get("by").asText());
        int sum = 0;
        for (JsonNode b : json.get("buckets")) {
            assertTrue(b.get("key").asText().matches("\\d{4}-Q[1-4]"), b.get("key").asText());
            sum += b.get("tasks").asInt();
            for (JsonNode e : b.get("entries")) {
                assertEquals("新余市", e.get("region").asText());
            }
        }
        assertTrue(sum > 5, r.body());
        assertEquals(json.get("tasks").asInt(), sum);
        HttpResponse<String> csv = f.get("/api/calendar?format=csv&unit=" + enc("新余市工信局"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("bucket,due,dueFrom,status,role,unit"), csv.body());
        assertTrue(csv.body().lines().skip(1).allMatch(l -> l.contains("," + UNIT + ",")), csv.body());
        HttpResponse<byte[]> xlsx = f.getBytes("/api/calendar?format=xlsx&doc=" + XINYU);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("期限日历", wb.getSheetAt(0).getSheetName());
            assertTrue(wb.getSheetAt(0).getLastRowNum() > 5);
        }
    }

    @Test
    void badFieldsAre400WithOneLine() throws Exception {
        assertEquals(400, f.get("/api/calendar?by=week").statusCode());
        assertEquals(400, f.get("/api/calendar?from=2026-13").statusCode());
        assertEquals(400, f.get("/api/calendar?from=2027-01&to=2026-01").statusCode());
        HttpResponse<String> md = f.get("/api/calendar?format=md");
        assertEquals(400, md.statusCode());
        assertTrue(md.body().contains("不能用于期限日历"), md.body());
        assertEquals(400, f.get("/calendar?by=week").statusCode());
        assertEquals(400, f.get("/api/targets").statusCode());
    }

    @Test
    void theCalendarPageHasTheFormChartsAndSectionsWithLinksAndNoScripts() throws Exception {
        HttpResponse<String> r = f.get("/calendar?region=" + enc("新余市"));
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<h1>期限日历</h1>"), page);
        assertTrue(page.contains("href=\"/calendar\" class=\"on\""), page);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-buckets\""), page);
        assertTrue(page.contains("id=\"chart-lead\""), page);
        assertTrue(page.contains("<section class=\"bucket\" id=\"bucket-"), page);
        assertTrue(page.contains("href=\"/unit/" + enc(UNIT) + "\""), page);
        assertTrue(page.contains("href=\"/doc/" + XINYU), page);
        assertTrue(page.contains("<option value=\"新余市\" selected>"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("style=\""), page);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), csp);
        String en = f.get("/calendar?lang=en&by=month").body();
        assertTrue(en.contains("<h1>Deadline calendar</h1>"), en);
        assertTrue(en.contains("Tasks falling due per month"), en);
    }

    @Test
    void theChartsPageDrawsOneMetricAcrossRegionsAndYears() throws Exception {
        HttpResponse<String> r = f.get("/charts?metric=" + enc("专精特新"));
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("id=\"chart-metric-1\""), page);
        assertTrue(page.contains("<text class=\"legend\""), page);
        assertTrue(page.contains(">江西省</text>") && page.contains(">新余市</text>"), page);
        assertTrue(page.contains("<td>专精特新中小企业</td>"), page);
        assertFalse(page.contains("<script"), page);
        JsonNode json = new ObjectMapper().readTree(f.get("/api/targets?metric=" + enc("专精特新")).body());
        assertTrue(json.get("points").size() >= 3, json.toString());
        for (JsonNode p : json.get("points")) {
            assertTrue(p.get("metric").asText().contains("专精特新"), p.toString());
            assertTrue(p.get("year").asInt() >= 2020, p.toString());
        }
        assertEquals(0, json.get("unvalued").asInt());
        String none = f.get("/charts?metric=" + enc("没有这种指标")).body();
        assertTrue(none.contains("id=\"no-targets\""), none);
        assertTrue(f.get("/charts").body().contains("id=\"metric\""));
    }
}
