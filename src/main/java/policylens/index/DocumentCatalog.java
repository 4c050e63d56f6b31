package policylens.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one place that reads which policy documents an index holds: the stored fields of its doc-type Lucene
 * documents, over a reader someone else opened ({@link Searcher#documents()}, and the index writer's look at what is
 * already indexed).
 */
final class DocumentCatalog {
    private DocumentCatalog() {
    }

    /** Every doc-type Lucene document's stored fields, in index order. */
    static void forEachDocument(IndexSearcher searcher, Consumer<Document> each) throws IOException {
        int n = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.TYPE, DocType.DOC.key())), n).scoreDocs) {
            each.accept(searcher.storedFields().document(sd.doc));
        }
    }

    /** The indexed policy documents, ordered by docId. */
    static List<IndexedDocument> documents(IndexSearcher searcher) throws IOException {
        List<Document> stored = new ArrayList<>();
        forEachDocument(searcher, stored::add);
        List<IndexedDocument> docs = new ArrayList<>(stored.size());
        for (Document d : stored) {
            String docId = d.get(Fields.DOC_ID);
            String source = d.get(Fields.SOURCE);
            List<Integer> years = new ArrayList<>();
            for (IndexableField f : d.getFields(Fields.YEAR)) {
                if (f.numericValue() != null) {
                    years.add(f.numericValue().intValue());
                }
            }
            years.sort(null);
            Path path = source == null ? null : Paths.get(source);
            docs.add(new IndexedDocument(docId, d.get(Fields.TITLE), d.get(Fields.LEVEL), d.get(Fields.PROVINCE),
                    d.get(Fields.REGION), d.get(Fields.ISSUED), d.get(Fields.PERIOD), years,
                    path == null || path.getFileName() == null ? docId : path.getFileName().toString(), path,
                    d.get(Fields.SHA256), count(searcher, docId, DocType.TARGET),
                    count(searcher, docId, DocType.DEADLINE), count(searcher, docId, DocType.RESPONSIBILITY)));
        }
        docs.sort(Comparator.comparing(IndexedDocument::docId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(docs);
    }

    private static int count(IndexSearcher searcher, String docId, DocType type) throws IOException {
        if (docId == null) {
            return 0;
        }
        return searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, type.key())), BooleanClause.Occur.FILTER)
                .build());
    }

    /**
     * The generation of the last commit in {@code dir}, or -1 when it holds none (or cannot be listed): a reader
     * opened on an older generation is out of date.
     */
    static long lastCommitGeneration(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return SegmentInfos.getLastCommitGeneration(files.map(p -> p.getFileName().toString()).toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
