package policylens.ingest;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import policylens.util.PipeRows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as a Tika {@link Parser}: the structure Markdown carries becomes the same XHTML events as HTML gives, so
 * the rest of the pipeline sees one document model. ATX headings become {@code <h1>}…{@code <h6>}, pipe tables
 * become {@code <table>} rows and cells ({@code <br>} inside a cell a line break), every other line a paragraph
 * (scraped policy texts separate paragraphs by one line break as often as by a blank line), list markers and
 * block quotes are dropped, and inline markup ({@code **emphasis**}, {@code _emphasis_}, {@code [text](url)},
 * images, backslash escapes, HTML tags) is reduced to its text. The first {@code # heading} is the title.
 */
public final class MarkdownParser implements Parser {
    public static final MediaType MARKDOWN = MediaType.text("markdown");
    private static final Set<MediaType> TYPES = Set.of(MARKDOWN, MediaType.text("x-markdown"), MediaType.text("x-web-markdown"));

    /** "## 政策原文" / "# 深圳市氢能产业创新发展行动计划（2024-2025年）" / "####苏州市供销合作总社" (scrapers drop the space) */
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+|(?=\\p{IsHan}))(.*?)\\s*#*\\s*$");
    /** "---", "***", "___" on their own line. */
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    /** "- 项目" / "* 项目" / "+ 项目": a bullet, not a numbered Chinese item ("1." stays: it is the plan's numbering). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    /** **粗体** / __粗体__ / *斜体* / _斜体_ (underscores only around a word: 标题 in "_标题_"). */
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        EncodingDetector detector = context.get(EncodingDetector.class);
        AutoDetectReader reader = detector == null ? new AutoDetectReader(stream, metadata)
                : new AutoDetectReader(stream, metadata, detector);
        metadata.set(Metadata.CONTENT_ENCODING, reader.getCharset().name());
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        write(lines, xhtml, metadata);
        xhtml.endDocument();
    }

    private static void write(List<String> lines, XHTMLContentHandler xhtml, Metadata metadata) throws SAXException {
        int i = frontMatter(lines, xhtml);
        while (i < lines.size()) {
            String line = lines.get(i);
            if (PipeRows.startsTable(lines, i)) {
                xhtml.startElement("table");
                writeRow(line, "th", xhtml);
                i += 2;
                while (i < lines.size() && PipeRows.isRow(lines.get(i))) {
                    writeRow(lines.get(i), "td", xhtml);
                    i++;
                }
                xhtml.endElement("table");
                continue;
            }
            i++;
            if (line.isBlank() || THEMATIC_BREAK.matcher(line).matches() || PipeRows.isRule(line)) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String text = inline(h.group(2));
                if (text.isBlank()) {
                    continue;
                }
                if (metadata.get(TikaCoreProperties.TITLE) == null && h.group(1).length() == 1) {
                    metadata.set(TikaCoreProperties.TITLE, text);
                }
                xhtml.element("h" + h.group(1).length(), text);
                continue;
            }
            String body = QUOTE.matcher(line).replaceFirst("");
            body = BULLET.matcher(body).replaceFirst("");
            String text = inline(body);
            if (!text.isBlank()) {
                writeLines("p", text, xhtml);
            }
        }
    }

    /**
     * A YAML front matter block ("---" / 文号: 沪奉府办发〔2024〕12号 / 发布单位: … / "---") that collections put above
     * the text: its "key: value" lines become paragraphs ("文号: …"), so a scraped header's fields reach metadata as
     * they would from a page; returns the index of the first line after it (0 when there is none).
     */
    private static int frontMatter(List<String> lines, XHTMLContentHandler xhtml) throws SAXException {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end >= lines.size()) {
            return 0; // no closing line: not front matter
        }
        for (int k = 1; k < end; k++) {
            Matcher field = YAML_FIELD.matcher(lines.get(k));
            if (field.matches() && !field.group(2).isBlank()) {
                xhtml.element("p", field.group(1) + ": " + field.group(2).replaceAll("^[\"']|[\"']$", ""));
            }
        }
        return end + 1;
    }

    /** 文号: "沪奉府办发〔2024〕12号" in a front matter block. */
    private static final Pattern YAML_FIELD = Pattern.compile("^\\s*([^:#\\s][^:]{0,20}?)\\s*:\\s*(.*?)\\s*$");

    /** A paragraph element per line of the text ({@code <br>} gave line breaks). */
    private static void writeLines(String element, String text, XHTMLContentHandler xhtml) throws SAXException {
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                xhtml.element(element, part.strip());
            }
        }
    }

    private static void writeRow(String line, String cellElement, XHTMLContentHandler xhtml) throws SAXException {
        xhtml.startElement("tr");
        for (String cell : PipeRows.cells(line)) {
            xhtml.startElement(cellElement);
            String[] parts = inline(cell).split("\n");
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    xhtml.startElement("br");
                    xhtml.endElement("br");
                }
                xhtml.characters(parts[p].strip());
            }
            xhtml.endElement(cellElement);
        }
        xhtml.endElement("tr");
    }

    /** Inline markup reduced to its text; {@code <br>} becomes a line break. */
    static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = BREAK_TAG.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = STRONG.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        t = ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
