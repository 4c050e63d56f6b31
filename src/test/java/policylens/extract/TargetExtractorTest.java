package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetExtractorTest {
    private static final DocContext PLAN = new DocContext(2026, "2026-01-09", new Meta.Period(2026, 2028), true);
    private static final DocContext NEWS = new DocContext(2024, null, null, false);
    private final TargetExtractor extractor = new TargetExtractor();

    @Test
    void givesOneTargetPerItemOfAList() {
        List<Target> t = extractor.extract(
                "实施专精特新中小企业提质工程,系统推进中小企业梯度培育,到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。",
                PLAN, "2.7");
        assertEquals(2, t.size());
        assertEquals("专精特新中小企业", t.get(0).metric());
        assertEquals(330, t.get(0).value());
        assertEquals("家", t.get(0).unit());
        assertEquals("eq", t.get(0).comparator());
        assertEquals("2028", t.get(0).deadline());
        assertEquals(15, t.get(1).value());
        assertTrue(t.get(1).metric().contains("小巨人"));
    }

    @Test
    void readsComparatorsAndRecurrence() {
        List<Target> t = extractor.extract("2026-2028年,每年引进20个以上集群引领性项目(单个项目投资不低于5亿元)。", PLAN, "A2.12");
        assertEquals(2, t.size());
        assertEquals("gte", t.get(0).comparator());
        assertEquals("yearly", t.get(0).recurring());
        assertEquals("集群引领性项目", t.get(0).metric());
        assertEquals("2028", t.get(0).deadline());
        assertEquals(5e8, t.get(1).value());
        assertEquals("gte", t.get(1).comparator());
        List<Target> both = extractor.extract("全省集群营业收入年均增长10%左右、规模突破5万亿元", PLAN, null);
        Target approx = both.get(0);
        assertEquals("approx", approx.comparator());
        assertEquals("yearly", approx.recurring());
        assertNull(both.get(1).recurring()); // the total does not recur
        assertEquals("yearly", extractor.extract("每年新建省级智能工厂50家、数字化车间100个", PLAN, null).get(1).recurring());
        Target gt = extractor.extract("力争3年内L6级以上企业占比超35%", PLAN, null).get(0);
        assertEquals("gt", gt.comparator());
        assertEquals("2028", gt.deadline());
        assertEquals("range", extractor.extract("到2028年,形成1-2个垂直领域行业模型", PLAN, null).get(0).comparator());
    }

    @Test
    void takesTheNounAfterACountAsItsMetric() {
        Target t = extractor.extract("依托重点产业链,培育1个千亿级产业集群(先进钢铁材料及应用集群)", PLAN, null).get(0);
        assertEquals("千亿级产业集群", t.metric());
        assertEquals(1, t.value());
    }

    @Test
    void leavesOutPastFactsDescriptorsRatiosAndSlogans() {
        assertTrue(extractor.extract("去年,钢铁、锂电产业分别实现营业收入797亿元、485亿元,占规上工业比重分别达46.7%、28.4%。", NEWS, null).isEmpty());
        assertTrue(extractor.extract("营收从2017年的300亿元增长到2022年的1500亿元,增长了4倍,年均增速达38%。",
                new DocContext(2023, "2023-07-14", new Meta.Period(2023, 2026), false), null).isEmpty());
        List<Target> t = extractor.extract("每年梳理至少50个投资500万元以上工业技改项目纳入省工业重大项目管理服务平台", PLAN, null);
        assertEquals(1, t.size());
        assertEquals(50, t.get(0).value());
        assertTrue(extractor.extract("所需资金由市本级与受益县(区)按照3:7比例予以分担", PLAN, null).isEmpty());
        assertTrue(extractor.extract("形成“1221X”多层次、高质量的产业集群发展体系", PLAN, null).isEmpty());
        assertTrue(extractor.extract("(电子信息、航空、汽车及装备、新能源4个新兴产业)", PLAN, null).isEmpty());
        assertTrue(extractor.extract("打造一批国内乃至世界一流企业", PLAN, null).isEmpty());
        assertTrue(extractor.extract("这次行动计划将锂电新能源列为12个重点发展的产业之一", NEWS, null).isEmpty());
    }

    @Test
    void newsTextNeedsAForwardLookingSentence() {
        List<Target> t = extractor.extract("力争今年研发投入强度达1.65%、规上工业企业有研发活动占比达22%以上,培育高新技术企业45家、高成长性企业6家以上。",
                NEWS, null);
        assertEquals(4, t.size());
        assertEquals("2024", t.get(0).deadline());
        assertEquals("gte", t.get(3).comparator());
        assertTrue(extractor.extract("有51家企业被认定为2023年度省级专精特新中小企业", NEWS, null).isEmpty());
    }

    @Test
    void aYearInParenthesesAfterTheTargetIsItsDeadline() {
        List<Target> t = extractor.extract("培育20个省级先进集群及10个过千亿元集群(2028年)、30个500亿元集群(2028年)",
                new DocContext(2025, "2025-08-28", null, true), null);
        assertEquals(3, t.size());
        assertNull(t.get(0).deadline());
        assertEquals("2028", t.get(1).deadline());
        assertEquals("500亿元集群", t.get(2).metric());
    }

    @Test
    void leavesOutSubsidyCapsAndMoneyDescribingWhatIsCounted() {
        assertTrue(extractor.extract("对新认定的企业给予奖励,单个企业最高不超过100万元。", PLAN, null).isEmpty());
        List<Target> t = extractor.extract("培育营业收入超百亿元企业5家以上", PLAN, null);
        assertEquals(1, t.size());
        assertEquals(5, t.get(0).value());
        assertEquals("gte", t.get(0).comparator());
    }

    @Test
    void countsChainsOnlyWhenCommittedToANumber() {
        assertEquals(3, extractor.extract("每年遴选不少于3条产业链开展链式改造", PLAN, null).get(0).value());
        assertTrue(extractor.extract("推动电子信息、航空等8条重点产业链现代化水平全面提升", PLAN, null).isEmpty());
    }

    @Test
    void keepsAParenthesisInsideTheMetric() {
        Target t = extractor.extract("新增省级以上数字化转型示范企业(项目)不少于8个", PLAN, null).get(0);
        assertEquals("省级以上数字化转型示范企业(项目)", t.metric());
    }

    @Test
    void findsTheMetricBehindAdjectivesAListOrAGenericWord() {
        // nanchang-8810: the noun after the last 的 of the clause
        Target eight = extractor.extract("打造VR、光电及通信、针纺8个优势明显、集中度高、关联性强、有竞争力的标志性产业集群", PLAN, null).get(0);
        assertEquals("标志性产业集群", eight.metric());
        // xinyu (九): two counts joined by 和
        List<Target> two = extractor.extract("到2028年,形成1-2个垂直领域行业模型和10个左右示范引领典型应用场景", PLAN, null);
        assertEquals("垂直领域行业模型", two.get(0).metric());
        assertEquals("示范引领典型应用场景", two.get(1).metric());
        // jiangxi-cluster: 规模 is the 营业收入's
        Target scale = extractor.extract("全省集群营业收入年均增长10%左右、规模突破5万亿元", PLAN, null).get(1);
        assertEquals("全省集群营业收入规模", scale.metric());
    }

    private static final DocContext SUZHOU = new DocContext(2024, "2024-05-18", null, true);
    private static final DocContext NATIONAL = new DocContext(2024, "2024-05-23", new Meta.Period(2024, 2025), true);

    @Test
    void aComparatorBeforeAListAppliesToEachItem() {
        // Suzhou: 数字化研发设计工具普及率、重点企业关键工序数控化率分别超过95%、80%
        List<Target> t = extractor.extract("到2027年数字化研发设计工具普及率、重点企业关键工序数控化率分别超过95%、80%。", SUZHOU, "1");
        assertEquals(2, t.size());
        assertEquals("gt", t.get(0).comparator());
        assertEquals("gt", t.get(1).comparator());
        assertEquals("数字化研发设计工具普及率", t.get(0).metric());
        assertEquals("重点企业关键工序数控化率", t.get(1).metric());
        assertEquals("gt", extractor.extract("规范化完善综合分拣中心超7个以上。", SUZHOU, "1").get(0).comparator());
    }

    @Test
    void theMetricOfAChangeKeepsItsBaseline() {
        // national plan: 城市供热管网热损失较2020年降低2个百分点左右
        Target t = extractor.extract("到2025年底，城市供热管网热损失较2020年降低2个百分点左右。", NATIONAL, "1").get(0);
        assertEquals("城市供热管网热损失较2020年降低", t.metric());
        assertEquals("个百分点", t.unit());
        assertEquals("approx", t.comparator());
        assertEquals("2025-12", t.deadline());
    }

    @Test
    void measureWordsThatStartWithAMultiplierAndRatiosAndPercentRanges() {
        Target kw = extractor.extract("单个项目放电总功率不低于500千瓦。", SUZHOU, "1").get(0);
        assertEquals(500, kw.value());
        assertEquals("千瓦", kw.unit());
        Target ratio = extractor.extract("到2027年新能源车桩比达到1.9:1。", SUZHOU, "1").get(0);
        assertEquals(1.9, ratio.value());
        assertEquals(":1", ratio.unit());
        Target range = extractor.extract("各地区需求响应能力一般应达到最大用电负荷的3%—5%。", NATIONAL, "1").get(0);
        assertEquals(3, range.value());
        assertEquals(5.0, range.valueMax());
        assertEquals("range", range.comparator());
    }

    @Test
    void aNumberInATableCellTakesItsIndicatorFromTheCellBefore() {
        // Guangzhou 附件1: "签约居民续约率\t较上一年增加,力争2023年达到80%"
        Target t = extractor.extract("签约居民续约率\t较上一年增加,力争2023年达到80%", new DocContext(2023, "2023-10-19", null, true), "A1").get(0);
        assertEquals("签约居民续约率", t.metric());
        assertEquals(80, t.value());
    }

    @Test
    void formulasQualifiersAndCountsOfAListAreNotTargets() {
        DocContext gz = new DocContext(2023, "2023-10-19", null, true);
        // Guangzhou 附件1: a rate's definition; Baoshan: a premium that qualifies; Guangzhou: 等6类 sums up a list
        assertTrue(extractor.extract("家庭医生签约服务覆盖率=签约居民人数/辖区内常住人口数*100%", gz, "A1").isEmpty());
        assertTrue(extractor.extract("对土地增值收益溢价超过20%的，按规定收取。", gz, "1").isEmpty());
        assertTrue(extractor.extract("落实低保、孤儿以及计生特别扶助家庭等6类困难群体免费签约基本包政策。", gz, "1").isEmpty());
        // but a rate whose 的 leads to what grows stays one
        assertEquals(1, extractor.extract("实现年均9%左右的规模以上工业营业收入增长目标。", gz, "1").size());
        assertEquals("gte", extractor.extract("签约高血压患者血压控制率 ≥50%", gz, "A1").get(0).comparator());
        // a share that is to do something, and the size of a fund, are targets; a subsidy per item is not
        assertEquals(1, extractor.extract("到2025年，100%的社区卫生服务中心和镇卫生院完成中医馆设置。", gz, "1").size());
        assertEquals(2e7, extractor.extract("每年奖补资金总额不超过2000万元。", gz, "1").get(0).value());
        assertTrue(extractor.extract("对单个项目最高奖补500万元。", gz, "1").isEmpty());
    }

    @Test
    void theMetricOfCountsJoinedBy和AndOfANounWithAnAside() {
        DocContext cq = new DocContext(2024, "2024-10-30", null, true);
        // Chongqing: 打造国家级双向充放电示范项目5个和双向充放电项目100个以上
        List<Target> t = extractor.extract("到2025年，打造国家级双向充放电示范项目5个和双向充放电项目100个以上。", cq, "1");
        assertEquals("国家级双向充放电示范项目", t.get(0).metric());
        // Suzhou: 4家绿色工业园区和80家（近）零碳工厂
        List<Target> s = extractor.extract("新建4家绿色工业园区和80家（近）零碳工厂。", cq, "1");
        assertEquals("（近）零碳工厂", s.get(1).metric());
    }

    @Test
    void aComparatorBeforeTheFirstItemOfAListAppliesToTheOthersAndStandardsAreTargets() {
        DocContext ctx = new DocContext(2024, "2024-05-01", null, true);
        List<Target> t = extractor.extract("到2027年，培育不少于30家省级专精特新企业、50家市级专精特新企业。", ctx, "1");
        assertEquals("gte", t.get(0).comparator());
        assertEquals("gte", t.get(1).comparator());
        Target flood = extractor.extract("城区防洪标准达到50年一遇。", ctx, "1").get(0);
        assertEquals(50, flood.value());
        assertEquals("年一遇", flood.unit());
        assertTrue(extractor.extract("深入实施百千万人才工程。", ctx, "1").isEmpty(), "a programme's name");
    }

    @Test
    void ratesOfAnAmountWhatIsAllowedAndQualifyingConditionsAreNotTargets() {
        DocContext sc = new DocContext(2026, "2026-02-09", null, true);
        // Sichuan: a subsidy rate; a product's price limit in brackets; Baoshan: what may be transferred
        assertTrue(extractor.extract("对智改数转类项目按照不超过项目设备投资额的20%给予支持。", sc, "1").isEmpty());
        assertTrue(extractor.extract("对个人消费者购买手机等4类产品(单件销售价格不超过6000元)给予补贴。", sc, "1").isEmpty());
        assertTrue(extractor.extract("除生活配套设施以外的物业可转让不超过50%。", sc, "1").isEmpty());
        // a threshold units must meet stays a target: (单个项目投资不低于5亿元)
        assertEquals(5e8, extractor.extract("每年引进20个以上集群引领性项目(单个项目投资不低于5亿元)。", sc, "1").get(1).value());
    }

    @Test
    void aCountOfTimesFollowedByWhatIsDoneIsATarget() {
        // Baoshan water: 党政主要负责人每季度至少召开1次会议
        Target t = extractor.extract("党政主要负责人每季度至少召开1次会议，研究部署安全生产工作。",
                new DocContext(2024, "2024-04-01", null, true), "1").get(0);
        assertEquals(1, t.value());
        assertEquals("次", t.unit());
        assertEquals("gte", t.comparator());
        assertEquals("quarterly", t.recurring());
    }

    @Test
    void theSubjectsOfA分别ListAreCountedWithoutTheBaselineYear() {
        // national plan: …人均综合能耗分别较2020年降低5%、7%、6%; 能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右
        List<Target> t = extractor.extract("到2025年，公共机构单位建筑面积能耗、单位建筑面积碳排放、人均综合能耗分别较2020年降低5%、7%、6%。",
                NATIONAL, "1");
        assertEquals(List.of("公共机构单位建筑面积能耗较2020年降低", "单位建筑面积碳排放较2020年降低", "人均综合能耗较2020年降低"),
                t.stream().map(Target::metric).toList());
        List<Target> two = extractor.extract("到2025年，单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右。", NATIONAL, "1");
        assertEquals("二氧化碳排放降低", two.get(1).metric());
    }

    @Test
    void aGenericHeadTakesTheSubjectOfTheClauseBefore() {
        // Yunnan: 至2027年底，全省乡村直流公共充电设施更加完善，总数达到2万枪
        Target t = extractor.extract("至2027年底，全省乡村直流公共充电设施更加完善，总数达到2万枪。", NATIONAL, "1").get(0);
        assertEquals("全省乡村直流公共充电设施总数", t.metric());
        assertEquals("2027-12", t.deadline());
    }

    @Test
    void aShareOfThingsThatAreToDoSomethingIsATargetWithoutDe() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        List<Target> t = extractor.extract("到2027年底，全国80%以上钢铁产能完成超低排放改造。", PLAN, "1");
        assertEquals(1, t.size(), t.toString());
        assertEquals(80, t.get(0).value());
        assertEquals("gte", t.get(0).comparator());
        assertEquals("钢铁产能完成超低排放改造", t.get(0).metric());
        t = extractor.extract("各地区完成60%以上重点用能单位节能监察。", PLAN, "1");
        assertEquals("重点用能单位节能监察", t.get(0).metric());
        // yunnan-province-ev-charging-capacity-doubling-plan-2026
        t = extractor.extract("新建居住区固定车位100%配建或预留充电设施安装条件。", PLAN, "1");
        assertEquals(100, t.get(0).value());
        // a share of a fee or an amount is a rate, not a share of things
        assertTrue(extractor.extract("原则上将年签约服务费的80%用于参与家庭医生签约服务人员的薪酬分配。", PLAN, "1").isEmpty());
    }

    @Test
    void aFundSetUpOrACapacityProvidedIsATarget() {
        // xinyu-industrial-city-report-2024
        List<Target> t = extractor.extract("各县区设立1亿元专项资金。", PLAN, "1");
        assertEquals(1e8, t.get(0).value());
        assertEquals("专项资金", t.get(0).metric());
        // chongqing-v2g-vehicle-grid-integration-work-plan-2024
        t = extractor.extract("力争为电力系统提供10万千瓦级的双向灵活调节能力。", PLAN, "1");
        assertEquals(1e5, t.get(0).value());
        assertEquals("千瓦", t.get(0).unit());
        assertEquals("双向灵活调节能力", t.get(0).metric());
    }

    @Test
    void namesWhatAShareOrAFrequencyIsAbout() {
        // guangdong-guangzhou-family-doctor-contract-service-plan-2023
        List<Target> t = extractor.extract("探索在10%的社区卫生服务站设置中医阁。", PLAN, "1");
        assertEquals("探索在社区卫生服务站设置中医阁", t.get(0).metric());
        t = extractor.extract("家庭医生应每季度至少主动联系1次签约居民。", PLAN, "1");
        assertEquals("家庭医生主动联系签约居民", t.get(0).metric());
        // chongqing-v2g-vehicle-grid-integration-work-plan-2024
        t = extractor.extract("力争全年充电电量60%以上集中在低谷时段。", PLAN, "1");
        assertEquals("充电电量集中在低谷时段", t.get(0).metric());
    }

    @Test
    void aLaterItemOfAListAndAVerbOnlyClauseHaveTheirOwnMetric() {
        // chongqing-v2g-vehicle-grid-integration-work-plan-2024
        List<Target> t = extractor.extract("到2027年，打造国家级双向充放电示范项目5个和双向充放电项目100个以上。", PLAN, "1");
        assertEquals("双向充放电项目", t.get(1).metric());
        // shanghai-hongkou-waste-sorting-2018
        // jiangxi-1269-press-conference-2023: "the goal" names nothing of its own
        t = extractor.extract("到2027年，锂电产业营收超过3500亿元、力争4500亿元的目标。", PLAN, "1");
        assertEquals("锂电产业营收", t.get(1).metric());
        t = extractor.extract("三是完成新增垃圾分类绿色账户居住区172个，累计达到682个。", PLAN, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals(t.get(0).metric() + "累计", t.get(1).metric());
    }

    @Test
    void mustNotBeBelowIsAFloor() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        assertEquals("gte", extractor.extract("新上高耗能项目的非化石能源消费比例不得低于20%。", PLAN, "1").get(0).comparator());
        assertEquals("lte", extractor.extract("每年新增用地不得超过300亩。", PLAN, "1").get(0).comparator());
        assertEquals("lt", extractor.extract("综合能耗应低于0.5吨标准煤。", PLAN, "1").get(0).comparator());
    }

    @Test
    void aListInsideAnAsideIsNoEnumerationCount() {
        // yunnan-province-ev-charging-capacity-doubling-plan-2026
        List<Target> t = extractor.extract("鼓励具备条件的县（市、区）建设1—2个“光储充放”乡村服务站。", PLAN, "1");
        assertEquals(1, t.size(), t.toString());
        assertEquals(2, t.get(0).valueMax());
    }

    @Test
    void aThresholdWithARateIsNoTarget() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        assertTrue(extractor.extract("基本淘汰35蒸吨/小时及以下燃煤锅炉及各类燃煤设施。", PLAN, "1").isEmpty());
        // shanghai-baoshan-inefficient-industrial-land-2021: a definition of low-yield land
        assertTrue(extractor.extract("亩产税收低于5万元/亩的工业项目用地纳入处置范围。", PLAN, "1").isEmpty());
        assertEquals(1, extractor.extract("到2027年，超过80%的规上企业完成数字化改造。", PLAN, "1").size());
        assertTrue(extractor.extract("按照相关行业和产品设备能效前5%、前20%、前80%水平，分类确定改造目标。", PLAN, "1").isEmpty());
    }

    @Test
    void subjectsOfARespectiveListShareTheLastOnesMeasure() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        List<Target> t = extractor.extract("到2027年，工业锅炉、电站锅炉平均运行热效率分别提高5个百分点以上。", PLAN, "1");
        assertEquals("工业锅炉平均运行热效率提高", t.get(0).metric());
        t = extractor.extract("到2027年，家用制冷设备、通用照明设备中的高效节能产品占比分别达到40%、60%。", PLAN, "1");
        assertEquals("家用制冷设备中的高效节能产品占比", t.get(0).metric());
        assertEquals("通用照明设备中的高效节能产品占比", t.get(1).metric());
    }

    @Test
    void aLaterResultOfASubjectKeepsTheSubject() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        List<Target> t = extractor.extract("2026—2027年，石化化工行业节能降碳改造形成节能量约4000万吨标准煤、减排二氧化碳约1.1亿吨。", PLAN, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals("石化化工行业节能降碳改造减排二氧化碳", t.get(1).metric());
    }

    @Test
    void whatThereIsNowAndADescribedProjectAreNoTargets() {
        // shanghai-hongkou-waste-sorting-2018: the 510 there are now is the baseline of the 172 to add
        List<Target> t = extractor.extract("在现有510个垃圾分类绿色账户居住区开展湿垃圾定时定点投放的基础上，完成新增绿色账户居住区172个。", PLAN, "1");
        assertEquals(List.of(172.0), t.stream().map(Target::value).toList());
        // jiangsu-suzhou-equipment-renewal-trade-in-plan-2024: the capacity of a named project describes it
        assertTrue(extractor.extract("加快推进730万千瓦“先立后改”支撑性电源项目建设。", PLAN, "1").isEmpty());
    }

    @Test
    void anAmountWithNoNounIsTheFundSetUpBeforeIt() {
        // xinyu-cluster-upgrade-2026-2028 附件2
        List<Target> t = extractor.extract("市、县(区)两级分别设立集群发展专项资金,重点用于支持集群企业提档升级、绿色发展等,每年安排3亿元。", PLAN, "1");
        assertEquals("集群发展专项资金每年安排", t.get(0).metric());
        assertEquals("yearly", t.get(0).recurring());
    }

    @Test
    void twoMeasuresOfOneThingShareItsMetric() {
        // jiangsu-suzhou-equipment-renewal-trade-in-plan-2024
        List<Target> t = extractor.extract("到2027年累计完成改造煤电机组规模16台980万千瓦以上。", PLAN, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals("改造煤电机组规模", t.get(0).metric());
        assertEquals("改造煤电机组规模", t.get(1).metric());
    }

    @Test
    void aBaselineYearDoesNotPutASentenceInThePast() {
        DocContext national = new DocContext(2024, "2024-05-23", new Meta.Period(2024, 2025), true);
        List<Target> minimal = extractor.extract("与2023年相比，单位产值能耗降低5%。", national, "1");
        assertEquals(1, minimal.size(), minimal.toString());
        List<Target> t = extractor.extract("到2025年底，钢铁行业能效标杆水平以上产能占比达到30%；与2023年相比，吨钢综合能耗降低2%左右，"
                + "余热余压余能自发电率提高3个百分点以上。", national, "1");
        assertEquals(3, t.size(), t.toString());
        assertEquals("approx", t.get(1).comparator());
        assertEquals("2025-12", t.get(1).deadline());
        assertEquals("个百分点", t.get(2).unit());
        // a year of the past that is no baseline still is
        assertTrue(extractor.extract("2022年全市单位产值能耗降低5%。", national, "1").isEmpty());
    }

    @Test
    void aRunningTotalUnderADueDateOfAPlanIsATarget() {
        DocContext hongkou = new DocContext(2018, "2018-06-24", new Meta.Period(2018, 2020), true);
        List<Target> minimal = extractor.extract("2020年，全区累计完成改造100个。", hongkou, "1");
        assertEquals(1, minimal.size(), minimal.toString());
        assertEquals("2020", minimal.get(0).deadline());
        List<Target> t = extractor.extract("2020年,一是全区单位生活垃圾强制分类基本实现全覆盖;四是全区累计完成定时定点垃圾房改造942个;"
                + "五是全区新建101个“两网融合”服务点位,2个“两网融合”中转站。", hongkou, "1");
        assertEquals(3, t.size(), t.toString());
        assertEquals(942, t.get(0).value());
        assertEquals("2020", t.get(0).deadline());
        // a news text reports what has been done; so does a plan without a due date, or with a past year
        assertTrue(extractor.extract("全区累计完成改造100个。", hongkou, "1").isEmpty());
        assertTrue(extractor.extract("2017年，全区累计完成改造100个。", hongkou, "1").isEmpty());
        assertTrue(extractor.extract("今年以来，全市累计完成投资200亿元。", NEWS, "1").isEmpty());
    }

    @Test
    void aCapacityThatEndsItsClauseIsATargetAndEndsTheNounBeforeIt() {
        List<Target> t = extractor.extract("到2027年累计完成改造煤电机组规模16台980万千瓦以上。累计完成淘汰落后17台煤电机组产能36.5万千瓦。",
                new DocContext(2024, "2024-05-18", null, true), "1");
        assertEquals(4, t.size(), t.toString());
        assertEquals(17, t.get(2).value());
        assertEquals("煤电机组产能", t.get(2).metric());
        assertEquals(365000, t.get(3).value());
        assertEquals("千瓦", t.get(3).unit());
        assertEquals("2027", t.get(3).deadline());
        // a capacity before the noun it describes is none
        assertTrue(extractor.extract("建成年产3.5万吨锂盐项目", PLAN, "1").isEmpty());
    }

    @Test
    void aCountOfTheNamesListedBeforeItThatAreToAchieveSomethingIsATarget() {
        DocContext hongkou = new DocContext(2018, "2018-06-24", new Meta.Period(2018, 2020), true);
        List<Target> minimal = extractor.extract("甲、乙、丙3个街道完成创建。", hongkou, "1");
        assertEquals(1, minimal.size(), minimal.toString());
        List<Target> t = extractor.extract("2018年,一是全面实行“四分类”投放,欧阳、凉城、曲阳、广中4个街道率先完成居住区垃圾分类整区域全覆盖,"
                + "其余街道完成未推行垃圾分类居住区50%的指标。", hongkou, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals(4, t.get(0).value());
        assertTrue(t.get(0).metric().contains("率先完成居住区垃圾分类整区域全覆盖"), t.get(0).metric());
        List<Target> chinese = extractor.extract("2019年,一是北外滩、川北、嘉兴、江湾镇四个街道完成居住区垃圾分类整区域覆盖。", hongkou, "1");
        assertEquals(1, chinese.size(), chinese.toString());
        assertEquals("2019", chinese.get(0).deadline());
        // the names a count sums up, with nothing to achieve, or a count that is not theirs, commit to nothing
        assertTrue(extractor.extract("(电子信息、航空、汽车及装备、新能源4个新兴产业)", PLAN, null).isEmpty());
        assertTrue(extractor.extract("甲、乙、丙5个街道完成创建。", hongkou, "1").isEmpty());
    }

    @Test
    void whoDoesWhatHowOftenWithoutTheObjectOfTheCheckOrTheSupervisor() {
        DocContext baoshan = new DocContext(2024, "2024-04-01", new Meta.Period(2024, 2026), true);
        Target minimal = extractor.extract("区长每月对各项工作至少开展1次检查", baoshan, "1").get(0);
        assertEquals("区长开展检查", minimal.metric());
        List<Target> t = extractor.extract("生产经营单位主要负责人要每季度带队对本单位重大事故隐患排查整治情况至少开展1次检查(建设领域每月至少1次)。",
                baoshan, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals("生产经营单位主要负责人带队开展检查", t.get(0).metric()); // 主要 keeps its 要
        assertEquals("quarterly", t.get(0).recurring());
        assertEquals("建设领域生产经营单位主要负责人带队开展检查", t.get(1).metric());
        assertEquals("monthly", t.get(1).recurring());
        Target drill = extractor.extract("监督指导有关生产经营单位每年至少组织开展1次疏散逃生演练", baoshan, "1").get(0);
        assertEquals("生产经营单位组织开展疏散逃生演练", drill.metric());
        assertEquals("yearly", drill.recurring());
    }

    @Test
    void aCellThatSaysOnlyHowItChangesNamesTheIndicatorOfTheCellBefore() {
        DocContext gz = new DocContext(2023, "2023-10-19", null, true);
        Target minimal = extractor.extract("1.就诊率\t每年提高2个百分点。", gz, "1").get(0);
        assertEquals("就诊率提高", minimal.metric());
        Target t = extractor.extract("\t2.签约服务覆盖率\t每年增加1-3个百分点。2035年达到75%。\t家庭医生签约服务覆盖率=签约居民人数/辖区内常住人口数*100%。",
                gz, "1").get(0);
        assertEquals("签约服务覆盖率增加", t.metric());
        assertEquals("yearly", t.recurring());
        assertTrue(TargetExtractor.namesOnlyAChange("每年增加"));
        assertTrue(!TargetExtractor.namesOnlyAChange("签约服务覆盖率增加"));
    }

    @Test
    void whatAProgrammeOfAYearSetsIsDueThatYear() {
        DocContext gz = new DocContext(2023, "2023-10-19", null, true);
        assertEquals("2023", extractor.extract("落实2023年培训计划,培养不少于100名医生。", gz, "1").get(0).deadline());
        Target t = extractor.extract("完善家庭医生培养培训体系。做实做细基层医生全科能力提升工程2023年培训计划,培养不少于3500名基层医生。", gz, "1").get(0);
        assertEquals(3500, t.value());
        assertEquals("2023", t.deadline());
        List<Target> news = extractor.extract("加大工业领域投资力度，安排重点工业项目114个、年度计划投资171.97亿元，以有效投资加快培育新质生产力。",
                new DocContext(2024, null, null, false), "1");
        assertEquals("2024", news.get(1).deadline());
        assertNull(news.get(0).deadline()); // the projects are not the programme's
        // a baseline or a past programme sets nothing due
        assertNull(extractor.extract("较2023年计划增加100名医生。", gz, "1").get(0).deadline());
    }

    @Test
    void aSharePaidAsASubsidyAndAShareThatSaysWhichOnesAreNoTargets() {
        DocContext gz = new DocContext(2025, "2025-06-01", new Meta.Period(2025, 2027), true);
        assertTrue(extractor.extract("给予不超过项目成本30%的补助", gz, "1").isEmpty());
        assertTrue(extractor.extract("按V2G设备额定放电功率，为各类V2G充换电设施提供不超过V2G设备成本50%的建设补贴。", gz, "1").isEmpty());
        List<Target> minimal = extractor.extract("产值超过50%的园区用地率应达到90%。", gz, "1");
        assertEquals(1, minimal.size(), minimal.toString());
        assertEquals(90, minimal.get(0).value());
        DocContext national = new DocContext(2024, "2024-05-23", new Meta.Period(2024, 2025), true);
        List<Target> t = extractor.extract("到2025年底，各地区需求响应能力一般应达到最大用电负荷的3%—5%，年度最大用电负荷峰谷差率超过40%的地区"
                + "需求响应能力应达到最大用电负荷的5%以上。", national, "1");
        assertEquals(2, t.size(), t.toString());
        assertEquals(5, t.get(1).value());
        assertEquals("gte", t.get(1).comparator());
        // a part stated in an aside does not make the whole a qualifier
        assertEquals(2, extractor.extract("推动医联体内二级及以上医疗机构预留30%的号源(其中专家号源不低于30%)给医联体内基层医疗卫生机构的家庭医生(团队)。",
                gz, "1").size());
    }

    @Test
    void whatCoversAListOfKindsAndTheKindCounted() {
        DocContext gz = new DocContext(2025, "2025-06-01", new Meta.Period(2025, 2027), true);
        assertEquals("服务范围覆盖场景", extractor.extract("服务范围覆盖社区、园区等不少于3类场景", gz, "1").get(0).metric());
        Target t = extractor.extract("支持V2G产业链上下游优势单位，协同标杆示范区建设，试点范围覆盖居民社区、产业园区、办公园区、换电站、公交场站、"
                + "物流场站、政务办公区以及公园等不少于8类场景，支持市提质增效产业园参与试点。", gz, "1").get(0);
        assertEquals("试点范围覆盖场景", t.metric());
        assertEquals("gte", t.comparator());
    }

    @Test
    void aMeasureOfSomeOrderIsApproximate() {
        assertEquals("approx", extractor.extract("提供1万千瓦级调节能力", PLAN, "1").get(0).comparator());
        Target t = extractor.extract("力争为电力系统提供10万千瓦级的双向灵活调节能力。", new DocContext(2024, "2024-06-01", null, true), "1").get(0);
        assertEquals("approx", t.comparator());
        assertEquals(100000, t.value());
    }

    @Test
    void aFundNamedByItsKindIsTheProgrammesOfTheClauseBefore() {
        DocContext suzhou = new DocContext(2024, "2024-05-18", null, true);
        assertEquals("培训活动专项资金", extractor.extract("开展培训活动，专项资金500万元。", suzhou, "1").get(0).metric());
        assertEquals("汽车“以旧换新”及购车补贴活动财政补贴资金",
                extractor.extract("开展2024年汽车“以旧换新”及购车补贴活动，财政补贴资金1亿元。", suzhou, "1").get(0).metric());
        assertEquals("家电“以旧换新”促消费活动财政补贴资金",
                extractor.extract("开展2024年家电“以旧换新”促消费活动，财政补贴资金2000万元。", suzhou, "1").get(0).metric());
    }

    @Test
    void theKindsOfOneThingCountedTogetherAfterTheLast的() {
        DocContext suzhou = new DocContext(2024, "2024-05-18", null, true);
        assertEquals("国家标准、地方标准", extractor.extract("制定5项能耗、排放领域的国家标准、地方标准。", suzhou, "1").get(0).metric());
        Target t = extractor.extract("到2027年，参与制定（修订）30项能耗、排放领域的国家/行业标准、地方标准和团体标准。", suzhou, "1").get(0);
        assertEquals("国家/行业标准、地方标准和团体标准", t.metric());
        assertEquals("2027", t.deadline());
    }

    @Test
    void aSentenceThatDefinesAMeasureSetsNone() {
        DocContext gz = new DocContext(2023, "2023-10-19", null, true);
        assertTrue(extractor.extract("覆盖率是指覆盖不少于3个社区的比例。", gz, "1").isEmpty());
        assertTrue(extractor.extract("就诊人数指在签约机构就诊≥1次的签约基本包居民,以任何收费费用为统计依据。", gz, "1").isEmpty());
        // a measure that is to reach a value is still a target
        assertEquals(1, extractor.extract("签约居民续约率力争达到80%。", gz, "1").size());
    }

    @Test
    void 分别BeforeOneNumberMeansEach() {
        DocContext hongkou = new DocContext(2018, "2018-06-24", new Meta.Period(2018, 2020), true);
        assertEquals("专用车辆", extractor.extract("各区分别配置2辆专用车辆", hongkou, "1").get(0).metric());
        Target t = extractor.extract("各街道分别配置1辆色彩标识规范的有害垃圾专用运输工具,全区配置1辆色彩标识规范的有害垃圾专用运输机动车。",
                hongkou, "1").get(0);
        assertEquals("色彩标识规范的有害垃圾专用运输工具", t.metric());
        // a list of numbers after 分别 still takes one subject for each
        List<Target> list = extractor.extract("数字化研发设计工具普及率、重点企业关键工序数控化率分别超过95%、80%", PLAN, "1");
        assertEquals("数字化研发设计工具普及率", list.get(0).metric());
    }

    @Test
    void aColonOpensTheItemItsMetricStartsAfter() {
        // a lead-in sentence before a colon, then the items it announces
        List<Target> t = extractor.extract("到2027年底，全市产业发展取得明显成效：培育专精特新企业50家。", PLAN, "T1");
        assertEquals("专精特新企业", t.get(0).metric());
        // guangdong-guangzhou-family-doctor-contract-service-plan-2023: only a hedge after the colon, the metric is before it
        List<Target> hedge = extractor.extract("签约服务费用于参与家庭医生签约服务人员的薪酬分配:原则上不低于80%。", PLAN, "T2");
        assertEquals("签约服务费用于参与家庭医生签约服务人员的薪酬分配", hedge.get(0).metric());
        List<Target> ratio = extractor.extract("到2027年，全市车桩比达到2:1。", PLAN, "T3");
        assertEquals(2, ratio.get(0).value());
    }

    @Test
    void aPropertyOfAThingStatedAsItIsIsNoTarget() {
        // the area of a named zone, a building's floor space: what a thing is, not what is to be reached
        assertTrue(extractor.extract("临港产业园区规划面积12平方公里，厂房建筑面积3.5万平方米。", PLAN, "T1").isEmpty());
        assertEquals(20, extractor.extract("到2027年，园区规划面积达到20平方公里。", PLAN, "T2").get(0).value());
        assertEquals(100000, extractor.extract("新增建筑面积10万平方米。", PLAN, "T3").get(0).value());
        assertEquals("gte", extractor.extract("每个服务站点服务人口1万人以上。", PLAN, "T4").get(0).comparator());
    }

    @Test
    void aMonthOrAPartOfTheYearBeforeTheMetricIsNoPartOfIt() {
        assertEquals("公共充电桩", extractor.extract("12月底前建成公共充电桩2000个。", PLAN, "T1").get(0).metric());
        assertEquals("居住区充电设施", extractor.extract("上半年新增居住区充电设施500个。", PLAN, "T2").get(0).metric());
    }

    @Test
    void aValueKeptAtALevelNamesWhatIsKeptThere() {
        Target t = extractor.extract("到2026年，制造业增加值占地区生产总值比重稳定在30%左右。", PLAN, "T1").get(0);
        assertEquals("制造业增加值占地区生产总值比重", t.metric());
        assertEquals("approx", t.comparator());
        assertEquals("耕地保有量", extractor.extract("耕地保有量保持在500万亩以上。", PLAN, "T2").get(0).metric());
    }

    @Test
    void aDueDateEndingInBeforeIsNoPartOfTheMetricAndJoinedVerbsAre() {
        // guangzhou-v2g: 2026年底前新建和改造智能有序充电站750座 — 前 belongs to the date, 新建和改造 to what is counted
        Target t = extractor.extract("2026年底前新建和改造智能有序充电站750座、智能有序换电站150座。", PLAN, "2.1").get(0);
        assertEquals("新建和改造智能有序充电站", t.metric());
        assertEquals("2026-12", t.deadline());
        assertEquals("电网侧独立储能电站", extractor.extract("2027年底前建成电网侧独立储能电站2座。", PLAN, "2.2").get(0).metric());
    }

    @Test
    void aBoundAfterTheNumberIsNoPartOfTheNoun() {
        // 5G基站总数控制在12万个以内: 以内 bounds the number; the metric is what stands before it (minimal)
        Target t = extractor.extract("到2027年,5G基站总数控制在12万个以内。", PLAN, "1").get(0);
        assertEquals("5G基站总数", t.metric());
        assertEquals("lte", t.comparator());
    }

    @Test
    void aValueToBeKeptIsNoPartOfItsMetric() {
        // 覆盖率保持100%: the verb that keeps the value goes, as 稳定在 and 保持在 do (minimal; no corpus plan has it)
        Target t = extractor.extract("到2027年,全区居民小区生活垃圾分类覆盖率保持100%。", PLAN, "1").get(0);
        assertEquals("全区居民小区生活垃圾分类覆盖率", t.metric());
        assertEquals(100, t.value());
    }

    @Test
    void everyValueOfAListJoinedBy和GetsItsOwnSubjectAndTheBoundAfterTheLast() {
        // a provincial air plan (heldout/target-probes/t4.txt, constructed): three cities, three values, 以内 for each
        List<Target> t = extractor.extract("到2027年，岚州市、泽阳市和汀源市重污染天数比率分别控制在2.5%、2%和1.5%以内。", PLAN, "1");
        assertEquals(List.of(2.5, 2.0, 1.5), t.stream().map(Target::value).toList(), t.toString());
        assertEquals(List.of("岚州市重污染天数比率", "泽阳市重污染天数比率", "汀源市重污染天数比率"), t.stream().map(Target::metric).toList());
        assertTrue(t.stream().allMatch(x -> x.comparator().equals("lte")));
        // the subjects share the last one's tail by words, not by the first name's length
        t = extractor.extract("到2027年，果蔬、肉类、水产品产后损失率分别下降至8%、5%和6%以内。", PLAN, "1");
        assertEquals(List.of("果蔬产后损失率", "肉类产后损失率", "水产品产后损失率"), t.stream().map(Target::metric).toList());
        assertTrue(t.stream().allMatch(x -> x.comparator().equals("lte")));
        // national energy-saving plan: 铁路和水路货运量分别较2020年增长10%、12%
        t = extractor.extract("铁路和水路货运量分别较2020年增长10%、12%。", PLAN, "1");
        assertEquals("铁路货运量较2020年增长", t.get(0).metric());
    }

    @Test
    void tenOrMoreInChineseNumeralsIsACountToReach() {
        List<Target> t = extractor.extract("到2027年，创建三十家县级示范家庭农场，建设县域冷链集配中心两千个。", PLAN, "1");
        assertEquals(List.of(30.0, 2000.0), t.stream().map(Target::value).toList(), t.toString());
        // 两个方面 / 三个考虑 still count words, not targets; two things a verb creates are a count
        assertTrue(extractor.extract("重点抓好两个方面的工作。", PLAN, "1").isEmpty());
        t = extractor.extract("2025年至2027年建设两个万亩级高标准农田示范区，粮食总产量稳定在10亿斤左右。", PLAN, "1");
        assertEquals(List.of(2.0, 1.0e9), t.stream().map(Target::value).toList(), t.toString());
        assertEquals("斤", t.get(1).unit());
    }

    @Test
    void aValueCutDownToIsATargetAndWhatARateIsPerIsNot() {
        List<Target> t = extractor.extract("到2027年，企业开办时间压缩至0.5个工作日以内，每千人口医疗卫生机构床位数达到7.2张。", PLAN, "1");
        assertEquals(List.of(0.5, 7.2), t.stream().map(Target::value).toList(), t.toString());
        assertEquals("企业开办时间", t.get(0).metric());
        assertEquals("lte", t.get(0).comparator());
        assertEquals("每千人口医疗卫生机构床位数", t.get(1).metric());
    }

    @Test
    void aPartAfterASemicolonGoesOnInThePastOfThePartBeforeIt() {
        // the review paragraph of a city plan: 2024年 …；(no year) … — all of it is what there was
        List<Target> t = extractor.extract("2024年，全市人均预期寿命达到79.3岁，婴儿死亡率为2.31‰；每千人口医疗卫生机构床位数6.1张，"
                + "每万人口全科医生数3.9名。", new DocContext(2025, "2025-02-10", new Meta.Period(2025, 2027), true), "0");
        assertTrue(t.isEmpty(), t.toString());
    }

    @Test
    void theMostOneItemMayGetAndEverySubsidyShareOfAListAreNoTargets() {
        List<Target> t = extractor.extract("对东部、中部、西部地区分别按项目投资额的20%、30%、40%给予补助，单个县支持资金原则上不超过3000万元。",
                PLAN, "3");
        assertTrue(t.isEmpty(), t.toString());
    }
}
