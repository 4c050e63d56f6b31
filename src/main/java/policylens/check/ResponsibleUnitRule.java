package policylens.check;

import java.util.List;

/** no-responsible-unit: a child task that names nobody to carry it out (see {@link Coverage#withoutUnits}). */
public final class ResponsibleUnitRule implements CheckRule {
    private final Coverage coverage = new Coverage();

    @Override
    public List<Finding> findings(CheckPair pair) {
        return coverage.withoutUnits(pair.child());
    }
}
