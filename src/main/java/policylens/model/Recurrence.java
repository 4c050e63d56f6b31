package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How often a target or deadline recurs (contract, {@code recurring}): yearly, quarterly, monthly. */
public enum Recurrence implements Vocabulary {
    YEARLY("yearly"),
    QUARTERLY("quarterly"),
    MONTHLY("monthly");

    private final String json;

    Recurrence(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** @throws IllegalArgumentException for anything but yearly, quarterly, monthly */
    @JsonCreator
    public static Recurrence fromJson(String json) {
        return Vocabulary.fromJson(values(), json, "周期", "recurrence");
    }

    /** The recurrence written {@code json}, or null for null or an unknown string. */
    public static Recurrence find(String json) {
        return Vocabulary.find(values(), json);
    }
}
