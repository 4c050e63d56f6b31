package policylens.check;

import policylens.extract.Target;

import java.util.List;

/**
 * The result of checking one child plan against its parent.
 *
 * @param link       how the child names the parent
 * @param child      the child document
 * @param parent     the parent document
 * @param alignments parent and child targets that measure the same thing, with the verdict on each
 * @param unmatched  parent targets without any child counterpart (what the child leaves out)
 * @param coverage   each parent task with the child tasks closest to it
 * @param findings   what a careful reader would flag, most severe first
 */
public record CheckReport(Link link, DocInfo child, DocInfo parent, List<Alignment> alignments,
                          List<Target> unmatched, List<Coverage.Match> coverage, List<Finding> findings) {
    public CheckReport {
        alignments = List.copyOf(alignments);
        unmatched = List.copyOf(unmatched);
        coverage = List.copyOf(coverage);
        findings = List.copyOf(findings);
    }

    /** What the report says about a document. */
    public record DocInfo(String docId, String title, String level, String region, String issued, String docNumber) {
        static DocInfo of(CheckDoc d) {
            var m = d.meta();
            return new DocInfo(d.docId(), m.title(), m.level(), m.region(), m.issued(), m.docNumber());
        }
    }
}
