package policylens.format;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import policylens.i18n.Lang;
import policylens.index.Calendar;
import policylens.index.Duties;

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
        return Sheets.workbook(wb -> {
            CellStyle head = Sheets.headStyle(wb);
            CellStyle wrap = Sheets.wrapStyle(wb);
            Sheet sheet = wb.createSheet("期限日历");
            Sheets.header(sheet, HEADER, head);
            int n = 0;
            for (Calendar.Bucket b : r.buckets()) {
                for (Duties.Duty d : b.entries()) {
                    n++;
                    Sheets.cells(sheet.createRow(n), wrap, b.label(Lang.ZH), d.due(), d.dueFrom().label(Lang.ZH),
                            d.status().label(Lang.ZH), d.role().label(Lang.ZH), d.unit(), d.title(), d.level(), d.region(),
                            d.taskId(), d.evidence(), DutiesCsv.targets(d));
                }
            }
            Sheets.widths(sheet, 14, 10, 10, 8, 8, 24, 30, 8, 10, 10, 70, 40);
            Sheets.filter(sheet, n, HEADER.length);
            Sheet sum = wb.createSheet("汇总");
            Sheets.header(sum, new String[] {"期间", "任务数", "已逾期"}, head);
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
        });
    }
}
