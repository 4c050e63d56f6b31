package policylens.check;

import policylens.extract.DocumentExtractor;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;
import policylens.text.Block;
import policylens.text.StructuredText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One document as the checks read it: its extracted record and its structured text (blocks with task ids,
 * section paths and table rows), plus its sentences for quoting.
 */
public record CheckDoc(PolicyRecord record, StructuredText text, List<Sentence> sentences) {
    public CheckDoc {
        sentences = List.copyOf(sentences);
    }

    /** A sentence of a block (split after 。；;!?), with the block's task id and section path. */
    public record Sentence(String text, String taskId, Block block) {
    }

    public static CheckDoc of(PolicyRecord record, StructuredText text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block b : text.blocks()) {
            if (b.kind() == Block.Kind.HEADING) {
                continue;
            }
            List<String> parts = b.kind() == Block.Kind.ROW ? b.row().cells() : List.of(b.text());
            for (String part : parts) {
                for (String s : part.split("(?<=[。；;！!？?])")) {
                    if (!s.isBlank()) {
                        sentences.add(new Sentence(s.strip(), b.taskId(), b));
                    }
                }
            }
        }
        return new CheckDoc(record, text, sentences);
    }

    /** Reads and extracts one file. */
    public static CheckDoc read(Path file, Ingestor ingestor, DocumentExtractor extractor) throws IngestException {
        return read(file, null, ingestor, extractor);
    }

    /** Reads and extracts one file under the given docId (null: its name; see {@link policylens.ingest.DocIds}). */
    public static CheckDoc read(Path file, String docId, Ingestor ingestor, DocumentExtractor extractor)
            throws IngestException {
        RawDocument raw = ingestor.read(file).withDocId(docId);
        StructuredText structured = extractor.structure(raw);
        return of(extractor.extract(raw, structured), structured);
    }

    public String docId() {
        return record.docId();
    }

    public Meta meta() {
        return record.meta();
    }

    /** The first sentence containing {@code evidence} (compared without whitespace), preferring the given task. */
    public Sentence sentenceOf(String evidence, String taskId) {
        String e = Terms.norm(evidence);
        Sentence any = null;
        for (Sentence s : sentences) {
            if (Terms.norm(s.text()).contains(e)) {
                if (taskId == null || taskId.equals(s.taskId())) {
                    return s;
                }
                if (any == null) {
                    any = s;
                }
            }
        }
        return any;
    }
}
