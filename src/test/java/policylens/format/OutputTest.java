package policylens.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import policylens.check.Alignment;
import policylens.check.CheckReport;
import policylens.check.Coverage;
import policylens.check.Finding;
import policylens.check.Link;
import policylens.check.Quote;
import policylens.check.Scope;
import policylens.extract.Deadline;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.model.Json;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.model.Severity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTest {
    static final String HOSTILE = "=HYPERLINK(\"http://x\"),到2025年\n<script>alert(1)</script>|";

    static PolicyRecord record() {
        Meta meta = new Meta("某市行动方案", List.of("某市人民政府"), null, "2024-01-02", "city", "江西省", "某市",
                new Meta.Period(2024, 2026), List.of());
        return new PolicyRecord(PolicyRecord.SCHEMA, "doc-1", "doc-1.txt", meta,
                List.of(new Target(HOSTILE, "加氢站", 5, null, "座", "lte", "2025", null, "1"),
                        new Target("增长9%左右", "营业收入", 9, 10.5, "%", "approx", null, "yearly", "2")),
                List.of(new Deadline("到2025年", "2025", null, null, "1")),
                List.of(new Responsibility("责任单位:市发改委、市工信局", List.of("市发改委", "市工信局"), List.of("市发改委"),
                        List.of("市工信局"), List.of(), List.of("发展改革委", "工业和信息化局"), "1")));
    }

    @Test
    void recordsWrittenInEachFormatReadBack() throws Exception {
        PolicyRecord r = record();

        JsonNode json = Json.mapper().readTree(Output.record(Format.JSON, r, "t"));
        assertEquals("doc-1", json.get("docId").asText());
        assertEquals(HOSTILE, json.get("targets").get(0).get("evidence").asText());

        String line = new String(Output.record(Format.JSONL, r, "t"), StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count());
        assertEquals(r, Json.mapper().readValue(line, PolicyRecord.class));

        String csv = new String(Output.record(Format.CSV, r, "t"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(Csv.BOM), "byte order mark for Excel");
        List<List<String>> rows = CsvReader.parse(csv);
        assertEquals(RecordCsv.HEADER, rows.get(0));
        assertEquals(1 + 2 + 1 + 1, rows.size());
        assertEquals(List.of("target", "target", "deadline", "responsibility"),
                rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList());
        rows.forEach(row -> assertEquals(RecordCsv.HEADER.size(), row.size()));
        int evidence = RecordCsv.HEADER.indexOf("evidence");
        assertEquals("'" + HOSTILE, rows.get(1).get(evidence), "formula prefixed, the rest kept as text");
        assertEquals(List.of("doc-1", "target", "2", "2", "营业收入", "approx", "9", "10.5", "%"), rows.get(2).subList(0, 9));
        assertEquals("市发改委、市工信局", rows.get(4).get(RecordCsv.HEADER.indexOf("units")));
        assertEquals("市发改委", rows.get(4).get(RecordCsv.HEADER.indexOf("lead")));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Output.record(Format.XLSX, r, "某市行动方案")))) {
            Sheet units = wb.getSheet("责任分工");
            assertEquals(1, units.getLastRowNum());
            assertEquals("市发改委", units.getRow(1).getCell(3).getStringCellValue());
            Sheet targets = wb.getSheet("目标");
            assertEquals(2, targets.getLastRowNum());
            assertEquals(HOSTILE, targets.getRow(1).getCell(9).getStringCellValue(), "written as text, not a formula");
            assertEquals(10.5, targets.getRow(2).getCell(5).getNumericCellValue());
        }
    }

    static CheckReport report() {
        CheckReport.DocInfo child = new CheckReport.DocInfo("child-1", "某市方案", "city", "某市", "2024", null);
        CheckReport.DocInfo parent = new CheckReport.DocInfo("parent-1", "某省方案", "province", "某省", "2023", null);
        Target p = new Target("全省建设加氢站20座", "加氢站", 20, null, "座", "gte", "2025", null, "1");
        Target c = new Target(HOSTILE, "加氢站", 5, null, "座", "gte", "2026", null, "1");
        Finding f = new Finding(Finding.DEADLINE_LATER, Severity.HIGH, policylens.i18n.Text.plain("期限推后, \"2026\" > 2025"),
                List.of(new Quote("child-1", "1", HOSTILE)), List.of(new Quote("parent-1", "1", "到2025年")));
        Coverage.Task pt = new Coverage.Task("1", "加氢站建设", "加氢站建设", null);
        return new CheckReport(new Link("child-1", "parent-1", List.of("cites"), "根据《某省方案》", "cites"),
                child, parent, List.of(new Alignment(p, c, Scope.TOTAL, Scope.TOTAL, 0.9, "later")), List.of(p),
                List.of(new Coverage.Match(pt, List.of(pt), 0.8, true)), List.of(f));
    }

    @Test
    void checkReportsWrittenInEachFormatReadBack() throws Exception {
        CheckReport r = report();
        List<Link> links = List.of(r.link());

        JsonNode json = Json.mapper().readTree(Output.checks(Format.JSON, links, List.of(r)));
        assertEquals("policy-checks/1", json.get("schema").asText());
        assertEquals("期限推后, \"2026\" > 2025", json.get("reports").get(0).get("findings").get(0).get("message").asText());

        String md = Output.checks(Format.MD, links, List.of(r));
        assertTrue(md.startsWith("# PolicyLens 核对报告") && md.contains("**期限推后** (deadline-later, 高) 期限推后"), md);
        String english = Output.checks(Format.MD, links, List.of(r), policylens.i18n.Lang.EN);
        assertTrue(english.startsWith("# PolicyLens check") && english.contains("**later deadline** (deadline-later, high)"),
                english);
        assertTrue(english.contains("### Findings (1)") && !english.contains("问题("), english);
        assertFalse(md.contains("<script>"), "no raw HTML in Markdown");

        String html = Output.checks(Format.HTML, links, List.of(r));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped");
        assertFalse(html.contains("<script>"), "nothing from a document runs");

        List<List<String>> rows = CsvReader.parse(Output.checks(Format.CSV, links, List.of(r)));
        assertEquals(CheckCsv.HEADER, rows.get(0));
        assertEquals(List.of("finding", "alignment", "unmatched", "coverage"),
                rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList());
        rows.forEach(row -> assertEquals(CheckCsv.HEADER.size(), row.size()));
        List<String> finding = rows.get(1);
        assertEquals(List.of("child-1", "parent-1", "finding", "deadline-later", "high", "期限推后, \"2026\" > 2025"),
                finding.subList(0, 6));
        assertEquals("[1] " + HOSTILE, finding.get(CheckCsv.HEADER.indexOf("childEvidence")), "quoted, not a formula");
        List<String> alignment = rows.get(2);
        assertEquals("'" + HOSTILE, alignment.get(CheckCsv.HEADER.indexOf("childEvidence")), "formula prefixed");
        assertEquals("≥20 座 by 2025", alignment.get(CheckCsv.HEADER.indexOf("parentValue")));
        assertEquals("later", alignment.get(CheckCsv.HEADER.indexOf("verdict")));
    }

    @Test
    void aKindAFormatCannotWriteIsRefused() {
        assertThrows(UnknownFormatException.class, () -> Output.checks(Format.XLSX, List.of(), List.of()));
        assertThrows(UnknownFormatException.class, () -> Output.record(Format.MD, record(), "t"));
    }
}
