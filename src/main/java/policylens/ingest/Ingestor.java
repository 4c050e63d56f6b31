package policylens.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.util.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads any supported file (plain text in any Chinese encoding, Markdown, HTML, PDF, DOCX/DOC, OFD) through Apache
 * Tika and returns its text as lines. Every failure is an {@link IngestException} with a one-line reason.
 * <p>
 * OFD (an .ofd file, or a zip with a root OFD.xml, which Tika takes for a plain zip) goes to {@link OfdParser}.
 * A PDF is parsed without OCR first; when some of its pages have no text layer (under 10 characters) and OCR is on
 * and installed ({@link OcrSettings}), it is parsed again with Tika's Tesseract integration reading only those
 * pages, with {@link OcrSettings#pageSeconds()} more time for each. The pages read by OCR are counted in the
 * document's {@link SourceInfo}.
 */
public final class Ingestor {
    /** Files above this size are refused: policy documents are far smaller; 20 MB guards memory. */
    public static final long DEFAULT_MAX_BYTES = IngestLimits.DEFAULT_MAX_BYTES;

    private static final Set<String> SUPPORTED = Set.of(
            "text/plain", "text/markdown", "text/html", "application/xhtml+xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            OfdParser.OFD.toString());
    /** Formats decoded from bytes by a charset: random bytes decode too, and are checked for looking like text. */
    private static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/html", "application/xhtml+xml");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF = "application/pdf";
    private static final String OFD = OfdParser.OFD.toString();
    /** Tika's AUTO rule: a page with fewer characters than this has no text layer. */
    static final int MIN_PAGE_CHARS = 10;

    /** Parsing runs here, so that a document past its time can be given up on (daemon threads: never block exit). */
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "policylens-parse");
        t.setDaemon(true);
        return t;
    });

    private final IngestLimits limits;
    private final boolean directTextParser;
    private final Parser textParser = new TextAndCSVParser();
    private final Parser markdownParser = new MarkdownParser();
    private final Parser parser;
    private final Detector detector;

    public Ingestor() {
        this(IngestLimits.DEFAULT);
    }

    public Ingestor(long maxBytes) {
        this(new IngestLimits(maxBytes, IngestLimits.DEFAULT_MAX_CHARS, IngestLimits.DEFAULT_MAX_SECONDS));
    }

    public Ingestor(IngestLimits limits) {
        this(limits, true);
    }

    /** @param directTextParser parse plain text with Tika's text parser directly rather than through AutoDetectParser */
    Ingestor(long maxBytes, boolean directTextParser) {
        this(new IngestLimits(maxBytes, IngestLimits.DEFAULT_MAX_CHARS, IngestLimits.DEFAULT_MAX_SECONDS), directTextParser);
    }

    Ingestor(IngestLimits limits, boolean directTextParser) {
        this.limits = limits;
        this.directTextParser = directTextParser;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
    }

    public IngestLimits limits() {
        return limits;
    }

    public RawDocument read(Path file) throws IngestException {
        byte[] bytes = readBytes(file);
        String docId = docId(file);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String type = ofdOr(file, bytes, detect(file, bytes, metadata));
        if (!SUPPORTED.contains(type)) {
            throw new IngestException(file, Messages.both("ingest.unsupported", type));
        }
        if (type.equals("text/plain") || type.equals("text/markdown")) {
            Utf8Check.requireValidIfUtf8(file, bytes);
        }
        boolean text = TEXT.contains(type);
        // a BOM or <meta charset="utf-8"> that says UTF-8 over GB18030 bytes, or a <meta charset="gb2312"> over
        // UTF-8 bytes: believe the bytes
        Evidence evidence = !text ? Evidence.NONE : Utf8Check.isGb18030NotUtf8(bytes) ? Evidence.GB18030_NOT_UTF8
                : Utf8Check.isUtf8BeyondAscii(bytes) ? Evidence.UTF8 : Evidence.NONE;
        byte[] body = evidence == Evidence.GB18030_NOT_UTF8
                ? Arrays.copyOfRange(bytes, Utf8Check.bomLength(bytes), bytes.length) : bytes;
        metadata.set(Metadata.CONTENT_TYPE, type);
        Budget budget = new Budget(limits.maxSeconds());
        Parsed parsed = parseInTime(file, type, body, metadata, evidence, budget);
        List<String> lines = parsed.lines();
        requireText(file, type, lines);
        if (text) {
            TextPlausibility.require(file, lines);
        }
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new RawDocument(file.toString(), docId, type, charset, lines, Sha256.hex(bytes),
                info(type, metadata, parsed));
    }

    /** The lines of a document and, for a PDF, its pages: all, without text layer, read by OCR. */
    private record Parsed(List<String> lines, Integer pages, Integer pagesWithoutText, Integer ocrPages) {
        Parsed(List<String> lines) {
            this(lines, null, null, null);
        }
    }

    /** The time a document may take: --max-seconds, moved on by the pages it needs to OCR. */
    private static final class Budget {
        private final AtomicLong deadline;
        private final AtomicInteger seconds;

        Budget(int seconds) {
            this.seconds = new AtomicInteger(seconds);
            this.deadline = new AtomicLong(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
        }

        void extend(int more) {
            seconds.addAndGet(more);
            deadline.addAndGet(TimeUnit.SECONDS.toNanos(more));
        }

        long deadline() {
            return deadline.get();
        }

        /** Nanoseconds left, with half a second of grace for the parser to notice. */
        long left() {
            return deadline.get() + TimeUnit.MILLISECONDS.toNanos(500) - System.nanoTime();
        }
    }

    /** Parses on a worker thread and gives up at the deadline (the thread itself stops at its next SAX event). */
    private Parsed parseInTime(Path file, String type, byte[] bytes, Metadata metadata, Evidence evidence, Budget budget)
            throws IngestException {
        Future<Parsed> parsing = PARSING.submit(() -> parse(file, type, bytes, metadata, evidence, budget));
        try {
            while (true) {
                try {
                    return parsing.get(Math.max(1, budget.left()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (budget.left() <= 0) {
                        parsing.cancel(true);
                        throw timeUp(file, budget.seconds.get());
                    }
                    // the deadline moved on (pages to OCR): wait for the rest
                }
            }
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(file, "读取被中断 / interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) {
                throw ie;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new IngestException(file, kindMessage("ingest.out-of-memory", type));
            }
            throw new IngestException(file, kindMessage("ingest.damaged", type, firstLine(cause)), cause);
        }
    }

    private Parsed parse(Path file, String type, byte[] bytes, Metadata metadata, Evidence evidence, Budget budget)
            throws IngestException {
        // what a compressed container declares or inflates to, checked before parsing (on this thread: in time)
        if (type.equals(DOCX) || type.equals(OFD)) {
            ZipExpansion.requireBounded(file, bytes, limits.maxUnzippedBytes());
        }
        if (!type.equals(PDF)) {
            return new Parsed(parseOnce(file, type, bytes, metadata, context(evidence), budget));
        }
        PdfExpansion.requireBounded(file, bytes, limits.maxUnzippedBytes());
        List<String> lines = parseOnce(file, type, bytes, metadata, context(evidence), budget);
        String[] perPage = metadata.getValues(org.apache.tika.metadata.PDF.CHARACTERS_PER_PAGE);
        int pages = perPage.length;
        int withoutText = 0;
        for (String n : perPage) {
            if (parseInt(n) < MIN_PAGE_CHARS) {
                withoutText++;
            }
        }
        if (withoutText == 0) {
            return new Parsed(lines, pages, 0, 0);
        }
        boolean blank = lines.stream().allMatch(String::isBlank);
        OcrSettings ocr = limits.ocr();
        if (ocr.mode() == OcrSettings.Mode.OFF || !OcrSettings.available()) {
            if (blank) {
                throw new IngestException(file, Messages.both(
                        ocr.mode() == OcrSettings.Mode.OFF ? "ingest.ocr.off" : "ingest.ocr.unavailable"));
            }
            return new Parsed(lines, pages, withoutText, 0);
        }
        // OCR the pages without text: parse again, Tika's AUTO strategy renders only those pages for tesseract
        budget.extend(withoutText * ocr.pageSeconds());
        Metadata again = new Metadata();
        again.set(TikaCoreProperties.RESOURCE_NAME_KEY, metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        again.set(Metadata.CONTENT_TYPE, type);
        List<String> read = parseOnce(file, type, bytes, again, ocrContext(evidence, ocr), budget);
        if (read.stream().allMatch(String::isBlank)) {
            throw new IngestException(file, Messages.both("ingest.ocr.nothing"));
        }
        String ocrCount = again.get(org.apache.tika.metadata.PDF.OCR_PAGE_COUNT);
        int ocrPages = ocrCount == null ? withoutText : parseInt(ocrCount);
        for (String name : again.names()) {
            metadata.remove(name);
            for (String value : again.getValues(name)) {
                metadata.add(name, value);
            }
        }
        return new Parsed(read, pages, withoutText, ocrPages);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    private List<String> parseOnce(Path file, String type, byte[] bytes, Metadata metadata, ParseContext context,
                                   Budget budget) throws IngestException {
        // an OFD's and a PDF's blocks are visual lines, not paragraphs
        LineCollector lines = new LineCollector(!type.equals(PDF) && !type.equals(OFD));
        // the character limit counts what the parser writes; the deadline stops a parser that streams
        ContentHandler handler = new WriteOutContentHandler(new DeadlineHandler(lines, budget::deadline),
                limits.maxChars(), true, context);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parserFor(type).parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, kindMessage("ingest.encrypted", type), e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw failure(file, type, e);
        }
        return lines.lines();
    }

    /** What the file says about itself, for the record's meta.file. */
    private static SourceInfo info(String type, Metadata m, Parsed parsed) {
        Integer pages = parsed.pages();
        if (pages == null && m.get(PagedText.N_PAGES) != null) {
            pages = parseInt(m.get(PagedText.N_PAGES));
        }
        List<String> keywords = new java.util.ArrayList<>();
        for (String k : m.getValues(TikaCoreProperties.SUBJECT)) {
            if (!k.isBlank() && !keywords.contains(k.strip())) {
                keywords.add(k.strip());
            }
        }
        return new SourceInfo(type, blankToNull(m.get(TikaCoreProperties.TITLE)),
                blankToNull(m.get(TikaCoreProperties.CREATOR)), blankToNull(m.get(TikaCoreProperties.CREATED)),
                keywords, pages, parsed.pagesWithoutText(), parsed.ocrPages(),
                SourceInfo.share(parsed.ocrPages(), pages));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Tika takes an OFD for a plain zip: a file named .ofd, or a zip whose root holds OFD.xml, is read as OFD (a
     * file named .ofd that is no zip is then refused as "not a valid OFD file").
     */
    private static String ofdOr(Path file, byte[] bytes, String type) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ofd")) {
            return OFD;
        }
        if (type.equals("application/zip") || type.equals("application/x-zip-compressed")) {
            try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile
                    .builder().setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(bytes)).get()) {
                for (var e = zip.getEntries(); e.hasMoreElements(); ) {
                    String name = OfdParser.resolve("", e.nextElement().getName());
                    if (name.equalsIgnoreCase("OFD.xml")) {
                        return OFD;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return type;
            }
        }
        return type;
    }

    /** One line for a parser failure: a limit crossed, else what the parser said. */
    private IngestException failure(Path file, String type, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OfdParser.OfdException || t instanceof OfdParser.TooLarge) {
                return new IngestException(file, t.getMessage(), e);
            }
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException(file, "展开后超过 " + IngestLimits.count(limits.maxChars())
                    + " 字符 (--max-chars) / expands past " + IngestLimits.count(limits.maxChars()) + " characters", e);
        }
        if (DeadlineHandler.isCauseOf(e)) {
            return timeUp(file, limits.maxSeconds());
        }
        String first = firstLine(e);
        if (first.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            // Tika's SecureContentHandler: far more text than bytes read, or XML nested absurdly deep
            return new IngestException(file, "疑似压缩炸弹（展开比例或嵌套深度异常）/ suspected zip bomb: " + first, e);
        }
        if (e instanceof IOException && !(e instanceof TikaException)) {
            return new IngestException(file, Messages.both("ingest.read-error", first), e);
        }
        return new IngestException(file, kindMessage("ingest.damaged", type, first), e);
    }

    private IngestException timeUp(Path file, int seconds) {
        String options = seconds == limits.maxSeconds() ? "--max-seconds" : "--max-seconds + --ocr-page-seconds";
        return new IngestException(file, "处理超过 " + seconds + " 秒 (" + options + ") / took longer than "
                + seconds + " s");
    }

    private Parser parserFor(String type) {
        if (type.equals("text/markdown")) {
            return markdownParser;
        }
        if (type.equals(OFD)) {
            return new OfdParser(limits.maxUnzippedBytes());
        }
        // plain text: straight to the parser AutoDetectParser would pick, without detecting the type again
        return type.equals("text/plain") && directTextParser ? textParser : parser;
    }

    private static void requireText(Path file, String type, List<String> text) throws IngestException {
        if (text.stream().allMatch(String::isBlank)) {
            if (type.equals(OFD)) {
                throw new IngestException(file, Messages.both("ingest.ofd.no-text"));
            }
            throw new IngestException(file, type.equals(PDF) ? Messages.both("ingest.no-text.pdf")
                    : kindMessage("ingest.no-text", type));
        }
    }

    /** The file name without its extension: {@code corpus/a-b.txt} → {@code a-b}. */
    public static String docId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file, Messages.both("ingest.directory"));
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(file, Messages.both("ingest.empty"));
            }
            if (size > limits.maxBytes()) {
                throw new IngestException(file, Messages.both("ingest.too-large", size / 1048576.0,
                        limits.maxBytes() / 1048576.0));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, Messages.both("ingest.no-such-file"));
        } catch (IOException e) {
            throw new IngestException(file, Messages.both("ingest.cannot-read", firstLine(e)), e);
        }
    }

    private String detect(Path file, byte[] bytes, Metadata metadata) throws IngestException {
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new IngestException(file, Messages.both("ingest.cannot-detect", firstLine(e)), e);
        }
    }

    /** Built once: DefaultEncodingDetector scans the class path for its detectors when constructed. */
    private static final EncodingDetector DEFAULT_DETECTOR = new DefaultEncodingDetector();
    private static final Map<Evidence, EncodingDetector> ENCODING_DETECTORS = Map.of(
            Evidence.NONE, new ChineseEncodingDetector(DEFAULT_DETECTOR, Evidence.NONE),
            Evidence.GB18030_NOT_UTF8, new ChineseEncodingDetector(DEFAULT_DETECTOR, Evidence.GB18030_NOT_UTF8),
            Evidence.UTF8, new ChineseEncodingDetector(DEFAULT_DETECTOR, Evidence.UTF8));

    /** What the bytes of a text file say about their charset, beyond what a BOM or a meta tag declares. */
    enum Evidence { NONE, GB18030_NOT_UTF8, UTF8 }

    private static final org.apache.tika.parser.html.HtmlMapper HTML_MAPPER = new SpanKeepingHtmlMapper();

    private static ParseContext context(Evidence evidence) {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, ENCODING_DETECTORS.get(evidence));
        context.set(org.apache.tika.parser.html.HtmlMapper.class, HTML_MAPPER);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setEnableAutoSpace(false);
        pdf.setExtractInlineImages(false);
        // no OCR unless asked for (ocrContext): with the OCR module on the class path Tika would OCR every page
        // without text, in English
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, tesseract);
        // Word's text streamed (SAX) rather than loaded whole into POI's object model: a .docx whose XML unzips to a
        // gigabyte reaches the character limit instead of exhausting the heap
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** The context of a PDF's second parse: the pages without text are rendered and read by tesseract, in Chinese. */
    private ParseContext ocrContext(Evidence evidence, OcrSettings ocr) {
        ParseContext context = context(evidence);
        PDFParserConfig pdf = context.get(PDFParserConfig.class);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdf.setOcrDPI(ocr.dpi());
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage(OcrSettings.LANGUAGE);
        // without it tesseract's output has a space between every two Chinese characters
        tesseract.setPreserveInterwordSpacing(true);
        tesseract.setTimeoutSeconds(ocr.pageSeconds());
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(Parser.class, parser);
        return context;
    }

    /**
     * A message about a file of some kind (PDF, Word document…), the kind named in each language:
     * 损坏或无法读取的 Word 文档：… / damaged or unreadable Word document: …
     */
    private static String kindMessage(String key, String type, Object... more) {
        String kind = switch (type) {
            case "application/pdf" -> "ingest.kind.pdf";
            case "text/html", "application/xhtml+xml" -> "ingest.kind.html";
            case "text/plain" -> "ingest.kind.text";
            case "text/markdown" -> "ingest.kind.markdown";
            case "application/ofd" -> "ingest.kind.ofd";
            default -> "ingest.kind.word";
        };
        Object[] zh = new Object[more.length + 1];
        Object[] en = new Object[more.length + 1];
        zh[0] = Messages.t(Lang.ZH, kind);
        en[0] = Messages.t(Lang.EN, kind);
        System.arraycopy(more, 0, zh, 1, more.length);
        System.arraycopy(more, 0, en, 1, more.length);
        return Messages.t(Lang.ZH, key, zh) + " / " + Messages.t(Lang.EN, key, en);
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        // an empty message, or Tika's wrapper ("TIKA-198: Illegal IOException from …PDFParser@1f4c0a43", "TIKA-237:
        // Illegal SAXException from …OOXMLParser@65c0138f"), says less than its cause ("Header doesn't contain
        // versioninfo", "Unexpected end of ZLIB input stream")
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank()
                || t.getMessage().startsWith("TIKA-198") || t.getMessage().startsWith("TIKA-237"))) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = message.strip().split("\\R", 2)[0];
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    /**
     * Tika decodes a page that declares {@code gb2312} strictly as GB2312, garbling characters outside it
     * (镕, 堃, 喆). Pages labelled GB2312 or GBK are in practice GBK/GB18030, a superset: decode them as GB18030.
     * And a label the bytes contradict is wrong: GB18030 bytes that are not UTF-8 under a UTF-8 BOM or meta tag are
     * decoded as GB18030; valid UTF-8 (beyond ASCII) under a GB2312/GBK/GB18030/Big5 meta tag as UTF-8.
     */
    static final class ChineseEncodingDetector implements EncodingDetector {
        private static final Charset GB18030 = Charset.forName("GB18030");
        private static final Set<String> LEGACY_CHINESE = Set.of("GB2312", "GBK", "X-GBK", "EUC-CN", "GB18030", "BIG5",
                "BIG5-HKSCS", "X-WINDOWS-950");
        private final EncodingDetector delegate;
        private final Evidence evidence;

        ChineseEncodingDetector(EncodingDetector delegate, Evidence evidence) {
            this.delegate = delegate;
            this.evidence = evidence;
        }

        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            Charset charset = delegate.detect(input, metadata);
            if (charset == null) {
                return null;
            }
            String name = charset.name().toUpperCase(Locale.ROOT);
            if (evidence == Evidence.GB18030_NOT_UTF8 && name.equals("UTF-8")) {
                return GB18030;
            }
            if (evidence == Evidence.UTF8 && LEGACY_CHINESE.contains(name)) {
                return StandardCharsets.UTF_8;
            }
            if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK") || name.equals("EUC-CN")) {
                return GB18030;
            }
            return charset;
        }
    }
}
