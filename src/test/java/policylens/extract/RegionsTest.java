package policylens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        }
    }

    @Test
    void byName() {
        Region xinyu = Regions.byName("新余市").orElseThrow();
        assertEquals(new Region("新余市", "新余", "city", "江西省"), xinyu);
        assertEquals(xinyu, Regions.byName("新余").orElseThrow());
        assertEquals("江西省", Regions.provinceOf(xinyu).name());
        Region nanchang = Regions.byName("南昌").orElseThrow();
        assertEquals("南昌市", nanchang.name());
        assertEquals("江西省", nanchang.province());
        assertEquals(new Region("江西省", "江西", "province", "江西省"), Regions.byName("江西").orElseThrow());
        assertEquals("province", Regions.byName("江西省").orElseThrow().level());
        Region beijing = Regions.byName("北京市").orElseThrow();
        assertEquals(new Region("北京市", "北京", "province", "北京市"), beijing);
        assertEquals(beijing, Regions.provinceOf(beijing));
        Region yanbian = Regions.byName("延边").orElseThrow();
        assertEquals(new Region("延边朝鲜族自治州", "延边", "city", "吉林省"), yanbian);
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
    }
}
