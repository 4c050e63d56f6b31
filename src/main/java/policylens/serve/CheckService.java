package policylens.serve;

import java.util.List;

/**
 * The consistency check behind the Compare page and {@code /api/check}: a city (or county) plan beside its parent.
 * <p>
 * {@link ConsistencyCheckService}, the {@code policylens.check} stage, is the default; {@link BasicCheckService}
 * (targets aligned by their metrics' character bigrams, no findings) is a lighter stand-in a caller can hand to
 * {@link Server} instead.
 */
public interface CheckService {
    /**
     * @throws ApiError 404 when either document is not indexed, 400 when both are the same document
     */
    Report compare(String childDocId, String parentDocId);

    /** What every implementation checks first: two documents, and two different ones. */
    static void requirePair(String childDocId, String parentDocId) {
        if (childDocId == null || childDocId.isBlank() || parentDocId == null || parentDocId.isBlank()) {
            throw ApiError.badRequest("choose a plan and the parent plan to compare it with");
        }
        if (childDocId.equals(parentDocId)) {
            throw ApiError.badRequest("choose two different documents");
        }
    }

    /** One target as quoted from its document. */
    record TargetRef(String docId, String taskId, String metric, double value, Double valueMax, String unit,
                     String comparator, String deadline, String evidence) {
    }

    /** A child target set beside the parent target it answers to; {@code score} in 0..1. */
    record Alignment(TargetRef child, TargetRef parent, double score) {
    }

    /**
     * A consistency finding, with both quoted texts.
     *
     * @param kind        e.g. "lower-than-parent", "later-deadline", "missing-target"
     * @param severity    "error", "warning" or "info"
     * @param message     one sentence for people
     * @param childQuote  the child's text, else null
     * @param parentQuote the parent's text, else null
     */
    record Finding(String kind, String severity, String message, String childQuote, String parentQuote) {
    }

    /**
     * @param engine     what produced the report, shown to users ("basic alignment only" for the stand-in)
     * @param basic      true while findings are not computed (the stand-in)
     * @param aligned    aligned pairs, best first
     * @param childOnly  child targets with no parent counterpart
     * @param parentOnly parent targets with no child counterpart
     */
    record Report(String childDocId, String childTitle, String parentDocId, String parentTitle, String engine,
                  boolean basic, List<Alignment> aligned, List<TargetRef> childOnly, List<TargetRef> parentOnly,
                  List<Finding> findings) {
        public Report {
            aligned = List.copyOf(aligned);
            childOnly = List.copyOf(childOnly);
            parentOnly = List.copyOf(parentOnly);
            findings = List.copyOf(findings);
        }
    }
}
