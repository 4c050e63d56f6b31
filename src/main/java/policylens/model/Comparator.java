package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a target's value binds (contract, "Targets": {@code comparator}): the JSON string, the symbol written before a
 * value in reports and pages.
 */
public enum Comparator implements Vocabulary {
    EQ("eq", "="),
    GTE("gte", "≥"),
    GT("gt", ">"),
    LTE("lte", "≤"),
    LT("lt", "<"),
    APPROX("approx", "≈"),
    /** value to valueMax; the range itself says it, so no symbol. */
    RANGE("range", "");

    private final String json;
    private final String symbol;

    Comparator(String json, String symbol) {
        this.json = json;
        this.symbol = symbol;
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
