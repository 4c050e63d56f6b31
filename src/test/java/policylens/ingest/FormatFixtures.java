package policylens.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import policylens.bench.CjkPdf;
import policylens.extract.DocumentExtractor;
import policylens.text.Block;
import policylens.text.Headings;
import policylens.text.StructuredText;
import policylens.util.HtmlEscape;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the other formats users feed PolicyLens from the cleaned text of one corpus document, so that tests can
 * check that every format of a document yields the same cleaned text, metadata and table rows.
 * <ul>
 *   <li>HTML (UTF-8) and the same page in GB18030 declared {@code gb2312}: a government article page with a
 *   breadcrumb, a date/source line, the article as {@code <p>}, each annex as a real {@code <table>} (重点任务 cell
 *   with rowspan, inheritance notes as full-width rows where they stand), a footer and a script;</li>
 *   <li>DOCX (POI XWPF): the same paragraphs and tables, rowspans as vertical merges;</li>
 *   <li>PDF ({@code bench.CjkPdf}, the project's one PDF writer, with a CJK font): the cleaned lines wrapped at 36
 *   CJK characters over several A4 pages with page numbers, the annex rows flattened into lines. A fresh machine has no CJK font, so the PDF is committed as
 *   {@code src/test/resources/formats/xinyu-cluster-upgrade-2026-2028.pdf}. Regenerate it (needs the Debian package
 *   fonts-wqy-microhei) from the project root with:
 *   <pre>
 *   mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) policylens.ingest.FormatFixtures
 *   </pre></li>
 * </ul>
 * The HTML, GB18030 HTML and DOCX are built at test time.
 */
public final class FormatFixtures {
    public static final Path TXT = Path.of("corpus/xinyu-cluster-upgrade-2026-2028.txt");
    public static final Path PDF = Path.of("src/test/resources/formats/xinyu-cluster-upgrade-2026-2028.pdf");
    static final String DOC_ID = "xinyu-cluster-upgrade-2026-2028";
    /** The page's date/source line: chrome the cleaner drops, but the metadata reads the issue date from it. */
    static final String DATE_LINE = "日期:2026-01-09 来源:新余市人民政府";
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private FormatFixtures() {
    }

    /** Regenerates the committed PDF. */
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : PDF;
        Files.createDirectories(out.toAbsolutePath().getParent());
        writePdf(source(), out);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    /** The cleaned, structured text of the .txt: what every other format is built from. */
    public static StructuredText source() throws IngestException {
        return new DocumentExtractor().structure(new Ingestor().read(TXT));
    }

    // ---------------------------------------------------------------- document model

    /** A table cell; {@code covered} marks a grid slot taken by a rowspan from above (HTML omits it, DOCX merges). */
    record Cell(String text, int rowspan, int colspan, boolean covered, boolean header) {
        static Cell of(String text) {
            return new Cell(text, 1, 1, false, false);
        }

        static Cell spanned() {
            return new Cell("", 1, 1, true, false);
        }
    }

    /** An annex: its label (附件2), its title, its table rows (header rows first) and paragraphs after the table. */
    record Annex(String label, List<String> titles, List<List<Cell>> rows, List<String> after) {
    }

    /** The article lines (before the first annex) and the annexes. */
    record Model(List<String> article, List<Annex> annexes) {
    }

    static Model model(StructuredText doc) {
        List<String> lines = doc.lines();
        int first = 0;
        while (first < lines.size() && Headings.annex(lines.get(first)) < 0) {
            first++;
        }
        List<String> article = lines.subList(0, first);
        List<Annex> annexes = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int b = 0;
        while (b < blocks.size() && !(blocks.get(b).kind() == Block.Kind.HEADING && blocks.get(b).text().equals(lines.get(first)))) {
            b++;
        }
        while (b < blocks.size()) {
            String label = blocks.get(b).text();
            List<Block> own = new ArrayList<>();
            b++;
            while (b < blocks.size() && Headings.annex(blocks.get(b).text()) < 0) {
                own.add(blocks.get(b));
                b++;
            }
            annexes.add(annex(label, own));
        }
        return new Model(List.copyOf(article), annexes);
    }

