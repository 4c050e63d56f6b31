package policylens.check;

import policylens.extract.Target;

/**
 * A parent target and a child target that measure the same thing, side by side.
 *
 * @param parent      the parent's target
 * @param child       the child's target
 * @param parentScope {@link Scope} of the parent's number
 * @param childScope  {@link Scope} of the child's number
 * @param similarity  Dice of their metric words (see {@link TargetAligner})
 * @param verdict     how the child stands against the parent ("follows", "weaker", "outside range", "within range",
 *                    "deadline later", "not comparable: province total vs city")
 */
public record Alignment(Target parent, Target child, Scope parentScope, Scope childScope, double similarity,
                        String verdict) {
    public Alignment withVerdict(String v) {
        return new Alignment(parent, child, parentScope, childScope, similarity, v);
    }
}
