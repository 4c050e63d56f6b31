package policylens.format;

import policylens.i18n.Lang;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import policylens.index.Duties;

/** A unit's duties as an Excel workbook: sheet 任务清单, one row per task, by due date. */
public final class DutiesSheet {
    public static final String[] HEADER = {"序号", "期限", "期限来源", "状态", "角色", "文件", "层级", "地区", "任务编号",
            "章节", "任务内容", "目标", "责任单位(规范名称)"};

    private DutiesSheet() {
    }

    public static byte[] write(Duties.Result r) {
        return Sheets.workbook(wb -> {
            CellStyle head = Sheets.headStyle(wb);
            CellStyle wrap = Sheets.wrapStyle(wb);
            Sheet sheet = wb.createSheet("任务清单");
            Sheets.header(sheet, HEADER, head);
            int n = 0;
            for (Duties.Duty d : r.duties()) {
                n++;
                Sheets.cells(sheet.createRow(n), wrap, String.valueOf(n), d.due(), d.dueFrom().label(Lang.ZH),
                        d.status().label(Lang.ZH), d.role().label(Lang.ZH), d.title(), d.level(), d.region(), d.taskId(),
                        d.section(), d.evidence(), DutiesCsv.targets(d), String.join("、", d.units()));
            }
            Sheets.widths(sheet, 6, 10, 10, 8, 8, 30, 8, 10, 10, 24, 70, 40, 40);
            Sheets.filter(sheet, n, HEADER.length);
            Sheet about = wb.createSheet("单位");
            String[][] rows = {{"单位", r.unit()}, {"规范名称", String.join("、", r.names())},
                    {"统计日期", r.today() == null ? "" : r.today()}, {"任务数", String.valueOf(n)},
                    {"说明", "由 PolicyLens 自动抽取,请对照原文核对。"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
        });
    }
}
