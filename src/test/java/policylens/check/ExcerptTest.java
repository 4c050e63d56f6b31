package policylens.check;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Issue 12: report summaries are cut at a sentence or clause end, never in the middle of a word. */
class ExcerptTest {
    @Test
    void aShortTextIsKeptAsIs() {
        String s = "到2027年,全省专精特新中小企业达到5000家。";
        assertSame(s, Excerpt.of(s, 300));
    }

    @Test
    void aLongTextEndsAtItsLastSentenceWithinTheLimit() {
        String s = "实施产业集群提能升级行动。培育壮大先进制造业集群,打造一批千亿级产业集群。推动创新型中小企业发展壮大。";
        assertEquals("实施产业集群提能升级行动。培育壮大先进制造业集群,打造一批千亿级产业集群。…", Excerpt.of(s, 45));
    }

    @Test
    void aShortTitleStopsBeforeTheAsideRatherThanInsideAWord() {
        String s = "优质企业群体(主要指省级以上创新型中小企业、专精特新企业和制造业单项冠军企业)";
        assertEquals("优质企业群体…", Excerpt.of(s, 20));
        assertEquals("优质企业群体…", Coverage.shortTitle(s));
    }

    @Test
    void withoutASentenceEndItStopsAtAClauseBreak() {
        String s = "健全完善产业集群培育机制,大力实施梯度培育、分类指导、动态管理";
        assertEquals("健全完善产业集群培育机制,大力实施梯度培育、分类指导…", Excerpt.of(s, 28));
    }

    @Test
    void aBreakOnlyAfterTheLimitIsWhereItStopsAndATextWithoutBreaksIsWhole() {
        String s = "加快推进全省先进制造业集群高质量发展壮大提升能级水平,其余略";
        assertEquals("加快推进全省先进制造业集群高质量发展壮大提升能级水平…", Excerpt.of(s, 10));
        String unbroken = "加快推进全省先进制造业集群高质量发展壮大提升能级水平";
        assertEquals(unbroken, Excerpt.of(unbroken, 10));
    }
}
