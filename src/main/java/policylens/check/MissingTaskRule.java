package policylens.check;

import java.util.List;

/** missing-task: a parent task that clearly has no counterpart among the child's tasks (see {@link Coverage#missing}). */
public final class MissingTaskRule implements CheckRule {
    private final Coverage coverage = new Coverage();

    @Override
    public List<Finding> findings(CheckPair pair) {
        return coverage.missing(pair.coverage(), pair.parent(), pair.child());
    }
}
