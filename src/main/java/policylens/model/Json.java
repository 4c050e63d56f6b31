package policylens.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one configured Jackson mapper: records ({@code docs/records.md}), API answers, error bodies and reports are all
 * written and read through it. Writing: pretty ({@link #pretty}) or one line ({@link #line}), whole numbers without
 * ".0". Reading is tolerant: unknown fields ignored, missing or null lists empty, a lone string as a list.
 * <p>
 * Check reports (policy-checks/1) have always written numbers as Jackson does ({@code 10.0}); {@link #report} keeps
 * that, with the same configuration otherwise.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create(true);
    private static final ObjectWriter LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper REPORT = create(false);

    private Json() {
    }

    /** The shared mapper (pretty printing on; tolerant reading). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The shared mapper's writer without indentation: one value per line (jsonl, API answers). */
    public static ObjectWriter compact() {
        return LINE;
    }

    /** The mapper for check reports: as {@link #mapper()} but numbers written as Jackson writes doubles (10.0). */
    public static ObjectMapper report() {
        return REPORT;
    }

    /** {@code value} as indented JSON (no trailing newline). */
    public static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as JSON on one line (no trailing newline). */
    public static String line(Object value) {
        try {
            return LINE.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper create(boolean wholeNumbers) {
        ObjectMapper m = new ObjectMapper();
        if (wholeNumbers) {
            SimpleModule numbers = new SimpleModule();
            JsonSerializer<Double> whole = new JsonSerializer<>() {
                @Override
                public void serialize(Double v, JsonGenerator gen, SerializerProvider sp) throws IOException {
                    if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
                        gen.writeNumber(v.longValue());
                    } else {
                        gen.writeNumber(v);
                    }
                }
            };
            numbers.addSerializer(Double.class, whole);
            numbers.addSerializer(double.class, whole);
            m.registerModule(numbers);
        }
        // reading is tolerant: unknown fields ignored, missing or null lists empty, a lone string as a list
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
                .configure(SerializationFeature.INDENT_OUTPUT, true);
        m.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY, Nulls.SKIP));
        return m;
    }
}
