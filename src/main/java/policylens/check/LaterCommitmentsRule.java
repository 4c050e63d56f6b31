package policylens.check;

import java.util.List;

/** deadline-later on dated sentences that are the same commitment (see {@link FindingRules#laterCommitments}). */
public final class LaterCommitmentsRule implements CheckRule {
    private final FindingRules rules = new FindingRules();

    @Override
    public List<Finding> findings(CheckPair pair) {
        return rules.laterCommitments(pair.parent(), pair.child());
    }
}
