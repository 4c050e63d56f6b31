package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhitespaceTest {
    @Test
    void removesSpacesPdfExtractionPutInsideChineseWords() {
        // nanchang-8810: "市新型 工业化推进工作领导小组", "到 2026 年", "( 一)8 条重点产业链"
        assertEquals("市新型工业化推进工作领导小组", Whitespace.clean("市新型 工业化推进工作领导小组"));
        assertEquals("到2026年,全产业链营业收入力争达到3000亿元", Whitespace.clean("到 2026 年,全产业链营业收入力争达到 3000 亿元"));
        assertEquals("(一)8条重点产业链", Whitespace.clean("( 一)8 条重点产业链"));
        assertEquals("“8810”行动计划(2023-2026年)", Whitespace.clean("“ 8810”行动计划(2023-2026 年)"));
    }

    @Test
    void keepsSeparatorsBetweenLatinWordsAndNumbers() {
        assertEquals("重点发力Mini/Micro LED新赛道", Whitespace.clean("重点发力Mini/Micro LED新赛道"));
        assertEquals("来源:高新院 achie.org", Whitespace.clean("来源:高新院 achie.org"));
    }

    @Test
    void normalizesNonBreakingAndIdeographicSpacesAndKeepsTableCells() {
        assertEquals("规模突破5万亿元", Whitespace.clean("规模突破5\u00a0万亿元"));
        assertEquals("一、总体要求", Whitespace.clean("\u3000\u3000一、总体要求"));
        assertEquals("1.优化集群空间布局\t编制全市规划\t市工信局", Whitespace.clean("1.优化集群空间布局 \t 编制全市规划\t市工信局 "));
    }

    @Test
    void squeezeRemovesEveryWhitespace() {
        assertEquals("新余打造新型工业强市", Whitespace.squeeze("新余 打造\n新型\t工业强市"));
    }

    @Test
    void foldsFullWidthDigitsAndPunctuation() {
        assertEquals("到2028年,专精特新中小企业达到330家。(责任单位:省工业和信息化厅)",
                Whitespace.clean("到２０２８年，专精特新中小企业达到３３０家。（责任单位：省工业和信息化厅）"));
        assertEquals("“六个一”〔2023〕①", Whitespace.clean("“六个一”〔２０２３〕①"));
    }

    @Test
    void onePassAgreesWithTheRulesWrittenAsRegularExpressions() {
        // the rules as four regex passes (the form they had before the one-pass cleaner): runs of spaces become one;
        // a space goes after a CJK character unless a Latin letter follows, before one unless a Latin letter
        // precedes, and just inside a bracket
        String cjk = "[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026]";
        Pattern spaces = Pattern.compile(" {2,}");
        Pattern left = Pattern.compile("(?<=" + cjk + ") +(?![A-Za-z])");
        Pattern right = Pattern.compile("(?<![A-Za-z]) +(?=" + cjk + ")");
        Pattern paren = Pattern.compile("(?<=[(\\[（]) +| +(?=[)\\]）])");
        // characters of every kind the rules name (in the BMP: a look-behind reads one char, half of a surrogate pair)
        int[] alphabet = "  市新型工业化到年 2026 ab LED ( ) [ ] （ ） “ ” 、，—…％。x9.".codePoints().toArray();
        Random random = new Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String line = sb.toString();
            String folded = Whitespace.foldWidth(line);
            String expected = paren.matcher(right.matcher(left.matcher(spaces.matcher(folded).replaceAll(" "))
                    .replaceAll("")).replaceAll("")).replaceAll("").strip();
            assertEquals(expected, Whitespace.clean(line), "for «" + line + "»");
        }
    }

    @Test
    void aHanCharacterOutsideTheBasicPlaneCountsAsHan() {
        // 𠀀 (U+20000, CJK extension B) is Han: the space after it goes as after 市
        assertEquals("\uD840\uDC009化", Whitespace.clean("\uD840\uDC00 9化"));
        assertEquals("市9化", Whitespace.clean("市 9化"));
    }
}
