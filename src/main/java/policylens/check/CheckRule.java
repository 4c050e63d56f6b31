package policylens.check;

import java.util.List;

/**
 * One kind of finding, judged on one child–parent pair. A new rule is one class implementing this and one line in
 * {@link CheckRules#ALL}; {@link Checker} runs every listed rule and merges what they find.
 */
public interface CheckRule {
    /** What this rule flags on the pair (the shared work — aligned targets, task coverage — is done in {@code pair}). */
    List<Finding> findings(CheckPair pair);
}
