package policylens.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes {@link PolicyRecord}s as the contract's JSON: whole numbers are written without ".0"; reading
 * tolerates unknown fields, missing or null lists and a single string where a list is expected.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = create();

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
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
        ObjectMapper m = new ObjectMapper()
                .registerModule(numbers)
                // reading is tolerant: unknown fields ignored, missing or null lists empty, a lone string as a list
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
                .configure(SerializationFeature.INDENT_OUTPUT, true);
        m.configOverride(java.util.List.class).setSetterInfo(
                com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                        com.fasterxml.jackson.annotation.Nulls.AS_EMPTY, com.fasterxml.jackson.annotation.Nulls.SKIP));
        return m;
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String line(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
