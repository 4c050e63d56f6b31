package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a target's value binds (contract, "Targets": {@code comparator}): the JSON string, the symbol written before a
 * value in reports and pages, and a Chinese label.
 */
public enum Comparator implements Vocabulary {
    EQ("eq", "=", "等于"),
    GTE("gte", "≥", "不低于"),
    GT("gt", ">", "超过"),
    LTE("lte", "≤", "不超过"),
    LT("lt", "<", "低于"),
    APPROX("approx", "≈", "约"),
    /** value to valueMax; the range itself says it, so no symbol. */
    RANGE("range", "", "区间");

    private final String json;
    private final String symbol;
    private final String label;

    Comparator(String json, String symbol, String label) {
        this.json = json;
        this.symbol = symbol;
        this.label = label;
    }

    /** As written in records: eq, gte, gt, lte, lt, approx, range. */
    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** = ≥ > ≤ < ≈, and "" for a range. */
    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    /** A ceiling: the value must not be exceeded (lte, lt). */
    public boolean isCeiling() {
        return this == LTE || this == LT;
    }

    /** @throws IllegalArgumentException for anything but the contract's strings, naming the value and those strings */
    @JsonCreator
    public static Comparator fromJson(String json) {
        return Vocabulary.fromJson(values(), json, "比较符", "comparator");
    }

    /** The comparator written {@code json}, or null for null or an unknown string (for display of foreign records). */
    public static Comparator find(String json) {
        return Vocabulary.find(values(), json);
    }
}
