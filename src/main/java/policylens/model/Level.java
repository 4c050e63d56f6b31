package policylens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The administrative level of a document or a region (contract, {@code meta.level}): national, province, city,
 * county, with a rank that orders them (national highest).
 */
public enum Level implements Vocabulary {
    NATIONAL("national", 4),
    PROVINCE("province", 3),
    CITY("city", 2),
    COUNTY("county", 1);

    private final String json;
    private final int rank;

    Level(String json, int rank) {
        this.json = json;
        this.rank = rank;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** national 4, province 3, city 2, county 1: a parent plan ranks above its child. */
    public int rank() {
        return rank;
    }

    /** Whether this level is above {@code other}. */
    public boolean isAbove(Level other) {
        return rank > other.rank;
    }

    /** City and county plans: the ones that implement a parent plan. */
    public boolean isLocal() {
        return this == CITY || this == COUNTY;
    }

    /** @throws IllegalArgumentException for anything but national, province, city, county */
    @JsonCreator
    public static Level fromJson(String json) {
        return Vocabulary.fromJson(values(), json, "层级", "level");
    }

    /** The level written {@code json}, or null for null or an unknown string. */
    public static Level find(String json) {
        return Vocabulary.find(values(), json);
    }

    /** "national|province|city|county", for usage messages. */
    public static String names(String separator) {
        return Vocabulary.names(values(), separator);
    }
}
