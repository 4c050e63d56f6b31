package policylens.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.format.CsvReader;
import policylens.index.DutiesFixture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code policylens calendar}: readable blocks per quarter or month, json, csv and xlsx; usage errors exit 2. */
class CalendarCommandTest {
    static final String index = DutiesFixture.shared().toString();

    @Test
    void textHasOneBlockPerQuarterWithTasksAndALinePerUnit() {
        String out = CliRun.run(0, "calendar", "--index", index, "--today", "2026-12-01")[0];
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("2025年第4季度 至 2028年第4季度:4 项任务到期,其中已逾期 1 项;无期限的 1 项不列入"), out);
        assertTrue(out.contains("\n2025年第4季度(1 项,已逾期 1 项)\n"), out);
        assertTrue(out.contains("\n2027年第2季度(1 项)\n  新余市工业和信息化局 (牵头) · 新余市推动产业集群提质升级"), out);
        assertTrue(out.contains("#1.0.2 · 到2027年6月,新增专精特新中小企业100家。"), out);
        assertTrue(out.contains("2028 (规划期末)"), out);
        assertFalse(out.contains("2026年第1季度"), "empty quarters are left out of the text: " + out);
    }

    @Test
    void englishByMonthForOneUnit() {
        String out = CliRun.run(0, "calendar", "--index", index, "--today", "2026-12-01", "--by", "month",
                "--unit", "新余市工信局", "--lang", "en")[0];
        assertTrue(out.contains("\n2027-06 (1 tasks)\n  新余市工业和信息化局 (lead)"), out);
        assertTrue(out.contains("\n2028-12 (1 tasks)\n  新余市工业和信息化局 (support)"), out);
        assertTrue(out.contains("[overdue]"), out);
        assertFalse(out.contains("新余市科学技术局 ("), "only the unit asked for: " + out);
    }

    @Test
    void jsonCarriesBucketsCountsAndEntries() {
        String out = CliRun.run(0, "calendar", "--index", index, "--today", "2026-12-01", "--format", "json",
                "--from", "2027-01", "--to", "2027-12")[0];
        assertTrue(out.contains("\"by\" : \"quarter\""), out);
        assertTrue(out.contains("\"key\" : \"2027-Q2\""), out);
        assertTrue(out.contains("\"role\" : \"inherited\""), out);
        assertTrue(out.contains("\"undated\" : 1"), out);
        assertEquals(out, CliRun.run(0, "calendar", "--index", index, "--today", "2026-12-01", "--json",
                "--from", "2027-01", "--to", "2027-12")[0]);
    }

    @Test
    void csvHasOneRowPerTaskAndUnitWithItsBucket() throws Exception {
        String out = CliRun.run(0, "calendar", "--index", index, "--today", "2026-12-01", "--format", "csv",
                "--doc", "plan")[0];
        List<List<String>> rows = CsvReader.parse(out.startsWith("\uFEFF") ? out.substring(1) : out);
        assertEquals(List.of("bucket", "due", "dueFrom", "status", "role", "unit"), rows.get(0).subList(0, 6));
        // 1.0.2: 4 units; 1.0.1: 市发改委 and 各县区政府; 1.0.3: 市科技局, 市工信局 and 各县区政府 (inherited)
        assertEquals(9, rows.size() - 1, out);
        assertEquals("2027-Q2", rows.get(1).get(0));
        assertEquals("2028-Q4", rows.get(rows.size() - 1).get(0));
    }

    @Test
    void xlsxIsWrittenToTheOutFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("calendar.xlsx");
        String[] r = CliRun.run(0, "calendar", "--index", index, "--format", "xlsx", "--out", file.toString());
        assertTrue(r[1].contains("已写入"), r[1]);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("期限日历", wb.getSheetAt(0).getSheetName());
            assertEquals("期间", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("汇总", wb.getSheetAt(1).getSheetName());
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--from", "2026-13")[1].contains("--from 须为 YYYY-MM"));
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--from", "2027-01", "--to", "2026-01")[1]
                .contains("--from 晚于 --to"));
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--by", "week")[1].contains("--by 只能是 month 或 quarter"));
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--format", "md")[1].contains("不能用于期限日历"));
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--format", "xlsx")[1].contains("需要 --out FILE"));
        assertTrue(CliRun.run(2, "calendar", "--index", index, "--level", "town")[1].contains("--level 只能是"));
        assertTrue(CliRun.run(0, "calendar", "--help")[0].contains("--by"));
    }
}
