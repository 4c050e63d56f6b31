package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class StructureParserTest {
    private static StructuredText parse(String... lines) {
        return new StructureParser().parse(Page.of(List.of(lines)));
    }

    private static List<Block> rows(StructuredText doc) {
        return doc.blocks().stream().filter(b -> b.kind() == Block.Kind.ROW).toList();
    }

    @Test
    void buildsTheSectionTreeWithStableTaskIds() {
        StructuredText doc = parse(
                "二、重点工作",
                "(一)优化集群空间布局。编制出台“十五五”推进新型工业化发展规划。(责任单位:省工业和信息化厅)",
                "(二)推进集群重点项目建设。每年跟踪推进100个以上集群重点项目。",
                "三、组织实施",
                "省工业强省建设工作领导小组负责统筹谋划和推进产业集群提能升级工作。");
        List<Block> b = doc.blocks();
        assertEquals(Block.Kind.HEADING, b.get(0).kind());
        assertEquals("2", b.get(0).taskId());
        assertEquals("2.1", b.get(1).taskId());
        assertEquals(List.of("二、重点工作", "(一)优化集群空间布局"), b.get(1).path());
        assertEquals("2.2", b.get(2).taskId());
        assertEquals("3", b.get(4).taskId());
        assertEquals(List.of("三、组织实施"), b.get(4).path());
    }

    @Test
    void readsAFlattenedTaskTableWithItsInheritanceNote() {
        // xinyu-cluster-upgrade 附件2, one cell per line
        StructuredText doc = parse(
                "附件2", "全市产业集群提能升级重点任务清单", "重点任务", "具体举措", "责任单位",
                "1.优化集群空间布局",
                "编制全市“十五五”新型工业化发展规划,统筹谋划产业集群区域布局和功能定位。",
                "市工信局、各县(区)政府(管委会)、市重点产业链牵头单位",
                "(以下均需各县(区)政府(管委会)落实,不再列出)",
                "各县(区)对接全市规划,聚焦优势领域和细分赛道,制定集群提能升级实施方案。",
                "各县(区)政府(管委会)",
                "5.提升链式招商水平",
                "大力引进具有资源整合能力的链主企业。2026-2028年,每年引进20个以上集群引领性项目(单个项目投资不低于5亿元)。",
                "市商务局、市重点产业链牵头单位");
        List<Block> rows = rows(doc);
        assertEquals(3, rows.size());
        Block.Row first = rows.get(0).row();
        assertEquals("1.优化集群空间布局", first.task());
        assertEquals("市工信局、各县(区)政府(管委会)、市重点产业链牵头单位", first.units());
        assertNull(first.note());
        assertEquals("(以下均需各县(区)政府(管委会)落实,不再列出)", rows.get(1).row().note());
        assertEquals("5.提升链式招商水平", rows.get(2).row().task());
        assertEquals("A2.3", rows.get(2).taskId());
    }

    @Test
    void readsARealTableWhoseTaskCellSpansRows() {
        // the same annex as an HTML <table>: a row line with tab-separated cells; rowspan leaves later rows shorter
        StructuredText doc = parse(
                "附件2", "全市产业集群提能升级重点任务清单", "重点任务\t具体举措\t责任单位",
                "1.优化集群空间布局\t编制全市“十五五”新型工业化发展规划。\t市工信局、各县(区)政府(管委会)",
                "(以下均需各县(区)政府(管委会)落实,不再列出)",
                "各县(区)对接全市规划,制定集群提能升级实施方案。\t各县(区)政府(管委会)");
        List<Block> rows = rows(doc);
        assertEquals(2, rows.size());
        assertEquals("1.优化集群空间布局", rows.get(1).row().task());
        assertEquals(List.of("各县(区)对接全市规划,制定集群提能升级实施方案。"), rows.get(1).row().cells());
        assertEquals("各县(区)政府(管委会)", rows.get(1).row().units());
        assertEquals("(以下均需各县(区)政府(管委会)落实,不再列出)", rows.get(1).row().note());
    }

    @Test
    void recognizesUnitsLinesAndTaskLines() {
        assertEquals(true, StructureParser.isUnitsLine("市工信局、市民政局,钢铁、锂电新能源、电子信息产业链牵头单位"));
        assertEquals(true, StructureParser.isUnitsLine("“六个一”机制责任单位按职责分工负责"));
        assertEquals(true, StructureParser.isUnitsLine("人行新余市分行、国家金融监管总局新余分局"));
        // shanghai-hongkou-waste-sorting-2018 任务清单: a 指标数 cell that counts streets is no units cell
        assertEquals(false, StructureParser.isUnitsLine("4个街道"));
        assertEquals(false, StructureParser.isUnitsLine("3.1家以上专精特新“小巨人”企业或制造业单项冠军企业"));
        assertEquals(false, StructureParser.isUnitsLine("推动市级及园区各类优质平台、数据、服务资源向集群企业开放共享。"));
        assertEquals(false, StructureParser.isUnitsLine("、"), "separators alone (found by a fuzzing run)");
        assertEquals(true, StructureParser.isTaskLine("14.大力发展生产性服务业。"));
        assertEquals(false, StructureParser.isTaskLine("1.20家以上规上工业企业;"));
    }

    @Test
    void readsLeadAndSupportColumnsAndADeadlineColumn() {
        // a provincial task table as an HTML <table>: 序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限
        StructuredText doc = parse("附件", "重点任务分工表", "序号\t重点任务\t具体举措\t牵头单位\t配合单位\t完成时限",
                "1\t推进智能工厂建设\t每年新建省级智能工厂不少于100家。\t省工业和信息化厅\t省发展改革委、省财政厅\t2026年底前");
        Block.Row row = rows(doc).get(0).row();
        assertEquals("推进智能工厂建设", row.task());
        assertEquals(List.of("每年新建省级智能工厂不少于100家。"), row.cells()); // what is to be done
        assertEquals(List.of("2026年底前"), row.timeLimits()); // when: read for the deadline, not quoted as the task
        assertEquals("牵头单位:省工业和信息化厅;配合单位:省发展改革委、省财政厅", row.units());
    }

    @Test
    void readsARealTableWithASecondHeaderRowMergedTaskCellsAndANoteBesideAnEmptyCell() {
        // xinyu 附件1 and 附件2 as a DOCX table: vertically merged cells arrive empty
        StructuredText one = parse("附件1", "全市产业集群提能升级重点事项清单",
                "“六个一”\t功能定位\t主要建设内容\t责任单位",
                "\t\t省级产业集群\t省级先进制造业集群\t国家级先进制造业集群\t",
                "产业基金\t(是指由政府发起设立的私募基金。)\t1.引导银行金融机构开发特色化金融产品;\t基金规模不少于10亿元;\t基金规模不少于30亿元。\t市国资委、市财政局");
        assertEquals(1, rows(one).size());
        assertEquals("市国资委、市财政局", rows(one).get(0).row().units());

        StructuredText two = parse("附件2", "全市产业集群提能升级重点任务清单",
                "重点任务\t具体举措\t责任单位",
                "1.优化集群空间布局\t编制全市“十五五”新型工业化发展规划。\t市工信局",
                "\t(以下均需各县(区)政府(管委会)落实,不再列出)",
                "\t各县(区)对接全市规划,绘制完善集群“四图五清单”。\t各县(区)政府(管委会)");
        List<Block> rows = rows(two);
        assertEquals(2, rows.size());
        assertEquals("1.优化集群空间布局", rows.get(1).row().task());
        assertEquals(List.of("各县(区)对接全市规划,绘制完善集群“四图五清单”。"), rows.get(1).row().cells());
        assertEquals("(以下均需各县(区)政府(管委会)落实,不再列出)", rows.get(1).row().note());
        assertEquals("市工信局", rows.get(1).row().noteUnits());
    }

    @Test
    void aRowMissingItsMergedCellsTakesTheUnitsOfTheRowAbove() {
        // Suzhou 附件1 as a Markdown table: row 4 lost its 领域 and 牵头责任部门 cells (rowspan in the original)
        List<Block> rows = rows(parse("附件1", "2024年苏州市推动大规模设备更新和消费品以旧换新任务清单",
                "序号\t领域\t2024年推进任务\t牵头责任部门",
                "一、实施设备更新行动",
                "3\t能源与 环境\t技术改造煤电机组规模355万千瓦以上。\t市发改委",
                "4\t加快“先立后改”支撑性电源项目730万千瓦机组建设。",
                "5\t完成国Ⅲ及以下排放标准柴油货车淘汰任务。\t市交通局、市生态环境局"));
        assertEquals(3, rows.size());
        assertEquals("市发改委", rows.get(1).row().units());
        assertEquals(List.of("加快“先立后改”支撑性电源项目730万千瓦机组建设。"), rows.get(1).row().cells());
        assertEquals("市交通局、市生态环境局", rows.get(2).row().units());
        assertEquals("2024年", rows.get(0).row().due(), "the measure column's header sets the year");
    }

    @Test
    void aDutiesTableGivesOneRowPerBody() {
        // Suzhou 附件2 部门职责清单: rows 3-4 continue 市发改委's duties
        List<Block> rows = rows(parse("附件2", "工作部门职责清单", "序号\t部门\t职责清单",
                "2\t市发改委\t积极争取中央预算内投资、节能减排补助资金、超长期特别国债等。",
                "3\t梳理总结重点领域产品设备更新改造和回收利用优秀项目、典型案例。",
                "5\t市教育局\t推动教育领域更新置换先进教学及科研技术设备。"));
        assertEquals(2, rows.size());
        assertEquals("市发改委", rows.get(0).row().units());
        assertEquals("市教育局", rows.get(1).row().units());
    }

    @Test
    void anEmptyCellUnderAMergedLeadCellKeepsTheLeadOfTheRowAbove() {
        // Guangzhou 任务分工表 (HTML, rowspan): the 序号, 工作事项 and 牵头单位 cells span the task's rows
        List<Block> rows = rows(parse("附件2", "任务分工表",
                "序号\t工作事项\t主要内容\t牵头单位\t配合单位\t市卫健委内牵头处室\t市卫健委内配合处室",
                "1\t有序扩大家庭医生来源。\t现阶段家庭医生包括全科医生。\t各区政府\t市卫生健康委\t基层处\t医政处",
                "\t\t根据服务人口、功能定位等因素,推动人才资源向基层医疗卫生机构倾斜。\t\t市卫生健康委、市人社局\t人事处\t基层处"));
        assertEquals(2, rows.size());
        assertEquals("有序扩大家庭医生来源。", rows.get(1).row().task());
        assertEquals("牵头单位:各区政府;配合单位:市卫生健康委、市人社局", rows.get(1).row().units());
        assertEquals(List.of("根据服务人口、功能定位等因素,推动人才资源向基层医疗卫生机构倾斜。"), rows.get(1).row().cells());
    }

    @Test
    void aTaskTableFlattenedOneCellPerLineInTheBody() {
        // a 任务清单 without an 附件 line above it: 序号 / 任务内容 / 责任单位, then the cells one per line
        List<Block> rows = rows(parse("二、任务清单", "序号", "任务内容", "责任单位",
                "1", "推进生活垃圾分类达标小区创建，全年新增达标小区18个。", "区绿化市容局",
                "2", "完善可回收物回收体系，新建回收服务点9个。", "区商务委", "各街镇",
                "三、保障措施"));
        assertEquals(2, rows.size());
        assertEquals("区绿化市容局", rows.get(0).row().units());
        assertEquals("区商务委、各街镇", rows.get(1).row().units());
    }

    @Test
    void aFlattenedAnnexTablesHeaderEndsAtTheFirstRowNumber() {
        // 序号 / 重点任务 / 主责单位 / 配合单位, then row 1: the row's number and task are no header cells
        StructuredText doc = parse("附件", "重点任务分工表", "序号", "重点任务", "主责单位", "配合单位",
                "1", "建设智慧商圈", "区商务委", "区科委", "2", "培育夜间经济", "区文旅局", "区商务委");
        List<Block> rows = rows(doc);
        assertEquals(2, rows.size());
        assertEquals(List.of("建设智慧商圈"), rows.get(0).row().cells());
        assertEquals("区商务委、区科委", rows.get(0).row().units());
    }

    @Test
    void aYearAndValueFollowedByUnitsIsARowOfItsOwn() {
        // shanghai-hongkou-waste-sorting-2018 任务清单: the task cell spans both years, each year names its streets
        StructuredText doc = parse("附件", "任务清单", "序号", "主要任务", "节点", "指标数", "责任单位", "配合单位",
                "1", "各街道完成整区域分类覆盖", "2018年", "4个街道", "欧阳、曲阳、凉城、广中街道", "区绿化市容局",
                "2019年", "4个街道", "川北、嘉兴、北外滩、江湾镇街道");
        List<Block> rows = rows(doc);
        assertEquals(2, rows.size());
        assertEquals("各街道完成整区域分类覆盖", rows.get(1).row().task());
        assertEquals(List.of("2019年", "4个街道"), rows.get(1).row().cells());
        assertEquals("川北、嘉兴、北外滩、江湾镇街道", rows.get(1).row().units());
    }

    @Test
    void aShortNumberedItemThatIsAWholeSentenceIsATaskNotATitle() {
        StructuredText doc = parse("一、工作任务", "（一）12月底前建成公共充电桩2000个。", "（二）加强组织领导。",
                "（三）各区主管部门于8月31日前完成排查，按月报送进展。");
        List<Block> b = doc.blocks();
        assertEquals(Block.Kind.PARAGRAPH, b.get(1).kind());
        assertEquals(Block.Kind.HEADING, b.get(2).kind(), "a title with a full stop stays a title");
        assertEquals(Block.Kind.PARAGRAPH, b.get(3).kind());
        assertEquals("1.3", b.get(3).taskId());
    }

    @Test
    void theHeaderOfASecondTableRightAfterTheFirstStartsATableOfItsOwn() {
        StructuredText doc = parse("序号\t重点任务\t具体措施\t主责单位", "1\t优化审批\t建设企业服务中心3个。\t市发展改革委",
                "序号\t考核指标\t目标值\t负责考核部门", "1\t政务服务满意度\t≥95%\t市政务服务局");
        List<Block> rows = rows(doc);
        assertEquals(2, rows.size());
        assertEquals("市政务服务局", rows.get(1).row().units());
        assertEquals(List.of("政务服务满意度", "≥95%"), rows.get(1).row().cells());
    }

    @Test
    void aDittoMarkIsTheCellAboveAndThenAnEmptyCellIsEmpty() {
        // an HTML table: 牵头单位 spans rows 1-2 (〃 in row 2), row 3 leaves 配合单位 empty
        StructuredText doc = parse("序号\t任务内容\t牵头单位\t配合单位",
                "1\t新建高标准农田1万亩。\t县农业农村局\t县财政局",
                "2\t完成农村户厕改造2000户。\t〃\t县卫健局、各乡镇",
                "3\t建设乡村振兴示范村10个。\t县乡村振兴局\t");
        List<Block> rows = rows(doc);
        assertEquals("牵头单位:县农业农村局;配合单位:县卫健局、各乡镇", rows.get(1).row().units());
        assertEquals("县乡村振兴局", rows.get(2).row().units(), "no span marked: nothing carried down");
        // without marks (Markdown, DOCX) an empty units cell is one a merged cell spans
        StructuredText plain = parse("序号\t任务内容\t牵头单位\t配合单位",
                "1\t新建高标准农田1万亩。\t县农业农村局\t县财政局", "2\t完成农村户厕改造2000户。\t\t县卫健局");
        assertEquals("牵头单位:县农业农村局;配合单位:县卫健局", rows(plain).get(1).row().units());
    }

    @Test
    void aLeadColumnBesideAUnitsColumnSaysWhoLeads() {
        StructuredText doc = parse("序号\t工作任务\t具体内容\t牵头单位\t责任单位\t完成时限",
                "1\t技术改造\t实施技改项目200个以上。\t市工信局\t各县(市、区)政府\t2024年底前");
        assertEquals("牵头单位:市工信局;责任单位:各县(市、区)政府", rows(doc).get(0).row().units());
    }

    @Test
    void aColumnOfLeadersNamesNoUnitAndNoTask() {
        StructuredText doc = parse("序号\t重点任务\t责任领导\t牵头单位\t配合单位", "1\t新建5G基站1000个。\t王副市长\t市工信局\t市通信管理办");
        assertEquals(List.of("新建5G基站1000个。"), rows(doc).get(0).row().cells());
        assertEquals("牵头单位:市工信局;配合单位:市通信管理办", rows(doc).get(0).row().units());
    }

    @Test
    void unitColumnsUnderASpanningUnitsHeaderAreReadFromTheSecondHeaderRow() {
        // an HTML table: 责任单位 spans 牵头单位 | 配合单位 in the row below; rowspans above hold the ditto mark (minimal)
        StructuredText doc = parse("附件", "重点任务清单", "序号\t重点任务\t责任单位\t\t完成时限",
                "〃\t〃\t牵头单位\t配合单位\t〃",
                "1\t推进工业领域设备更新,实施技改项目300个以上\t市工业和信息化局\t市发展改革委、市财政局\t2025年底");
        assertEquals(1, rows(doc).size(), rows(doc).toString());
        Block.Row row = rows(doc).get(0).row();
        assertEquals("牵头单位:市工业和信息化局;配合单位:市发展改革委、市财政局", row.units());
        assertEquals(List.of("2025年底"), row.timeLimits());
        // a full row of headers under a table is the header of a table of its own, not a second header row
        assertFalse(StructureParser.isSubHeaderRow("序号\t重点任务\t牵头单位\t配合单位"));
    }
}
