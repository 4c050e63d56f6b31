package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineCollectorTest {
    private static void block(LineCollector c, String name, String text) {
        c.startElement("", name, name, new AttributesImpl());
        c.characters(text.toCharArray(), 0, text.length());
        c.endElement("", name, name);
    }

    @Test
    void blocksOfAWebPageAreParagraphsEvenWhenMinified() {
        // <p>…</p><p>…</p> without white space between: a blank line still separates them
        LineCollector c = new LineCollector(true);
        block(c, "p", "新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-2028年)》的通知");
        block(c, "p", "各县(区)人民政府、管委会,市政府各部门,市直各单位:");
        assertEquals(List.of("新余市人民政府关于印发《新余市产业集群提能升级三年行动方案(2026-2028年)》的通知", "",
                "各县(区)人民政府、管委会,市政府各部门,市直各单位:", ""), c.lines());
    }

    @Test
    void aPdfGivesItsVisualLinesWithoutBlankLines() {
        // PDFBox makes each visual line a <p> ending in a line break, with line breaks between the blocks
        LineCollector c = new LineCollector(false);
        block(c, "p", "日前,江西新余市人民政府印发《新余市产业集群提能升级三年行动方案(2026\n");
        c.characters("\n".toCharArray(), 0, 1);
        block(c, "p", "-2028年)》。\n");
        assertEquals(List.of("日前,江西新余市人民政府印发《新余市产业集群提能升级三年行动方案(2026", "-2028年)》。"), c.lines());
    }

    @Test
    void rowspanAndColspanKeepCellsUnderTheirColumns() {
        // <tr><td rowspan=2>1</td><td colspan=2>有序扩大家庭医生来源</td><td>各区政府</td></tr><tr><td>根据…</td><td>x</td><td>市人社局</td></tr>
        LineCollector c = new LineCollector(true);
        c.startElement("", "table", "table", new AttributesImpl());
        c.startElement("", "tr", "tr", new AttributesImpl());
        cell(c, "1", "rowspan", "2");
        cell(c, "有序扩大家庭医生来源", "colspan", "2");
        cell(c, "各区政府", null, null);
        c.endElement("", "tr", "tr");
        c.startElement("", "tr", "tr", new AttributesImpl());
        cell(c, "根据服务人口", null, null);
        cell(c, "x", null, null);
        cell(c, "市人社局", null, null);
        c.endElement("", "tr", "tr");
        c.endElement("", "table", "table");
        // the cell the rowspan covers holds the ditto mark 〃, the colspan's fill stays empty
        assertEquals(List.of("1\t有序扩大家庭医生来源\t\t各区政府", "〃\t根据服务人口\tx\t市人社局"),
                c.lines().stream().filter(l -> !l.isBlank()).toList());
    }

    private static void cell(LineCollector c, String text, String attribute, String value) {
        AttributesImpl atts = new AttributesImpl();
        if (attribute != null) {
            atts.addAttribute("", attribute, attribute, "CDATA", value);
        }
        c.startElement("", "td", "td", atts);
        c.characters(text.toCharArray(), 0, text.length());
        c.endElement("", "td", "td");
    }
}
