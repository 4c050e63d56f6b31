package policylens.format;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void hostileCellsAreQuotedAndFormulasPrefixedSoTheyReadBackAsText() {
        List<Object> cells = Arrays.asList("a,b", "say \"hi\"", "line1\nline2", "=cmd|' /C calc'!A0", "+1", "-2",
                "@SUM(A1)", "\tx", "纯中文", null, -2.5, 20.0);
        String row = Csv.row(cells);
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",'=cmd|' /C calc'!A0,'+1,'-2,'@SUM(A1),'\tx,纯中文,,-2.5,20\r\n",
                row);
        List<List<String>> back = CsvReader.parse(Csv.BOM + row);
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "line1\nline2", "'=cmd|' /C calc'!A0", "'+1", "'-2",
                "'@SUM(A1)", "'\tx", "纯中文", "", "-2.5", "20")), back);
    }

    @Test
    void aFormulaThatAlsoNeedsQuotingIsPrefixedInsideTheQuotes() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", Csv.row(List.of("=HYPERLINK(\"http://x\",\"y\")")));
    }
}
