package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitCanonicalizerTest {

    private static final UnitContext JIANGXI = UnitContext.of("江西省", "江西省", "province");
    private static final UnitContext XINYU = UnitContext.of("江西省", "新余市", "city");
    private static final UnitContext NANCHANG = UnitContext.of("江西省", "南昌市", "city");

    private static String c(String unit, UnitContext ctx) {
        return UnitCanonicalizer.canonicalize(unit, ctx);
    }

    @Test
    void provinceUnitsOfJiangxiPlan() {
        // corpus/jiangxi-cluster-upgrade-2025.txt
        List<String> written = UnitSplitter.splitUnits(
                "(责任单位:省国资委、省地方金融管理局、江西金融监管局、江西证监局、中国人民银行江西省分行、省工业和信息化厅)");
        assertEquals(List.of("江西省国有资产监督管理委员会", "江西省地方金融管理局", "江西金融监管局", "江西证监局",
                "中国人民银行江西省分行", "江西省工业和信息化厅"), UnitCanonicalizer.canonicalizeAll(written, JIANGXI));
        assertEquals("江西省工业和信息化厅", c("省工信厅", JIANGXI));
        assertEquals("江西省工业和信息化厅", c("省工业和信息化厅", JIANGXI));
        assertEquals("江西省发展和改革委员会", c("省发展改革委", JIANGXI));
        assertEquals("江西省科学技术厅", c("省科技厅", JIANGXI));
        assertEquals("江西省交通运输厅", c("省交通厅", JIANGXI));
        assertEquals("江西省市场监督管理局", c("省市场监管局", JIANGXI));
        assertEquals("江西省人力资源和社会保障厅", c("省人力资源和社会保障厅", JIANGXI));
        assertEquals("江西省政务服务管理办公室", c("省政务服务办", JIANGXI));
        assertEquals("江西省委组织部", c("省委组织部", JIANGXI));
        assertEquals("江西省委宣传部", c("省委宣传部", JIANGXI));
        assertEquals("江西省通信管理局", c("省通信管理局", JIANGXI));
        assertEquals("江西省科学院", c("省科学院", JIANGXI));
        assertEquals("江西省工业强省建设工作领导小组", c("省工业强省建设工作领导小组", JIANGXI));
        assertEquals("江西省工业和信息化厅", c("江西省工信厅", JIANGXI));
        assertEquals("江西省委组织部", c("中共江西省委组织部", JIANGXI));
    }

    @Test
    void cityUnitsOfXinyuPlan() {
        // corpus/xinyu-cluster-upgrade-2026-2028.txt
        assertEquals("新余市工业和信息化局", c("市工信局", XINYU));
        assertEquals("新余市发展和改革委员会", c("市发改委", XINYU));
        assertEquals("新余市发展和改革委员会", c("市发展改革委", XINYU));
        assertEquals("新余市商务局", c("市商务局", XINYU));
        assertEquals("新余市科学技术局", c("市科技局", XINYU));
        assertEquals("新余市工商业联合会", c("市工商联", XINYU));
        assertEquals("新余市数据局", c("市数据局", XINYU));
        assertEquals("新余市重点产业链牵头单位", c("市重点产业链牵头单位", XINYU));
        assertEquals("新余市各县(区)政府(管委会)", c("各县(区)政府(管委会)", XINYU));
        assertEquals("中国人民银行新余市分行", c("人行新余市分行", XINYU));
        assertEquals("江西省工业和信息化厅", c("省工信厅", XINYU));
        assertEquals("高新区", c("高新区", XINYU));
        assertEquals("分宜县", c("分宜县", XINYU));
        assertEquals("新余市工业和信息化局", c("工信局", XINYU));

        List<String> written = UnitSplitter.splitUnits("市工信局、市民政局,钢铁、锂电新能源、电子信息产业链牵头单位");
        assertEquals(List.of("新余市工业和信息化局", "新余市民政局", "钢铁、锂电新能源、电子信息产业链牵头单位"),
                UnitCanonicalizer.canonicalizeAll(written, XINYU));
    }

    @Test
    void cityUnitsOfNanchangPlan() {
        // corpus/nanchang-8810-action-plan-2023-2026.txt
        List<String> written = UnitSplitter.splitUnits(
                "〔责任单位:市新型 工业化推进工作领导小组办公室、市重点产业链链长制责任部门,各县(区)政府、开发区管委会,湾里管理局〕");
        assertEquals(List.of("南昌市新型工业化推进工作领导小组办公室", "南昌市重点产业链链长制责任部门", "南昌市各县(区)政府",
                "开发区管委会", "湾里管理局"), UnitCanonicalizer.canonicalizeAll(written, NANCHANG));
        assertEquals("南昌市委人才工作领导小组办公室", c("市委人才办", NANCHANG));
        assertEquals("南昌市地方金融管理局", c("市金融办", NANCHANG));
        assertEquals("南昌市应急管理局", c("市应急局", NANCHANG));
        assertEquals("南昌市自然资源和规划局", c("市自然资源和规划局", NANCHANG));
        assertEquals("南昌市中小企业局", c("市中小企业局", NANCHANG));
        assertEquals("南昌市农业农村局", c("市农业农村局", NANCHANG));
    }

    @Test
    void otherProvincesCitiesCounties() {
        UnitContext guangdong = UnitContext.of("广东省", "广东省", "province");
        assertEquals("广东省工业和信息化厅", c("省工信厅", guangdong));
        assertEquals("广东省人民政府办公厅", c("省政府办", guangdong));
        assertEquals("广州市工业和信息化局", c("广州市工信局", guangdong));
        assertEquals("广东省各地级以上市政府", c("各地级以上市政府", guangdong));

        UnitContext suzhou = UnitContext.of("江苏省", "苏州市", "city");
        assertEquals("苏州市人力资源和社会保障局", c("市人社局", suzhou));
        assertEquals("苏州市人民政府办公室", c("市政府办", suzhou));
        assertEquals("江苏省商务厅", c("省商务厅", suzhou));

        UnitContext county = UnitContext.of("江西省", "分宜县", "county");
        assertEquals("分宜县工业和信息化局", c("县工信局", county));
        assertEquals("分宜县人民政府", c("县政府", county));
        assertEquals("市工业和信息化局", c("市工信局", county)); // parent city unknown: prefix kept

        UnitContext kunshan = UnitContext.of("江苏省", "昆山市", "county"); // 县级市
        assertEquals("昆山市商务局", c("市商务局", kunshan));

        assertEquals("市工业和信息化局", c("市工信局", UnitContext.NONE));
        assertEquals("工业和信息化部", c("工业和信息化部", UnitContext.of(null, null, "national")));
    }

    @Test
    void aliasKeys() {
        Set<String> keys = UnitCanonicalizer.aliasKeys("新余市工业和信息化局");
        assertEquals("新余市工业和信息化局", keys.iterator().next());
        assertTrue(keys.containsAll(Set.of("新余市工信局", "新余工信局")), keys.toString());

        keys = UnitCanonicalizer.aliasKeys("江西省发展和改革委员会");
        assertTrue(keys.containsAll(Set.of("江西省发改委", "江西省发展改革委", "江西发改委")), keys.toString());

        keys = UnitCanonicalizer.aliasKeys("江西省委组织部");
        assertTrue(keys.contains("中共江西省委组织部"), keys.toString());

        keys = UnitCanonicalizer.aliasKeys("中国人民银行新余市分行");
        assertTrue(keys.contains("人行新余市分行"), keys.toString());

        assertEquals(Set.of("江西金融监管局"), UnitCanonicalizer.aliasKeys("江西金融监管局"));

        // every key canonicalizes back to the name it came from
        for (String name : List.of("新余市工业和信息化局", "江西省发展和改革委员会", "江西省委组织部", "中国人民银行新余市分行",
                "广西壮族自治区商务厅")) {
            for (String k : UnitCanonicalizer.aliasKeys(name)) {
                if (k.startsWith(name.substring(0, 3)) || k.startsWith("中共") || k.startsWith("人行")) {
                    assertEquals(name, c(k, UnitContext.NONE), k);
                }
            }
        }
    }

    @Test
    void 市InAMunicipalityOrOneOfItsDistrictsIsTheMunicipality() {
        // Chongqing (直辖市, province level): （责任单位：市经济信息委、市发展改革委…）; a Shanghai district plan's 市规划资源局
        assertEquals("重庆市经济和信息化委员会", c("市经济信息委", UnitContext.of("重庆市", "重庆市", "province")));
        assertEquals("上海市规划资源局", c("市规划资源局", UnitContext.of("上海市", "宝山区", "county")));
        assertEquals("宝山区经济委员会", c("区经委", UnitContext.of("上海市", "宝山区", "county")));
    }

    @Test
    void aBureausOwnBodiesAreNamedAfterIt() {
        // shanghai-baoshan-water-safety-production-2024, issued by 上海市宝山区水务局
        UnitContext baoshan = UnitContext.of("上海市", "宝山区", "county").withSelf("上海市宝山区水务局");
        assertEquals("宝山区水务局安委会", c("局安委会", baoshan));
        assertEquals("宝山区水务局属基层各单位", c("局属基层各单位", baoshan));
        assertEquals("宝山区财政局", c("区财政局", baoshan));
    }

    @Test
    void aDistrictBodyNamedWithItsMunicipalityIsTheSameBody() {
        // gold/duties.tsv names 上海市虹口区绿化和市容管理局; a 虹口区 plan writes 区绿化市容局
        java.util.Set<String> keys = UnitCanonicalizer.aliasKeys("上海市虹口区绿化和市容管理局");
        assertTrue(keys.contains("虹口区绿化和市容管理局"), keys.toString());
        assertTrue(keys.contains("虹口区绿化市容局"), keys.toString());
    }

    @Test
    void centralBodiesHaveTheirFullNameInAPlanOfAnyPlace() {
        // national-state-council: 国家发展改革委要加强统筹协调 / (工业和信息化部、住房城乡建设部等按职责分工负责)
        assertEquals("国家发展和改革委员会", c("国家发展改革委", UnitContext.NONE));
        assertEquals("住房和城乡建设部", c("住房城乡建设部", JIANGXI)); // no 江西省 before a ministry
        assertEquals("国家市场监督管理总局", c("市场监管总局", XINYU));
        assertEquals("新余市市场监督管理局", c("市市场监管局", XINYU)); // the city's bureau is another body
        assertTrue(UnitCanonicalizer.aliasKeys("国家发展和改革委员会").contains("国家发改委"));
    }
}
