package policylens.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import policylens.extract.Target;
import policylens.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {
    private static CheckReport hostile() {
        String evil = "到2026年12月,<script>alert('x')</script>“六个一”机制有效覆盖 | & \"quoted\"";
        Target p = new Target("每年跟踪推进100个以上集群重点项目<b>", "集群重点项目", 100, null, "个", "gte", null, "yearly", "2.2");
        Target c = new Target(evil, "集群重点项目", 90, null, "个", "approx", null, "yearly", "2.6");
        Finding f = new Finding(Finding.DEADLINE_LATER, Severity.MEDIUM, policylens.i18n.Text.plain("message <img src=x onerror=alert(1)>"),
                List.of(new Quote("c<script>", "2.3", evil)), List.of(new Quote("p", "2.15", "用一年左右的时间</blockquote>")));
        CheckReport.DocInfo child = new CheckReport.DocInfo("c<script>", "<script>title</script>", "city", "新余市", null, null);
        CheckReport.DocInfo parent = new CheckReport.DocInfo("p", "江西省产业集群提能升级实施方案", "province", "江西省", "2025-08-28", null);
        Link link = new Link("c", "p", List.of("cite-title"), "认真落实《<script>》", "plan");
        return new CheckReport(link, child, parent,
                List.of(new Alignment(p, c, Scope.TOTAL, Scope.TOTAL, 1.0, FindingRules.TOTAL_VS_CITY)), List.of(p),
                List.of(), List.of(f));
    }

    @Test
    void htmlEscapesEveryText() {
        String html = ReportWriter.html(List.of(hostile()));
        assertFalse(html.contains("<script"), "no script element may come from the texts");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("</blockquote>\">"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&amp; &quot;quoted&quot;"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"));
        assertEquals(html.split("<blockquote>", -1).length, html.split("</blockquote>", -1).length,
                "every quote closes exactly once");
    }

    @Test
    void markdownKeepsTableCellsIntact() {
        String md = ReportWriter.markdown(List.of(hostile()));
        assertFalse(md.contains("<script"));
        String row = md.lines().filter(l -> l.startsWith("| 集群重点项目")).findFirst().orElseThrow();
        assertEquals(8, row.split("(?<!\\\\)\\|", -1).length - 1, "7 cells, the | inside the evidence escaped: " + row);
    }

    @Test
    void jsonCarriesTheFindingsWithBothQuotes() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportWriter.json(List.of(hostile().link()), List.of(hostile())));
        assertEquals(ReportWriter.SCHEMA, root.path("schema").asText());
        JsonNode f = root.path("reports").get(0).path("findings").get(0);
        assertEquals("deadline-later", f.path("kind").asText());
        assertEquals("2.3", f.path("childEvidence").get(0).path("taskId").asText());
        assertEquals("用一年左右的时间</blockquote>", f.path("parentEvidence").get(0).path("text").asText());
    }

    @Test
    void valuesReadLikeTheText() {
        Target range = new Target("打造1-2个过千亿元集群", "过千亿元集群", 1, 2.0, "个", "range", null, null, "2.5");
        assertEquals("1–2 个 (each city)", ReportWriter.value(range, Scope.PER_CITY));
        Target money = new Target("力争全市集群规模突破2000亿元", "全市集群规模", 2e11, null, "元", "gt", "2028", null, "0");
        assertEquals(">2000亿 元 by 2028", ReportWriter.value(money, Scope.TOTAL));
    }
}
