package policylens.serve;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import policylens.i18n.Lang;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-drawn SVG charts: well-formed XML, labelled for assistive technology, one mark per datum, escaped. */
class ChartsTest {
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(Document d, String tag, String cls) {
        NodeList all = d.getElementsByTagNameNS(Charts.SVG_NS, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    static void assertLabelled(Document d, String id, String title, String desc) {
        Element svg = d.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(Charts.SVG_NS, svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(id + "-title " + id + "-desc", svg.getAttribute("aria-labelledby"));
        Element t = (Element) svg.getElementsByTagNameNS(Charts.SVG_NS, "title").item(0);
        Element s = (Element) svg.getElementsByTagNameNS(Charts.SVG_NS, "desc").item(0);
        assertEquals(id + "-title", t.getAttribute("id"));
        assertEquals(title, t.getTextContent());
        assertEquals(id + "-desc", s.getAttribute("id"));
        assertEquals(desc, s.getTextContent());
        assertFalse(svg.hasAttribute("style"));
        assertEquals(0, d.getElementsByTagNameNS(Charts.SVG_NS, "script").getLength());
    }

    @Test
    void barsAreOnePerDatumWithHeightsInProportionAndLabelledTicks() throws Exception {
        List<Charts.Bar> bars = List.of(new Charts.Bar("2026年第1季度", "2026-Q1", 3, null),
                new Charts.Bar("2026年第2季度", "2026-Q2", 0, null),
                new Charts.Bar("2026年第3季度", "2026-Q3", 12, "overdue"));
        Document d = parse(Charts.bars("q", "每季度到期的任务", "三个季度", "任务数", bars));
        assertLabelled(d, "q", "每季度到期的任务", "三个季度");
        List<Element> rects = byClass(d, "rect", "bar");
        assertEquals(3, rects.size());
        double h0 = Double.parseDouble(rects.get(0).getAttribute("height"));
        double h2 = Double.parseDouble(rects.get(2).getAttribute("height"));
        assertEquals(0.0, Double.parseDouble(rects.get(1).getAttribute("height")));
        assertEquals(4.0, h2 / h0, 0.01);
        assertTrue(rects.get(2).getAttribute("class").contains("overdue"));
        assertEquals("2026年第3季度: 12", rects.get(2).getTextContent());
        List<String> ticks = byClass(d, "text", "tick").stream().map(Element::getTextContent).toList();
        assertTrue(ticks.containsAll(List.of("0", "5", "10", "15", "2026-Q1", "2026-Q3")), ticks.toString());
    }

    @Test
    void aUnitNameWithMarkupIsEscapedAndStaysText() throws Exception {
        String hostile = "<script>alert(1)</script>&市<局>";
        String svg = Charts.hbars("lead", "牵头任务最多的单位", "desc & <more>", "牵头任务数",
                List.of(new Charts.Bar(hostile, null, 5, null), new Charts.Bar("新余市工业和信息化局", null, 2, null)));
        assertFalse(svg.contains("<script>"), svg);
        Document d = parse(svg);
        assertLabelled(d, "lead", "牵头任务最多的单位", "desc & <more>");
        assertEquals(2, byClass(d, "rect", "bar").size());
        List<String> labels = byClass(d, "text", "label").stream().map(Element::getTextContent).toList();
        assertEquals(Charts.shorten(hostile, 18), labels.get(0));
        assertEquals("新余市工业和信息化局", labels.get(1));
        assertEquals(hostile + ": 5", byClass(d, "rect", "bar").get(0).getTextContent());
    }

    @Test
    void dotsAreOnePerPointWithALegendEntryPerSeries() throws Exception {
        List<Charts.Series> series = Charts.series(List.of(
                Map.entry("江西省", new Charts.Dot(2028, 7000, "专精特新中小企业")),
                Map.entry("新余市", new Charts.Dot(2028, 330, "专精特新中小企业")),
                Map.entry("新余市", new Charts.Dot(2026, 15, "专精特新“小巨人”企业"))));
        assertEquals(2, series.size());
        Document d = parse(Charts.dots("m", "“专精特新”各地区的目标值(家)", "散点图", "目标值(家)", series));
        assertLabelled(d, "m", "“专精特新”各地区的目标值(家)", "散点图");
        int dots = 0;
        for (String tag : List.of("circle", "rect", "polygon")) {
            dots += byClass(d, tag, "dot").size();
        }
        assertEquals(3, dots);
        List<String> legend = byClass(d, "text", "legend").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("江西省", "新余市"), legend);
        List<String> ticks = byClass(d, "text", "tick").stream().map(Element::getTextContent).toList();
        assertTrue(ticks.containsAll(List.of("2026", "2027", "2028", "0", "8000")), ticks.toString());
    }

    @Test
    void theFigureCarriesTheDataAsATableInDetails() {
        String html = Charts.figure("q", "每季度到期的任务", "<svg/>",
                new Charts.Table(List.of("期间", "任务数"), List.of(List.of("<b>", "3"))), Lang.ZH);
        assertTrue(html.contains("<details class=\"chart-data\" id=\"q-data\"><summary>数据表</summary>"), html);
        assertTrue(html.contains("<th scope=\"col\">期间</th>"), html);
        assertTrue(html.contains("<td>&lt;b&gt;</td>"), html);
    }

    @Test
    void axesGoUpInRoundSteps() {
        assertEquals(List.of(0.0, 2000.0, 4000.0, 6000.0, 8000.0), Charts.Axis.of(7000).ticks());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), Charts.Axis.of(3).ticks());
        assertEquals(List.of(0.0, 1.0), Charts.Axis.of(0).ticks());
        assertEquals("1.5", Charts.fmt(1.5));
        assertEquals("12", Charts.fmt(12.0));
    }
}
