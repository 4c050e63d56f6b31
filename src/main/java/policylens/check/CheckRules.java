package policylens.check;

import java.util.List;

/** The rules every check runs, in this order (a finding two rules make is reported once, by the first). */
public final class CheckRules {
    private CheckRules() {
    }

    public static final List<CheckRule> ALL = List.of(
            new AlignedTargetsRule(),
            new LaterCommitmentsRule(),
            new MissingTaskRule(),
            new ResponsibleUnitRule(),
            new ConsistencyRule(),
            new RelaxedObligationRule(),
            new NarrowedScopeRule());
}
