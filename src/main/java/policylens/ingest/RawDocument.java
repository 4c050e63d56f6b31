package policylens.ingest;

import java.util.List;

/**
 * What ingest hands to the text stage: the document's text as lines, format-independent.
 * Table rows arrive as one line whose cells are separated by a tab.
 *
 * @param source    the path as given by the user
 * @param docId     the file name without its extension
 * @param mediaType the detected media type (text/plain, text/html, application/pdf, …)
 * @param charset   the detected character set for text formats, else null
 * @param lines     the text, one visual line or block per entry
 * @param sha256    hex digest of the file's bytes (for incremental indexing)
 */
public record RawDocument(String source, String docId, String mediaType, String charset, List<String> lines,
                          String sha256) {
    public RawDocument {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
