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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code policylens duties UNIT}: text by default, json, csv and xlsx; usage errors exit 2, unknown units 1. */
class DutiesCommandTest {
    static final String index = DutiesFixture.shared().toString();

    @Test
    void textListsTheTasksByDueDateChineseFirstWithOverdueAndUndatedShown() {
        String out = CliRun.run(0, "duties", "新余市工信局", "--index", index, "--today", "2026-12-01")[0];
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("新余市工业和信息化局:4 项任务"), out);
        assertTrue(lines.get(1).startsWith("1. [已逾期] 2025-12  牵头"), out);
        assertTrue(out.contains("2. [待完成] 2027-06  牵头"), out);
        assertTrue(out.contains("3. [待完成] 2028(规划期末)  配合"), out);
        assertTrue(out.contains("4. [无期限] 无期限  配合"), out);
        assertTrue(out.contains("目标:新增专精特新中小企业100家"), out);
    }

    @Test
    void jsonCarriesEveryField() {
        String out = CliRun.run(0, "duties", "新余市工信局", "--index", index, "--today", "2026-12-01",
                "--format", "json")[0];
        assertTrue(out.contains("\"status\" : \"overdue\""), out);
        assertTrue(out.contains("\"role\" : \"inherited\"") == false, out);
        assertTrue(out.contains("\"dueFrom\" : \"plan\""), out);
        assertEquals(out, CliRun.run(0, "duties", "新余市工信局", "--index", index, "--today", "2026-12-01", "--json")[0]);
    }

    @Test
    void csvHasOneRowPerTaskInDueOrder() throws Exception {
        String out = CliRun.run(0, "duties", "新余市工信局", "--index", index, "--today", "2026-12-01",
                "--format", "csv", "--from", "2026-01", "--to", "2027-12")[0];
        List<List<String>> rows = CsvReader.parse(out.startsWith("\uFEFF") ? out.substring(1) : out);
        assertEquals("due", rows.get(0).get(1));
        assertEquals(List.of("2027-06"), rows.subList(1, rows.size() - 1).stream().map(r -> r.get(1)).toList());
        assertEquals("undated", rows.get(rows.size() - 1).get(3));
    }

    @Test
    void xlsxIsWrittenToTheOutFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("duties.xlsx");
        CliRun.run(0, "duties", "新余市工信局", "--index", index, "--format", "xlsx", "--out", file.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("任务清单", wb.getSheetAt(0).getSheetName());
            assertEquals(4, wb.getSheetAt(0).getLastRowNum());
            assertEquals("期限", wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        }
    }

    @Test
    void anUnknownUnitSaysSoInOneLineWithTheClosestNamesAndExits1() {
        String[] r = CliRun.run(1, "duties", "新余市工业局", "--index", index);
        assertEquals("", r[0]);
        assertEquals(1, r[1].strip().lines().count(), r[1]);
        assertTrue(r[1].startsWith("没有任务点名“新余市工业局”,相近的单位:新余市工业和信息化局"), r[1]);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertTrue(CliRun.run(2, "duties", "新余市工信局", "--index", index, "--from", "2026-13")[1]
                .contains("--from 须为 YYYY-MM"));
        assertTrue(CliRun.run(2, "duties", "新余市工信局", "--index", index, "--from", "2027-01", "--to", "2026-01")[1]
                .contains("--from 晚于 --to"));
        assertTrue(CliRun.run(2, "duties", "新余市工信局", "--index", index, "--format", "md")[1]
                .contains("不能用于单位任务清单"));
        assertTrue(CliRun.run(2, "duties", "新余市工信局", "--index", index, "--format", "xlsx")[1]
                .contains("需要 --out FILE"));
        assertTrue(CliRun.run(2, "duties", "新余市工信局", "--index", index, "--level", "town")[1]
                .contains("--level 只能是"));
    }
}
