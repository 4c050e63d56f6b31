package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {
    private static Quantity only(String text) {
        List<Quantity> all = Quantities.findAll(text);
        assertEquals(1, all.size(), () -> text + " → " + all);
        return all.get(0);
    }

    @Test
    void foldsMultipliersIntoMoneyInYuan() {
        assertEquals(2.0e11, only("力争全市集群规模突破2000亿元").value());
        assertEquals("元", only("力争全市集群规模突破2000亿元").unit());
        assertEquals(5.0e12, only("规模突破5万亿元").value());
        assertEquals(5.0e7, only("年营收5千万元以上工业企业").value());
        assertEquals(1.7197e10, only("年度计划投资171.97亿元").value(), 1);
        Quantity usd = only("募集资金500万美元");
        assertEquals(5.0e6, usd.value());
        assertEquals("美元", usd.unit());
    }

    @Test
    void keepsMeasureWordsAsUnits() {
        assertEquals("家", only("专精特新中小企业达到330家").unit());
        assertEquals(330, only("专精特新中小企业达到330家").value());
        Quantity phones = only("整机出货量1.2亿部");
        assertEquals(1.2e8, phones.value(), 1e-3);
        assertEquals("部", phones.unit());
        assertEquals("GWh", only("规划产能超过200GWh").unit());
        assertEquals("人次", only("每年培训不少于200人次").unit());
    }

    @Test
    void readsRangesAndPercentages() {
        Quantity range = only("打造1-2个过千亿元集群的1-2个".substring(0, 6));
        assertEquals(1, range.value());
        assertEquals(2.0, range.valueMax());
        assertEquals(2.0, only("积极创建1—2家省级中心").valueMax());
        Quantity pct = only("集群内高新技术企业研发投入占比达3%以上");
        assertEquals(3, pct.value());
        assertEquals("%", pct.unit());
        assertNull(pct.valueMax());
        assertEquals(10, only("研发投入增长百分之十").value());
        assertEquals(35, only("L6级以上企业占比超35%").value());
    }

    @Test
    void readsChineseNumerals() {
        assertEquals(3, Quantities.parseNumber("三").getAsDouble());
        assertEquals(15, Quantities.parseNumber("十五").getAsDouble());
        assertEquals(2, Quantities.parseNumber("两").getAsDouble());
        assertEquals(500, Quantities.parseNumber("五百").getAsDouble());
        assertEquals(1200, Quantities.parseNumber("一千二百").getAsDouble());
        assertEquals(2026, Quantities.parseNumber("二〇二六").getAsDouble());
        assertEquals(1, only("组建一个以上人才培养载体").value());
        assertTrue(Quantities.parseNumber("一批").isEmpty());
        assertTrue(Quantities.findAll("强化整车、整机与材料、零部件协同").isEmpty());
    }

    @Test
    void theCheapStartTestHoldsWhereverAQuantityStarts() throws java.io.IOException {
        // mayStartAt only skips positions where the pattern cannot match: checked on every corpus line
        for (java.nio.file.Path file : java.nio.file.Files.list(java.nio.file.Path.of("corpus")).sorted().toList()) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                java.util.regex.Matcher m = Quantities.QUANTITY.matcher(line);
                for (int p = 0; p < line.length(); p++) {
                    m.region(p, line.length());
                    if (m.lookingAt()) {
                        assertTrue(Quantities.mayStartAt(line, p), m.group() + " in " + file);
                    }
                }
            }
        }
    }

    @Test
    void theRememberingStartTestAnswersAsTheCheapOneAtEveryPosition() throws java.io.IOException {
        // asked at rising positions, as the anchored search asks it: 2026年, 1.5万—2万个, 一二三, 二〇二六年
        for (java.nio.file.Path file : java.nio.file.Files.list(java.nio.file.Path.of("corpus")).sorted().toList()) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                Quantities.StartTest test = new Quantities.StartTest(line);
                for (int p = 0; p < line.length(); p++) {
                    if ("0123456789零〇一二两三四五六七八九十百千".indexOf(line.charAt(p)) >= 0) {
                        assertEquals(Quantities.mayStartAt(line, p), test.test(p), "at " + p + " of " + line);
                    }
                }
            }
        }
    }

    @Test
    void readsLandBuildingsVolumesAndPlantings() {
        Quantity parcels = only("完成违法用地整治30宗");
        assertEquals(30, parcels.value());
        assertEquals("宗", parcels.unit());
        assertEquals(20000, only("新增造林2万公顷").value());
        assertEquals("公顷", only("新增造林2万公顷").unit());
        assertEquals("立方米", only("清淤疏浚50万立方米").unit());
        assertEquals("栋", only("改造老旧厂房12栋").unit());
        assertEquals("株", only("种植乔木1000株").unit());
        // 立方米 is read whole, not as 米
        assertEquals(500000, only("清淤疏浚50万立方米").value());
    }

    @Test
    void aRangeWhoseEndsEachCarryAMultiplier() {
        Quantity q = Quantities.findAll("新建充电桩1.5万—2万个").get(0);
        assertEquals(15000, q.value());
        assertEquals(20000, q.valueMax());
        assertEquals("个", q.unit());
        Quantity one = Quantities.findAll("新建充电桩1万-3个").get(0);
        assertEquals(10000, one.value(), "each end its own: 1万 and 3");
    }

    @Test
    void visitsAreCountedInTheirOwnWordAndConcentrationsAndComputingPowerAreMeasures() {
        // 开展入户宣传不少于5万户次: 户次, not 户 and a stray 次 (批次 stays out: 批 after a number is mostly 一批, "a number of")
        assertEquals("户次", only("开展入户宣传不少于5万户次").unit());
        assertEquals(50000, only("开展入户宣传不少于5万户次").value());
        // PM2.5年均浓度控制在30微克/立方米以下: a concentration (and PM2.5 names the particles, no quantity)
        assertEquals("微克/立方米", only("PM2.5年均浓度控制在30微克/立方米以下").unit());
        // 全市智能算力规模达到5000PFlops: computing power
        assertEquals("PFlops", only("全市智能算力规模达到5000PFlops").unit());
        assertEquals("EFlops", only("算力总规模超过10EFLOPS").unit());
    }
}
