package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrokenLinesTest {
    private static List<String> join(String... lines) {
        return new BrokenLines().apply(Page.of(List.of(lines))).lines();
    }

    @Test
    void joinsASentenceBrokenAcrossLines() {
        // nanchang-8810, (二): the PDF line ends in the middle of 南昌飞行大会
        assertEquals(List.of("(二)实施产业强链建圈攻坚行动。加快推动产业链强链、补链、延链,依托世界VR产业大会、中国航空产业大会暨南昌飞行大会等重大活动平台,加强国际产业链合作。"),
                join("(二)实施产业强链建圈攻坚行动。加快推动产业链强链、补链、延链,依托世界VR产业大会、中国航空产业大会暨南昌",
                        "飞行大会等重大活动平台,加强国际产业链合作。"));
    }

    @Test
    void keepsParagraphAndHeadingBreaks() {
        assertEquals(List.of("加强集群宣传推广和典型示范,营造浓厚发展氛围。(责任单位:省工业和信息化厅)", "三、组织实施"),
                join("加强集群宣传推广和典型示范,营造浓厚发展氛围。(责任单位:省工业和信息化厅)", "三、组织实施"));
        assertEquals(List.of("坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,深化落实", "二、主要目标"),
                join("坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,深化落实", "二、主要目标"));
    }

    @Test
    void doesNotJoinAUnitsCellOfAFlattenedTable() {
        // xinyu 附件1: the units line of one row, then the next row's first cell
        assertEquals(2, join("市工信局、市科技局,钢铁、锂电新能源、电子信息、装备制造、新材料产业链牵头单位",
                "协同创新平台(是指由龙头企业、科研院所、高校等牵头组建的新型研发机构。)").size());
    }

    @Test
    void doesNotJoinShortLines() {
        assertEquals(2, join("1.优化集群空间布局", "编制全市“十五五”新型工业化发展规划。").size());
    }

    @Test
    void decidesByTheLastVisualLineNotTheJoinedLength() {
        // a title wrapped over two lines ends short: the addressee line after it is a new paragraph
        assertEquals(List.of("新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-2028年)》的通知",
                        "各县(区)人民政府、管委会,市政府各部门,市直各单位:"),
                join("新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-202",
                        "8年)》的通知",
                        "各县(区)人民政府、管委会,市政府各部门,市直各单位:"));
    }

    @Test
    void aDocumentNumberBracketDoesNotEndALine() {
        assertEquals(1, join("为深入贯彻省委、省政府的决策部署,认真落实《江西省产业集群提能升级实施方案》(赣工强省小组字〔2025〕",
                "4号),立足新余市产业发展实际,特制定本方案。").size());
    }

    @Test
    void aUnitsListBrokenAfterAnEnumerationCommaGoesOn() {
        assertEquals(List.of("市工信局、市发改委、市科技局、市商务局、市民政局、市工商联、高新区、分宜县、渝水区"),
                join("市工信局、市发改委、市科技局、市商务局、市民政局、市工商联、高新区、", "分宜县、渝水区"));
    }

    @Test
    void aDocumentsTitleDoesNotGoOnIntoItsIssuerLine() {
        assertEquals(2, join("某省发展和改革委员会关于抓好2024年充换电基础设施建设工作的函", "某省发展和改革委员会").size());
    }

    @Test
    void doesNotJoinACellToTheUnitsOrDateCellsUnderIt() {
        // a task table saved one cell per line (heldout/resp-probes/r6.txt, a constructed city plan): task, units, date
        List<String> out = join("新建街道综合养老服务中心6处、社区嵌入式养老服务设施20处，实现城市街道综合养老服务中心全覆盖",
                "市民政局、市住房城乡建设局、各区（市）人民政府", "2024年11月底");
        assertEquals(3, out.size(), out.toString());
        // a line that stops at a comma or a label goes on into the units
        assertEquals(false, BrokenLines.isCellAfterCell("加快建设养老服务设施。（责任单位：市民政局、", "市住房城乡建设局）"));
        assertEquals(false, BrokenLines.isCellAfterCell("加快建设养老服务设施。牵头单位：", "市民政局"));
        assertEquals(true, BrokenLines.isCellAfterCell("实现城市街道综合养老服务中心全覆盖", "市民政局"));
        // xinyu-cluster-upgrade PDF: a units cell broken inside 产业链 goes on
        assertEquals(false, BrokenLines.isCellAfterCell("市工信局、市科技局,钢铁、锂电新能源、电子信息、装备制造、新材料产业", "链牵头单位"));
    }
}
