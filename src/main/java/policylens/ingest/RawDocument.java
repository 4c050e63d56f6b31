package policylens.ingest;

import java.util.List;

/**
 * What ingest hands to the text stage: the document's text as lines, format-independent.
 * Table rows arrive as one line whose cells are separated by a tab.
 *
 * @param source    the path as given by the user
 * @param docId     the file name without its extension, unless another file of the run or index has that name
 *                  (see {@link DocIds})
 * @param mediaType the detected media type (text/plain, text/html, application/pdf, …)
 * @param charset   the detected character set for text formats, else null
 * @param lines     the text, one visual line or block per entry
 * @param sha256    hex digest of the file's bytes (for incremental indexing)
 * @param info      what the file says about itself (properties, pages, OCR share), or null when not read from a file
 */
public record RawDocument(String source, String docId, String mediaType, String charset, List<String> lines,
                          String sha256, SourceInfo info) {
    public RawDocument {
        lines = List.copyOf(lines);
    }

    /** A document without file information (built from text). */
    public RawDocument(String source, String docId, String mediaType, String charset, List<String> lines, String sha256) {
        this(source, docId, mediaType, charset, lines, sha256, null);
    }

    /** The same document under another docId (a namesake got there first: {@link DocIds}). */
    public RawDocument withDocId(String id) {
        return id == null || id.equals(docId) ? this
                : new RawDocument(source, id, mediaType, charset, lines, sha256, info);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
