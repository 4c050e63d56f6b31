package policylens.serve;

import policylens.check.Alignment;
import policylens.check.CheckReport;
import policylens.check.CheckRun;
import policylens.check.Coverage;
import policylens.check.Finding;
import policylens.check.Link;
import policylens.check.Linker;
import policylens.extract.Target;

import java.util.List;

/**
 * The consistency check behind the Compare page and {@code /api/check}: a plan beside its parent, and the parents a
 * plan has among the indexed documents. {@link ConsistencyCheckService} runs {@code policylens.check}'s
 * {@link policylens.check.CheckRun}, the same as {@code policylens check}.
 */
public interface CheckService {
    /**
     * @throws ApiError 404 when either document is not indexed, 400 when both are the same document
     */
    Report compare(String childDocId, String parentDocId);

    /**
     * The parents {@code policylens check --all} links the document to among the indexed documents, or why it has none.
     *
     * @throws ApiError 404 when the document is not indexed
     */
    Linker.Parents parents(String childDocId);

    /**
     * The pair as {@code policylens check CHILD PARENT} reports it: what the md, html, csv and json downloads of
     * {@code /api/check} write. This default restates {@link #compare}'s report (document titles only);
     * {@link ConsistencyCheckService} gives {@link CheckRun#pair}'s own.
     *
     * @throws ApiError as {@link #compare}
     */
    default CheckRun.Single single(String childDocId, String parentDocId) {
        Report r = compare(childDocId, parentDocId);
        return new CheckRun.Single(r.link(), new CheckReport(r.link(),
                new CheckReport.DocInfo(r.childDocId(), r.childTitle(), null, null, null, null),
                new CheckReport.DocInfo(r.parentDocId(), r.parentTitle(), null, null, null, null),
                r.aligned(), r.parentOnly(), r.coverage(), r.findings()));
    }

    /** What every implementation checks first: two documents, and two different ones. */
    static void requirePair(String childDocId, String parentDocId) {
        if (childDocId == null || childDocId.isBlank() || parentDocId == null || parentDocId.isBlank()) {
            throw ApiError.of(400, "error.choose-pair");
        }
        if (childDocId.equals(parentDocId)) {
            throw ApiError.of(400, "error.same-pair");
        }
    }

    /**
     * A check report as the page and the API show it: the {@code policylens.check} records themselves.
     *
     * @param engine     what produced the report, shown to users
     * @param link       how the child names the parent (null: it does not; checked as asked)
     * @param linkNote   when there is no link, that the child does not name the parent, else null
     * @param aligned    aligned targets with the verdict on each (as {@code policylens check} reports them)
     * @param childOnly  child targets with no parent counterpart
     * @param parentOnly parent targets with no child counterpart
     * @param findings   what a careful reader would flag, most severe first
     * @param coverage   each parent task with the child tasks closest to it, its score and margin
     */
    record Report(String childDocId, String childTitle, String parentDocId, String parentTitle, String engine,
                  Link link, policylens.i18n.Text linkNote, List<Alignment> aligned, List<Target> childOnly, List<Target> parentOnly,
                  List<Finding> findings, List<Coverage.Match> coverage) {
        public Report {
            aligned = List.copyOf(aligned);
            childOnly = List.copyOf(childOnly);
            parentOnly = List.copyOf(parentOnly);
            findings = List.copyOf(findings);
            coverage = List.copyOf(coverage);
        }
    }
}
