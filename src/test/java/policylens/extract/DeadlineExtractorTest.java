package policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeadlineExtractorTest {
    private final DeadlineExtractor extractor = new DeadlineExtractor();
    private static final DocContext XINYU = new DocContext(2026, "2026-01-09", new Meta.Period(2026, 2028), true);
    private static final DocContext JIANGXI = new DocContext(2025, "2025-08-28", null, true);

    private List<Deadline> of(String text, DocContext ctx) {
        return extractor.extract(text, ctx, null);
    }

    @Test
    void normalizesDueDates() {
        List<Deadline> d = of("到2026年6月,确保全市省级先进制造业集群“六个一”生态全面优化。到2026年12月,有序推动全市省级产业集群“六个一”机制有效覆盖。", XINYU);
        assertEquals(List.of(new Deadline("到2026年6月", "2026-06", null, null, null),
                new Deadline("到2026年12月", "2026-12", null, null, null)), d);
        assertEquals("2028", of("2026-2028年,每年引进20个以上集群引领性项目", XINYU).get(0).date());
        assertEquals("yearly", of("2026-2028年,每年引进20个以上集群引领性项目", XINYU).get(1).recurring());
        assertEquals("2025-12", of("2025年底前完成改造", JIANGXI).get(0).date());
        assertEquals("到2028年", of("力争到 2028 年".replace(" ", ""), JIANGXI).get(0).expr());
    }

    @Test
    void resolvesDurations() {
        Deadline oneYear = of("加快集群“六个一”机制建设,用一年左右的时间实现省级以上集群全覆盖。", JIANGXI).get(0);
        assertEquals(new Deadline("用一年左右的时间", "2026-08", null, "P1Y", null), oneYear);
        Deadline within = of("力争3年内L6级以上企业占比超35%", XINYU).get(0);
        assertEquals(new Deadline("3年内", "2028", null, "P3Y", null), within);
        Deadline two = of("力争两年内年营收5千万元以上工业企业研发机构全覆盖",
                new DocContext(2023, "2023-07-14", new Meta.Period(2023, 2026), false)).get(0);
        assertEquals("2025-07", two.date());
        assertEquals("2028", of("2024年起5年内完成", new DocContext(2024, "2024-03", null, true)).get(0).date());
    }

    @Test
    void leavesOutPastDatesTitlesAndThePlanPeriod() {
        assertTrue(of("2020年4月,当时疫情期间,我省在全国率先推出了省级层面的产业链链长制", new DocContext(2023, null, null, false)).isEmpty());
        assertTrue(of("出台了《新余市制造业重点产业链现代化建设“6313”行动计划(2024—2026年)》", new DocContext(2024, null, null, false)).isEmpty());
        assertTrue(of("新余市产业集群提能升级三年行动方案(2026-2028年)", XINYU).isEmpty());
        assertTrue(of("营收从2017年的300亿元增长到2022年的1500亿元", new DocContext(2023, null, null, false)).isEmpty());
        assertTrue(of("今年5月,我们重新编制了发展规划", new DocContext(2023, null, null, false)).isEmpty());
    }

    @Test
    void readsRecurrenceAndTheCurrentYear() {
        assertEquals("yearly", of("全省集群营业收入年均增长10%左右", JIANGXI).get(0).recurring());
        assertEquals("quarterly", of("每季度调度一次", JIANGXI).get(0).recurring());
        Deadline thisYear = of("力争今年研发投入强度达1.65%", new DocContext(2024, null, null, false)).get(0);
        assertEquals(new Deadline("今年", "2024", null, null, null), thisYear);
    }

    @Test
    void readsHalvesOfAYearAndFiveYearPlans() {
        DocContext ctx = new DocContext(2025, "2025-03-18", new Meta.Period(2025, 2027), true);
        assertEquals(new Deadline("2025年上半年", "2025-06", null, null, null), of("2025年上半年完成规划编制", ctx).get(0));
        assertEquals("2030", of("到“十五五”末,建成绿色制造体系", ctx).get(0).date());
        assertEquals("2025", of("“十四五”期间,累计新增20家", ctx).get(0).date());
        assertEquals(List.of(new Deadline("2025年内", "2025", null, null, null)), of("2025年内完成", ctx));
    }

    private static final DocContext HAINAN = new DocContext(2024, "2024-02-01", null, true);
    private static final DocContext HONGKOU = new DocContext(2018, "2018-06-24", new Meta.Period(2018, 2020), true);
    private static final DocContext GUANGZHOU = new DocContext(2023, "2023-10-19", null, true);

    @Test
    void aMonthWithoutAYearIsInTheDocumentsYear() {
        // Hainan letter of 2024-02: 6月底前 / 8月31日前
        assertEquals(List.of(new Deadline("6月底前", "2024-06", null, null, null),
                new Deadline("8月31日前", "2024-08", null, null, null)), of("6月底前完成摸排，8月31日前完成建设", HAINAN));
        assertTrue(of("每年3月底前报送", HAINAN).stream().noneMatch(d -> d.expr().contains("3月")), "a yearly step");
    }

    @Test
    void monthsFromTheIssueDateNextYearAndYearByYear() {
        assertEquals(new Deadline("3个月内", "2024-01", null, "P3M", null), of("于本文印发后3个月内制定细则", GUANGZHOU).get(0));
        assertEquals("2027-12", of("明年底建成25万枪", new DocContext(2026, "2026-04", null, true)).get(0).date());
        assertEquals("yearly", of("以后逐年增加", GUANGZHOU).get(0).recurring());
    }

    @Test
    void thePlansOwnYearOpeningAClauseIsDueButASignatureDateIsNot() {
        // Hongkou 2018-2020: "2018年，一是全面实行…"; "2018年6月24日" under the signature
        assertEquals("2018", of("2018年，一是全面实行“四分类”投放", HONGKOU).get(0).date());
        assertTrue(of("2018年6月24日", HONGKOU).isEmpty());
        assertTrue(of("较2018年增长", HONGKOU).isEmpty(), "a baseline");
    }

    @Test
    void aDeadlineWithItsDay() {
        assertEquals(new Deadline("截至2026年12月31日", "2026-12", null, null, null),
                of("截至2026年12月31日，补贴资金用完为止", new DocContext(2026, "2026-02-09", null, true)).get(0));
    }

    @Test
    void aQuarterOfANamedYearEndsWithItsLastMonth() {
        // 2026年一季度前建成省级算力调度平台 / 到2025年第三季度末 (minimal: no corpus plan dates a quarter of a named year)
        DocContext plan = new DocContext(2025, "2025-03-01", null, true);
        assertEquals(new Deadline("2026年一季度前", "2026-03", null, null, null), of("2026年一季度前建成省级算力调度平台", plan).get(0));
        assertEquals("2025-09", of("到2025年第三季度末完成试点", plan).get(0).date());
    }

    @Test
    void aQuarterOfThePlansYearButNotAYearlyStep() {
        DocContext yangpu = new DocContext(2024, "2024-08-21", null, true);
        assertEquals(new Deadline("一季度", "2024-03", null, null, null), of("一季度完成资质改革政策宣贯及实操培训", yangpu).get(0));
        assertTrue(of("每年四季度制定年度目标总量", yangpu).stream().noneMatch(d -> d.expr().contains("季度") && d.date() != null));
        assertTrue(of("一季度99个重点项目完成投资272亿元", new DocContext(2024, null, null, false)).isEmpty(), "a news report's");
    }

    @Test
    void thePlansOwnYearWhenSomethingIsToBeReachedThen() {
        // Guangzhou 附件1 (2023): 较上一年增加,力争2023年达到80%
        DocContext gz = new DocContext(2023, "2023-10-19", null, true);
        assertEquals("2023", of("较上一年增加,力争2023年达到80%", gz).get(0).date());
        assertTrue(of("与2023年相比有所提高", gz).isEmpty());
    }

    @Test
    void aDurationCountsFromAStartStatedOnceForThePlan() {
        // 自2024年起用3年时间… then "3年内" in an item: 2026
        DocContext ctx = new DocContext(2024, "2024-03-01", null, true, 2024);
        assertEquals("2026", of("3年内完成全部存量整治", ctx).get(0).date());
    }

    @Test
    void theNthYearOfAPlanASpanWrittenWithTwoYearsAndTheStepsOfAYearlyCycle() {
        DocContext plan = new DocContext(2024, "2024-05-08", new Meta.Period(2024, 2026), true);
        assertEquals("2025", of("第二年完成整治任务量的40%", plan).get(0).date());
        assertEquals(new Deadline("2024年至2026年", "2026", null, null, null), of("2024年至2026年完成整治2300亩", plan).get(0));
        List<Deadline> steps = of("每年度按步骤推进：3月底前下达任务，12月中旬前完成验收。", plan);
        assertTrue(steps.stream().filter(d -> d.expr().equals("12月中旬前")).allMatch(d -> "yearly".equals(d.recurring())
                && d.date() == null), steps.toString());
    }

    @Test
    void readsACadenceOfReviews() {
        // xinyu-cluster-upgrade-2026-2028: 实行“月调度、季通报、年考核”
        List<Deadline> d = extractor.extract("对集群发展情况开展年度综合评价。实行“月调度、季通报、年考核”,强化对集群动态分级管理。",
                CADENCE_CTX, "1");
        assertEquals(List.of("年度", "月", "季", "年"), d.stream().map(Deadline::expr).toList());
        assertEquals(List.of("yearly", "monthly", "quarterly", "yearly"), d.stream().map(Deadline::recurring).toList());
        // a month or year that is no cadence: 年产 / 每月 stays the recurrence rule's
        assertTrue(extractor.extract("形成年产10万吨产能。", CADENCE_CTX, "1").isEmpty());
    }

    @Test
    void readsRangesOfYearsAndOtherCadences() {
        // guangdong-guangzhou-family-doctor-contract-service-plan-2023 (issued 2023-10)
        List<Deadline> d = extractor.extract("利用3-5年时间,力争培训约1000名达到国际服务标准的家庭医生。保障全市家庭医生每3~5年参与一次规范化集中培训。",
                new DocContext(2023, "2023-10-19", null, true), "1");
        assertEquals("利用3-5年时间", d.get(0).expr());
        assertEquals("2028-10", d.get(0).date());
        assertEquals("P5Y", d.get(0).duration());
        assertEquals("每3~5年", d.get(1).expr());
        assertNull(d.get(1).recurring());
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025
        assertEquals("2025", extractor.extract("“十四五”后两年新上高耗能项目的非化石能源消费比例不得低于20%",
                new DocContext(2024, "2024-05-23", null, true), "1").get(0).date());
    }

    @Test
    void yearsAPlanGivesItselfAreADuration() {
        // shanghai-baoshan-water-safety-production-2024 (2024—2026): 通过三年治本攻坚，…
        List<Deadline> d = extractor.extract("通过三年治本攻坚，水务行业安全生产水平明显提升。",
                new DocContext(2024, "2024-05-10", new Meta.Period(2024, 2026), true), "1");
        assertEquals("三年", d.get(0).expr());
        assertEquals("2026", d.get(0).date());
        assertTrue(extractor.extract("经过三年努力，全市已经建成充电站500座。",
                new DocContext(2024, "2024-05-10", new Meta.Period(2024, 2026), true), "1").isEmpty());
    }

    @Test
    void theMeanOverSeveralYearsIsNoYearlyRecurrence() {
        assertTrue(of("两项指标的三年均值均低于调整值", JIANGXI).isEmpty());
        DocContext baoshan = new DocContext(2021, "2021-04-23", null, true);
        assertTrue(of("其中最近三年（不含当前测算年）统计年度内的土地税收产出率、以主营业务收入计算的土地产出率两项指标的三年均值均低于"
                + "《上海产业用地指南（2019版）》中相应调整值", baoshan).isEmpty());
        assertEquals("yearly", of("营业收入年均增长10%", JIANGXI).get(0).recurring());
    }

    @Test
    void aYearInBracketsAfterADocumentsNameIsItsEdition() {
        assertTrue(of("评估指标体系(2025年版)", JIANGXI).isEmpty());
        assertTrue(of("附件1广州市家庭医生签约服务质量监测指标体系(2023年版)", GUANGZHOU).isEmpty());
        assertTrue(of("附件:1.广州市家庭医生签约服务质量监测指标体系(2023年)", GUANGZHOU).isEmpty());
        // after the noun of a target the year is when it is due
        assertEquals("2028", of("打造10个过千亿元集群(2028年)", JIANGXI).get(0).date());
    }

    @Test
    void theYearWhoseMoneyOrSubsidyASentenceSetsIsNotDue() {
        DocContext sichuan = new DocContext(2026, "2026-02-09", new Meta.Period(2026, 2026), true);
        assertTrue(of("2026年省级专项资金由财政厅统筹安排。", sichuan).isEmpty());
        assertTrue(of("2026年，对购买新能源汽车的个人消费者给予一次性补贴。", sichuan).isEmpty());
        assertTrue(of("14. 合理确定资金分配规模。2026年超长期特别国债资金由财政厅会同省发展改革委、商务厅，根据各市（州）消费品以旧换新"
                + "补贴资金申请占比进行测算后预安排。", sichuan).isEmpty());
        assertTrue(of("8. 支持汽车报废更新。2026年，对个人消费者报废2013年6月30日（含当日，下同）前注册登记的汽油乘用车、2015年6月30日前"
                + "注册登记的柴油及其他燃料乘用车，或2019年12月31日前注册登记的新能源乘用车，并购买纳入工业和信息化部"
                + "《减免车辆购置税的新能源汽车车型目录》的新能源乘用车或2.0升及以下排量的燃油乘用车，给予一次性补贴。", sichuan).isEmpty());
        // the plan's year opening a clause that sets what is to be reached stays due
        assertEquals("2026", of("2026年，全省新建公共充电桩1万个。", sichuan).get(0).date());
    }

    private static final DocContext CADENCE_CTX = new DocContext(2026, "2026-01-09", new Meta.Period(2026, 2028), true);

    @Test
    void everyRuleFindsWhatAPlainFindLoopFinds() throws java.io.IOException {
        // the anchors, reach and start characters a rule declares only skip positions where it cannot match
        for (java.nio.file.Path file : java.nio.file.Files.list(java.nio.file.Path.of("corpus")).sorted().toList()) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                for (DeadlineExtractor.Rule rule : DeadlineExtractor.RULES) {
                    java.util.regex.Matcher plain = rule.pattern().matcher(line);
                    AnchoredMatcher anchored = new AnchoredMatcher(rule.pattern(), line, rule.anchors(), rule.maxBefore(), rule.starts());
                    while (plain.find()) {
                        assertTrue(anchored.find(), rule.name() + " missed " + plain.group() + " in " + file);
                        assertEquals(plain.start(), anchored.matcher().start(), rule.name() + " in " + file);
                    }
                    assertTrue(!anchored.find(), rule.name() + " found more in " + file);
                }
            }
        }
    }

    @Test
    void aRecurringReportOnThePreviousPeriodIsStillDueEveryYear() {
        // the 上年度 a yearly report covers is not a past fact
        List<Deadline> d = of("每年3月底前报送上年度充电设施建设情况。", JIANGXI);
        assertEquals("每年", d.get(0).expr());
        assertEquals("yearly", d.get(0).recurring());
        assertTrue(of("上年度全市新增充电桩3000个，每年增长20%。", JIANGXI).isEmpty(), "a past sentence stays past");
    }

    @Test
    void monthByMonthIsMonthlyAndAWholeNamedYearIsThatYear() {
        assertEquals("monthly", of("按月调度，逐月推进。", JIANGXI).get(1).recurring());
        List<Deadline> year = of("2026年全年新增充电桩5000个以上。", JIANGXI);
        assertEquals(1, year.size());
        assertEquals("2026", year.get(0).date());
    }

    @Test
    void aYearWithBeforeWrittenOut() {
        List<Deadline> d = of("2027年以前完成全省政务云迁移，2028年之前全面推广。", JIANGXI);
        assertEquals(List.of("2027年以前", "2028年之前"), d.stream().map(Deadline::expr).toList());
        assertEquals("2027", d.get(0).date());
    }

    @Test
    void leavesOutACountAsItStoodBeforeTheIssueDate() {
        DocContext letter = new DocContext(2024, "2024-07-15", null, false);
        assertTrue(of("截至2024年6月底，全省累计建成充电桩8.5万个。", letter).isEmpty());
        assertTrue(of("今年上半年，全省新增公共充电桩1.2万个，同比增长35%。", letter).isEmpty());
        assertTrue(of("2024年上半年，全省新增公共充电桩1.2万个，同比增长35%。", letter).isEmpty());
        // still due: a date after the issue date, and one before it that no past sentence reports on
        assertEquals("2024-09", of("截至2024年9月底，实现乡镇充电设施全覆盖。", letter).get(0).date());
        assertEquals("2024-06", of("2024年6月底前完成摸底。", letter).get(0).date());
        assertEquals(new Deadline("今年下半年", "2024-12", null, null, null), of("力争今年下半年建成投运。", letter).get(0));
    }

    @Test
    void leavesOutTheWindowOfAConditionOrASanction() {
        DocContext plan = new DocContext(2024, "2024-03-01", new Meta.Period(2024, 2026), true);
        assertTrue(of("对未按期完成任务的，3年内不得申报省级示范项目。", plan).isEmpty());
        assertTrue(of("对信用良好的企业，2年内免于现场检查。", plan).isEmpty());
        assertTrue(of("申报企业近三年内未发生重大安全事故。", plan).isEmpty());
        assertEquals("2026", of("力争3年内建成全覆盖的服务网络。", plan).get(0).date());
    }

    @Test
    void leavesOutAYearThatIsOnlyNamed() {
        DocContext plan = new DocContext(2024, null, new Meta.Period(2024, 2025), true);
        assertTrue(of("2024年是实施本计划的开局之年。", plan).isEmpty());
        assertTrue(of("2025年为全面达标年。", plan).isEmpty());
        assertEquals("2025", of("2025年，全市建成加氢站30座。", plan).get(0).date());
    }

    @Test
    void readsTheMonthsOfAStage() {
        DocContext plan = new DocContext(2024, "2024-03-08", new Meta.Period(2024, 2026), true);
        assertEquals(List.of(new Deadline("2024年3月—4月", "2024-04", null, null, null)), of("（一）动员部署阶段（2024年3月—4月）。", plan));
        assertEquals("2026-06", of("（二）全面实施阶段（2024年5月—2026年6月）。", plan).get(0).date());
        // a window a case must fall in is not a stage of work
        assertTrue(of("对在2025年1月1日至2026年12月31日期间新增的银行贷款给予贴息", new DocContext(2024, "2024-12-20", null, false)).isEmpty());
    }

    @Test
    void readsAMonthReachedByThenAndTakesTheYearTheSentenceNames() {
        DocContext plan = new DocContext(2025, "2025-02-26", new Meta.Period(2025, 2025), true);
        assertEquals(List.of(new Deadline("到10月底", "2025-10", null, null, null)), of("新增服务点20个，到10月底实现每个街道至少建成1个中转站。", plan));
        assertTrue(of("截至6月底，全省累计建成公共充电桩4.21万台。", new DocContext(2024, "2024-07-12", null, false)).isEmpty());
        List<Deadline> d = of("省经信厅于2025年7月底前完成评审和公示，奖补资金于第三季度内拨付到位。", new DocContext(2024, "2024-12-20", null, true));
        assertEquals(List.of(new Deadline("2025年7月底前", "2025-07", null, null, null), new Deadline("第三季度内", "2025-09", null, null, null)), d);
    }

    @Test
    void leavesOutAValidityAndACasesOwnTimeLimit() {
        DocContext measures = new DocContext(2024, "2024-12-20", null, true);
        assertTrue(of("本措施自2025年1月1日起施行，有效期至2027年12月31日。", measures).isEmpty());
        assertTrue(of("审批部门应自作出审批决定之日起2个月内，对申请人承诺内容开展现场核查。", measures).isEmpty());
    }

    @Test
    void readsHowOftenInDaysWeeksAndHalfYearsButNotARate() {
        DocContext plan = new DocContext(2025, null, new Meta.Period(2025, 2025), true);
        assertEquals(List.of(new Deadline("每半年", null, null, null, null)), of("联席会议每半年召开一次全体会议。", plan));
        assertEquals(List.of(new Deadline("每周", null, null, null, null), new Deadline("每月", null, "monthly", null, null)),
                of("区绿化市容局每周对不少于20个居住区开展随机检查，每月对检查结果进行排名。", plan));
        assertEquals("每日", of("志愿者每日在投放点开展值守。", plan).get(0).expr());
        assertTrue(of("湿垃圾分出量稳定在每日280吨以上，日均清运量达到每天30吨。", plan).isEmpty());
    }

    @Test
    void aPeriodThatNamesAReportOrAResultSetsNothingDue() {
        DocContext plan = new DocContext(2025, "2025-03-04", null, true);
        assertEquals(List.of(new Deadline("7月10日前", "2025-07", null, null, null)), of("于7月10日前报送上半年工作总结。", plan));
        assertTrue(of("考评结果按季度通报，年度考核结果与以奖代补资金挂钩。", plan).stream().noneMatch(x -> x.expr().equals("年度")));
        assertEquals(List.of(new Deadline("今年年底前", "2025-12", null, null, null)), of("确保今年年底前全面完成。", plan));
    }

    @Test
    void eachYearOfATargetsSharesIsDueIncludingTheDocumentsOwn() {
        DocContext plan = new DocContext(2024, "2024-03-18", new Meta.Period(2024, 2025), true);
        assertEquals(List.of("2024年", "2025年"), of("培育专精特新企业20家以上，其中2024年新增专精特新企业8家、2025年新增12家。", plan)
                .stream().map(Deadline::expr).toList());
        // 第一年（2024年）: the year written out is the deadline, not its ordinal as well
        assertEquals(List.of("2024年"), of("第一年（2024年）打基础。", new DocContext(2024, "2024-03-08", new Meta.Period(2024, 2026), true))
                .stream().map(Deadline::expr).toList());
    }
}
