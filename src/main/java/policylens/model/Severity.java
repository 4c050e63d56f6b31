package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much a check finding matters: high (the child contradicts what the parent asks), medium, low. */
public enum Severity implements Vocabulary {
    HIGH("high", "高", 0),
    MEDIUM("medium", "中", 1),
    LOW("low", "低", 2);

    private final String json;
    private final String label;
    private final int rank;

    Severity(String json, String label, int rank) {
        this.json = json;
        this.label = label;
        this.rank = rank;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** 高 / 中 / 低. */
    public String label() {
        return label;
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
