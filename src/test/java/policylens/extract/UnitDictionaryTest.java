package policylens.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitDictionaryTest {

    @Test
    void gazetteerLoads() {
        UnitDictionary d = UnitDictionary.get();
        assertTrue(d.entries().size() >= 80, "rows: " + d.entries().size());
        assertEquals("工业和信息化厅", d.canonical("工信厅", "province").orElseThrow());
        assertEquals("人民政府办公厅", d.canonical("政府办", "province").orElseThrow());
        assertEquals("人民政府办公室", d.canonical("政府办", "city").orElseThrow());
        assertEquals("人民政府办公室", d.canonical("政府办", "county").orElseThrow());
        assertFalse(d.isKnown("湾里管理局"));
    }

    @Test
    void hanlpKeepsUnitsWholeWithTheProjectsOwnDictionaryAndLeavesHanLPsAlone() {
        com.hankcs.hanlp.seg.Segment seg = UnitDictionary.hanlpSegmenter();
        List<String> words = seg.seg("省工业和信息化厅负责").stream().map((Term t) -> t.word).toList();
        assertEquals("省工业和信息化厅", words.get(0), words.toString());
        words = seg.seg("市发改委、市工信局牵头").stream().map((Term t) -> t.word).toList();
        assertTrue(words.contains("市发改委") && words.contains("市工信局"), words.toString());

        com.hankcs.hanlp.seg.Segment xinyu = HanLP.newSegment().enableCustomDictionary(
                UnitDictionary.hanlpDictionary(UnitContext.of("江西省", "新余市", "city")));
        words = xinyu.seg("新余市工业和信息化局负责").stream().map((Term t) -> t.word).toList();
        assertEquals("新余市工业和信息化局", words.get(0), words.toString());
        words = xinyu.seg("人行新余市分行牵头").stream().map((Term t) -> t.word).toList();
        assertEquals("人行新余市分行", words.get(0), words.toString());

        // HanLP's process-wide dictionary is untouched: a plain HanLP segmenter cuts as HanLP alone does
        assertNull(com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.get("新余市工业和信息化局"));
        assertNull(com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.get("市发改委"));
    }
}
