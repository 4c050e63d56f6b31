package policylens.check;

import policylens.i18n.Text;
import policylens.model.Severity;

import java.util.List;

/**
 * Something a careful reader would flag when reading the child plan against its parent.
 *
 * @param kind           {@link #DEADLINE_LATER}, {@link #WEAKER_TARGET}, {@link #OUTSIDE_RANGE}, {@link #MISSING_TASK},
 *                       {@link #NO_RESPONSIBLE_UNIT}, {@link #INCONSISTENT_VALUES}, {@link #RELAXED_OBLIGATION},
 *                       {@link #NARROWED_SCOPE}
 * @param severity       high (the child contradicts what the parent asks), medium, low
 * @param message        one sentence saying what differs and why it matters, from the message catalogue (rendered
 *                       in the report's or page's language; as JSON the rendered string)
 * @param childEvidence  the child's words (for {@link #INCONSISTENT_VALUES}: both mentions inside the one document)
 * @param parentEvidence the parent's words (empty for findings about the child alone)
 */
public record Finding(String kind, Severity severity, Text message, List<Quote> childEvidence,
                      List<Quote> parentEvidence) {
    public static final String DEADLINE_LATER = "deadline-later";
    public static final String WEAKER_TARGET = "weaker-target";
    public static final String OUTSIDE_RANGE = "outside-range";
    public static final String MISSING_TASK = "missing-task";
    public static final String NO_RESPONSIBLE_UNIT = "no-responsible-unit";
    public static final String INCONSISTENT_VALUES = "inconsistent-values";
    public static final String RELAXED_OBLIGATION = "relaxed-obligation";
    public static final String NARROWED_SCOPE = "narrowed-scope";

    public Finding {
        childEvidence = List.copyOf(childEvidence);
        parentEvidence = List.copyOf(parentEvidence);
    }
}
