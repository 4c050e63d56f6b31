package policylens.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import policylens.i18n.Lang;
import policylens.i18n.Messages;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads OFD (GB/T 33190-2016, the national fixed-layout format) with the JDK alone: an OFD is a zip of XML parts.
 * {@code OFD.xml} names each document's root ({@code Doc_0/Document.xml}) and its {@code DocInfo} (title, author,
 * dates, keywords: written to Tika's metadata as the PDF and Word parsers write theirs); the document lists its
 * pages and template pages (letterheads often live on a template); each page's {@code TextObject}s carry
 * {@code TextCode} runs with their position in millimetres.
 * <p>
 * Reading order: the text runs of a page and of the templates it uses, nested {@code PageBlock}s included, are
 * grouped into lines by their baseline (within a third of the font size), lines sorted top to bottom and runs left
 * to right, so a converter that writes one {@code TextObject} per character gives the same line as one that writes
 * one per line. A wide gap inside a line separates cells: two or more consecutive lines of several cells are a
 * table and are written as XHTML table rows (the rows then arrive tab-separated, as Word and HTML tables do); a
 * single gapped line stays one line. Each visual line is a {@code <p>}, as PDF lines are.
 * <p>
 * Not read: seals and signatures ({@code Signs/}), annotations, images (an image-only OFD from a scanner has no
 * text), glyph-only text (glyph ids without Unicode), vertical layout, rotated or scaled text ({@code CTM}).
 * <p>
 * Safety: the zip directory's declared sizes are checked by the caller ({@link ZipExpansion}); here every part read
 * is inflated through a counter that stops at {@link #MAX_PART_BYTES} per part and at the document's unzip limit in
 * all, and the XML parsers refuse DOCTYPEs (no external entities). Entry names with a leading {@code /}, with
 * {@code \} separators or in another letter case are found; names written in GBK without the UTF-8 flag are read
 * as GBK.
 */
public final class OfdParser implements Parser {
    public static final MediaType OFD = MediaType.application("ofd");
    private static final Set<MediaType> TYPES = Set.of(OFD);
    /** One XML part may inflate to this much; a page of a real document is well under 1 MB. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");

    private final long maxUnzipped;

    /** @param maxUnzipped what the parts read may inflate to in all (the document's unzip limit) */
    public OfdParser(long maxUnzipped) {
        this.maxUnzipped = maxUnzipped;
    }

    /** A file that is not a readable OFD; the message is one line in both languages. */
    public static final class OfdException extends TikaException {
        private OfdException(String message) {
            super(message);
        }

        /** "不是有效的 OFD 文件（缺少 OFD.xml）/ not a valid OFD file (OFD.xml is missing)" */
        static OfdException invalid(String reasonKey, Object... args) {
            return new OfdException(Messages.t(Lang.ZH, "ingest.ofd.invalid", Messages.t(Lang.ZH, reasonKey, args))
                    + " / " + Messages.t(Lang.EN, "ingest.ofd.invalid", Messages.t(Lang.EN, reasonKey, args)));
        }
    }

    /** A part inflates past its limit (thrown from inside the XML parsers' reads, hence an IOException). */
    public static final class TooLarge extends IOException {
        TooLarge(String path, long limit) {
            super(Messages.t(Lang.ZH, "ingest.ofd.too-large", path, IngestLimits.bytes(limit)) + " / "
                    + Messages.t(Lang.EN, "ingest.ofd.too-large", path, IngestLimits.bytes(limit)));
        }
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        byte[] bytes = stream.readAllBytes();
        try (Package pkg = Package.open(bytes, maxUnzipped)) {
            Element ofd = pkg.dom("OFD.xml", "ingest.ofd.no-ofd-xml");
            List<Element> bodies = children(ofd, "DocBody");
            if (bodies.isEmpty()) {
                throw OfdException.invalid("ingest.ofd.no-doc-body");
            }
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            int pages = 0;
            for (Element body : bodies) {
                Element info = child(body, "DocInfo");
                if (info != null && pages == 0) {
                    docInfo(info, metadata);
                }
                Element root = child(body, "DocRoot");
                if (root == null || root.getTextContent().isBlank()) {
                    throw OfdException.invalid("ingest.ofd.no-doc-body");
                }
                String docPath = resolve("OFD.xml", root.getTextContent().strip());
                pages += document(pkg, docPath, xhtml);
            }
            metadata.set(PagedText.N_PAGES, pages);
            xhtml.endDocument();
        }
    }

    /** The pages of one document (Document.xml), each with the templates it uses; returns how many. */
    private static int document(Package pkg, String docPath, XHTMLContentHandler xhtml)
            throws IOException, SAXException, TikaException {
        Element doc = pkg.dom(docPath, "ingest.ofd.missing-part");
        Map<String, String> templates = new HashMap<>();
        Element common = child(doc, "CommonData");
        if (common != null) {
            for (Element t : children(common, "TemplatePage")) {
                templates.put(t.getAttribute("ID"), resolve(docPath, t.getAttribute("BaseLoc")));
            }
        }
        double pageWidth = 210;
        Element area = common == null ? null : child(common, "PageArea");
        Element box = area == null ? null : child(area, "PhysicalBox");
        if (box != null) {
            double[] b = numbers(box.getTextContent());
            pageWidth = b.length == 4 && b[2] > 0 ? b[2] : pageWidth;
        }
        Element pagesElement = child(doc, "Pages");
        List<Element> pages = pagesElement == null ? List.of() : children(pagesElement, "Page");
        Map<String, List<Run>> templateRuns = new HashMap<>();
        for (Element page : pages) {
            String pagePath = resolve(docPath, page.getAttribute("BaseLoc"));
            PageReader reader = pkg.page(pagePath);
            List<Run> runs = new ArrayList<>();
            for (String id : reader.templates) {
                String path = templates.get(id);
                if (path != null) {
                    List<Run> template = templateRuns.get(path);
                    if (template == null) {
                        template = pkg.template(path);
                        templateRuns.put(path, template);
                    }
                    runs.addAll(template);
                }
            }
            runs.addAll(reader.runs);
            xhtml.startElement("div", "class", "page");
            for (Block block : Layout.blocks(runs, pageWidth)) {
                block.write(xhtml);
            }
            xhtml.endElement("div");
        }
        return pages.size();
    }

    /** DocInfo into Tika's metadata keys, where the PDF and Word parsers put theirs. */
    private static void docInfo(Element info, Metadata metadata) {
        text(info, "Title").ifPresent(v -> metadata.set(TikaCoreProperties.TITLE, v));
        text(info, "Author").ifPresent(v -> metadata.set(TikaCoreProperties.CREATOR, v));
        text(info, "Subject").ifPresent(v -> metadata.set(TikaCoreProperties.DESCRIPTION, v));
        text(info, "CreationDate").ifPresent(v -> metadata.set(TikaCoreProperties.CREATED.getName(), v));
        text(info, "ModDate").ifPresent(v -> metadata.set(TikaCoreProperties.MODIFIED.getName(), v));
        text(info, "Creator").ifPresent(v -> metadata.set(TikaCoreProperties.CREATOR_TOOL, v));
        Element keywords = child(info, "Keywords");
        if (keywords != null) {
            for (Element k : children(keywords, "Keyword")) {
                String v = k.getTextContent().strip();
                if (!v.isEmpty()) {
                    metadata.add(TikaCoreProperties.SUBJECT, v);
                }
            }
        }
    }

    private static java.util.Optional<String> text(Element parent, String name) {
        Element e = child(parent, name);
        String v = e == null ? "" : e.getTextContent().strip();
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
    }

    // ---- paths -------------------------------------------------------------------------------------------------

    /**
     * A location relative to the directory of the part that names it, or absolute from the zip root when it starts
     * with {@code /}; {@code \} is read as {@code /}, {@code .} and {@code ..} are applied.
     */
    static String resolve(String base, String loc) {
        String l = loc.strip().replace('\\', '/');
        String joined;
        if (l.startsWith("/")) {
            joined = l;
        } else {
            String b = base.replace('\\', '/');
            int slash = b.lastIndexOf('/');
            joined = (slash < 0 ? "" : b.substring(0, slash + 1)) + l;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String normalize(String entryName) {
        return resolve("", entryName);
    }

    // ---- XML ---------------------------------------------------------------------------------------------------

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName().replaceFirst("^.*:", "");
    }

    private static DocumentBuilder documentBuilder() throws TikaException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new TikaException("XML parser: " + e.getMessage(), e);
        }
    }

    private static SAXParser saxParser() throws TikaException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            return f.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new TikaException("XML parser: " + e.getMessage(), e);
        }
    }

    // ---- the zip ---------------------------------------------------------------------------------------------

    /** The zip with its entries by normalised name, every part read through the size limits. */
    private static final class Package implements AutoCloseable {
        private final ZipFile zip;
        private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
        private final Map<String, ZipArchiveEntry> folded = new HashMap<>();
        private final long maxUnzipped;
        private long inflated;

        private Package(ZipFile zip, long maxUnzipped) {
            this.zip = zip;
            this.maxUnzipped = maxUnzipped;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    String name = normalize(entry.getName());
                    entries.putIfAbsent(name, entry);
                    folded.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
                }
            }
        }

        static Package open(byte[] bytes, long maxUnzipped) throws TikaException {
            ZipFile zip = zip(bytes, null);
            boolean garbled = false;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && !utf8(entry.getRawName())) {
                    garbled = true;
                }
            }
            if (garbled) {
                closeQuietly(zip);
                zip = zip(bytes, GBK);
            }
            return new Package(zip, maxUnzipped);
        }

        private static boolean utf8(byte[] name) {
            if (name == null) {
                return true;
            }
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(name));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }

        private static ZipFile zip(byte[] bytes, Charset charset) throws TikaException {
            try {
                ZipFile.Builder b = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes));
                if (charset != null) {
                    b.setCharset(charset);
                }
                return b.get();
            } catch (IOException | RuntimeException e) {
                throw OfdException.invalid("ingest.ofd.not-zip");
            }
        }

        private static void closeQuietly(ZipFile zip) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // an in-memory channel
            }
        }

        ZipArchiveEntry entry(String path) {
            String name = normalize(path);
            ZipArchiveEntry e = entries.get(name);
            return e != null ? e : folded.get(name.toLowerCase(Locale.ROOT));
        }

        InputStream open(String path, String missingKey) throws IOException, TikaException {
            ZipArchiveEntry e = entry(path);
            if (e == null) {
                throw OfdException.invalid(missingKey, path);
            }
            return new Counting(zip.getInputStream(e), path);
        }

        Element dom(String path, String missingKey) throws IOException, TikaException {
            try (InputStream in = open(path, missingKey)) {
                return documentBuilder().parse(new InputSource(in)).getDocumentElement();
            } catch (SAXException e) {
                throw OfdException.invalid("ingest.ofd.bad-xml", path, Ingestor.firstLine(e));
            }
        }

        PageReader page(String path) throws IOException, TikaException {
            PageReader reader = new PageReader();
            try (InputStream in = open(path, "ingest.ofd.missing-part")) {
                saxParser().parse(new InputSource(in), reader);
            } catch (SAXException e) {
                throw OfdException.invalid("ingest.ofd.bad-xml", path, Ingestor.firstLine(e));
            }
            return reader;
        }

        /** A template's runs; a template that is missing or broken adds nothing (the page's own text still counts). */
        List<Run> template(String path) throws TooLarge {
            try {
                return page(path).runs;
            } catch (TooLarge e) {
                throw e;
            } catch (IOException | TikaException e) {
                return List.of();
            }
        }

        @Override
        public void close() {
            closeQuietly(zip);
        }

        /** Counts what a part inflates to; past a limit the document is refused. */
        private final class Counting extends FilterInputStream {
            private final String path;
            private long part;

            Counting(InputStream in, String path) {
                super(in);
                this.path = path;
            }

            private void count(long n) throws IOException {
                if (n <= 0) {
                    return;
                }
                part += n;
                inflated += n;
                if (part > MAX_PART_BYTES || inflated > maxUnzipped) {
                    long limit = part > MAX_PART_BYTES ? MAX_PART_BYTES : maxUnzipped;
                    throw new TooLarge(path, limit);
                }
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(n);
                return n;
            }
        }
    }

    // ---- page content --------------------------------------------------------------------------------------------

    /** A run of text as one TextCode places it: baseline origin and advance in millimetres. */
    record Run(double x, double y, double end, double size, String text) {
    }

    /** Collects a page's (or template's) TextCode runs, wherever they sit (layers, nested PageBlocks). */
    static final class PageReader extends DefaultHandler {
        final List<Run> runs = new ArrayList<>();
        final List<String> templates = new ArrayList<>();
        private double bx;
        private double by;
        private double size = 3.5;
        private boolean inText;
        private boolean inCode;
        private double codeX;
        private double codeY;
        private String deltaX;
        private double nextX = Double.NaN;
        private double nextY = Double.NaN;
        private final StringBuilder code = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = localName.isEmpty() ? qName.replaceFirst("^.*:", "") : localName;
            switch (name) {
                case "Template" -> {
                    String id = atts.getValue("TemplateID");
                    if (id != null) {
                        templates.add(id.strip());
                    }
                }
                case "TextObject" -> {
                    double[] box = numbers(atts.getValue("Boundary"));
                    bx = box.length > 0 ? box[0] : 0;
                    by = box.length > 1 ? box[1] : 0;
                    double s = parse(atts.getValue("Size"), 3.5);
                    size = s > 0 ? s : 3.5;
                    inText = true;
                    nextX = Double.NaN;
                    nextY = Double.NaN;
                }
                case "TextCode" -> {
                    if (inText) {
                        inCode = true;
                        code.setLength(0);
                        codeX = parse(atts.getValue("X"), Double.isNaN(nextX) ? 0 : nextX);
                        codeY = parse(atts.getValue("Y"), Double.isNaN(nextY) ? size : nextY);
                        deltaX = atts.getValue("DeltaX");
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inCode) {
                code.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName.replaceFirst("^.*:", "") : localName;
            if (name.equals("TextCode") && inCode) {
                inCode = false;
                String text = code.toString().replaceAll("[\\r\\n\\t]", "");
                if (!text.isBlank()) {
                    double advance = advance(text, deltaX, size);
                    runs.add(new Run(bx + codeX, by + codeY, bx + codeX + advance, size, text));
                }
                nextX = codeX + advance(text, deltaX, size);
                nextY = codeY;
            } else if (name.equals("TextObject")) {
                inText = false;
            }
        }
    }

    /** The width of a run: the DeltaX steps between its glyphs ("g 3 5.6" is three steps of 5.6) plus its last glyph. */
    static double advance(String text, String deltaX, double size) {
        int[] cps = text.codePoints().toArray();
        if (cps.length == 0) {
            return 0;
        }
        List<Double> steps = new ArrayList<>();
        if (deltaX != null) {
            String[] t = deltaX.strip().split("\\s+");
            for (int i = 0; i < t.length && steps.size() < cps.length; i++) {
                if (t[i].equals("g") && i + 2 < t.length) {
                    int n = (int) Math.min(parse(t[i + 1], 0), cps.length);
                    double d = parse(t[i + 2], 0);
                    for (int k = 0; k < n; k++) {
                        steps.add(d);
                    }
                    i += 2;
                } else if (!t[i].isEmpty()) {
                    steps.add(parse(t[i], 0));
                }
            }
        }
        double w = 0;
        for (int i = 0; i < cps.length - 1; i++) {
            w += i < steps.size() ? steps.get(i) : glyph(cps[i], size);
        }
        return w + glyph(cps[cps.length - 1], size);
    }

    private static double glyph(int cp, double size) {
        return cp < 0x2E80 ? size * 0.5 : size;
    }

    private static double parse(String s, double fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double[] numbers(String s) {
        if (s == null || s.isBlank()) {
            return new double[0];
        }
        String[] t = s.strip().split("\\s+");
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = parse(t[i], 0);
        }
        return out;
    }

    // ---- layout ----------------------------------------------------------------------------------------------

    /** A visual line (one paragraph element) or a table (consecutive lines of several cells). */
    interface Block {
        void write(XHTMLContentHandler xhtml) throws SAXException;
    }

    record Line(String text) implements Block {
        @Override
        public void write(XHTMLContentHandler xhtml) throws SAXException {
            xhtml.element("p", text);
        }
    }

    record Table(List<List<String>> rows) implements Block {
        @Override
        public void write(XHTMLContentHandler xhtml) throws SAXException {
            xhtml.startElement("table");
            for (List<String> row : rows) {
                xhtml.startElement("tr");
                for (String cell : row) {
                    xhtml.element("td", cell);
                }
                xhtml.endElement("tr");
            }
            xhtml.endElement("table");
        }
    }

    /** Runs → lines in reading order → cells; see the class comment. */
    static final class Layout {
        /** A gap wider than this many font sizes separates two cells. */
        static final double CELL_GAP = 2.0;

        private Layout() {
        }

        static List<Block> blocks(List<Run> runs, double pageWidth) {
            List<List<Run>> visual = lines(runs);
            List<List<String>> lines = new ArrayList<>();
            for (List<Run> line : visual) {
                lines.add(cells(line));
            }
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (List<Run> line : visual) {
                left = Math.min(left, line.get(0).x());
                right = Math.max(right, line.get(line.size() - 1).end());
            }
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < lines.size(); ) {
                int j = i;
                while (j < lines.size() && lines.get(j).size() > 1) {
                    j++;
                }
                if (j - i >= 2) {
                    blocks.add(new Table(List.copyOf(lines.subList(i, j))));
                    i = j;
                    continue;
                }
                StringBuilder paragraph = new StringBuilder(String.join(" ", lines.get(i)));
                while (i + 1 < lines.size() && (wraps(visual.get(i), lines.get(i), visual.get(i + 1), lines.get(i + 1),
                        left, right) || centredPair(visual.get(i), lines.get(i), visual.get(i + 1), lines.get(i + 1),
                        pageWidth))) {
                    i++;
                    paragraph.append(lines.get(i).get(0));
                }
                blocks.add(new Line(paragraph.toString()));
                i++;
            }
            return blocks;
        }

        /**
         * Whether a line wrapped into the next: it reaches the right edge of the page's text (within one and a half
         * characters) without ending a sentence, and the next starts at the left edge (a new paragraph is indented),
         * one line below, in the same font size. Official documents set 28 characters a line (GB/T 9704), too short for the text cleaner's
         * own test of a wrapped line; the positions tell.
         */
        private static boolean wraps(List<Run> line, List<String> cells, List<Run> next, List<String> nextCells,
                                     double left, double right) {
            if (cells.size() > 1 || nextCells.size() > 1) {
                return false;
            }
            Run last = line.get(line.size() - 1);
            Run first = next.get(0);
            double size = Math.max(last.size(), first.size());
            if (Math.abs(last.size() - first.size()) > 0.1) {
                return false;
            }
            String text = cells.get(0);
            char end = text.isEmpty() ? '。' : text.charAt(text.length() - 1);
            return last.end() >= right - 1.5 * size && first.x() <= left + 0.5 * size
                    && first.y() - last.y() < 2.5 * size && "。！？；：:;!?".indexOf(end) < 0;
        }

        /**
         * Whether two lines are one centred title set over two lines: both centred on the page (within one
         * character), in the same font size, one line apart, the first not ending a sentence.
         */
        private static boolean centredPair(List<Run> line, List<String> cells, List<Run> next, List<String> nextCells,
                                           double pageWidth) {
            if (cells.size() > 1 || nextCells.size() > 1) {
                return false;
            }
            double size = line.get(0).size();
            if (Math.abs(next.get(0).size() - size) > 0.1) {
                return false;
            }
            double centre = pageWidth / 2;
            double a = (line.get(0).x() + line.get(line.size() - 1).end()) / 2;
            double b = (next.get(0).x() + next.get(next.size() - 1).end()) / 2;
            String text = cells.get(0);
            char end = text.isEmpty() ? '。' : text.charAt(text.length() - 1);
            return Math.abs(a - centre) < size && Math.abs(b - centre) < size
                    && next.get(0).y() - line.get(0).y() < 2.5 * size && "。！？；：:;!?".indexOf(end) < 0;
        }

        /** Groups runs whose baselines lie within a third of the font size (at least 0.5 mm), top to bottom. */
        static List<List<Run>> lines(List<Run> runs) {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
            List<List<Run>> lines = new ArrayList<>();
            List<Run> current = null;
            double baseline = 0;
            for (Run r : sorted) {
                double tolerance = Math.max(0.5, r.size() / 3);
                if (current == null || Math.abs(r.y() - baseline) > tolerance) {
                    current = new ArrayList<>();
                    lines.add(current);
                    baseline = r.y();
                }
                current.add(r);
            }
            for (List<Run> line : lines) {
                line.sort(Comparator.comparingDouble(Run::x));
            }
            return lines;
        }

        /** A line's runs joined left to right; a gap of {@link #CELL_GAP} font sizes starts a new cell. */
        static List<String> cells(List<Run> line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            Run previous = null;
            for (Run r : line) {
                if (previous != null) {
                    double gap = r.x() - previous.end();
                    if (gap > CELL_GAP * Math.max(r.size(), previous.size())) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    } else if (gap > 0.6 * r.size() && latin(previous.text(), true) && latin(r.text(), false)) {
                        cell.append(' ');
                    }
                }
                cell.append(r.text());
                previous = r;
            }
            cells.add(cell.toString());
            return cells;
        }

        private static boolean latin(String s, boolean last) {
            char c = last ? s.charAt(s.length() - 1) : s.charAt(0);
            return c < 0x2E80 && Character.isLetterOrDigit(c);
        }
    }
}
