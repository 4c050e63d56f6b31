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
}
