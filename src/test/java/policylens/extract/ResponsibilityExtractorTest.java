package policylens.extract;

import org.junit.jupiter.api.Test;
import policylens.text.Page;
import policylens.text.StructureParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponsibilityExtractorTest {
    private static final UnitContext XINYU = UnitContext.of("江西省", "新余市", "city");
    private final ResponsibilityExtractor extractor =
            new ResponsibilityExtractor(u -> UnitCanonicalizer.canonicalize(u, XINYU));

    private List<Responsibility> run(String... lines) {
        return extractor.extract(new StructureParser().parse(Page.of(List.of(lines))));
    }

    @Test
    void readsABracketClosingATask() {
        List<Responsibility> r = run("(二)推进集群重点项目建设。每年跟踪推进100个以上集群重点项目。(责任单位:省工业和信息化厅、省商务厅、省政务服务办)");
        assertEquals(1, r.size());
        assertEquals(List.of("省工业和信息化厅", "省商务厅", "省政务服务办"), r.get(0).units());
        assertEquals("每年跟踪推进100个以上集群重点项目。", r.get(0).evidence());
    }

    @Test
    void readsSquareBracketsWithParenthesesInsideUnitNames() {
        List<Responsibility> r = run("(三)实施产业创新能力升级行动。围绕8条重点产业链布局创新链。〔责任单位:市科技局、市工信局、市发改委,各县(区)政府、开发区管委会,湾里管理局〕");
        assertEquals(List.of("市科技局", "市工信局", "市发改委", "各县(区)政府", "开发区管委会", "湾里管理局"), r.get(0).units());
        List<Responsibility> shared = run("(八)实施产业要素保障提升行动。合理配置资金、土地等资源要素。〔市新型工业化推进工作领导小组成员单位分工负责〕");
        assertEquals(List.of("市新型工业化推进工作领导小组成员单位"), shared.get(0).units());
    }

    @Test
    void readsProseNamingABodyAsSubject() {
        List<Responsibility> r = run("三、组织保障",
                "(一)明确责任分工。建立全市产业集群推进工作机制,负责统筹和推进产业集群提能升级工作,市工信局负责具体指导全市产业集群发展,市直部门按照职能协同推进集群工作。");
        assertEquals(1, r.size());
        assertEquals(List.of("市工信局"), r.get(0).units());
        assertEquals(List.of("新余市工业和信息化局"), r.get(0).canonicalUnits());
        assertTrue(r.get(0).evidence().startsWith("市工信局负责具体指导全市产业集群发展"));
        assertEquals(List.of("省统计局"), run("各有关部门将大力支持产业链提升,省统计局研究建立产业链统计监测体系。").get(0).units());
    }

    @Test
    void inheritsUnitsFromANoteOverLaterRows() {
        List<Responsibility> r = run("附件1", "重点事项清单", "功能定位", "主要建设内容", "责任单位",
                "集群促进组织(是指专业服务集群建设发展的第三方法人组织。)",
                "1.在省内注册成立具有独立法人资格的集群促进组织;",
                "市工信局、市发改委、市民政局、高新区、分宜县、渝水区",
                "(以下均需上述三个县区落实,不再单独列出)",
                "产业联盟(是指由产业链上下游企业等主体组成的合作组织。)",
                "1.组建产业联盟,联盟会员企业覆盖率不低于50%;",
                "市工信局、市民政局,钢铁、锂电新能源、电子信息产业链牵头单位");
        assertEquals(2, r.size());
        assertEquals(List.of(), r.get(0).inheritedUnits());
        assertEquals(List.of("高新区", "分宜县", "渝水区"), r.get(1).inheritedUnits());
        assertEquals(List.of("市工信局", "市民政局", "钢铁、锂电新能源、电子信息产业链牵头单位"), r.get(1).units());
    }

    @Test
    void splitsLeadAndSupportInProseAndBrackets() {
        List<Responsibility> r = run("由省财政厅牵头,省工业和信息化厅配合,统筹安排专项资金不低于20亿元。");
        assertEquals(List.of("省财政厅"), r.get(0).lead());
        assertEquals(List.of("省工业和信息化厅"), r.get(0).support());
        assertEquals(List.of("省财政厅", "省工业和信息化厅"), r.get(0).units());
        // jiangxi-1269 press conference
        List<Responsibility> led = run("三是调整优化产业链牵头单位,制造业重点产业链由省工信厅统一牵头,相关单位为责任部门。");
        assertEquals(List.of("省工信厅"), led.get(0).lead());
        List<Responsibility> b = run("(一)推进智能工厂建设。每年新建省级智能工厂不少于100家。(牵头单位:省工业和信息化厅;配合单位:省发展改革委、省财政厅)");
        assertEquals(List.of("省工业和信息化厅"), b.get(0).lead());
        assertEquals(List.of("省发展改革委", "省财政厅"), b.get(0).support());
    }

    @Test
    void readsBodiesWorkingTogetherAndGroupsOfLevels() {
        List<Responsibility> r = run("县工业和信息化局会同县统计局建立数字经济发展指标监测评价体系。");
        assertEquals(List.of("县工业和信息化局", "县统计局"), r.get(0).units());
        List<Responsibility> cell = run("(一)培育产业集群。编制重点集群培育方案。(责任单位:市经信局、各区、县(市)政府)");
        assertEquals(List.of("市经信局", "各区、县(市)政府"), cell.get(0).units());
    }

    @Test
    void aNoteOnAParagraphOfItsOwnClosesTheTaskBeforeIt() {
        // Shanghai district plans: the note follows the task as its own paragraph
        List<Responsibility> r = run("（一）推进人工智能应用场景建设。聚焦政务服务、城市治理等领域，打造一批示范应用场景。",
                "（责任单位：区商务委、区科技经济委，各街镇）");
        assertEquals(1, r.size());
        assertEquals(List.of("区商务委", "区科技经济委", "各街镇"), r.get(0).units());
        assertEquals("聚焦政务服务、城市治理等领域，打造一批示范应用场景。", r.get(0).evidence());
    }

    @Test
    void leadAndSupportLabelsFromTheLexicon() {
        // Baoshan: （牵头部门：区经委、区规划资源局，配合部门：区发展改革委、各镇、园区）
        List<Responsibility> r = run("1.开展低效产业用地认定。每年对全区产业用地开展资源利用效率评价。"
                + "（牵头部门：区经委、区规划资源局，配合部门：区发展改革委、区财政局）");
        assertEquals(List.of("区经委", "区规划资源局", "区发展改革委", "区财政局"), r.get(0).units());
        assertEquals(List.of("区经委", "区规划资源局"), r.get(0).lead());
        assertEquals(List.of("区发展改革委", "区财政局"), r.get(0).support());
    }

    @Test
    void anUnlabelledNoteNamingUnitsAndWhatTheyDo() {
        // Suzhou: （市工信局牵头负责，市发改委按职责分工负责）; Henan: （省工业和信息化厅负责）
        List<Responsibility> r = run("3．推动企业绿色低碳转型升级。提升重点行业用能设备能效水平。（市工信局牵头负责，市发改委按职责分工负责）");
        assertEquals(1, r.size(), "the note is not read again as prose");
        assertEquals(List.of("市工信局", "市发改委"), r.get(0).units());
        assertEquals(List.of("省工业和信息化厅"),
                run("（五）加快工业软件研发。推广应用工业软件。（省工业和信息化厅负责）").get(0).units());
        assertTrue(run("（一）总体要求。坚持问题导向（以下简称“两新”）。").isEmpty(), "an aside is no note");
        // the form a city plan often uses: （X牵头，Y、Z配合）
        Responsibility lead = run("（三）建设充电基础设施。新建公共充电桩3000个。（市发展改革委牵头，市财政局、市工信局配合）").get(0);
        assertEquals(List.of("市发展改革委", "市财政局", "市工信局"), lead.units());
        assertEquals(List.of("市发展改革委"), lead.lead());
        assertEquals(List.of("市财政局", "市工信局"), lead.support());
    }

    @Test
    void aDutiesListGivesOneRecordPerBody() {
        // Hongkou 职责分工: "1.区绿化市容局（区分减联办）：负责…" and a short one read as a heading
        List<Responsibility> r = run("五、职责分工",
                "1.区绿化市容局（区分减联办）：负责总体牵头协调推进全区生活垃圾分类工作，落实行业指导。",
                "4.区发改委：负责制定本区低价值可回收物补贴政策。");
        assertEquals(2, r.size());
        assertEquals(List.of("区绿化市容局"), r.get(0).units());
        assertEquals("负责总体牵头协调推进全区生活垃圾分类工作，落实行业指导", r.get(0).evidence());
        assertEquals(List.of("区发改委"), r.get(1).units());
    }

    @Test
    void aNamedBodyThatMustDoSomething() {
        // national plan 保障措施: 国家发展改革委要加强统筹协调…; not 各地区要…
        List<Responsibility> r = run("（一）加强组织实施。国家发展改革委要加强统筹协调，做好工作调度。各地区要落实属地责任。");
        assertEquals(1, r.size());
        assertEquals(List.of("国家发展改革委"), r.get(0).units());
        assertEquals("国家发展改革委要加强统筹协调，做好工作调度。", r.get(0).evidence(), "a whole sentence keeps its full stop");
    }

    @Test
    void bodiesThatActByTheirDutiesAndPlacesThatMustAct() {
        // national-state-council-energy-saving-carbon-reduction-action-plan-2024-2025 (保障措施), and the Hainan letter
        // form of a city and a county as the subject of 要 (乐东县 is 乐东黎族自治县)
        List<Responsibility> r = run("（二）压实责任。商务厅、交通运输厅等部门按职责分工制定分领域实施细则。东方市、乐东县要尽快解决服务区充电站建设问题。全市要加强宣传。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("商务厅", "交通运输厅"), r.get(0).units());
        assertEquals(List.of("东方市", "乐东县"), r.get(1).units());
    }

    @Test
    void theTownsAndParksOfADistrictAndTheBodyThatCarriesTheWork() {
        // shanghai-baoshan-inefficient-industrial-land-2021 (职责分工)
        List<Responsibility> r = run("（三）各镇政府、园区管委会是低效产业用地处置工作责任主体，负责低效产业用地的使用管理。各镇、园区应与入驻企业签订全生命监管协议。各级人民政府是第一责任主体。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("各镇政府", "园区管委会"), r.get(0).units());
        assertEquals(List.of("各镇", "园区"), r.get(1).units());
    }

    @Test
    void theBodyThatByNamesCarriesTheSentence() {
        // yunnan-province-ev-charging-capacity-doubling-plan-2026
        List<Responsibility> r = run("（四）提升服务质量。建立健全充电运营服务能力评价体系，由云南省电力行业协会充电基础设施促进分会（云南省充电联盟）开展运营商服务能力评级。行业协会要加强行业自律。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("云南省电力行业协会充电基础设施促进分会"), r.get(0).units());
        assertTrue(r.get(0).evidence().startsWith("建立健全充电运营服务能力评价体系"));
    }

    @Test
    void aSentenceThatNeverEndsIsQuotedInBoundedPieces() {
        // found by the fuzz harness's author: one line of 60,000 "X要…，" clauses made every record copy the rest of it
        String clause = "各区人民政府要加强组织领导，落实责任单位：市工信局、市发展改革委，";
        List<Responsibility> r = run(clause.repeat(5_000));
        assertTrue(!r.isEmpty());
        assertTrue(r.stream().allMatch(x -> x.evidence().length() <= ResponsibilityExtractor.MAX_EVIDENCE + clause.length()),
                "evidence is cut at a clause end near the cap");
    }

    @Test
    void bodiesThatOpenASentenceAndActCarryIt() {
        // sichuan-province-equipment-renewal-trade-in-measures-2026 / shanghai-baoshan-inefficient-industrial-land-2021
        List<Responsibility> r = run("（六）加强资金管理。财政厅、省发展改革委按季度分批次向市（州）下达超长期特别国债资金。区经委、各镇、园区组织梳理本区域现状产业用地。部署推进城市安全风险防范综合整治。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("财政厅", "省发展改革委"), r.get(0).units());
        assertEquals(List.of("区经委", "各镇", "园区"), r.get(1).units());
    }

    @Test
    void aNoteThatEveryTaskNeedsABodyIsInheritedByLaterNotes() {
        // Sichuan: （责任单位：…按职责分工负责；各项任务均需市县政府落实，不再列出）
        List<Responsibility> r = run("1. 落实国家设备更新支持政策。（责任单位：省发展改革委、财政厅按职责分工负责；各项任务均需市县政府落实，不再列出）",
                "2. 支持老旧营运货车报废更新。（责任单位：交通运输厅、财政厅）");
        assertEquals(List.of("省发展改革委", "财政厅", "市县政府"), r.get(0).units());
        assertEquals(List.of(), r.get(0).inheritedUnits());
        assertEquals(List.of("市县政府"), r.get(1).inheritedUnits());
    }

    @Test
    void aDutiesTableThatArrivedOneCellPerLine() {
        // a 单位 / 职责分工 table flattened into paragraphs: a body's name alone, then its duties
        List<Responsibility> r = run("附件2", "职责分工表", "单位", "职责分工",
                "区规划资源局", "拟定违法用地综合整治工作方案，负责组织协调和督促推进。",
                "各街镇", "是违法用地整治的责任主体，对本辖区整治工作负总责。");
        assertEquals(2, r.size());
        assertEquals(List.of("区规划资源局"), r.get(0).units());
        assertEquals("拟定违法用地综合整治工作方案，负责组织协调和督促推进", r.get(0).evidence());
        assertEquals(List.of("各街镇"), r.get(1).units());
    }

    @Test
    void aListOfNamesAfterADutiesCaptionIsNoDutiesTable() {
        // site links at the end of a page that followed a 部门职责清单
        List<Responsibility> r = run("附件2", "工作部门职责清单", "苏州市供销合作总社", "苏州市残疾人联合会", "信用苏州", "12345苏州阳光便民");
        assertTrue(r.isEmpty());
    }

    @Test
    void anItemNumberIsNotPartOfTheSubject() {
        List<Responsibility> r = run("（二）局安委会成员单位要在制定的子方案中将行业领域安全生产的督促指导职责明确细化为具体措施，压紧压实各方责任。");
        assertEquals(List.of("局安委会成员单位"), r.get(0).units());
    }

    @Test
    void theBodiesALeadBringsAlongAndThoseThatCarryItOut() {
        // Baoshan: 区国资委牵头区规划资源局、各镇、园区梳理…; 区经委牵头推进评价工作，各镇、园区具体组织落实
        List<Responsibility> r = run("（六）推进国资系统存量用地盘活。区国资委牵头区规划资源局、各镇、园区梳理本区国资系统企业名下现状产业用地，制定盘活计划。");
        assertEquals(List.of("区国资委", "区规划资源局", "各镇", "园区"), r.get(0).units());
        assertEquals(List.of("区国资委"), r.get(0).lead());
        List<Responsibility> e = run("（一）开展资源利用效率评价工作。区经委牵头推进评价工作，各镇、园区具体组织落实，每年公布评价结果。");
        assertEquals(List.of("区经委", "各镇", "园区"), e.get(0).units());
    }

    @Test
    void severalBodiesThatMustAndTheOnesThatSupportOrWorkWithVagueOnes() {
        // Yunnan 保障措施: A、B、C要…; X统筹负责…，Y配合X做好…; A、B将会同省级有关部门…
        List<Responsibility> r = run("（二）加强资金支持。省发展改革委、省财政厅、省工业和信息化厅要加大各类资金争取力度，支持车网互动等新业态发展。");
        assertEquals(List.of("省发展改革委", "省财政厅", "省工业和信息化厅"), r.get(0).units());
        List<Responsibility> s = run("（一）加强统筹协调。省能源局统筹负责推进行动方案落地实施，省发展改革委配合省能源局做好相关统筹协调工作。");
        assertEquals(List.of("省能源局", "省发展改革委"), s.get(0).units());
        List<Responsibility> t = run("（三）加强总结推广。省发展改革委、省能源局将会同省级有关部门，结合各州（市）工作推进情况，进一步总结有效经验。");
        assertEquals(List.of("省发展改革委", "省能源局"), t.get(0).units());
    }

    @Test
    void aSentenceBeforeTheNoteComesBeforeIt() {
        // jiangsu-suzhou-equipment-renewal-trade-in-plan-2024 (保障措施): the prose record, then the note closing the paragraph
        List<Responsibility> r = run("（一）加强组织领导。市发改委会同有关部门建立工作协调推进机制，强化协同配合，推进实施方案有序实施。"
                + "市各有关部门要落实责任，推动各项任务落实落细。（市各有关部门按职责分工负责）");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("市发改委"), r.get(0).units());
        assertEquals(List.of("市各有关部门"), r.get(1).units());
        // a note whose task is the one sentence a body carries stays first
        List<Responsibility> one = run("（二）强化保障。市财政局负责落实专项资金。（责任单位：市财政局、市商务局）");
        assertEquals(List.of("市财政局", "市商务局"), one.get(0).units());
    }

    @Test
    void aSentenceOpeningWithTogetherHasTheSubjectOfTheSentenceBefore() {
        // shanghai-baoshan-inefficient-industrial-land-2021 (职责分工)
        List<Responsibility> r = run("区经委牵头负责制定低效产业用地的认定评价标准，开展资源利用效率评价工作。会同区规划资源局推进、协调低效产业用地处置工作。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("区经委", "区规划资源局"), r.get(1).units());
        assertEquals("会同区规划资源局推进、协调低效产业用地处置工作。", r.get(1).evidence());
        assertEquals(List.of("市商务局", "市财政局"), run("市商务局负责消费券发放。会同市财政局制定补贴细则。").get(1).units());
        assertTrue(run("会同市财政局制定补贴细则。").isEmpty(), "no sentence before: no subject");
    }

    @Test
    void theBodyAfterByAndThoseItWorksWithInsideAClause() {
        // sichuan-province-equipment-renewal-trade-in-measures-2026
        List<Responsibility> r = run("2026年超长期特别国债资金由财政厅会同省发展改革委、商务厅，根据各市（州）消费品以旧换新补贴资金申请占比进行测算后预安排。");
        assertEquals(List.of("财政厅", "省发展改革委", "商务厅"), r.get(0).units());
        assertTrue(r.get(0).evidence().startsWith("2026年超长期特别国债资金由财政厅"));
        assertEquals(List.of("市财政局", "市发展改革委"), run("项目资金由市财政局会同市发展改革委审核下达。").get(0).units());
    }

    @Test
    void twoBodiesJoinedByInConsultationWith() {
        // sichuan-province-equipment-renewal-trade-in-measures-2026: 商 = in consultation with
        List<Responsibility> r = run("省发展改革委商财政厅汇总形成绩效评估报告，并将评估结果作为后续优化资金安排的重要依据。");
        assertEquals(List.of("省发展改革委", "财政厅"), r.get(0).units());
        assertEquals(List.of("市发改委", "市财政局"), run("市发改委商市财政局研究确定年度支持项目。").get(0).units());
        assertEquals(List.of("省发展改革委", "商务厅"), run("省发展改革委、商务厅制定分领域实施细则。").get(0).units(),
                "商务厅 after 、 is one body, not 商 + 务厅");
    }

    @Test
    void aBodyThatPlaysTheLeadingPart() {
        // sichuan-province-equipment-renewal-trade-in-measures-2026 (组织实施)
        List<Responsibility> r = run("省发展改革委发挥“两新”省级工作专班牵头抓总作用，加强统筹协调和跟踪调度。");
        assertEquals(List.of("省发展改革委"), r.get(0).units());
        assertEquals(List.of("省发展改革委"), r.get(0).lead());
        List<Responsibility> c = run("市工信局要充分发挥统筹协调作用，定期调度工作进展。");
        assertEquals(List.of("市工信局"), c.get(0).units());
        assertEquals(List.of(), c.get(0).lead());
        assertTrue(run("各地要发挥牵头作用，加强调度。").isEmpty(), "a vague subject plays no part");
    }

    @Test
    void aClauseThatOnlySaysWhenMayStandBeforeTheSubject() {
        // shanghai-baoshan-water-safety-production-2024
        List<Responsibility> r = run("2024年底前，局属基层各单位结合本辖区、本领域实际，以线上线下相结合的方式，组织开展重大事故隐患判定标准专题学习培训。");
        assertEquals(List.of("局属基层各单位"), r.get(0).units());
        assertTrue(r.get(0).evidence().startsWith("局属基层各单位结合本辖区"));
        assertEquals(List.of("区房管局"), run("到2025年，区房管局组织推进老旧小区加装电梯。").get(0).units());
        assertTrue(run("2024年，企业结合实际开展培训。").isEmpty());
    }

    @Test
    void aGoalStateOfABodyIsNoTask() {
        // shanghai-baoshan-water-safety-production-2024 (主要目标): 统筹 is part of what is to be stronger
        assertTrue(run("（二）主要目标。通过三年治本攻坚，水务行业各级管理部门和生产经营单位统筹发展和安全的理念进一步强化，坚守安全红线的意识更加强烈。").isEmpty());
        assertTrue(run("市工信局统筹产业发展的能力显著提升。").isEmpty());
        assertEquals(List.of("市工信局"), run("市工信局统筹产业发展，做好要素保障。").get(0).units());
    }

    @Test
    void collectiveSubjectsFromTheLexicon() {
        // subjects.tsv: collective phrases that must act, kinds of department that name none
        assertEquals(List.of("各市县主管部门"), run("各市县主管部门要加强对充电设施建设的监督管理。").get(0).units());
        assertEquals(List.of("各成员单位"), run("各成员单位要按照职责分工，密切配合，形成合力。").get(0).units());
        assertEquals(List.of("生产经营单位"), run("生产经营单位要落实安全生产主体责任。").get(0).units());
        // shanghai-baoshan-inefficient-industrial-land-2021: 区产业部门 names no department, the 工作小组 carries it
        List<Responsibility> r = run("区产业部门牵头出台技改、用能、环保、金融服务、规划土地等差别化资源配置政策，由工作小组统筹推进实施。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("工作小组"), r.get(0).units());
        // 由镇、园区牵头区相关部门…: the towns and parks lead, 区相关部门 is nobody
        List<Responsibility> towns = run("因企业行为被法院查封的存量建设用地，由镇、园区牵头区相关部门提前介入司法拍卖流程，明确竞买人准入评估原则。");
        assertEquals(List.of("镇", "园区"), towns.get(0).units());
    }

    @Test
    void whatIsDoneAfterABodyApprovedIsNotItsTask() {
        // shanghai-baoshan-inefficient-industrial-land-2021
        assertTrue(run("对于符合条件的企业，经区产业部门牵头认定后，根据规划实施“零增地”改扩建。").isEmpty());
        assertTrue(run("经市工信局牵头审核后，纳入项目库管理。").isEmpty());
    }

    @Test
    void aBodyKnownByASecondNameAndTownsThatMustWorkWithOthers() {
        // shanghai-hongkou-waste-sorting-2018: the second name in brackets is no second body
        List<Responsibility> r = run("区绿化市容局（区分减联办）是本区此项工作带头部门，应加强对生活垃圾综合管理工作的组织和协调。");
        assertEquals(List.of("区绿化市容局"), r.get(0).units());
        // shanghai-baoshan-inefficient-industrial-land-2021: 应会同
        List<Responsibility> t = run("各镇、园区应会同相关企业根据经批准的处置方案对相关低效产业用地进行改造开发利用。");
        assertEquals(List.of("各镇", "园区"), t.get(0).units());
    }

    @Test
    void aPlaceBeforeAColonLeadsInADutyOnlyWhenADutyFollows() {
        // xinyu-cluster-upgrade-2026-2028: a news headline "place: what it aims at"
        assertTrue(run("江西新余市:到2028年培育锂电新能源成为五百亿级产业集群").isEmpty());
        assertEquals(List.of("三亚市"), run("三亚市：负责推进本市公共充电桩建设。").get(0).units());
    }

    @Test
    void aNumberedDutyShortEnoughToBeAHeading() {
        // a 职责分工 list whose items are one sentence each, read as headings
        List<Responsibility> r = run("五、职责分工", "（一）局安委会负责统筹协调全局安全生产工作。", "（二）局安委办负责日常工作的组织推动。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("局安委会"), r.get(0).units());
        assertEquals(List.of("局安委办"), r.get(1).units());
        // shanghai-baoshan-water-safety-production-2024 writes the same list as paragraphs
        assertEquals(List.of("局安委会"), run("五、职责分工",
                "（一）局安委会负责制定本区水务行业安全生产治本攻坚三年行动方案，统筹做好局属基层各单位安全生产治本攻坚三年行动的组织推动。"
                        + "局安委办负责指导成员单位按照“管行业必须管安全”原则制定印发本部门单位的治本攻坚三年行动子方案。").get(0).units());
        assertTrue(run("（一）市工信局负责").isEmpty(), "a title without a full stop is no sentence");
    }

    @Test
    void aNoteCutAcrossLinesIsReadWhole() {
        List<Responsibility> r = run("（一）推进场站建设。新建公共充电站10座。（责任单位：省发展改革委、", "省交通运输厅，各市县政府）");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("省发展改革委", "省交通运输厅", "各市县政府"), r.get(0).units());
        assertEquals("新建公共充电站10座。", r.get(0).evidence());
        // the note on lines of its own after the task
        List<Responsibility> own = run("（二）完善服务网络。推进充电设施进小区。", "（责任单位：省住房城乡建设厅、", "省能源局）");
        assertEquals(List.of("省住房城乡建设厅", "省能源局"), own.get(0).units());
        assertEquals("推进充电设施进小区。", own.get(0).evidence());
        // a bracket that never closes joins nothing
        List<Responsibility> open = run("（三）加强宣传。（责任单位：市委宣传部、", "市工信局负责组织宣传活动。");
        assertEquals(List.of("市工信局"), open.get(open.size() - 1).units());
    }

    @Test
    void aBodySetUpWithEachMembersPart() {
        // shanghai-jingan-ai-application-demo-zone-2026: a leader is a person, 区相关部门 names nobody
        List<Responsibility> r = run("建立由区政府主要领导牵头、区发展改革委统筹推进、区科技经济委和区相关部门双牵头的“人工智能+”专班，加强对人工智能赋能应用的组织领导和统筹协调。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(java.util.Set.of("区科技经济委", "区发展改革委"), java.util.Set.copyOf(r.get(0).units()));
        assertEquals(List.of("区科技经济委"), r.get(0).lead());
        List<Responsibility> s = run("成立由市政府分管领导牵头、市发展改革委、市工信局等部门参与的工作专班，统筹推进氢能产业发展。");
        assertEquals(List.of("市发展改革委", "市工信局"), s.get(0).units());
        assertEquals(List.of("市发展改革委", "市工信局"), s.get(0).support());
        assertTrue(run("建立由市政府主要领导牵头、各有关部门参与的工作机制。").isEmpty());
    }

    @Test
    void aNoteWithNoBracketOnALineOfItsOwn() {
        List<Responsibility> r = run("（一）加快充电设施建设。新建公共充电桩500个。", "责任单位：市发展改革委、市住房城乡建设局");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("市发展改革委", "市住房城乡建设局"), r.get(0).units());
        assertEquals("新建公共充电桩500个。", r.get(0).evidence());
        // lead and support on two lines are one note
        List<Responsibility> two = run("（二）加强宣传引导。开展形式多样的宣传活动。", "牵头单位：市委宣传部", "配合单位：市财政局、市住房城乡建设局");
        assertEquals(1, two.size(), two.toString());
        assertEquals(List.of("市委宣传部"), two.get(0).lead());
        assertEquals(List.of("市财政局", "市住房城乡建设局"), two.get(0).support());
        // a label line that goes on with prose is no note
        assertTrue(run("（三）明确责任。", "责任单位：要把任务落到实处，确保取得实效。").isEmpty());
    }

    @Test
    void bodiesActingJointlyAndALeadWithThoseActingByTheirDuties() {
        assertEquals(List.of("市市场监管局", "市公安局"), run("市市场监管局联合市公安局开展专项整治行动。").get(0).units());
        assertEquals(List.of("市工商业联合会"), run("市工商业联合会负责组织企业参加展会。").get(0).units(), "联合会 is a name");
        // the prose form of the Suzhou note （市工信局牵头负责，市发改委按职责分工负责）
        Responsibility r = run("市发展改革委牵头，市财政局、市商务局等按职责分工负责，做好资金保障。").get(0);
        assertEquals(List.of("市发展改革委", "市财政局", "市商务局"), r.units());
        assertEquals(List.of("市发展改革委"), r.lead());
        assertEquals(List.of("市财政局", "市商务局"), r.support());
    }

    @Test
    void aLabelInBracketsOfItsOwnWithTheUnitsAfterIt() {
        List<Responsibility> r = run("(三)发展农村电商。培育电商示范村10个。【责任单位】县商务局、县农业农村局");
        assertEquals(1, r.size());
        assertEquals(List.of("县商务局", "县农业农村局"), r.get(0).units());
        assertEquals("培育电商示范村10个。", r.get(0).evidence());
    }

    @Test
    void labelsWithNoBracketClosingATasksParagraph() {
        List<Responsibility> r = run("(六)推进品牌建设。打造区域公用品牌2个。牵头单位:县市场监管局 配合单位:各乡镇人民政府");
        assertEquals(List.of("县市场监管局", "各乡镇人民政府"), r.get(0).units());
        assertEquals(List.of("县市场监管局"), r.get(0).lead());
        // a label inside a bracket is the bracket's: (牵头单位:…;配合单位:…) stays one note
        List<Responsibility> b = run("(一)建设县级物流配送中心1个。(牵头单位:县发改局;配合单位:县财政局、县自然资源局,各乡镇人民政府)");
        assertEquals(List.of("县财政局", "县自然资源局", "各乡镇人民政府"), b.get(0).support());
    }

    @Test
    void aNoteWhoseUnitsAreFollowedByWhenItIsDue() {
        List<Responsibility> r = run("(五)强化人才培训。每年培训电商人才500人次。(县人社局、县商务局负责,2024年底前完成)");
        assertEquals(List.of("县人社局", "县商务局"), r.get(0).units());
        assertEquals("每年培训电商人才500人次。", r.get(0).evidence());
    }

    @Test
    void labelsWithABracketedWordOrATimeLimitInTheNote() {
        assertEquals(List.of("市发改委", "市科技局"), run("(一)建设平台。建设创新平台5个。(责任单位(部门):市发改委、市科技局)").get(0).units());
        Responsibility main = run("(二)培育企业。培育企业10家。(主要责任单位:市工信局;配合单位:市财政局)").get(0);
        assertEquals(List.of("市工信局", "市财政局"), main.units());
        assertEquals(List.of("市财政局"), main.support());
        // 完成时限 inside the note says when, it names nobody
        assertEquals(List.of("市委改革办"), run("(四)推进改革。完成改革任务3项。(责任单位:市委改革办,完成时限:2024年12月)").get(0).units());
    }

    @Test
    void aNumberedBodyTitleWithAFullStopThenItsDuties() {
        List<Responsibility> r = run("四、职责分工", "(一)省发展改革委。负责统筹协调全省充电设施建设,制定年度计划。",
                "(二)各市州人民政府。负责本地区充电设施建设的组织实施。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("省发展改革委"), r.get(0).units());
        assertEquals(List.of("各市州人民政府"), r.get(1).units());
        // a task title with a full stop is no body: (一)加强组织领导。各地要…
        assertTrue(run("(一)加强组织领导。负责同志要亲自抓。").stream().noneMatch(x -> x.units().contains("加强组织领导")));
    }

    @Test
    void aBodysDutiesMayOpenWithAnyVerbOfCarryingOut() {
        // a district's 职责分工 (minimal; no corpus plan writes one so): 落实 / 组织 / 指导 open duties as 负责 does
        List<Responsibility> r = run("三、职责分工", "(三)各街道办事处。落实属地管理责任,组织辖区单位和居民开展垃圾分类。",
                "(四)区教育局。指导中小学校开展垃圾分类教育。");
        assertEquals(2, r.size(), r.toString());
        assertEquals(List.of("各街道办事处"), r.get(0).units());
        assertEquals("落实属地管理责任,组织辖区单位和居民开展垃圾分类", r.get(0).evidence());
        assertEquals(List.of("区教育局"), r.get(1).units());
        // the title must still be a body: (二)落实属地责任。组织… names nobody
        assertTrue(run("(二)压实工作责任。落实属地管理责任。").isEmpty());
    }

    @Test
    void aLabelClosingAParagraphMayEndWithAFullStop() {
        // 。责任单位：X、Y。 (minimal; the corpus's notes of this form end without one)
        List<Responsibility> r = run("1.全面落实市场准入负面清单制度，清理妨碍统一市场的政策措施。责任单位：市发展改革委、市市场监管局。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("市发展改革委", "市市场监管局"), r.get(0).units());
    }

    @Test
    void aBracketOfNamedBodiesAfterAFinishedSentenceIsANote() {
        // …。（人行武汉分行、市地方金融工作局） / 〔…〕: no label, no verb, nothing but named bodies (minimal)
        List<Responsibility> r = run("4.加大首贷、信用贷投放力度。（人行武汉分行、市地方金融工作局）");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("人行武汉分行", "市地方金融工作局"), r.get(0).units());
        assertEquals(List.of("国家金融监督管理总局湖北监管局"),
                run("力争每年新增民营企业贷款100亿元。〔国家金融监督管理总局湖北监管局〕").get(0).units());
        // an aside in a sentence, vague bodies or other words are no note
        assertTrue(run("由省发展改革委（省能源局）统筹。").stream().noneMatch(x -> x.units().equals(List.of("省能源局"))),
                "a second name inside the sentence");
        assertTrue(run("加强统筹协调。（有关部门）").isEmpty());
        assertTrue(run("完成改造任务。（2025年底前完成）").isEmpty());
    }

    @Test
    void aCollectiveSubjectThatMustActCarriesItsSentence() {
        // township plans: 各村（社区）要… / 各中小学校要… (minimal)
        List<Responsibility> r = run("（二）加强宣传。各村(社区)要通过宣传栏、微信群等方式开展政策宣传。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("各村(社区)"), r.get(0).units());
        assertEquals(List.of("各中小学校"), run("各中小学校要严格落实在职教师有偿补课专项治理要求。").get(0).units());
    }

    @Test
    void aLineOfUnitsThatLeadAndSupportIsTheNoteOfTheTaskAboveIt() {
        // 区规划自然资源局牵头，区住房城乡建委、各镇（街道）配合。 on its own line after the task, no bracket and no label
        List<Responsibility> r = run("（三）完善公共设施。推进老旧小区配套设施改造。", "区规划自然资源局牵头，区住房城乡建委、各镇(街道)配合。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("区规划自然资源局", "区住房城乡建委", "各镇(街道)"), r.get(0).units());
        assertEquals(List.of("区规划自然资源局"), r.get(0).lead());
        assertTrue(r.get(0).evidence().contains("推进老旧小区配套设施改造"), r.get(0).evidence());
        List<Responsibility> shared = run("（四）强化资金保障。统筹使用衔接资金。", "县财政局、县农业农村局按职责分工负责。");
        assertEquals(List.of("县财政局", "县农业农村局"), shared.get(0).units());
        // a line that names no body, or says more than who does it, is no note
        assertTrue(run("（五）加强统筹。推进项目建设。", "有关方面按职责分工负责。").isEmpty());
    }

    @Test
    void aSupervisingUnitLabelNamesItsUnit() {
        // 督办单位：区政府督查室 (lexicon/labels.tsv, neutral)
        List<Responsibility> r = run("（六）压实责任。将任务落实情况纳入年度考核。督办单位：区政府督查室");
        assertEquals(List.of("区政府督查室"), r.get(0).units());
    }

    @Test
    void bothBodiesOf会同CarryTheClauseWhateverItsVerb() {
        // 区市场监督管理局会同区公安分局依法查处… (the verb 依法查处 is in no list) (minimal)
        List<Responsibility> r = run("区市场监督管理局会同区公安分局依法查处销售假冒伪劣商品等违法行为。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("区市场监督管理局", "区公安分局"), r.get(0).units());
        assertEquals(List.of("区市场监督管理局"), ResponsibilityExtractor.leadingUnits("区市场监督管理局对辖区企业开展检查"));
        assertEquals(List.of("区公安分局", "区城管执法局"), ResponsibilityExtractor.leadingUnits("区公安分局、区城管执法局等部门严厉打击"));
        assertTrue(ResponsibilityExtractor.leadingUnits("有关部门研究").isEmpty());
    }

    @Test
    void aBodyThatWillOrThatActsOnSomethingCarriesItsSentence() {
        // fengxian 6.3: 区规划资源局将采取…开展考核 (将, lexicon/actions.tsv)
        List<Responsibility> r = run("区规划资源局将采取“过程考核+年终考核”的方式对“新三年行动”开展考核。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("区规划资源局"), r.get(0).units());
        // a township plan: 镇农业综合服务中心对各村…进行核查验收 (对)
        r = run("镇农业综合服务中心对各村秸秆综合利用情况进行核查验收，形成工作总结报县农业农村局。");
        assertEquals(List.of("镇农业综合服务中心"), r.get(0).units());
        // jiangxi-1269: 对外新闻处 is a word, not the department acting
        assertTrue(run("省委宣传部对外新闻处副处长徐承主持新闻发布会。").isEmpty());
    }

    @Test
    void whatABodyMustApproveFirstIsAConditionNotItsTask() {
        // baoshan-inefficient-industrial-land: 经工作小组审核同意后，可分割转让…
        assertTrue(run("经工作小组审核同意后，可分割转让给园区开发平台或经认定的战略性新兴产业项目和高新技术产业化项目。").isEmpty());
    }

    @Test
    void partnersOf会同AreCutBackToTheBodiesThatOpenTheClause() {
        // a township plan: the partner is 镇生态环境保护工作站, not the whole run up to 队伍
        List<Responsibility> r = run("镇综合行政执法大队要会同镇生态环境保护工作站组建禁烧巡查队伍，对重点区域开展昼夜巡查。");
        assertEquals(List.of("镇综合行政执法大队", "镇生态环境保护工作站"), r.get(0).units());
    }

    @Test
    void aGroupSetUpWithPeopleAtItsHeadCarriesWhatItIsResponsibleFor() {
        // a township plan's 组织领导 section (heldout/resp-probes/r4.txt, constructed)
        List<Responsibility> r = run("成立清溪镇秸秆禁烧和综合利用工作领导小组，由镇党委书记任组长，镇长任常务副组长，镇直有关单位主要负责同志为成员，"
                + "负责全镇秸秆禁烧和综合利用工作的组织领导和统筹协调。");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("清溪镇秸秆禁烧和综合利用工作领导小组"), r.get(0).units());
        // shanghai-baoshan-inefficient-industrial-land: the bodies that lead the group carry it, not the group
        r = run("成立由区规划资源局、区经委牵头的宝山区低效产业用地处置工作小组，负责统筹推进低效产业用地处置工作。");
        assertTrue(r.stream().noneMatch(x -> x.units().contains("宝山区低效产业用地处置工作小组")), r.toString());
    }
}
