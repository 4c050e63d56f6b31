package policylens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private static String name(Optional<Region> r) {
        return r.map(Region::name).orElse(null);
    }

    /** name, short name, level and province, the columns of the former prefecture-level gazetteer. */
    private static List<String> row(Region r) {
        return List.of(r.name(), r.shortName(), r.level(), r.province());
    }

    /** 上海市宝山区 / 双鸭山市宝山区: the county with its city (or its province under a 直辖市). */
    private static String where(Optional<Region> r) {
        return r.map(c -> (c.city().isEmpty() ? c.province() : c.city()) + c.name()).orElse(null);
    }

    @Test
    void counts() {
        long provinces = Regions.all().stream().filter(Region::isProvince).count();
        long cities = Regions.all().stream().filter(Region::isCity).count();
        assertEquals(34, provinces);
        assertTrue(cities >= 330, "cities: " + cities);
        assertEquals(333, cities);
        long prefs = Regions.all().stream().filter(r -> r.isCity() && r.name().endsWith("自治州")).count();
        assertEquals(30, prefs);
        Set<String> names = new HashSet<>();
        for (Region r : Regions.all()) {
            assertTrue(names.add(r.name()), "duplicate " + r.name());
            assertTrue(Regions.provinceOf(r).isProvince(), r.name());
            assertFalse(r.isCounty(), r.name());
        }
        // county level: 2,846 in the 2023 statistical division codes, development zones left out
        long counties = Regions.counties().size();
        assertTrue(counties >= 2800 && counties <= 2900, "counties: " + counties);
        for (Region c : Regions.counties()) {
            assertTrue(c.isCounty(), c.name());
            assertTrue(Regions.provinceOf(c).isProvince(), c.name());
            assertFalse(names.contains(c.name()), "county named like a province or city: " + c.name());
            assertTrue(c.city().isEmpty() || Regions.byName(c.city()).orElseThrow().isCity(), c.name());
        }
        assertTrue(Regions.counties().stream().noneMatch(c -> c.name().contains("开发区")));
    }

    @Test
    void counties() {
        Region kunshan = Regions.byName("昆山市").orElseThrow(); // a county-level city: one of its name
        assertEquals(List.of("昆山市", "昆山", "county", "江苏省"), row(kunshan));
        assertEquals("苏州市", kunshan.city());
        assertEquals("江苏省", Regions.provinceOf(kunshan).name());
        Region xinxing = Regions.byName("新兴县").orElseThrow();
        assertEquals("云浮市", xinxing.city());
        assertEquals("广东省", xinxing.province());
        assertEquals("", Regions.byName("静安区").orElseThrow().city()); // under a 直辖市
        assertEquals("上海市", Regions.byName("静安区").orElseThrow().province());
        assertEquals("石柱", Regions.byName("石柱土家族自治县").orElseThrow().shortName());
        assertEquals("城区", Regions.byFullName("城区").get(0).shortName());
        // shared names: every candidate by full name, none by byName
        List<String> baoshan = Regions.byFullName("宝山区").stream().map(r -> r.province() + r.city() + r.name()).toList();
        assertEquals(List.of("黑龙江省双鸭山市宝山区", "上海市宝山区"), baoshan); // code order
        assertTrue(Regions.byName("宝山区").isEmpty());
        assertEquals(2, Regions.byFullName("朝阳区").size());
        assertEquals(4, Regions.byFullName("鼓楼区").size());
        assertEquals(List.of("新余市"), Regions.byFullName("新余市").stream().map(Region::name).toList());
        assertTrue(Regions.byFullName("新余").isEmpty());
        assertTrue(Regions.byFullName(null).isEmpty());
    }

    @Test
    void resolveCounty() {
        assertEquals("上海市宝山区", where(Regions.resolveCounty("上海市宝山区", null)));
        assertEquals("双鸭山市宝山区", where(Regions.resolveCounty("黑龙江省双鸭山市宝山区", null)));
        assertEquals("上海市宝山区", where(Regions.resolveCounty("宝山区", "为推进上海科创中心建设,宝山区…")));
        assertEquals("双鸭山市宝山区", where(Regions.resolveCounty("宝山区", "双鸭山市宝山区人民政府")));
        assertTrue(Regions.resolveCounty("宝山区", null).isEmpty()); // two of them, nothing to tell
        assertTrue(Regions.resolveCounty("宝山区", "推进产业集群发展").isEmpty());
        assertTrue(Regions.resolveCounty("朝阳区", "北京市和长春市").isEmpty()); // a tie
        assertEquals("北京市朝阳区", where(Regions.resolveCounty("朝阳区", "北京市朝阳区,北京")));
        assertEquals("苏州市昆山市", where(Regions.resolveCounty("昆山市", null)));
        assertTrue(Regions.resolveCounty("苏州市", null).isEmpty());
        assertTrue(Regions.resolveCounty("江西省宝山区", null).isEmpty());
        assertTrue(Regions.resolveCounty("城区", null).isEmpty()); // a common noun needs a province or city
        assertEquals("阳泉市城区", where(Regions.resolveCounty("阳泉市城区", null)));
    }

    @Test
    void findCounty() {
        assertEquals("惠州市博罗县", where(Regions.findCounty("广东省惠州市博罗县数字经济实施方案", null)));
        assertEquals("惠州市博罗县", where(Regions.findCounty("博罗县数字经济实施方案", null)));
        assertEquals("新余市渝水区", where(Regions.findCounty("新余市渝水区产业集群培育行动方案", null)));
        assertEquals("上海市宝山区", where(Regions.findCounty("上海市宝山区人民政府办公室关于印发…的通知", null)));
        assertEquals("上海市宝山区", where(Regions.findCounty("上海宝山区：推进低效用地减量", null)));
        assertEquals("上海市宝山区", where(Regions.findCounty("宝山区低效产业用地处置方案", "上海市宝山区人民政府")));
        assertTrue(Regions.findCounty("宝山区低效产业用地处置方案", null).isEmpty());
        assertEquals("上海市静安区", where(Regions.findCounty("《静安区人工智能应用示范区建设方案》", null)));
        assertEquals("苏州市昆山市", where(Regions.findCounty("昆山市推进设备更新实施方案", null)));
        assertTrue(Regions.findCounty("朝阳区推进老旧小区改造方案", null).isEmpty());
        assertTrue(Regions.findCounty("新余市产业集群提能升级三年行动方案", null).isEmpty());
        assertTrue(Regions.findCounty("江西省产业集群提能升级实施方案", null).isEmpty());
        assertTrue(Regions.findCounty("城区更新三年行动方案", "阳泉市城区").isEmpty()); // a common noun, no prefix
        assertTrue(Regions.findCounty("昆山市场监督管理局", null).isEmpty());
        assertTrue(Regions.findCounty("关于印发博罗县方案的通知", null).isEmpty()); // not at the start
        assertTrue(Regions.findCounty("", null).isEmpty());
        assertTrue(Regions.findCounty(null, null).isEmpty());
    }

    @Test
    void byName() {
        Region xinyu = Regions.byName("新余市").orElseThrow();
        assertEquals(List.of("新余市", "新余", "city", "江西省"), row(xinyu));
        assertEquals("3605", xinyu.code());
        assertEquals(xinyu, Regions.byName("新余").orElseThrow());
        assertEquals("江西省", Regions.provinceOf(xinyu).name());
        Region nanchang = Regions.byName("南昌").orElseThrow();
        assertEquals("南昌市", nanchang.name());
        assertEquals("江西省", nanchang.province());
        assertEquals(List.of("江西省", "江西", "province", "江西省"), row(Regions.byName("江西").orElseThrow()));
        assertEquals("province", Regions.byName("江西省").orElseThrow().level());
        Region beijing = Regions.byName("北京市").orElseThrow();
        assertEquals(List.of("北京市", "北京", "province", "北京市"), row(beijing));
        assertEquals(beijing, Regions.provinceOf(beijing));
        Region yanbian = Regions.byName("延边").orElseThrow();
        assertEquals(List.of("延边朝鲜族自治州", "延边", "city", "吉林省"), row(yanbian));
        assertEquals("内蒙古自治区", Regions.byName("锡林郭勒盟").orElseThrow().province());
        assertEquals("黑龙江省", Regions.byName("大兴安岭地区").orElseThrow().province());
        assertEquals("香港特别行政区", Regions.byName("香港").orElseThrow().name());
        // shared short names go to the province; full names stay distinct
        assertEquals("吉林省", name(Regions.byName("吉林")));
        assertEquals("吉林省", Regions.byName("吉林市").orElseThrow().province());
        assertEquals("海南省", name(Regions.byName("海南")));
        assertEquals("青海省", Regions.byName("海南藏族自治州").orElseThrow().province());
        assertTrue(Regions.byName("市场监管局").isEmpty());
        assertTrue(Regions.byName("莱芜市").isEmpty()); // merged into 济南 in 2019
        assertTrue(Regions.byName("").isEmpty());
        assertTrue(Regions.byName(null).isEmpty());
    }

    @Test
    void find() {
        assertEquals("新余市", name(Regions.find("新余市产业集群提能升级三年行动方案")));
        assertEquals("江西省", name(Regions.find("江西省产业集群提能升级三年行动方案")));
        assertEquals("新余市", name(Regions.find("江西新余市:到2028年产业集群营业收入突破千亿")));
        assertEquals("新余市", name(Regions.find("江西省新余市关于…的通知")));
        assertEquals("新余市", name(Regions.find("江西新余：到2028年")));
        assertEquals("江西省", name(Regions.find("江西出台产业集群行动方案")));
        assertEquals("北京市", name(Regions.find("《北京市促进未来产业创新发展实施方案》")));
        assertEquals("大理白族自治州", name(Regions.find("云南大理：推进文旅融合")));
        assertEquals("吉林市", name(Regions.find("吉林省吉林市重点产业链实施方案")));
        assertEquals("延边朝鲜族自治州", name(Regions.find("延边朝鲜族自治州乡村振兴规划")));
        assertTrue(Regions.find("市场监管局关于开展专项行动的通知").isEmpty());
        assertTrue(Regions.find("中山大学附属医院").isEmpty());
        assertTrue(Regions.find("阿里巴巴集团").isEmpty());
        assertTrue(Regions.find("关于印发新余市方案的通知").isEmpty()); // not at the start
        assertTrue(Regions.find("").isEmpty());
        // counties are not what find gives: the city or province before one, or nothing
        assertEquals("新余市", name(Regions.find("新余市渝水区产业集群培育行动方案")));
        assertEquals("上海市", name(Regions.find("上海市宝山区人民政府办公室")));
        assertTrue(Regions.find("宝山区低效产业用地处置方案").isEmpty());
        assertTrue(Regions.find("昆山市推进设备更新实施方案").isEmpty());
    }

    @Test
    void mentions() {
        List<String> m = Regions.mentions("江西省人民政府办公厅：新余市、南昌市和延边朝鲜族自治州，新余市")
                .stream().map(Region::name).toList();
        assertEquals(List.of("江西省", "新余市", "南昌市", "延边朝鲜族自治州", "新余市"), m);
        assertTrue(Regions.mentions("市场监管局、市场主体、城市更新").isEmpty());
        assertTrue(Regions.mentions("南京市场监管").isEmpty());
        assertTrue(Regions.mentions("江西新余产业").isEmpty()); // short names are not mentions
        assertEquals(List.of("北京市", "天津市"),
                Regions.mentions("北京市市场监督管理局与天津市").stream().map(Region::name).toList());
        assertEquals(List.of("上海市"), Regions.mentions("上海市宝山区、昆山市").stream().map(Region::name).toList());
    }

    @Test
    void aCityOrCountyAsPlansWriteItIsADivisionName() {
        assertTrue(Regions.isDivisionName("东方市"));
        assertTrue(Regions.isDivisionName("奉贤区"));
        assertTrue(Regions.isDivisionName("乐东县")); // 乐东黎族自治县
        assertTrue(!Regions.isDivisionName("全市"));
        assertTrue(!Regions.isDivisionName("中心城区"));
    }
}
