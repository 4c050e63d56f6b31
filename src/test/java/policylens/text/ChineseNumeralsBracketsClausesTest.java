package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one numeral parser, bracket matcher and clause splitter every stage uses. */
class ChineseNumeralsBracketsClausesTest {
    @Test
    void numeralsOfHeadingsAmountsAndYears() {
        assertEquals(23, ChineseNumerals.parseInt("二十三", 0));     // 二十三、 a heading
        assertEquals(1200, ChineseNumerals.parseInt("一千二百", 0));
        assertEquals(15000, ChineseNumerals.parseInt("一万五千", 0));
        assertEquals(2025, ChineseNumerals.parseInt("二〇二五", 0)); // 二〇二五年八月二十八日
        assertEquals(1.65, ChineseNumerals.parse("1.65").getAsDouble());
        assertEquals(2, ChineseNumerals.parseInt("两", 0));
        assertTrue(ChineseNumerals.parse("一批").isEmpty());
        assertEquals(-1, ChineseNumerals.parseInt("若干", -1));
    }

    @Test
    void bracketsNestAndQuotesCountOnlyForLists() {
        String note = "(责任单位:市工信局,各县(区)政府)。";
        assertEquals(note.indexOf('。') - 1, Brackets.closingParen(note, 0));
        assertEquals(-1, Brackets.closingParen("〔责任单位:市工信局", 0));
        assertEquals(1, Brackets.depthAt("“钢铁、锂电”产业链", 3));
        assertEquals(0, Brackets.depthAt("“钢铁、锂电”产业链", 7));
    }

    @Test
    void clausesAndSentences() {
        String t = "到2028年，专精特新中小企业达到330家。每年培育10家以上";
        int at = t.indexOf("330");
        assertEquals("专精特新中小企业达到330家", t.substring(Clauses.start(t, at, Clauses.CLAUSE_END),
                Clauses.end(t, at, Clauses.CLAUSE_END)));
        assertEquals("到2028年，专精特新中小企业达到330家", Clauses.sentence(t, at));
        List<int[]> c = Clauses.commaClauses("市工信局牵头,市发改委配合");
        assertEquals(2, c.size());
        assertArrayEquals(new int[]{0, 6}, c.get(0));
    }
}
