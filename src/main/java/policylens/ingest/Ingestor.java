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
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
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

/**
 * Reads any supported file (plain text in any Chinese encoding, Markdown, HTML, PDF, DOCX/DOC) through Apache Tika and
 * returns its text as lines. Every failure is an {@link IngestException} with a one-line reason.
 */
public final class Ingestor {
    /** Files above this size are refused: policy documents are far smaller; 20 MB guards memory. */
    public static final long DEFAULT_MAX_BYTES = IngestLimits.DEFAULT_MAX_BYTES;

    private static final Set<String> SUPPORTED = Set.of(
            "text/plain", "text/markdown", "text/html", "application/xhtml+xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");
    /** Formats decoded from bytes by a charset: random bytes decode too, and are checked for looking like text. */
    private static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/html", "application/xhtml+xml");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
        String type = detect(file, bytes, metadata);
        if (!SUPPORTED.contains(type)) {
            throw new IngestException(file, "unsupported format " + type
                    + " (PolicyLens reads text, Markdown, HTML, PDF and Word files)");
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
        List<String> lines = parseInTime(file, type, body, metadata, evidence);
        requireText(file, type, lines);
        if (text) {
            TextPlausibility.require(file, lines);
        }
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new RawDocument(file.toString(), docId, type, charset, lines, Sha256.hex(bytes));
    }

    /** Parses on a worker thread and gives up at the deadline (the thread itself stops at its next SAX event). */
    private List<String> parseInTime(Path file, String type, byte[] bytes, Metadata metadata, Evidence evidence)
            throws IngestException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.maxSeconds());
        Future<List<String>> parsing = PARSING.submit(() -> parse(file, type, bytes, metadata, evidence, deadline));
        try {
            return parsing.get(limits.maxSeconds() * 1000L + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw timeUp(file);
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
                throw new IngestException(file, "解析时内存不足（文件展开过大？）/ ran out of memory parsing " + label(type)
                        + " (does it expand too far? more heap: POLICYLENS_JAVA_OPTS=-Xmx2g)");
            }
            throw new IngestException(file, "damaged or unreadable " + label(type) + ": " + firstLine(cause), cause);
        }
    }

    private List<String> parse(Path file, String type, byte[] bytes, Metadata metadata, Evidence evidence, long deadline)
            throws IngestException {
        // what a compressed container declares or inflates to, checked before parsing (on this thread: in time)
        if (type.equals(DOCX)) {
            ZipExpansion.requireBounded(file, bytes, limits.maxUnzippedBytes());
        }
        if (type.equals("application/pdf")) {
            PdfExpansion.requireBounded(file, bytes, limits.maxUnzippedBytes());
        }
        LineCollector lines = new LineCollector(!type.equals("application/pdf"));
        ParseContext context = context(evidence);
        // the character limit counts what the parser writes; the deadline stops a parser that streams
        ContentHandler handler = new WriteOutContentHandler(new DeadlineHandler(lines, deadline), limits.maxChars(), true, context);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parserFor(type).parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "encrypted " + label(type) + " (password protected); decrypt it first", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw failure(file, type, e);
        }
        return lines.lines();
    }

    /** One line for a parser failure: a limit crossed, else what the parser said. */
    private IngestException failure(Path file, String type, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException(file, "展开后超过 " + IngestLimits.count(limits.maxChars())
                    + " 字符 (--max-chars) / expands past " + IngestLimits.count(limits.maxChars()) + " characters", e);
        }
        if (DeadlineHandler.isCauseOf(e)) {
            return timeUp(file);
        }
        String first = firstLine(e);
        if (first.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            // Tika's SecureContentHandler: far more text than bytes read, or XML nested absurdly deep
            return new IngestException(file, "疑似压缩炸弹（展开比例或嵌套深度异常）/ suspected zip bomb: " + first, e);
        }
        if (e instanceof IOException && !(e instanceof TikaException)) {
            return new IngestException(file, "read error: " + first, e);
        }
        return new IngestException(file, "damaged or unreadable " + label(type) + ": " + first, e);
    }

    private IngestException timeUp(Path file) {
        return new IngestException(file, "处理超过 " + limits.maxSeconds() + " 秒 (--max-seconds) / took longer than "
                + limits.maxSeconds() + " s");
    }

    private Parser parserFor(String type) {
        if (type.equals("text/markdown")) {
            return markdownParser;
        }
        // plain text: straight to the parser AutoDetectParser would pick, without detecting the type again
        return type.equals("text/plain") && directTextParser ? textParser : parser;
    }

    private static void requireText(Path file, String type, List<String> text) throws IngestException {
        if (text.stream().allMatch(String::isBlank)) {
            throw new IngestException(file, "no text found in " + label(type)
                    + (type.equals("application/pdf") ? " (a scanned PDF without a text layer?)" : ""));
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
                throw new IngestException(file, "is a directory");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(file, "empty file");
            }
            if (size > limits.maxBytes()) {
                throw new IngestException(file, String.format(Locale.ROOT,
                        "file too large (%.1f MB; the limit is %.1f MB)", size / 1048576.0, limits.maxBytes() / 1048576.0));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "no such file");
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + firstLine(e), e);
        }
    }

    private String detect(Path file, byte[] bytes, Metadata metadata) throws IngestException {
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new IngestException(file, "cannot detect the format: " + firstLine(e), e);
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
        context.set(PDFParserConfig.class, pdf);
        // Word's text streamed (SAX) rather than loaded whole into POI's object model: a .docx whose XML unzips to a
        // gigabyte reaches the character limit instead of exhausting the heap
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static String label(String type) {
        return switch (type) {
            case "application/pdf" -> "PDF";
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "text/plain" -> "text file";
            case "text/markdown" -> "Markdown file";
            default -> "Word document";
        };
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