    private static Annex annex(String label, List<Block> blocks) {
        List<String> headings = new ArrayList<>();
        List<Block.Row> rows = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Block block : blocks) {
            switch (block.kind()) {
                case HEADING -> headings.add(block.text());
                case ROW -> rows.add(block.row());
                case PARAGRAPH -> after.add(block.text());
            }
        }
        if (rows.isEmpty()) {
            List<String> all = new ArrayList<>(headings);
            all.addAll(after);
            return new Annex(label, all, List.of(), List.of());
        }
        // headings: the annex title, then the column headers (ending with 责任单位), then sub-headers
        List<String> titles = List.of(headings.get(0));
        List<String> header = headings.subList(1, headings.size());
        int units = 0;
        while (units < header.size() && !header.get(units).startsWith("责任单位")) {
            units++;
        }
        if (units == header.size()) {
            throw new IllegalStateException("no 责任单位 header in " + label + ": " + header);
        }
        List<String> top = header.subList(0, units + 1);
        List<String> sub = joinWrapped(header.subList(units + 1, header.size()));
        boolean tasks = rows.stream().anyMatch(r -> r.task() != null);
        List<List<Cell>> grid = tasks ? taskTable(top, rows) : levelTable(top, sub, rows);
        return new Annex(label, titles, grid, after);
    }

    /** 国家级先进 + 制造业集群 → 国家级先进制造业集群: a header cell the flattened text wrapped. */
    private static List<String> joinWrapped(List<String> sub) {
        List<String> out = new ArrayList<>();
        for (String s : sub) {
            if (!out.isEmpty() && !out.get(0).isEmpty()
                    && out.get(out.size() - 1).charAt(out.get(out.size() - 1).length() - 1)
                    != out.get(0).charAt(out.get(0).length() - 1)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** 重点任务 | 具体举措 | 责任单位, the task cell spanning the rows (and notes) of one task. */
    private static List<List<Cell>> taskTable(List<String> header, List<Block.Row> rows) {
        if (header.size() != 3) {
            throw new IllegalStateException("expected 重点任务 | 具体举措 | 责任单位, got " + header);
        }
        List<List<Cell>> grid = new ArrayList<>();
        grid.add(header.stream().map(h -> new Cell(h, 1, 1, false, true)).toList());
        String lastNote = null;
        int i = 0;
        while (i < rows.size()) {
            String task = rows.get(i).task();
            int j = i;
            while (j < rows.size() && Objects.equals(rows.get(j).task(), task)) {
                j++;
            }
            // the note before the group's first row stands between tasks: a full-width row
            if (rows.get(i).note() != null && !rows.get(i).note().equals(lastNote)) {
                grid.add(List.of(new Cell(rows.get(i).note(), 1, 3, false, false)));
                lastNote = rows.get(i).note();
            }
            List<List<Cell>> group = new ArrayList<>();
            for (int k = i; k < j; k++) {
                Block.Row row = rows.get(k);
                if (k > i && row.note() != null && !row.note().equals(lastNote)) {
                    group.add(new ArrayList<>(List.of(Cell.spanned(), new Cell(row.note(), 1, 2, false, false))));
                    lastNote = row.note();
                }
                List<Cell> cells = new ArrayList<>();
                cells.add(k == i ? null : Cell.spanned());
                cells.add(Cell.of(String.join("\n", row.cells())));
                cells.add(Cell.of(row.units()));
                group.add(cells);
            }
            group.get(0).set(0, new Cell(task == null ? "" : task, group.size(), 1, false, false));
            grid.addAll(group);
            i = j;
        }
        return grid;
    }

    /**
     * 附件1's layout: “六个一” | 功能定位 | 主要建设内容 (省级产业集群 | 省级先进制造业集群 | 国家级先进制造业集群) | 责任单位.
     * The flattened text gives the name and definition as one line (集群促进组织(是指…)) and the three levels as a run
     * of lines; a level starts at 在…基础上: or where the numbering starts again at 1.
     */
    private static List<List<Cell>> levelTable(List<String> top, List<String> sub, List<Block.Row> rows) {
        int levels = Math.max(1, sub.size());
        int columns = top.size() - 1 + levels;
        List<List<Cell>> grid = new ArrayList<>();
        List<Cell> first = new ArrayList<>();
        List<Cell> second = new ArrayList<>();
        for (int c = 0; c < top.size(); c++) {
            boolean spanned = c == top.size() - 2 && !sub.isEmpty();
            first.add(new Cell(top.get(c), spanned ? 1 : sub.isEmpty() ? 1 : 2, spanned ? levels : 1, false, true));
            if (spanned) {
                sub.forEach(s -> second.add(new Cell(s, 1, 1, false, true)));
            } else if (!sub.isEmpty()) {
                second.add(Cell.spanned());
            }
        }
        grid.add(first);
        if (!sub.isEmpty()) {
            grid.add(second);
        }
        String lastNote = null;
        for (Block.Row row : rows) {
            if (row.note() != null && !row.note().equals(lastNote)) {
                grid.add(List.of(new Cell(row.note(), 1, columns, false, false)));
                lastNote = row.note();
            }
            List<String> cells = row.cells();
            String lead = cells.get(0);
            int paren = lead.indexOf('(');
            List<Cell> out = new ArrayList<>();
            if (top.size() - 1 == 3 && paren > 0 && paren <= 10) { // “六个一” and 功能定位 as two cells
                out.add(Cell.of(lead.substring(0, paren)));
                out.add(Cell.of(lead.substring(paren)));
            } else {
                out.add(Cell.of(lead));
            }
            List<List<String>> groups = new ArrayList<>();
            for (String line : cells.subList(1, cells.size())) {
                boolean marker = line.startsWith("在") && line.contains("基础上");
                boolean restart = line.startsWith("1.") && !groups.isEmpty()
                        && !lastOf(groups).isEmpty() && !lastOf(lastOf(groups)).contains("基础上");
                if (groups.isEmpty() || marker || restart) {
                    groups.add(new ArrayList<>());
                }
                lastOf(groups).add(line);
            }
            if (groups.size() != levels) {
                throw new IllegalStateException("row splits into " + groups.size() + " levels, not " + levels + ": " + cells);
            }
            groups.forEach(g -> out.add(Cell.of(String.join("\n", g))));
            out.add(Cell.of(row.units()));
            grid.add(out);
        }
        return grid;
    }

    private static <T> T lastOf(List<T> list) {
        return list.get(list.size() - 1);
    }

    // ---------------------------------------------------------------- HTML

    /** The page as a government site serves it. */
    public static String html(StructuredText doc, String charset) {
        Model model = model(doc);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset).append("\">\n")
                .append("<title>").append(esc(model.article().get(0))).append(" - 新余市人民政府</title>\n")
                .append("<style>table{border-collapse:collapse}td,th{border:1px solid #333;padding:4px}</style>\n")
                .append("</head>\n<body>\n")
                .append("<div class=\"header\"><a href=\"/\">新余市人民政府</a></div>\n")
                .append("<div class=\"breadcrumb\">当前位置: <a href=\"/\">首页</a> &gt; <a href=\"/zcwj/\">政策文件</a> &gt; 正文</div>\n")
                .append("<div class=\"article\">\n")
                .append("<h1>").append(esc(model.article().get(0))).append("</h1>\n")
                .append("<div class=\"info\">").append(esc(DATE_LINE).replace(" ", "&nbsp;&nbsp;&nbsp;&nbsp;")).append("</div>\n")
                .append("<div class=\"content\">\n");
        for (String line : model.article().subList(1, model.article().size())) {
            h.append("<p>").append(esc(line)).append("</p>\n");
        }
        for (Annex annex : model.annexes()) {
            h.append("<p><strong>").append(esc(annex.label())).append("</strong></p>\n");
            for (String t : annex.titles()) {
                h.append("<p style=\"text-align:center\">").append(esc(t)).append("</p>\n");
            }
            if (!annex.rows().isEmpty()) {
                h.append("<table>\n");
                for (List<Cell> row : annex.rows()) {
                    h.append("<tr>");
                    for (Cell cell : row) {
                        if (cell.covered()) {
                            continue;
                        }
                        String tag = cell.header() ? "th" : "td";
                        h.append('<').append(tag);
                        if (cell.rowspan() > 1) {
                            h.append(" rowspan=\"").append(cell.rowspan()).append('"');
                        }
                        if (cell.colspan() > 1) {
                            h.append(" colspan=\"").append(cell.colspan()).append('"');
                        }
                        h.append('>');
                        String[] paras = cell.text().split("\n");
                        if (paras.length == 1) {
                            h.append(esc(paras[0]));
                        } else {
                            for (String p : paras) {
                                h.append("<p>").append(esc(p)).append("</p>");
                            }
                        }
                        h.append("</").append(tag).append('>');
                    }
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
            for (String p : annex.after()) {
                h.append("<p>").append(esc(p)).append("</p>\n");
            }
        }
        h.append("</div>\n</div>\n")
                .append("<div class=\"footer\"><a href=\"/\">返回首页</a> | <a href=\"#\">打印本页</a> | <a href=\"#\">关闭窗口</a></div>\n")
                .append("<div class=\"comments\">0条 [查看全部] 相关评论</div>\n")
                .append("<div class=\"copyright\">版权所有:新余市人民政府办公室 赣ICP备05004305号</div>\n")
                .append("<script>var _hmt = _hmt || []; document.write('<p>统计代码 & 访问量</p>');</script>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    public static Path writeHtml(StructuredText doc, Path dir) throws IOException {
        return Files.writeString(dir.resolve(DOC_ID + ".html"), html(doc, "utf-8"), StandardCharsets.UTF_8);
    }

    /** The same page saved in GB18030, declaring gb2312 as such sites do. */
    public static Path writeGbHtml(StructuredText doc, Path dir) throws IOException {
        Path file = dir.resolve(DOC_ID + "-gb.html");
        return Files.write(file, html(doc, "gb2312").getBytes(Charset.forName("GB18030")));
    }

    // ---------------------------------------------------------------- DOCX

    public static Path writeDocx(StructuredText doc, Path dir) throws IOException {
        Model model = model(doc);
        Path file = dir.resolve(DOC_ID + ".docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            paragraph(docx, DATE_LINE);
            for (String line : model.article()) {
                paragraph(docx, line);
            }
            for (Annex annex : model.annexes()) {
                paragraph(docx, annex.label());
                annex.titles().forEach(t -> paragraph(docx, t));
                if (!annex.rows().isEmpty()) {
                    table(docx, annex.rows());
                }
                annex.after().forEach(p -> paragraph(docx, p));
            }
            docx.write(out);
        }
        return file;
    }

    private static void paragraph(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.createRun().setText(text);
    }

    private static void table(XWPFDocument docx, List<List<Cell>> grid) {
        XWPFTable table = docx.createTable();
        for (int r = 0; r < grid.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            for (Cell cell : grid.get(r)) {
                XWPFTableCell c = row.addNewTableCell();
                CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                if (cell.colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                if (cell.covered()) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (cell.rowspan() > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] paras = cell.text().split("\n");
                for (int k = 0; k < paras.length; k++) {
                    XWPFParagraph p = k == 0 && !c.getParagraphs().isEmpty() ? c.getParagraphs().get(0) : c.addParagraph();
                    if (!paras[k].isEmpty()) {
                        p.createRun().setText(paras[k]);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- PDF

    /** The date/source line and the cleaned lines typeset by {@link CjkPdf} (the project's one PDF writer). */
    public static void writePdf(StructuredText doc, Path file) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(DATE_LINE);
        paragraphs.addAll(doc.lines());
        CjkPdf.write(paragraphs, doc.lines().get(0), FONT, file);
    }

    /** A copy of a PDF that asks for a user password before it opens. */
    public static Path writeEncryptedPdf(Path source, Path file) throws IOException {
        return CjkPdf.writeEncrypted(source, file);
    }
}
