package policylens.format;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = wb.createSheet("责任分工");
            header(sheet, HEADER, head);
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
                cells(row, wrap, String.valueOf(n), r.taskId(), r.evidence(), join(lead), join(support),
                        join(r.units()), join(r.canonicalUnits()), join(r.inheritedUnits()), title);
            }
            widths(sheet, 6, 10, 70, 24, 30, 30, 40, 24, 30);
            sheet.createFreezePane(0, 1);
            if (n > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, n, 0, HEADER.length - 1));
            }

            Sheet targets = wb.createSheet("目标");
            header(targets, TARGET_HEADER, head);
            int m = 0;
            for (Target t : record.targets()) {
                m++;
                Row row = targets.createRow(m);
                cells(row, wrap, String.valueOf(m), t.taskId(), t.metric(), t.comparator(), null,
                        null, t.unit(), t.deadline(), t.recurring(), t.evidence());
                row.getCell(4).setCellValue(t.value());
                if (t.valueMax() != null) {
                    row.getCell(5).setCellValue(t.valueMax());
                }
            }
            widths(targets, 6, 10, 30, 8, 16, 10, 8, 10, 10, 70);
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
                cells(about.createRow(i), wrap, rows[i]);
            }
            widths(about, 12, 80);

            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String[] names, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(style);
            if (values[i] != null) {
                // a cell that starts like a formula is written as text all the same (setCellValue never evaluates)
                cell.setCellValue(values[i].length() > 32000 ? values[i].substring(0, 32000) + "…" : values[i]);
            }
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    private static String join(List<String> units) {
        return units == null ? "" : String.join("、", new ArrayList<>(units));
    }
}
