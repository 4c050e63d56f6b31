package policylens.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads any supported file (plain text in any Chinese encoding, Markdown, HTML, PDF, DOCX/DOC) through Apache Tika and
 * returns its text as lines. Every failure is an {@link IngestException} with a one-line reason.
 */
public final class Ingestor {
    /** Files above this size are refused: policy documents are far smaller; 20 MB guards memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> SUPPORTED = Set.of(
            "text/plain", "text/markdown", "text/html", "application/xhtml+xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");

    private final long maxBytes;
    private final boolean directTextParser;
    private final Parser textParser = new TextAndCSVParser();
    private final Parser markdownParser = new MarkdownParser();
    private final Parser parser;
    private final Detector detector;

    public Ingestor() {
        this(DEFAULT_MAX_BYTES);
    }

    public Ingestor(long maxBytes) {
        this(maxBytes, true);
    }

    /** @param directTextParser parse plain text with Tika's text parser directly rather than through AutoDetectParser */
    Ingestor(long maxBytes, boolean directTextParser) {
        this.maxBytes = maxBytes;
        this.directTextParser = directTextParser;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
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
        metadata.set(Metadata.CONTENT_TYPE, type);
        LineCollector lines = new LineCollector(!type.equals("application/pdf"));
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            // plain text: straight to the parser AutoDetectParser would pick, without detecting the type again
            parserFor(type).parse(in, lines, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "encrypted " + label(type) + " (password protected); decrypt it first", e);
        } catch (TikaException | SAXException e) {
            throw new IngestException(file, "damaged or unreadable " + label(type) + ": " + firstLine(e), e);
        } catch (IOException e) {
            throw new IngestException(file, "read error: " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw new IngestException(file, "damaged or unreadable " + label(type) + ": " + firstLine(e), e);
        }
        List<String> text = lines.lines();
        requireText(file, type, text);
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new RawDocument(file.toString(), docId, type, charset, text, sha256(bytes));
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
            if (size > maxBytes) {
                throw new IngestException(file, String.format(Locale.ROOT,
                        "file too large (%.1f MB; the limit is %.1f MB)", size / 1048576.0, maxBytes / 1048576.0));
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
    private static final EncodingDetector ENCODING_DETECTOR = new ChineseEncodingDetector(new DefaultEncodingDetector());

    private static final org.apache.tika.parser.html.HtmlMapper HTML_MAPPER = new SpanKeepingHtmlMapper();

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, ENCODING_DETECTOR);
        context.set(org.apache.tika.parser.html.HtmlMapper.class, HTML_MAPPER);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setEnableAutoSpace(false);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
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
        // an empty message, or Tika's wrapper ("TIKA-198: Illegal IOException from …PDFParser@1f4c0a43"), says less
        // than its cause ("Header doesn't contain versioninfo")
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank()
                || t.getMessage().startsWith("TIKA-198"))) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = message.strip().split("\\R", 2)[0];
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tika decodes a page that declares {@code gb2312} strictly as GB2312, garbling characters outside it
     * (镕, 堃, 喆). Pages labelled GB2312 or GBK are in practice GBK/GB18030, a superset: decode them as GB18030.
     */
    static final class ChineseEncodingDetector implements EncodingDetector {
        private static final Charset GB18030 = Charset.forName("GB18030");
        private final EncodingDetector delegate;

        ChineseEncodingDetector(EncodingDetector delegate) {
            this.delegate = delegate;
        }

        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            Charset charset = delegate.detect(input, metadata);
            if (charset == null) {
                return null;
            }
            String name = charset.name().toUpperCase(Locale.ROOT);
            if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK") || name.equals("EUC-CN")) {
                return GB18030;
            }
            return charset;
        }
    }
}
