package policylens.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value of the record contract's vocabulary: what it is written as in JSON. Shared refusal message. */
interface Vocabulary {
    String json();

    /** 未知的层级 "x" / unknown level "x"; 应为 / expected one of: national, province, city, county */
    static IllegalArgumentException unknown(String zh, String en, String value, Vocabulary[] values) {
        String v = value == null ? "null" : "\"" + value + "\"";
        return new IllegalArgumentException("未知的" + zh + " " + v + " / unknown " + en + " " + v + "; 应为 / expected one of: " + names(values, ", "));
    }

    static String names(Vocabulary[] values, String separator) {
        return Arrays.stream(values).map(Vocabulary::json).collect(Collectors.joining(separator));
    }

    /** The value written {@code json} among {@code values}, or null for null or an unknown string. */
    static <V extends Vocabulary> V find(V[] values, String json) {
        for (V v : values) {
            if (v.json().equals(json)) {
                return v;
            }
        }
        return null;
    }

    /** As {@link #find}, refusing an unknown value with {@link #unknown}. */
    static <V extends Vocabulary> V fromJson(V[] values, String json, String zh, String en) {
        V v = find(values, json);
        if (v == null) {
            throw unknown(zh, en, json, values);
        }
        return v;
    }
}
