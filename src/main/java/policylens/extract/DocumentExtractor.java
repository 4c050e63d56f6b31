package policylens.extract;

import policylens.ingest.RawDocument;
import policylens.text.StructureParser;
import policylens.text.StructuredText;
import policylens.text.TextCleaner;

/**
 * The extraction pipeline for one document: clean → structure → metadata, deadlines, targets, responsibilities.
 * Thread-safe; build one and reuse it.
 */
public final class DocumentExtractor {
    private final TextCleaner cleaner = new TextCleaner();
    private final StructureParser parser = new StructureParser();
    private final MetaExtractor metaExtractor;

    public DocumentExtractor() {
        this.metaExtractor = new MetaExtractor();
    }

    /** The cleaned, structured text of a document. */
    public StructuredText structure(RawDocument raw) {
        return parser.parse(cleaner.clean(raw.lines()));
    }

    public PolicyRecord extract(RawDocument raw) {
        return extract(raw, structure(raw));
    }

    public PolicyRecord extract(RawDocument raw, StructuredText doc) {
        Meta meta = metaExtractor.extract(doc);
        return new PolicyRecord(PolicyRecord.SCHEMA, raw.docId(), raw.source(), meta,
                java.util.List.of(), java.util.List.of(), java.util.List.of());
    }
}
