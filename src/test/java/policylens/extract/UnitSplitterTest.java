package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitSplitterTest {

    private static List<String> units(String s) {
        return UnitSplitter.splitUnits(s);
    }

    @Test
    void provinceParenthetical() {
        // corpus/jiangxi-cluster-upgrade-2025.txt
        assertEquals(List.of("省工业和信息化厅", "省商务厅", "省政务服务办"),
                units("(责任单位:省工业和信息化厅、省商务厅、省政务服务办)"));
        assertEquals(List.of("省国资委", "省地方金融管理局", "江西金融监管局", "江西证监局", "中国人民银行江西省分行",
                        "省工业和信息化厅"),
                units("(责任单位:省国资委、省地方金融管理局、江西金融监管局、江西证监局、中国人民银行江西省分行、省工业和信息化厅)"));
        assertEquals(List.of("省工业和信息化厅"), units("（责任单位：省工业和信息化厅）"));
    }

    @Test
    void nanchangBracketListWithCommasAndStraySpaces() {
        // corpus/nanchang-8810-action-plan-2023-2026.txt (PDF text: stray spaces inside names)
        assertEquals(List.of("市新型工业化推进工作领导小组办公室", "市重点产业链链长制责任部门", "各县(区)政府", "开发区管委会",
                        "湾里管理局"),
                units("〔责任单位:市新型 工业化推进工作领导小组办公室、市重点产业链链长制责任部门,各县(区)政府、开发区管委会,湾里管理局〕"));
        assertEquals(List.of("市工信局", "市商务局", "市发改委", "市委人才办", "市金融办", "市科技局", "市农业农村局",
                        "各县(区)政府", "开发区管委会", "湾里管理局"),
                units("〔责任单位:市工信局、市商 务局、市发改委、市委人才办、市金融办、市科技局、市农业农村局,各县(区)政府、开发区管委会,湾里管理局〕"));
        assertEquals(List.of("市工信局", "市中小企业局", "市发改委", "各县(区)政府", "开发区管委会", "湾里管理局"),
                units("〔责任单 位:市工信局、市中小企业局、市发改委,各县(区)政府、开发区管委会,湾里管理局〕"));
        assertEquals(List.of("市工信局", "市发改委", "市应急局", "各县(区)政府", "开发区管委会", "湾里管理局"),
                units("〔责任单位: 市工信局、市发改委、市应急局,各县(区)政府、开发区管委会,湾里管理局〕"));
        assertEquals(List.of("市发改委", "市工信局", "市自然资源和规划局", "市科技局"),
                units("市发改委、市工信局、市自 然资源和规划局、市科技局"));
    }

    @Test
    void industryPrefixedGroupStaysOneUnit() {
        // corpus/xinyu-cluster-upgrade-2026-2028.txt, 附件1 责任单位 cells
        assertEquals(List.of("市工信局", "市民政局", "钢铁、锂电新能源、电子信息产业链牵头单位"),
                units("市工信局、市民政局,钢铁、锂电新能源、电子信息产业链牵头单位"));
        assertEquals(List.of("市工信局", "市科技局", "钢铁、锂电新能源、电子信息、装备制造、新材料产业链牵头单位"),
                units("市工信局、市科技局,钢铁、锂电新能源、电子信息、装备制造、新材料产业链牵头单位"));
        assertEquals(List.of("市工信局", "市发改委", "市科技局", "市商务局", "市民政局", "市工商联", "高新区", "分宜县",
                        "渝水区"),
                units("市工信局、市发改委、市科技局、市商务局、市民政局、市工商联、高新区、分宜县、渝水区"));
    }

    @Test
    void parenthesesNeverSplit() {
        assertEquals(List.of("市工信局", "各县(区)政府(管委会)", "市重点产业链牵头单位"),
                units("市工信局、各县(区)政府(管委会)、市重点产业链牵头单位"));
        assertEquals(List.of("各县(市、区)政府", "市商务局"), units("各县(市、区)政府、市商务局"));
        assertEquals(List.of("各县（市、区）政府（管委会）", "市商务局"), units("各县（市、区）政府（管委会），市商务局"));
    }

    @Test
    void trailingWordsRemoved() {
        // xinyu 附件2
        assertEquals(List.of("市重点产业链牵头单位"), units("市重点产业链牵头单位按职责分工负责"));
        assertEquals(List.of("“六个一”机制责任单位"), units("“六个一”机制责任单位按职责分工负责"));
        // xinyu plan body
        assertEquals(List.of("市新型工业化推进工作领导小组成员单位"), units("〔市新型工业化推进工作领导小组成员单位分工负责〕"));
        // a body that carries it out within its remit: …；各区人民政府按职责落实
        assertEquals(List.of("各区人民政府"), units("各区人民政府按职责落实"));
        // the same words in brackets of their own: 责任单位：市科技局、市经信局（按职责分工负责）
        assertEquals(List.of("市科技局", "市经信局"), units("市科技局、市经信局（按职责分工负责）"));
        assertEquals(List.of("省工业和信息化厅", "省商务厅"), units("省工业和信息化厅、省商务厅等"));
        assertEquals(List.of("各县(区)政府"), units("各县(区)政府落实"));
    }

    @Test
    void whitespaceSeparatedList() {
        assertEquals(List.of("市工信局", "市发改委", "市科技局"), units("市工信局 市发改委  市科技局"));
        assertEquals(List.of("市委组织部", "市人社局"), units("市委 组织部 市人社局"));
    }

    @Test
    void leadAndSupportLabels() {
        UnitSplitter.Split s = UnitSplitter.split("牵头单位:省工业和信息化厅;配合单位:省发展改革委、省科技厅");
        assertEquals(List.of("省工业和信息化厅"), s.lead());
        assertEquals(List.of("省发展改革委", "省科技厅"), s.support());
        assertEquals(List.of("省工业和信息化厅", "省发展改革委", "省科技厅"), s.units());

        // support written first: units still list the lead first
        s = UnitSplitter.split("配合单位：市财政局　牵头单位：市工信局");
        assertEquals(List.of("市工信局", "市财政局"), s.units());

        s = UnitSplitter.split("市工信局牵头,市发改委、市商务局配合");
        assertEquals(List.of("市工信局"), s.lead());
        assertEquals(List.of("市发改委", "市商务局"), s.support());

        s = UnitSplitter.split("省工业和信息化厅(牵头)、省发展改革委");
        assertEquals(List.of("省工业和信息化厅"), s.lead());
        assertEquals(List.of("省发展改革委"), s.support());

        // a plain list has no lead/support, even when a name contains 牵头
        s = UnitSplitter.split("责任部门:市工信局、市重点产业链牵头单位");
        assertEquals(List.of("市工信局", "市重点产业链牵头单位"), s.units());
        assertEquals(List.of(), s.lead());
        assertEquals(List.of(), s.support());

        assertEquals(List.of("县政府"), units("责任主体：县政府"));
    }

    @Test
    void emptyAndNull() {
        assertEquals(List.of(), units(null));
        assertEquals(List.of(), units("  "));
        assertEquals(List.of(), units("(责任单位:)"));
        // a caller's cut that leaves one bracket
        assertEquals(List.of("市工信局", "各县(区)政府"), units("〔责任单位:市工信局,各县(区)政府"));
        assertEquals(List.of("市工信局", "各县(区)政府"), units("市工信局,各县(区)政府〕"));
    }

    @Test
    void looksLikeUnit() {
        for (String u : List.of("省工业和信息化厅", "市工信局", "市发改委", "省政务服务办", "省委组织部", "省科学院", "市工商联",
                "省工业强省建设工作领导小组", "开发区管委会", "中国人民银行江西省分行", "人行新余市分行", "市重点产业链牵头单位",
                "市重点产业链链长制责任部门", "各县(区)政府(管委会)", "高新区", "分宜县", "渝水区", "湾里管理局",
                "市新型工业化推进工作领导小组办公室", "省工信厅(牵头)")) {
            assertTrue(UnitSplitter.looksLikeUnit(u), u);
        }
        for (String u : List.of("钢铁", "锂电新能源", "电子信息", "市新型", "局", "", "推动集群发展")) {
            assertFalse(UnitSplitter.looksLikeUnit(u), u);
        }
    }

    @Test
    void aCollectiveSubjectIsAUnitThoughItEndsInNoBodyWord() {
        // township and village plans: 各村（社区）要落实… / 各中小学校要… / 各牵头单位要制定具体工作措施 (lexicon/subjects.tsv)
        for (String u : List.of("各村(社区)", "各村（社区）", "各中小学校", "各乡镇(街道)", "各牵头单位", "县直各定点帮扶单位", "配合单位")) {
            assertTrue(UnitSplitter.looksLikeUnit(u), u);
        }
        for (String u : List.of("村(社区)", "各项任务", "推动发展")) {
            assertFalse(UnitSplitter.looksLikeUnit(u), u);
        }
    }

    @Test
    void vagueSubjects() {
        for (String u : List.of("各地", "有关部门", "省直有关部门", "市直部门", "各有关部门", "各市、县(区)")) {
            assertTrue(UnitSplitter.isVague(u), u);
        }
        assertFalse(UnitSplitter.isVague("市工信局"));
    }

    @Test
    void twoBodiesJoinedBy和Or与AreTwoUnitsButANameWith和IsOne() {
        // Hongkou: 由区绿化市容局和区商务委统筹落实 / 由街道办事处与区绿化市容局负责落实
        assertEquals(java.util.List.of("区绿化市容局", "区商务委"), UnitSplitter.splitUnits("区绿化市容局和区商务委"));
        assertEquals(java.util.List.of("街道办事处", "区绿化市容局"), UnitSplitter.splitUnits("街道办事处与区绿化市容局"));
        assertEquals(java.util.List.of("省工业和信息化厅"), UnitSplitter.splitUnits("省工业和信息化厅"));
        assertEquals(java.util.List.of("区住房和城乡建设管理委员会"), UnitSplitter.splitUnits("区住房和城乡建设管理委员会"));
    }

    @Test
    void labelsFromTheLexiconAndEveryTaskNotes() {
        // Sichuan: …按职责分工负责；各项任务均需市县政府落实，不再列出
        UnitSplitter.Split s = UnitSplitter.split("责任部门：区建设管理委、区规划资源局，区税务局等");
        assertEquals(java.util.List.of("区建设管理委", "区规划资源局", "区税务局"), s.units());
        assertEquals(java.util.List.of("省发展改革委", "市县政府"),
                UnitSplitter.splitUnits("省发展改革委按职责分工负责；各项任务均需市县政府落实，不再列出"));
    }

    @Test
    void aBodysOwnUnitsAreNamedBodies() {
        // shanghai-baoshan-water-safety-production-2024: 属基层各单位、局机关各科室要… (the bureau's name left out)
        assertTrue(UnitSplitter.isNamedBody("局机关各科室"));
        assertTrue(UnitSplitter.isNamedBody("属基层各单位"));
        assertTrue(!UnitSplitter.isNamedBody("居委或楼组干部"));
        // jiangsu-suzhou-equipment-renewal-trade-in-plan-2024: （市商务局、市供销总社牵头负责）
        assertTrue(UnitSplitter.isNamedBody("市供销总社"));
    }

    @Test
    void aPrepositionBeforeABodyIsNoPartOfItsName() {
        // shanghai-baoshan-inefficient-industrial-land-2021: 区经委：…会同区规划资源局推进…
        assertEquals(List.of("区规划资源局"), UnitSplitter.splitUnits("会同区规划资源局"));
        assertEquals(List.of("区产业部门"), UnitSplitter.splitUnits("经区产业部门"));
        assertEquals(List.of("经济和信息化局"), UnitSplitter.splitUnits("经济和信息化局"));
    }

    @Test
    void anEnterpriseBeforeAGroupIsTwoUnitsButIndustriesShareARoleWord() {
        // chongqing-v2g-vehicle-grid-integration-work-plan-2024: （责任单位：…市城市管理局，国网重庆电力、重庆高速集团、有关企业）
        assertEquals(List.of("市城市管理局", "国网重庆电力", "重庆高速集团", "有关企业"),
                units("市城市管理局，国网重庆电力、重庆高速集团、有关企业"));
        assertEquals(List.of("国网江苏电力", "江苏交通控股集团"), units("国网江苏电力、江苏交通控股集团"));
        assertEquals(List.of("钢铁、有色行业主管部门"), units("钢铁、有色行业主管部门"));
    }

    @Test
    void namesACellSeparatedBySpacesAreTwoUnitsAfterCleaningJoinedThem() {
        // a table cell "县财政局 县农业农村局": cleaning drops the space between Chinese characters
        assertEquals(List.of("县财政局", "县农业农村局"), units("县财政局县农业农村局"));
        assertEquals(List.of("区商务委", "区文旅局", "各街道"), units("区商务委区文旅局各街道"));
        // a level word inside one name is no cut: shanghai-jingan-ai-application-demo-zone-2026, 市委组织部, 浦东新区区政府
        assertEquals(List.of("区数据局", "各街镇社区事务受理服务中心"), units("区数据局、各街镇社区事务受理服务中心"));
        assertEquals(List.of("区绿化市容局"), units("区绿化市容局"));
        assertEquals(List.of("市委组织部"), units("市委组织部"));
        assertEquals(List.of("浦东新区区政府"), units("浦东新区区政府"));
        // an enterprise after a body: 市发展改革委<br>国网某市供电公司 in one cell
        assertEquals(List.of("市发展改革委", "国网某市供电公司"), units("市发展改革委国网某市供电公司"));
        assertEquals(List.of("国网重庆市电力公司"), units("国网重庆市电力公司"));
        assertEquals(List.of("市卫健委医政医管处"), units("市卫健委医政医管处"), "a body's own office stays with it");
    }

    @Test
    void aGenericEndingNamesABodyWhenALevelOpensTheName() {
        // township and county plans: 镇财政所负责… / 县总工会要… / 区委督查室、区政府督查室将… / 镇中心学校要…
        for (String u : List.of("镇财政所", "县总工会", "市消防救援支队", "区委督查室", "省委党校", "镇中心学校", "区规划资源部门")) {
            assertTrue(UnitSplitter.isNamedBody(u), u);
        }
        // a body's name run on into what it does is no name; 市场…, 区域… open no level
        for (String u : List.of("区公安分局依法查处", "镇生态环境保护工作站组建禁烧巡查队", "市场监管所", "区域协作会", "学校")) {
            assertFalse(UnitSplitter.isNamedBody(u), u);
        }
    }

    @Test
    void everyLocalGovernmentTogetherNamesNone() {
        // national plan: 地方各级人民政府对本行政区域节能降碳工作负总责 (lexicon/subjects.tsv, vague)
        assertTrue(UnitSplitter.isVague("地方各级人民政府"));
        assertFalse(UnitSplitter.isVague("区人民政府"));
    }
}
