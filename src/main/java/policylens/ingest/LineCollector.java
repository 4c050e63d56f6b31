package policylens.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns Tika's XHTML event stream into lines: every block element (p, div, h1-h6, li, tr) ends a line, table
 * cells of one row are joined by a tab, and {@code <br>} breaks a line. The same shape for HTML, DOCX and PDF.
 * <p>
 * Spans keep the columns in place: a row that a {@code rowspan="3"} cell above covers gets a ditto mark 〃 in that
 * column (a DOCX vertically merged cell arrives empty instead), and a cell with {@code colspan="2"} is followed by an
 * empty cell, so every cell stands under its header. The text is not repeated (a page's text stays the same in every
 * format); the structure stage carries a spanned 牵头单位 or task cell down to the rows it governs.
 * <p>
 * Paragraph breaks: in HTML, DOCX and text a block element is a paragraph, so the end of one is marked by a single
 * blank line, as in a text file (the cleaner never joins lines across a blank line, also in minified HTML). In a
 * PDF Tika's blocks are not paragraphs: PDFBox often makes every visual line its own {@code <p>}, so a PDF gives
 * its lines without blank lines and leaves joining lines that wrapped mid-sentence to the cleaner.
 */
final class LineCollector extends DefaultHandler {
    /**
     * 〃, the ditto mark Chinese tables write for "as above": what a cell a rowspan covers holds. A cell the page
     * leaves empty stays empty, so the two can be told apart.
     */
    static final String DITTO = "\u3003";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "table", "title", "blockquote", "pre", "dt", "dd", "section", "article", "ul", "ol", "body");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final boolean blocksAreParagraphs;
    private int tableDepth;
    /** Per column of the current (outermost) table: rows still covered by a rowspan cell. */
    private int[] spanLeft = new int[0];
    private int column;
    private int cellRowspan;
    private int cellColspan;
    private int inCell;
    private int skipped;

    LineCollector() {
        this(true);
    }

    /** @param blocksAreParagraphs false for PDF, whose blocks are visual lines rather than paragraphs */
    LineCollector(boolean blocksAreParagraphs) {
        this.blocksAreParagraphs = blocksAreParagraphs;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        name = name.toLowerCase(java.util.Locale.ROOT);
        if (SKIPPED.contains(name)) {
            skipped++;
            return;
        }
        switch (name) {
            case "table" -> {
                flushLine();
                if (tableDepth++ == 0) {
                    spanLeft = new int[0];
                }
            }
            case "tr" -> {
                cells.clear();
                column = 0;
            }
            case "td", "th" -> {
                if (inCell++ == 0) {
                    fillSpans();
                    cellRowspan = span(atts, "rowspan");
                    cellColspan = span(atts, "colspan");
                }
                cell.setLength(0);
            }
            case "br" -> {
                if (inCell > 0) {
                    cell.append(' ');
                } else {
                    flushLine();
                }
            }
            default -> {
                if (BLOCKS.contains(name) && inCell == 0) {
                    flushLine();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        name = name.toLowerCase(java.util.Locale.ROOT);
        if (SKIPPED.contains(name)) {
            skipped--;
            return;
        }
        switch (name) {
            case "td", "th" -> {
                if (--inCell > 0) {
                    return;
                }
                String text = cell.toString().replaceAll("\\s+", " ").strip();
                cells.add(text);
                if (cellRowspan > 1) {
                    ensureColumns(column + 1);
                    spanLeft[column] = cellRowspan - 1;
                }
                column++;
                for (int c = 1; c < cellColspan; c++) {
                    cells.add("");
                    column++;
                }
                cell.setLength(0);
            }
            case "tr" -> {
                fillSpans();
                if (!cells.isEmpty()) {
                    lines.add(String.join("\t", cells));
                }
                cells.clear();
            }
            case "table" -> tableDepth--;
            default -> {
                if (BLOCKS.contains(name) && inCell == 0) {
                    flushLine();
                }
            }
        }
    }

    /** Empty cells for the columns that cells of rows above span into, at the current column. */
    private void fillSpans() {
        while (column < spanLeft.length && spanLeft[column] > 0) {
            cells.add(DITTO);
            spanLeft[column]--;
            column++;
        }
    }

    private void ensureColumns(int n) {
        if (spanLeft.length < n) {
            spanLeft = java.util.Arrays.copyOf(spanLeft, n);
        }
    }

    /** rowspan / colspan of a cell, 1 when absent or unreadable, at most 1000 (a hostile page cannot blow up rows). */
    private static int span(Attributes atts, String name) {
        String v = atts == null ? null : atts.getValue(name);
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped > 0) {
            return;
        }
        if (inCell > 0) {
            cell.append(ch, start, length);
        } else {
            line.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flushLine() {
        if (line.length() == 0) {
            return;
        }
        String text = line.toString();
        line.setLength(0);
        if (text.isBlank()) {
            // white space between block elements: at most one paragraph break
            if (blocksAreParagraphs && !lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            return;
        }
        List<String> parts = new ArrayList<>(List.of(text.split("\\R", -1)));
        // the line break that ends the block is not a line of its own
        if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        for (String part : parts) {
            if (blocksAreParagraphs || !part.isBlank()) {
                lines.add(part);
            }
        }
        if (blocksAreParagraphs) {
            lines.add("");
        }
    }

    List<String> lines() {
        flushLine();
        return List.copyOf(lines);
    }
}
