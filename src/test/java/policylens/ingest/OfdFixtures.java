package policylens.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes OFD files (GB/T 33190) the way converters lay them out, for the tests: {@code OFD.xml} with its DocInfo, a
 * {@code Document.xml} with a template page and pages, fonts in {@code PublicRes.xml}, and page content with text
 * objects placed in millimetres. The plan written by {@link #plan} is a two-page provincial action plan:
 * <ul>
 *   <li>page 1 uses a template holding the letterhead (江西省工业和信息化厅文件); its body gives the title, the
 *   addressee, a heading and the target line 到2027年，全省专精特新中小企业达到500家。 written one TextObject per
 *   character, in scrambled document order (reading order must come from the positions);</li>
 *   <li>page 2 is named by an absolute BaseLoc and holds its text inside nested PageBlocks: a heading, a task
 *   wrapped over two lines as official documents set them (28 characters of 三号 a line, the first indented by
 *   two) ending (责任单位：省工业和信息化厅), and a two-row indicator table laid out in columns.</li>
 * </ul>
 * {@link Options} vary what real producers vary: entry names with a leading slash or backslashes, names encoded
 * in GBK without the UTF-8 flag, a missing OFD.xml.
 * <p>
 * The committed {@code src/test/resources/formats/jiangxi-zjtx-plan.ofd} is {@code plan(Options.DEFAULT)}; regenerate
 * it from the project root with
 * <pre>
 *   mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) policylens.ingest.OfdFixtures
 * </pre>
 */
public final class OfdFixtures {
    public static final Path COMMITTED = Path.of("src/test/resources/formats/jiangxi-zjtx-plan.ofd");
    static final String TITLE = "江西省专精特新中小企业培育行动方案（2025—2027年）";
    static final String TARGET_LINE = "到2027年，全省专精特新中小企业达到500家。";
    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    /** Font size in mm (三号, 16 pt) and the advance of one CJK character. */
    private static final double SIZE = 5.6;

    /**
     * @param entryPrefix   written before every entry name ("" or "/")
     * @param backslashes   entry names with {@code \} for {@code /}
     * @param gbkNames      the document folder is named 文档_0 and the names are written in GBK without the UTF-8 flag
     * @param withoutOfdXml leave out OFD.xml (a broken file)
     */
    public record Options(String entryPrefix, boolean backslashes, boolean gbkNames, boolean withoutOfdXml) {
        public static final Options DEFAULT = new Options("", false, false, false);
    }

