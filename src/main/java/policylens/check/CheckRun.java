package policylens.check;

import policylens.extract.DocumentExtractor;
import policylens.ingest.DocIds;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one way through the checks: read documents, link them, check each pair. {@code policylens check},
 * {@code eval-checks} and the web page's Compare all call this, so they link and find the same.
 * Stateless and thread-safe.
 */
public final class CheckRun {
    private final Linker linker = new Linker();
    private final Checker checker;

    public CheckRun() {
        this(new Checker());
    }

    public CheckRun(Checker checker) {
        this.checker = checker;
    }

    /** What was read: the documents, and the files that could not be read (each with its one-line reason). */
    public record Read(List<CheckDoc> docs, List<IngestException> failures) {
        public Read {
            docs = List.copyOf(docs);
            failures = List.copyOf(failures);
        }
    }

    /** Told of each file as it is read (progress on a terminal); both methods do nothing by default. */
    public interface Listener {
        default void read(Path file, CheckDoc doc) {
        }

        default void failed(Path file, IngestException e) {
        }
    }

    /** One pair as asked, and the link when the child names the parent (null: checked all the same). */
    public record Single(Link link, CheckReport report) {
        /** Null when linked; else that the child does not name the parent. */
        public policylens.i18n.Text note() {
            return link != null ? null
                    : policylens.i18n.Text.of("check.not-named", report.child().docId(), report.parent().docId());
        }
    }

    /** Every linked pair among a set of documents. */
    public record All(List<CheckDoc> docs, List<Link> links, List<CheckReport> reports) {
        public All {
            docs = List.copyOf(docs);
            links = List.copyOf(links);
            reports = List.copyOf(reports);
        }
    }

    /**
     * Reads and extracts the files under distinct docIds ({@link DocIds}: 2023/方案.txt and 2025/方案.txt are two);
     * a file that cannot be read is reported and left out, the others are read.
     */
    public static Read read(List<Path> files, Ingestor ingestor, DocumentExtractor extractor, Listener listener) {
        Map<Path, String> ids = DocIds.assign(files);
        List<CheckDoc> docs = new ArrayList<>();
        List<IngestException> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                CheckDoc d = CheckDoc.read(f, ids.get(f), ingestor, extractor);
                docs.add(d);
                listener.read(f, d);
            } catch (IngestException e) {
                failures.add(e);
                listener.failed(f, e);
            }
        }
        return new Read(docs, failures);
    }

    /** {@code child} against {@code parent} as asked, whatever their levels; the link says how the child names it. */
    public Single pair(CheckDoc child, CheckDoc parent) {
        Link link = linker.reference(child, parent);
        return new Single(link, checker.check(child, parent, link));
    }

    /** The parents {@link #all} would link {@code child} to among {@code docs}, or why there is none. */
    public Linker.Parents parents(CheckDoc child, List<CheckDoc> docs) {
        return linker.parents(child, docs);
    }

    /** Every link among {@code docs} (no check run). */
    public List<Link> links(List<CheckDoc> docs) {
        return linker.links(docs);
    }

    /**
     * Every linked pair among {@code docs}, checked; {@code each} is told of each pair (and how many there are) before
     * it is checked.
     */
    public All all(List<CheckDoc> docs, BiConsumer<Link, Integer> each) {
        Map<String, CheckDoc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.docId(), d));
        List<Link> links = linker.links(docs);
        List<CheckReport> reports = new ArrayList<>();
        for (Link l : links) {
            each.accept(l, links.size());
            reports.add(checker.check(byId.get(l.child()), byId.get(l.parent()), l));
        }
        return new All(docs, links, reports);
    }

    public All all(List<CheckDoc> docs) {
        return all(docs, (l, n) -> {
        });
    }

    /** The pair checked under the given link (null: not linked) — for scoring a pair the gold names. */
    public CheckReport check(CheckDoc child, CheckDoc parent, Link link) {
        return checker.check(child, parent, link);
    }
}
