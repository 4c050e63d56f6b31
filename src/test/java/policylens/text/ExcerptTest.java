package policylens.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Issue 12: report summaries are cut at a sentence or clause end, never in the middle of a word. */
class ExcerptTest {
    @Test
    void aShortTextIsKeptAsIs() {
        String s = "到2027年,全省专精特新中小企业达到5000家。";
        assertSame(s, Excerpt.of(s, 300));
    }

    /** A text longer than the limit, the limit in characters, and where it is cut. */
    static Stream<Arguments> cuts() {
        return Stream.of(
                Arguments.of("a long text ends at its last sentence within the limit",
                        "实施产业集群提能升级行动。培育壮大先进制造业集群,打造一批千亿级产业集群。推动创新型中小企业发展壮大。", 45,
                        "实施产业集群提能升级行动。培育壮大先进制造业集群,打造一批千亿级产业集群。…"),
                Arguments.of("a short title stops before the aside rather than inside a word",
                        "优质企业群体(主要指省级以上创新型中小企业、专精特新企业和制造业单项冠军企业)", 20, "优质企业群体…"),
                Arguments.of("without a sentence end it stops at a clause break",
                        "健全完善产业集群培育机制,大力实施梯度培育、分类指导、动态管理", 28,
                        "健全完善产业集群培育机制,大力实施梯度培育、分类指导…"),
                Arguments.of("a break only after the limit is where it stops",
                        "加快推进全省先进制造业集群高质量发展壮大提升能级水平,其余略", 10, "加快推进全省先进制造业集群高质量发展壮大提升能级水平…"),
                Arguments.of("a text without breaks is whole",
                        "加快推进全省先进制造业集群高质量发展壮大提升能级水平", 10, "加快推进全省先进制造业集群高质量发展壮大提升能级水平"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cuts")
    void aLongTextIsCutAtASentenceOrClauseEnd(String what, String text, int limit, String expected) {
        assertEquals(expected, Excerpt.of(text, limit), what);
    }

    /** A real task sentence of the Xinyu plan: a piece cut after 工程研究中心20 ends after 20家, at the clause break. */
    @Test
    void aPieceEndsAtItsClauseNeverInsideANumber() {
        String s = "到2028年,纳入省级制造业中试平台储备库20家,培育省级企业技术中心35家,建设省级制造业创新中心2家、工程研究中心20家,"
                + "集群内高新技术企业研发投入占比达3%以上。";
        int cut = s.indexOf("工程研究中心20") + "工程研究中心20".length();
        assertEquals(s.indexOf("20家,集群") + 3, Excerpt.clauseEnd(s, cut, 0, 30));
        // within the last clause: on to the sentence end, 3% included
        assertEquals(s.length(), Excerpt.clauseEnd(s, s.indexOf("3%") + 1, 0, 30));
        // too far to the next break: back to the last one
        assertEquals(s.indexOf(",培育"), Excerpt.clauseEnd(s, s.indexOf("储备库2") + 4, 0, 3));
        // at a break already, or at the end
        assertEquals(s.indexOf(",培育"), Excerpt.clauseEnd(s, s.indexOf(",培育"), 0, 30));
        assertEquals(s.length(), Excerpt.clauseEnd(s, s.length() + 5, 0, 30));
        // no break near: at least the whole number
        String unbroken = "力争新增规模以上工业企业1200家以上并持续壮大";
        assertEquals(unbroken.indexOf("家"), Excerpt.clauseEnd(unbroken, unbroken.indexOf("12") + 2, 0, 3));
    }
}
