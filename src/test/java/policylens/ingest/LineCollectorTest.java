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
}