    private OfdFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : COMMITTED;
        Files.createDirectories(out.toAbsolutePath().getParent());
        plan(out, Options.DEFAULT);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    public static Path plan(Path file, Options options) throws IOException {
        String doc = options.gbkNames() ? "文档_0" : "Doc_0";
        Map<String, String> parts = new LinkedHashMap<>();
        if (!options.withoutOfdXml()) {
            parts.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:OFD " + NS
                    + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>6f1a0c2e</ofd:DocID>"
                    + "<ofd:Title>" + TITLE + "</ofd:Title><ofd:Author>江西省工业和信息化厅</ofd:Author>"
                    + "<ofd:CreationDate>2025-03-18</ofd:CreationDate><ofd:Creator>OFD Writer</ofd:Creator>"
                    + "<ofd:Keywords><ofd:Keyword>专精特新</ofd:Keyword><ofd:Keyword>中小企业</ofd:Keyword></ofd:Keywords>"
                    + "</ofd:DocInfo><ofd:DocRoot>" + doc + "/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        }
        parts.put(doc + "/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Document " + NS + ">"
                + "<ofd:CommonData><ofd:MaxUnitID>200</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                + "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                + "<ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData>"
                + "<ofd:Pages><ofd:Page ID=\"3\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                + "<ofd:Page ID=\"4\" BaseLoc=\"/" + doc + "/Pages/Page_1/Content.xml\"/></ofd:Pages></ofd:Document>");
        parts.put(doc + "/PublicRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Res " + NS
                + " BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"1\" FontName=\"仿宋\" FamilyName=\"仿宋\"/>"
                + "<ofd:Font ID=\"5\" FontName=\"方正小标宋简体\"/></ofd:Fonts></ofd:Res>");
        parts.put(doc + "/Tpls/Tpl_0/Content.xml", page(layer(line(10, 35, 28, 8.0, "江西省工业和信息化厅文件"))));

        List<String> page1 = new ArrayList<>();
        // the title in 二号 (7.7 mm), centred on the page over two lines
        String title1 = "关于印发" + TITLE.substring(0, 11);
        String title2 = TITLE.substring(11) + "的通知";
        page1.add(line(20, centred(title1, 7.7), 62, 7.7, title1));
        page1.add(line(21, centred(title2, 7.7), 72, 7.7, title2));
        page1.add(line(22, 25, 86, SIZE, "各设区市工业和信息化局："));
        page1.add(line(23, 36, 92, SIZE, "现将有关方案印发给你们，请认真贯彻执行。"));
        page1.add(line(24, 36, 102, SIZE, "一、主要目标"));
        // one TextObject per character, written right to left: reading order comes from X, not document order
        List<String> chars = new ArrayList<>();
        double x = 36;
        for (int i = 0; i < TARGET_LINE.length(); i++) {
            char c = TARGET_LINE.charAt(i);
            chars.add(line(100 + i, x, 112 + (i % 3) * 0.2, SIZE, String.valueOf(c)));
            x += c < 0x2E80 ? SIZE / 2 : SIZE;
        }
        java.util.Collections.reverse(chars);
        page1.addAll(chars);
        parts.put(doc + "/Pages/Page_0/Content.xml",
                page("<ofd:Template TemplateID=\"2\" ZOrder=\"Background\"/>", layer(String.join("", page1))));

        String task = "（一）加强梯度培育。建立优质中小企业培育库，每年新增入库企业100家以上。（责任单位：省工业和信息化厅）";
        String block = "<ofd:PageBlock ID=\"60\">" + line(61, 25, 30, SIZE, "二、重点任务")
                + "<ofd:PageBlock ID=\"62\">" + line(63, 25 + 2 * SIZE, 40, SIZE, task.substring(0, 26))
                + line(64, 25, 50, SIZE, task.substring(26)) + "</ofd:PageBlock>"
                + line(65, 25, 62, SIZE, "附件：主要指标")
                + line(66, 25, 72, 4.2, "指标") + line(67, 110, 72, 4.2, "2025年") + line(68, 150, 72, 4.2, "2027年")
                + line(69, 25, 80, 4.2, "专精特新中小企业（家）") + line(70, 110, 80, 4.2, "300")
                + line(71, 150, 80, 4.2, "500") + "</ofd:PageBlock>";
        parts.put(doc + "/Pages/Page_1/Content.xml", page(layer(block)));
        write(file, parts, options);
        return file;
    }

    /** Where a line starts to stand centred on an A4 page (210 mm). */
    private static double centred(String text, double size) {
        double width = 0;
        for (char c : text.toCharArray()) {
            width += c < 0x2E80 ? size / 2 : size;
        }
        return (210 - width) / 2;
    }

    /** A one-page OFD with the given lines, one TextObject each, 10 mm apart. */
    public static Path simple(Path file, List<String> lines) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:OFD " + NS + " Version=\"1.0\" "
                + "DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        parts.put("Doc_0/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Document " + NS + ">"
                + "<ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID></ofd:CommonData><ofd:Pages>"
                + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            objects.append(line(10 + i, 25, 30 + 10 * i, SIZE, lines.get(i)));
        }
        parts.put("Doc_0/Pages/Page_0/Content.xml", page(layer(objects.toString())));
        write(file, parts, Options.DEFAULT);
        return file;
    }

    /** A TextObject with one TextCode; its baseline sits at {@code y} (Boundary top + Y). */
    static String line(int id, double x, double y, double size, String text) {
        double width = Math.min(185 - x, text.length() * size + 1);
        return String.format(java.util.Locale.ROOT, "<ofd:TextObject ID=\"%d\" Boundary=\"%.2f %.2f %.2f %.2f\" "
                        + "Font=\"1\" Size=\"%.1f\"><ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"0\" Y=\"%.2f\" "
                        + "DeltaX=\"%s\">%s</ofd:TextCode></ofd:TextObject>", id, x, y - size, width, size * 1.2,
                size, size, deltas(text, size), escape(text));
    }

    /** Advances as converters write them: "g N d" for a run of equal steps, half a step after Latin characters. */
    private static String deltas(String text, double size) {
        StringBuilder sb = new StringBuilder();
        double previous = -1;
        int run = 0;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length() - 1; i++) {
            double d = text.charAt(i) < 0x2E80 ? size / 2 : size;
            if (d == previous) {
                run++;
            } else {
                if (run > 0) {
                    out.add(run == 1 ? fmt(previous) : "g " + run + " " + fmt(previous));
                }
                previous = d;
                run = 1;
            }
        }
        if (run > 0) {
            out.add(run == 1 ? fmt(previous) : "g " + run + " " + fmt(previous));
        }
        sb.append(String.join(" ", out));
        return sb.toString();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }

    private static String page(String... content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page " + NS + ">" + String.join("", content) + "</ofd:Page>";
    }

    private static String layer(String objects) {
        return "<ofd:Content><ofd:Layer ID=\"9\" Type=\"Body\">" + objects + "</ofd:Layer></ofd:Content>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void write(Path file, Map<String, String> parts, Options options) throws IOException {
        Charset names = options.gbkNames() ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                String name = options.entryPrefix() + part.getKey();
                if (options.backslashes()) {
                    name = name.replace('/', '\\');
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** A zip with a root OFD.xml whose named parts are absent, to check the error names the part. */
    static Path withoutDocument(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:OFD " + NS + "><ofd:DocBody>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        write(file, parts, Options.DEFAULT);
        return file;
    }

    /** An OFD.xml with a DOCTYPE declaring an external entity (XXE): must be refused, never resolved. */
    static Path withDoctype(Path file, Path secret) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<ofd:OFD " + NS + "><ofd:DocBody><ofd:DocInfo><ofd:Title>&s;</ofd:Title></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        write(file, parts, Options.DEFAULT);
        return file;
    }
}
