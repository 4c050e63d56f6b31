package policylens.extract;

import org.junit.jupiter.api.Test;
import policylens.text.Page;
import policylens.text.StructureParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        assertEquals("新余市", city.region());
        assertEquals("江西省", city.province());
        Meta province = meta(List.of("江西省产业集群提能升级实施方案", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("province", province.level());
        assertEquals("江西省", province.region());
        assertEquals("江西省", province.province());
    }

    @Test
    void readsCountiesFromTheGazetteer() {
        // a Shanghai district: 宝山区 is also in 双鸭山市; the issuer's 上海市 tells them apart
        Meta notice = meta(List.of("上海市宝山区人民政府办公室关于印发《宝山区低效产业用地处置实施方案》的通知",
                "各街道办事处、镇人民政府:", "宝山区低效产业用地处置实施方案", "为推进全区低效产业用地处置,制定本方案。"),
                List.of());
        assertEquals("宝山区低效产业用地处置实施方案", notice.title());
        assertEquals("county", notice.level());
        assertEquals("宝山区", notice.region());
        assertEquals("上海市", notice.province());
        // a bare 宝山区 plan that names 上海 in its text
        Meta plan = meta(List.of("宝山区水务安全生产工作方案", "为落实上海市安全生产工作要求,结合本区实际,制定本方案。"), List.of());
        assertEquals("county", plan.level());
        assertEquals("宝山区", plan.region());
        assertEquals("上海市", plan.province());
        Meta xinxing = meta(List.of("新兴县推进农业产业化发展实施方案", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("county", xinxing.level());
        assertEquals("新兴县", xinxing.region());
        assertEquals("广东省", xinxing.province());
        // a county-level city
        Meta kunshan = meta(List.of("昆山市推进大规模设备更新实施方案", "为贯彻落实党中央决策部署,制定本方案。"), List.of());
        assertEquals("county", kunshan.level());
        assertEquals("昆山市", kunshan.region());
        assertEquals("江苏省", kunshan.province());
        // a district that issues: 虹口区人民政府办公室, 上海 named in the text
        Meta hongkou = meta(List.of("关于进一步推进生活垃圾分类工作的实施意见", "为贯彻落实《上海市生活垃圾管理条例》,制定本意见。",
                "虹口区人民政府办公室", "2018年5月10日"), List.of());
        assertEquals(List.of("虹口区人民政府办公室"), hongkou.issuer());
        assertEquals("county", hongkou.level());
        assertEquals("虹口区", hongkou.region());
        assertEquals("上海市", hongkou.province());
        // 朝阳区 is in 北京市 and in 长春市: with nothing naming either, no county is guessed
        Meta chaoyang = meta(List.of("朝阳区老旧小区改造工作方案", "为改善居民居住条件,制定本方案。"), List.of());
        assertNull(chaoyang.region());
        assertNull(chaoyang.level());
        assertNull(chaoyang.province());
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

    @Test
    void aScrapersHeaderGivesWhatTheBodyDoesNotSay() {
        // the Markdown collections' header: 文号 / 发文机构 / 发布日期 above 政策原文 (Chongqing, five issuers)
        Meta m = meta(List.of("重庆市新能源汽车与电网融合互动工作方案",
                        "文号: 渝经信发〔2024〕86号",
                        "发文机构: 重庆市经济和信息化委员会、重庆市发展和改革委员会、国网重庆市电力公司",
                        "政策原文",
                        "为贯彻落实《国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见》，制定本方案。"),
                List.of("发布日期: 2024-11-05"));
        assertEquals("渝经信发〔2024〕86号", m.docNumber());
        assertEquals(List.of("重庆市经济和信息化委员会", "重庆市发展和改革委员会", "国网重庆市电力公司"), m.issuer());
        assertEquals("2024-11-05", m.issued());
        // an abbreviated header (…等14部门) names no issuer
        Meta henan = meta(List.of("河南省推动工业领域设备更新实施方案", "发文机构: 河南省工业和信息化厅等14部门", "一、总体要求"), List.of());
        assertEquals(List.of(), henan.issuer());
    }

    @Test
    void thePlansOwnHeadingWithIts关于AndThePlanItselfIsNoCite() {
        // Guangzhou: the notice names the plan without 关于; Putuo: the plan cited with a hyphen in the notice
        Meta gz = meta(List.of("广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知",
                "穗卫函〔2023〕1930号",
                "关于推进广州市家庭医生签约服务高质量发展实施方案",
                "为贯彻落实…,制定本实施方案。"), List.of());
        assertEquals("关于推进广州市家庭医生签约服务高质量发展实施方案", gz.title());
        assertEquals("穗卫函〔2023〕1930号", gz.docNumber());
        Meta putuo = meta(List.of("关于印发《普陀区生活垃圾分类提质增效三年行动计划（2026—2028年）》的通知",
                "现将《普陀区生活垃圾分类提质增效三年行动计划（2026-2028年）》印发给你们。",
                "根据《上海市生活垃圾分类提质增效三年行动计划（2026—2028年）》要求，特制定本行动计划。"), List.of());
        assertEquals(1, putuo.cites().size());
        assertEquals("上海市生活垃圾分类提质增效三年行动计划（2026—2028年）", putuo.cites().get(0).title());
    }

    @Test
    void aNumberASentenceCitesIsNotTheDocumentsOwn() {
        // the Hainan letter form: the 文号 field is empty and the body cites the State Council's opinion by number
        assertNull(MetaExtractor.ownDocNumber(List.of("文号：发布日期：", "各市县发展改革委：",
                "为贯彻落实国办发〔2023〕19号文件精神，现就有关事项函告如下。")));
        assertEquals("沪奉府办发〔2024〕12号", MetaExtractor.ownDocNumber(List.of("沪奉府办发〔2024〕12号", "各镇人民政府：")));
    }

    @Test
    void readsAPeriodInBracketsWithoutTheWordYear() {
        // a Shanghai district notice: 《…三年行动工作方案（2024-2026）》
        Meta m = meta(List.of("某区人民政府办公室关于印发《某区违法用地综合整治三年行动工作方案（2024-2026）》的通知",
                "各镇人民政府：", "某区违法用地综合整治三年行动工作方案（2024-2026）", "为贯彻落实有关要求，制定本方案。"), List.of());
        assertEquals(new Meta.Period(2024, 2026), m.period());
    }

    @Test
    void aSignatureDateWithNoBodyAboveItIsTheIssueDate() {
        // the seal stands for the issuer: only the date is written under the notice
        Meta m = meta(List.of("关于印发《宝山区低效产业用地处置工作的实施方案》的通知", "各镇人民政府、园区管委会：",
                "现将《宝山区低效产业用地处置工作的实施方案》印发给你们，请认真贯彻执行。", "2021年4月23日", "（此件公开发布）"),
                List.of());
        assertEquals("2021-04-23", m.issued());
        Meta page = meta(List.of("关于印发《宝山区低效产业用地处置工作的实施方案》的通知", "2021年4月23日"),
                List.of("发布日期：2021-04-25"));
        assertEquals("2021-04-25", page.issued(), "a page's own date line comes first");
    }

    @Test
    void aFiveYearPlansTitleGivesItsPeriod() {
        Meta m = meta(List.of("某市人民政府关于印发某市“十五五”数字经济发展规划的通知", "各有关单位:", "现印发给你们。"), List.of());
        assertEquals("某市“十五五”数字经济发展规划", m.title());
        assertEquals(new Meta.Period(2026, 2030), m.period());
        assertEquals(new Meta.Period(2021, 2025),
                meta(List.of("关于印发《某省“十四五”现代能源体系规划》的通知"), List.of()).period());
    }

    @Test
    void anOfficialTitleAboveItsIssuerAndDateIsTheHeadline() {
        // a letter with no 《》: its own title, not the issuer line below it
        Meta m = meta(List.of("某省发展和改革委员会关于抓好2024年充换电基础设施建设工作的函", "某省发展和改革委员会", "2024年2月1日",
                "各市县发展改革委:"), List.of());
        assertEquals("某省发展和改革委员会关于抓好2024年充换电基础设施建设工作的函", m.title());
        assertTrue(MetaExtractor.arrangesWork(m.title()));
        assertFalse(MetaExtractor.arrangesWork("关于2023年充电设施建设情况的报告"));
    }

    @Test
    void anOfficialTitleWithoutItsIssuerIsTheHeadlineNotTheDocNumberBelowIt() {
        Meta m = meta(List.of("关于加快推进充电基础设施建设的工作函", "某发改能源函〔2024〕512号", "各市、县发展改革委："), List.of());
        assertEquals("关于加快推进充电基础设施建设的工作函", m.title());
    }

    @Test
    void aCoverPageGivesTitleWithItsPeriodLineIssuerAndMonth() {
        // a city plan saved from its PDF with a cover (heldout/meta-probes/m8.txt, constructed)
        Meta m = meta(List.of("佛山市制造业数字化转型三年行动方案", "（2024—2026年）", "佛山市工业和信息化局", "2024年6月",
                "佛山市制造业数字化转型三年行动方案（2024—2026年）", "一、总体要求", "坚持企业主体、政府引导。"), List.of());
        assertEquals("佛山市制造业数字化转型三年行动方案（2024—2026年）", m.title());
        assertEquals(List.of("佛山市工业和信息化局"), m.issuer());
        assertEquals("2024-06", m.issued());
        assertEquals(new Meta.Period(2024, 2026), m.period());
    }

    @Test
    void aForwardingNoticeNamesThePlanNotTheBodiesThatWroteIt() {
        Meta m = meta(List.of("重庆市江津区人民政府办公室关于转发区农业农村委等部门江津区花椒产业提质增效三年行动方案（2024—2026年）的通知",
                "江津府办发〔2024〕58号", "各镇人民政府、街道办事处，区政府各部门，有关单位：",
                "区农业农村委、区财政局、区商务委制定的《江津区花椒产业提质增效三年行动方案（2024—2026年）》已经区政府同意，现转发给你们。",
                "重庆市江津区人民政府办公室", "2024年9月14日"), List.of());
        assertEquals("江津区花椒产业提质增效三年行动方案（2024—2026年）", m.title());
        assertTrue(m.cites().isEmpty(), m.cites().toString()); // the plan itself is no cite
    }

    @Test
    void theBodyMayStateThePeriodAndNameThePlanShort() {
        Meta m = meta(List.of("浏阳市花炮产业转型升级三年行动计划", "一、总体要求", "行动期限为2024—2026年。",
                "各镇（街道）、各有关部门要对照《行动计划》明确的目标任务，抓好落实。"), List.of());
        assertEquals(new Meta.Period(2024, 2026), m.period());
        assertTrue(m.cites().isEmpty(), m.cites().toString());
    }

    @Test
    void theDayItWasSignedBeatsTheDayASitePutItUp() {
        Meta m = meta(List.of("发布机构：成都市郫都区人民政府办公室", "发布日期：2025年01月22日", "成文日期：2025年01月15日",
                "成都市郫都区人民政府办公室关于印发郫都区数字乡村建设实施方案的通知"), List.of());
        assertEquals("2025-01-15", m.issued());
    }
}
