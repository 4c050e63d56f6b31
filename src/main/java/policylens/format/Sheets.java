package policylens.format;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * What the Excel workbooks share: the bold grey header row, wrapped text cells, column widths, a frozen header with an
 * auto filter, and the bytes of the finished workbook.
 */
final class Sheets {
    /** Excel holds at most 32,767 characters in a cell; a longer text is cut here and ends with …. */
    private static final int MAX_CELL = 32000;

    private Sheets() {
    }

    /** The workbook {@code fill} writes, as .xlsx bytes. */
    static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header cells: bold on grey. */
    static CellStyle headStyle(Workbook wb) {
        CellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return head;
    }

    /** Body cells: wrapped, top-aligned. */
    static CellStyle wrapStyle(Workbook wb) {
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        return wrap;
    }

    /** Row 0 of {@code sheet}: the column names. */
    static void header(Sheet sheet, String[] names, CellStyle style) {
        cells(sheet.createRow(0), style, names);
    }

    /** One cell per value, from column 0; a null value leaves its cell blank. */
    static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(style);
            if (values[i] != null) {
                // a cell that starts like a formula is written as text all the same (setCellValue never evaluates)
                cell.setCellValue(values[i].length() > MAX_CELL ? values[i].substring(0, MAX_CELL) + "…" : values[i]);
            }
        }
    }

    /** Column widths in characters, from column 0. */
    static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    /** The header row frozen, and an auto filter over it and {@code rows} rows below (none when there are none). */
    static void filter(Sheet sheet, int rows, int columns) {
        sheet.createFreezePane(0, 1);
        if (rows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
        }
    }
}
