package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How often a target or deadline recurs (contract, {@code recurring}): yearly, quarterly, monthly. */
public enum Recurrence implements Vocabulary {
    YEARLY("yearly", "每年"),
    QUARTERLY("quarterly", "每季度"),
    MONTHLY("monthly", "每月");

    private final String json;
    private final String label;

    Recurrence(String json, String label) {
        this.json = json;
        this.label = label;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** 每年 / 每季度 / 每月. */
    public String label() {
        return label;
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
