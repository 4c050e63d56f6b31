package policylens.check;

import java.util.List;

/**
 * One child–parent pair as every {@link CheckRule} sees it: both documents, how the child names the parent, and the
 * work the rules share, done once: the aligned targets with their judgement, and the coverage of the parent's tasks.
 *
 * @param link     how the child names the parent (null when it does not: checked as asked)
 * @param judged   every aligned target pair with the verdict and finding {@link FindingRules} gives it
 * @param coverage each parent task with the child tasks closest to it
 */
public record CheckPair(CheckDoc child, CheckDoc parent, Link link, List<Judged> judged, List<Coverage.Match> coverage) {
    public CheckPair {
        judged = List.copyOf(judged);
        coverage = List.copyOf(coverage);
    }

    /** An aligned target pair and its judgement. */
    public record Judged(Alignment alignment, FindingRules.Judgement judgement) {
    }
}
