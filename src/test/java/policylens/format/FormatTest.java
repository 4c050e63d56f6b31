package policylens.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {
    @Test
    void everyNameResolvesForTheKindsItWritesWhateverItsCase() {
        assertEquals(List.of(Format.JSON, Format.MD, Format.HTML, Format.CSV), Format.of(Kind.CHECK));
        assertEquals(List.of(Format.JSON, Format.JSONL, Format.XLSX, Format.CSV), Format.of(Kind.RECORDS));
        assertEquals(Format.CSV, Format.resolve(" CSV ", Kind.RECORDS));
        assertEquals(Format.MD, Format.resolve("md", Kind.CHECK));
        assertEquals("text/csv; charset=utf-8", Format.CSV.mediaType());
        assertEquals(".xlsx", Format.XLSX.extension());
    }

    @Test
    void anUnknownNameIsRefusedInOneLineNamingTheKnownOnesChineseFirst() {
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> Format.resolve("pdf\nx", Kind.CHECK));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.startsWith("未知格式"), m);
        assertTrue(m.contains("json, md, html, csv"), m);
        assertThrows(UnknownFormatException.class, () -> Format.resolve(null, Kind.RECORDS));
        assertThrows(UnknownFormatException.class, () -> Format.resolve("", Kind.RECORDS));
    }

    @Test
    void aFormatThatCannotWriteAKindIsRefusedNamingThoseThatCan() {
        String m = assertThrows(UnknownFormatException.class, () -> Format.resolve("xlsx", Kind.CHECK)).getMessage();
        assertTrue(m.startsWith("格式 xlsx 不能用于检查报告"), m);
        assertTrue(m.endsWith("use one of json, md, html, csv"), m);
        String r = assertThrows(UnknownFormatException.class, () -> Format.resolve("html", Kind.RECORDS)).getMessage();
        assertTrue(r.contains("json, jsonl, xlsx, csv"), r);
    }
}
