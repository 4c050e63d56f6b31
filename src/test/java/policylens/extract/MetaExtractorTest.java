package policylens.extract;

import org.junit.jupiter.api.Test;
import policylens.text.Page;
import policylens.text.StructureParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetaExtractorTest {
    private static Meta meta(List<String> lines, List<String> dropped) {
        return new MetaExtractor().extract(new StructureParser().parse(new Page(lines, dropped)));
    }

    @Test
    void readsAPlanIssuedByANotice() {
        Meta m = meta(List.of(
                "新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-2028年)》的通知",
                "各县(区)人民政府、管委会,市政府各部门,市直各单位:",
                "新余市产业集群提能升级三年行动方案(2026-2028年)",
                "为深入贯彻省委、省政府决策部署,认真落实《江西省产业集群提能升级实施方案》(赣工强省小组字〔2025〕4号),特制定本方案。"),
                List.of("日期:2026-01-09    来源:新余市人民政府"));
        assertEquals("新余市产业集群提能升级三年行动方案(2026-2028年)", m.title());
        assertEquals(List.of("新余市人民政府"), m.issuer());
        assertEquals("2026-01-09", m.issued());
        assertEquals("city", m.level());
        assertEquals("江西省", m.province());
        assertEquals("新余市", m.region());
        assertEquals(new Meta.Period(2026, 2028), m.period());
        assertEquals(List.of(new Meta.Cite("江西省产业集群提能升级实施方案", "赣工强省小组字〔2025〕4号")), m.cites());
        assertNull(m.docNumber());
    }

    @Test
    void joinsATitleAPdfBrokeOverTwoLinesAndReadsASignature() {
        Meta m = meta(List.of("南昌市制造业重点产业链现代化建设", "“8810”行动计划(2023-2026年)",
                "根据《江西省人民政府关于印发江西省制造业重点产业链现代化建设“1269”行动计划的通知》(赣府字〔2023〕40号)文件精神,制定如下行动计划。"),
                List.of());
        assertEquals("南昌市制造业重点产业链现代化建设“8810”行动计划(2023-2026年)", m.title());
        assertEquals("赣府字〔2023〕40号", m.cites().get(0).docNumber());
        Meta signed = meta(List.of("江西省产业集群提能升级实施方案", "为贯彻落实党中央、国务院决策部署,制定本方案。",
                "江西省工业强省建设工作领导小组", "2025年8月28日"), List.of());
        assertEquals(List.of("江西省工业强省建设工作领导小组"), signed.issuer());
        assertEquals("2025-08-28", signed.issued());
        assertEquals("province", signed.level());
    }

    @Test
    void readsCountyAndNationalLevels() {
        Meta county = meta(List.of("广东省惠州市博罗县数字经济实施方案", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("county", county.level());
        assertEquals("博罗县", county.region());
        assertEquals("广东省", county.province());
        Meta district = meta(List.of("新余市渝水区产业集群培育行动方案", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("渝水区", district.region());
        assertEquals("江西省", district.province());
        Meta national = meta(List.of("国务院关于推动未来产业创新发展的实施意见", "为贯彻落实党中央决策部署,提出以下意见。"), List.of());
        assertEquals("national", national.level());
        Meta city = meta(List.of("新余市产业集群提能升级三年行动方案(2026-2028年)", "特制定本方案。"), List.of());
        assertEquals("city", city.level());
    }

    @Test
    void readsChineseNumeralSignatureDatesAndNoticesWithoutBookTitleMarks() {
        Meta m = meta(List.of("江西省人民政府关于印发江西省制造业重点产业链现代化建设“1269”行动计划的通知",
                "各市、县(区)人民政府,省政府各部门:", "现将行动计划印发给你们,请认真贯彻执行。",
                "江西省人民政府", "二〇二三年七月十日"), List.of());
        assertEquals("江西省制造业重点产业链现代化建设“1269”行动计划", m.title());
        assertEquals(List.of("江西省人民政府"), m.issuer());
        assertEquals("2023-07-10", m.issued());
        Meta dated = meta(List.of("博罗县数字经济实施方案", "成文日期:2025-03-18", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("2025-03-18", dated.issued());
    }
}
