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
import policylens.i18n.Lang;
import policylens.index.Calendar;
import policylens.index.Duties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The deadline calendar as an Excel workbook: sheet 期限日历 (one row per task and unit, bucket by bucket, with an
 * auto filter) and sheet 汇总 (per month or quarter: tasks and overdue ones).
 */
public final class CalendarSheet {
    public static final String[] HEADER = {"期间", "期限", "期限来源", "状态", "角色", "单位", "文件", "层级", "地区",
            "任务编号", "任务内容", "目标"};

    private CalendarSheet() {
    }

    public static byte[] write(Calendar.Result r) {
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
            Sheet sheet = wb.createSheet("期限日历");
            header(sheet, HEADER, head);
            int n = 0;
            for (Calendar.Bucket b : r.buckets()) {
                for (Duties.Duty d : b.entries()) {
                    n++;
                    String[] cells = {b.label(Lang.ZH), d.due(), d.dueFrom().label(), d.status().label(),
                            d.role().label(), d.unit(), d.title(), d.level(), d.region(), d.taskId(), d.evidence(),
                            DutiesCsv.targets(d)};
                    Row row = sheet.createRow(n);
                    for (int i = 0; i < cells.length; i++) {
                        row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
                        row.getCell(i).setCellStyle(wrap);
                    }
                }
            }
            int[] widths = {14, 10, 10, 8, 8, 24, 30, 8, 10, 10, 70, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            if (n > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, n, 0, HEADER.length - 1));
            }
            Sheet sum = wb.createSheet("汇总");
            header(sum, new String[] {"期间", "任务数", "已逾期"}, head);
            int i = 0;
            for (Calendar.Bucket b : r.buckets()) {
                Row row = sum.createRow(++i);
                row.createCell(0).setCellValue(b.label(Lang.ZH));
                row.createCell(1).setCellValue(b.tasks());
                row.createCell(2).setCellValue(b.overdue());
            }
            Row total = sum.createRow(++i);
            total.createCell(0).setCellValue("无期限(不列入)");
            total.createCell(1).setCellValue(r.undated());
            sum.setColumnWidth(0, 18 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String[] names, CellStyle style) {
        Row top = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            top.createCell(i).setCellValue(names[i]);
            top.getCell(i).setCellStyle(style);
        }
    }
}
