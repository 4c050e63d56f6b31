package policylens.serve;

import policylens.check.CheckDoc;
import policylens.check.CheckReport;
import policylens.check.Checker;
import policylens.check.Link;
import policylens.check.Linker;
import policylens.check.Quote;
import policylens.extract.Target;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Compare page's check: the {@code policylens.check} stage (the same as {@code policylens check}) run on two
 * indexed documents, its report mapped onto the page's {@link CheckService.Report}.
 */
public final class ConsistencyCheckService implements CheckService {
    public static final String ENGINE = "policylens check: alignment, deadlines, ranges, coverage";

    private final Library library;
    private final Checker checker = new Checker();
    private final Linker linker = new Linker();

    public ConsistencyCheckService(Library library) {
        this.library = library;
    }

    @Override
    public Report compare(String childDocId, String parentDocId) {
        CheckService.requirePair(childDocId, parentDocId);
        Library.Loaded child = library.load(childDocId);
        Library.Loaded parent = library.load(parentDocId);
        CheckDoc c = CheckDoc.of(child.record(), child.text());
        CheckDoc p = CheckDoc.of(parent.record(), parent.text());
        Link link = linker.reference(c, p);
        CheckReport r = checker.check(c, p, link);

        List<Alignment> aligned = new ArrayList<>();
        Map<Target, Boolean> alignedChild = new IdentityHashMap<>();
        for (policylens.check.Alignment a : r.alignments()) {
            aligned.add(new Alignment(ref(childDocId, a.child()), ref(parentDocId, a.parent()),
                    Math.round(a.similarity() * 1000) / 1000.0));
            alignedChild.put(a.child(), true);
        }
        List<TargetRef> childOnly = new ArrayList<>();
        for (Target t : child.record().targets()) {
            if (!alignedChild.containsKey(t)) {
                childOnly.add(ref(childDocId, t));
            }
        }
        List<TargetRef> parentOnly = r.unmatched().stream().map(t -> ref(parentDocId, t)).toList();
        List<Finding> findings = r.findings().stream().map(f -> new Finding(f.kind(), f.severity(), f.message(),
                quotes(f.childEvidence()), quotes(f.parentEvidence()))).toList();
        return new Report(childDocId, child.info().title(), parentDocId, parent.info().title(), ENGINE, false,
                aligned, childOnly, parentOnly, findings);
    }

    private static TargetRef ref(String docId, Target t) {
        return new TargetRef(docId, t.taskId(), t.metric(), t.value(), t.valueMax(), t.unit(), t.comparator(),
                t.deadline(), t.evidence());
    }

    private static String quotes(List<Quote> quotes) {
        if (quotes == null || quotes.isEmpty()) {
            return null;
        }
        return String.join(" / ", quotes.stream().map(Quote::text).distinct().toList());
    }
}
