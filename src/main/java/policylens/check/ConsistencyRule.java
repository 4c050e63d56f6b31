package policylens.check;

import java.util.List;

/** inconsistent-values: the same metric stated twice inside the child with different values (see {@link Consistency}). */
public final class ConsistencyRule implements CheckRule {
    private final Consistency consistency = new Consistency();

    @Override
    public List<Finding> findings(CheckPair pair) {
        return consistency.check(pair.child());
    }
}
