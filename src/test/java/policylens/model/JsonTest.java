package policylens.model;

import org.junit.jupiter.api.Test;
import policylens.extract.Meta;
import policylens.extract.Target;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    @Test
    void wholeNumbersAreWrittenWithoutPointZero() {
        assertEquals("[200000000000,2.5,7]", Json.line(List.of(2.0E11, 2.5, 7.0)));
    }

    @Test
    void checkReportsKeepJacksonsNumbers() throws Exception {
        assertEquals("[10.0,2.5]", Json.report().writer().without(
                com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(List.of(10.0, 2.5)));
    }

    @Test
    void prettyIndentsAndLineKeepsOneLine() {
        Map<String, Object> m = Map.of("a", 1);
        assertEquals("{\n  \"a\" : 1\n}", Json.pretty(m));
        assertEquals("{\"a\":1}", Json.line(m));
        assertFalse(Json.line(List.of("x\ny")).contains("\n"));
    }

    @Test
    void aTargetIsWrittenWithEveryFieldAndTheContractsStrings() {
        Target t = new Target("每年新增100个", "项目", 100, null, "个", Comparator.GTE.json(), null,
                Recurrence.YEARLY.json(), null);
        assertEquals("{\"evidence\":\"每年新增100个\",\"metric\":\"项目\",\"value\":100,\"valueMax\":null,\"unit\":\"个\","
                + "\"comparator\":\"gte\",\"deadline\":null,\"recurring\":\"yearly\",\"taskId\":null}", Json.line(t));
    }

    @Test
    void readingIsTolerantOfUnknownFieldsNullListsAndALoneString() throws Exception {
        Meta m = Json.mapper().readValue("{\"title\":\"t\",\"issuer\":\"市政府\",\"cites\":null,\"extra\":1,"
                + "\"level\":\"city\"}", Meta.class);
        assertEquals(List.of("市政府"), m.issuer());
        assertTrue(m.cites().isEmpty());
        assertEquals(Level.CITY, Level.fromJson(m.level()));
    }
}
