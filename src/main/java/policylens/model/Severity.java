package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much a check finding matters: high (the child contradicts what the parent asks), medium, low. */
public enum Severity implements Vocabulary {
    HIGH("high", 0),
    MEDIUM("medium", 1),
    LOW("low", 2);

    private final String json;
    private final int rank;

    Severity(String json, int rank) {
        this.json = json;
        this.rank = rank;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** high 0, medium 1, low 2: reports list findings in this order. */
    public int rank() {
        return rank;
    }

    /** @throws IllegalArgumentException for anything but high, medium, low */
    @JsonCreator
    public static Severity fromJson(String json) {
        return Vocabulary.fromJson(values(), json, "严重程度", "severity");
    }
}
