package policylens.format;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * The Excel workbook clerks pass around: sheet 责任分工 (one row per responsibility: task, lead units, supporting
 * units, all units as written and canonical) and sheet 目标 (the targets). When a text does not split lead and
 * supporting units, the first named unit is taken as lead, as the index does (official lists name it first).
 */
public final class ResponsibilitySheet {
    public static final String[] HEADER = {"序号", "任务编号", "任务内容", "牵头单位", "配合单位", "责任单位(原文)",
            "责任单位(规范名称)", "统一落实单位", "文件"};
    public static final String[] TARGET_HEADER = {"序号", "任务编号", "指标", "比较", "数值", "上限", "单位", "期限",
            "周期", "原文"};

    private ResponsibilitySheet() {
    }

    public static byte[] write(PolicyRecord record, String title) {
        return Sheets.workbook(wb -> {
            CellStyle head = Sheets.headStyle(wb);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle wrap = Sheets.wrapStyle(wb);

            Sheet sheet = wb.createSheet("责任分工");
            Sheets.header(sheet, HEADER, head);
            int n = 0;
            for (Responsibility r : record.responsibilities()) {
                n++;
                List<String> lead;
                List<String> support;
                if (!r.lead().isEmpty()) {
                    lead = r.lead();
                    support = r.support();
                } else {
                    lead = r.units().isEmpty() ? List.of() : List.of(r.units().get(0));
                    support = r.units().size() <= 1 ? List.of() : r.units().subList(1, r.units().size());
                }
                Row row = sheet.createRow(n);
                Sheets.cells(row, wrap, String.valueOf(n), r.taskId(), r.evidence(), join(lead), join(support),
                        join(r.units()), join(r.canonicalUnits()), join(r.inheritedUnits()), title);
            }
            Sheets.widths(sheet, 6, 10, 70, 24, 30, 30, 40, 24, 30);
            Sheets.filter(sheet, n, HEADER.length);

            Sheet targets = wb.createSheet("目标");
            Sheets.header(targets, TARGET_HEADER, head);
            int m = 0;
            for (Target t : record.targets()) {
                m++;
                Row row = targets.createRow(m);
                Sheets.cells(row, wrap, String.valueOf(m), t.taskId(), t.metric(), t.comparator(), null,
                        null, t.unit(), t.deadline(), t.recurring(), t.evidence());
                row.getCell(4).setCellValue(t.value());
                if (t.valueMax() != null) {
                    row.getCell(5).setCellValue(t.valueMax());
                }
            }
            Sheets.widths(targets, 6, 10, 30, 8, 16, 10, 8, 10, 10, 70);
            targets.createFreezePane(0, 1);

            Sheet about = wb.createSheet("文件");
            Meta meta = record.meta();
            String[][] rows = {
                    {"文件", title}, {"docId", record.docId()}, {"文号", meta.docNumber()},
                    {"发布机关", String.join("、", meta.issuer())}, {"发布日期", meta.issued()},
                    {"层级", meta.level()}, {"地区", meta.region()},
                    {"规划期", meta.period() == null ? null : meta.period().from() + "-" + meta.period().to()},
                    {"说明", "由 PolicyLens 自动抽取,请对照原文核对。"}};
            for (int i = 0; i < rows.length; i++) {
                Sheets.cells(about.createRow(i), wrap, rows[i]);
            }
            Sheets.widths(about, 12, 80);
        });
    }

    private static String join(List<String> units) {
        return units == null ? "" : String.join("、", new ArrayList<>(units));
    }
}
