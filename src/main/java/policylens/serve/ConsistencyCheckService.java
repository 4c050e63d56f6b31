package policylens.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import policylens.check.Alignment;
import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.CheckRun;
import policylens.check.Linker;
import policylens.extract.Target;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Compare page's check: {@link CheckRun} (the same as {@code policylens check}) run on indexed documents.
 */
public final class ConsistencyCheckService implements CheckService {
    public static final String ENGINE = "policylens check: alignment, deadlines, ranges, coverage";
    private static final Logger LOG = LoggerFactory.getLogger(ConsistencyCheckService.class);

    private final Library library;
    private final CheckRun run = new CheckRun();

    public ConsistencyCheckService(Library library) {
        this.library = library;
    }

    @Override
    public Report compare(String childDocId, String parentDocId) {
        CheckService.requirePair(childDocId, parentDocId);
        Library.Loaded child = library.load(childDocId);
        Library.Loaded parent = library.load(parentDocId);
        CheckRun.Single single = run.pair(doc(child), doc(parent));
        CheckReport r = single.report();
        Map<Target, Boolean> alignedChild = new IdentityHashMap<>();
        for (Alignment a : r.alignments()) {
            alignedChild.put(a.child(), true);
        }
        List<Target> childOnly = new ArrayList<>();
        for (Target t : child.record().targets()) {
            if (!alignedChild.containsKey(t)) {
                childOnly.add(t);
            }
        }
        return new Report(childDocId, child.info().title(), parentDocId, parent.info().title(), ENGINE, single.link(),
                single.note(), r.alignments(), childOnly, r.unmatched(), r.findings(), r.coverage());
    }

    @Override
    public CheckRun.Single single(String childDocId, String parentDocId) {
        CheckService.requirePair(childDocId, parentDocId);
        return run.pair(doc(library.load(childDocId)), doc(library.load(parentDocId)));
    }

    /**
     * Reads every indexed document (cached by the library) when the child is a plan, as {@code check --all} reads
     * the folder; a document that cannot be read any more is left out (logged).
     */
    @Override
    public Linker.Parents parents(String childDocId) {
        CheckDoc child = doc(library.load(childDocId));
        if (!Linker.isPlan(child)) {
            return run.parents(child, List.of());
        }
        List<CheckDoc> docs = new ArrayList<>();
        for (Library.DocInfo d : library.documents()) {
            if (d.docId().equals(childDocId)) {
                docs.add(child);
                continue;
            }
            try {
                docs.add(doc(library.load(d.docId())));
            } catch (ApiError e) {
                LOG.warn("parents of {}: {} left out: {}", childDocId, d.docId(), e.getMessage());
            }
        }
        return run.parents(child, docs);
    }

    private static CheckDoc doc(Library.Loaded l) {
        return CheckDoc.of(l.record(), l.text());
    }
}
