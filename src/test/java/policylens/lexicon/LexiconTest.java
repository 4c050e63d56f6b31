package policylens.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary files: one row per label, header and measure word, read once. */
class LexiconTest {
    private final Lexicon lexicon = Lexicon.get();

    @Test
    void labelsCarryTheirRole() {
        assertEquals(Lexicon.UnitRole.LEAD, lexicon.labelRole("牵头部门"));
        assertEquals(Lexicon.UnitRole.SUPPORT, lexicon.labelRole("配合单位"));
        assertEquals(Lexicon.UnitRole.NEUTRAL, lexicon.labelRole("责任部门"));
        assertEquals(Lexicon.UnitRole.NEUTRAL, lexicon.labelRole("责任单 位"), "white space inside a label (PDF text)");
        assertNull(lexicon.labelRole("市工信局"));
    }

    @Test
    void theLabelAlternationMatchesTheLongestLabelAndSpacedLabels() {
        Pattern p = Pattern.compile("(" + lexicon.labelAlternation() + ")[:：]");
        var m = p.matcher("（牵头责任部门：市工信局）");
        assertTrue(m.find());
        assertEquals("牵头责任部门", m.group(1));
        assertTrue(p.matcher("〔责任单 位:市工信局〕").find());
    }

    @Test
    void columnRolesComeFromHeaderWordsAlsoInUnseenHeaders() {
        assertEquals(Lexicon.ColumnRole.LEAD, lexicon.columnRole("牵头单位"));
        assertEquals(Lexicon.ColumnRole.LEAD, lexicon.columnRole("牵头单位（部门）"));
        assertEquals(Lexicon.ColumnRole.SUPPORT, lexicon.columnRole("配合部门"));
        assertEquals(Lexicon.ColumnRole.UNITS, lexicon.columnRole("负责考核部门"));
        assertEquals(Lexicon.ColumnRole.MEASURE, lexicon.columnRole("2024年推进任务"));
        assertEquals(Lexicon.ColumnRole.DEADLINE, lexicon.columnRole("完成时限"));
        assertEquals(Lexicon.ColumnRole.OTHER, lexicon.columnRole("市卫健委内牵头处室"));
        assertEquals(Lexicon.ColumnRole.BODY, lexicon.columnRole("部门"));
        assertEquals(Lexicon.ColumnRole.DUTIES, lexicon.columnRole("职责清单"));
        assertNull(lexicon.columnRole("推动企业绿色低碳转型升级，提升重点行业用能设备能效水平"));
    }

    @Test
    void measureWordsAreMatchedLongestFirst() {
        Pattern p = Pattern.compile("\\d+(" + lexicon.measureAlternation() + ")");
        var m = p.matcher("提高3个百分点以上");
        assertTrue(m.find());
        assertEquals("个百分点", m.group(1));
        assertEquals("%", lexicon.measures().get("％"));
    }

    @Test
    void measureWordsSayWhetherTheyCountThingsAndAUnitsHeaderHasItsTell() {
        assertTrue(lexicon.isCount("家"));
        assertTrue(lexicon.isCount("次"));
        assertTrue(!lexicon.isCount("元") && !lexicon.isCount("%") && !lexicon.isCount("千瓦"));
        // the prefilter never refuses a real units header, and refuses ordinary short lines
        for (String header : List.of("责任单位", "牵头单位（部门）", "配合部门", "负责考核部门", "牵头责任部门")) {
            assertTrue(lexicon.mayBeUnitColumn(header), header);
        }
        assertTrue(!lexicon.mayBeUnitColumn("欧阳") && !lexicon.mayBeUnitColumn("2019年"));
    }

    @Test
    void aBodysEndingSaysWhatKindOfUnitItIs() {
        Lexicon lexicon = Lexicon.get();
        assertEquals(Lexicon.BodyKind.NAMED, lexicon.bodyKind("市工信局"));
        assertEquals(Lexicon.BodyKind.NAMED, lexicon.bodyKind("园区管委会")); // 管委会 before 会
        assertEquals(Lexicon.BodyKind.UNIT, lexicon.bodyKind("产业链牵头单位"));
        assertEquals(Lexicon.BodyKind.PLACE, lexicon.bodyKind("分宜县"));
        assertEquals(null, lexicon.bodyKind("加快推进"));
        assertEquals(null, lexicon.bodyKind("居委或楼组干部")); // people, though 部 ends many bodies
    }

    @Test
    void pastAndFutureWordsAndQuestionWordsAreData() {
        Lexicon lexicon = Lexicon.get();
        java.util.regex.Pattern past = java.util.regex.Pattern.compile(lexicon.tenseAlternation(Lexicon.Tense.PAST, false));
        java.util.regex.Pattern future = java.util.regex.Pattern.compile(lexicon.tenseAlternation(Lexicon.Tense.FUTURE, false));
        assertTrue(past.matcher("去年全市营收增长10%").find());
        assertTrue(future.matcher("到2028年力争达到330家").find());
        assertTrue(future.matcher("各县区要加强领导").find());
        assertFalse(future.matcher("重要产业").find(), "要 of 重要 looks nowhere");
        // the deadline extractor reads fewer past words: 已 alone is not one of them
        assertFalse(java.util.regex.Pattern.compile(lexicon.tenseAlternation(Lexicon.Tense.PAST, true)).matcher("已").find());
        String q = lexicon.questionAlternation();
        assertTrue(q.indexOf("由哪个部门牵头") < q.indexOf("哪个部门"), "longer phrases first");
    }

    @Test
    void subjectsThatNoEndingDecidesAreData() {
        Lexicon lexicon = Lexicon.get();
        assertTrue(lexicon.isCollectiveSubject("各成员单位"));
        assertTrue(lexicon.isCollectiveSubject("各市县主管部门"));
        assertTrue(lexicon.isCollectiveSubject("各市(州)充电设施主管部门"));
        assertTrue(lexicon.isCollectiveSubject("生产经营单位"));
        assertFalse(lexicon.isCollectiveSubject("有关部门"), "the whole name must match");
        assertTrue(lexicon.isVagueSubject("区产业部门"));
        assertTrue(lexicon.isVagueSubject("区相关部门"));
        assertFalse(lexicon.isVagueSubject("区经委"));
    }
}
