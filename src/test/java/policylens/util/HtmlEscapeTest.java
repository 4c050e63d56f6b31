package policylens.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlEscapeTest {
    @Test
    void escapesTheFiveMarkupCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;",
                HtmlEscape.escape("<a href=\"x\" title='y'>A & B</a>"));
    }

    @Test
    void dropsC0ControlsButKeepsTabNewlineAndCarriageReturn() {
        assertEquals("ab\tc\nd\re", HtmlEscape.escape("a\u0000b\t\u0001c\n\u0007d\r\u001be\u001f"));
    }

    @Test
    void keepsChineseAndOtherTextAsItIs() {
        assertEquals("谁负责中试平台建设？ 1.5% ≥ 3", HtmlEscape.escape("谁负责中试平台建设？ 1.5% ≥ 3"));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertEquals("", HtmlEscape.escape(null));
        assertEquals("", HtmlEscape.escape(""));
    }

    @Test
    void theWebPagesAndTheCheckReportsEscapeAlike() {
        String hostile = "<script>alert('x')</script>\u0000&\"";
        assertEquals(HtmlEscape.escape(hostile), policylens.serve.Html.esc(hostile));
        assertEquals(HtmlEscape.escape(hostile), policylens.check.ReportWriter.h(hostile));
    }
}
