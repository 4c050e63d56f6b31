package policylens.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void hanlpKeepsRegisteredUnitsWhole() {
        UnitDictionary.registerWithHanLP();
        List<String> words = HanLP.segment("省工业和信息化厅负责").stream().map((Term t) -> t.word).toList();
        assertEquals("省工业和信息化厅", words.get(0), words.toString());
        words = HanLP.segment("市发改委、市工信局牵头").stream().map((Term t) -> t.word).toList();
        assertTrue(words.contains("市发改委") && words.contains("市工信局"), words.toString());

        UnitDictionary.registerWithHanLP(UnitContext.of("江西省", "新余市", "city"));
        words = HanLP.segment("新余市工业和信息化局负责").stream().map((Term t) -> t.word).toList();
        assertEquals("新余市工业和信息化局", words.get(0), words.toString());
        words = HanLP.segment("人行新余市分行牵头").stream().map((Term t) -> t.word).toList();
        assertEquals("人行新余市分行", words.get(0), words.toString());
    }
}
