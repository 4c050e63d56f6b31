package policylens.check;

import java.util.List;
import java.util.Objects;

/** weaker-target, outside-range and deadline-later on the targets the child and the parent both set (see {@link FindingRules}). */
public final class AlignedTargetsRule implements CheckRule {
    @Override
    public List<Finding> findings(CheckPair pair) {
        return pair.judged().stream().map(j -> j.judgement().finding()).filter(Objects::nonNull).toList();
    }
}
