package policylens.format;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import policylens.index.Duties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A unit's duties as an Excel workbook: sheet 任务清单, one row per task, by due date. */
public final class DutiesSheet {
    public static final String[] HEADER = {"序号", "期限", "期限来源", "状态", "角色", "文件", "层级", "地区", "任务编号",
            "章节", "任务内容", "目标", "责任单位(规范名称)"};

    private DutiesSheet() {
    }

    public static byte[] write(Duties.Result r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Sheet sheet = wb.createSheet("任务清单");
            Row top = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                top.createCell(i).setCellValue(HEADER[i]);
                top.getCell(i).setCellStyle(head);
            }
            int n = 0;
            for (Duties.Duty d : r.duties()) {
                n++;
                Row row = sheet.createRow(n);
                String[] cells = {String.valueOf(n), d.due(), d.dueFrom().label(), d.status().label(), d.role().label(),
                        d.title(), d.level(), d.region(), d.taskId(), d.section(), d.evidence(),
                        DutiesCsv.targets(d), String.join("、", d.units())};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
                    row.getCell(i).setCellStyle(wrap);
                }
            }
            int[] widths = {6, 10, 10, 8, 8, 30, 8, 10, 10, 24, 70, 40, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            if (n > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, n, 0, HEADER.length - 1));
            }
            Sheet about = wb.createSheet("单位");
            String[][] rows = {{"单位", r.unit()}, {"规范名称", String.join("、", r.names())},
                    {"统计日期", r.today() == null ? "" : r.today()}, {"任务数", String.valueOf(n)},
                    {"说明", "由 PolicyLens 自动抽取,请对照原文核对。"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
