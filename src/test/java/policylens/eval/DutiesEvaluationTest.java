package policylens.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.Duties;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** eval-duties' scoring: a listed task matches an expected one of the same document sharing a long enough substring. */
class DutiesEvaluationTest {
    private static Duties.Duty duty(String docId, String evidence) {
        return new Duties.Duty(docId, "t", "city", "新余市", "1", null, evidence, "新余市工业和信息化局",
                Duties.Role.LEAD, List.of("新余市工业和信息化局"), List.of(), null, Duties.DueFrom.NONE,
                Duties.Status.UNDATED);
    }

    @Test
    void readsTheGoldSkippingCommentsAndTheHeader(@TempDir Path dir) throws Exception {
        Path tsv = Files.writeString(dir.resolve("duties.tsv"), String.join("\n",
                "# a comment", "unit\tdocId\tevidence", "", "新余市工业和信息化局\tplan\t新增专精特新中小企业100家") + "\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(new DutiesEvaluation.Expected("新余市工业和信息化局", "plan", "新增专精特新中小企业100家")),
                DutiesEvaluation.read(tsv));
    }

    @Test
    void aRowWithoutThreeColumnsIsOneLineNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path tsv = Files.writeString(dir.resolve("bad.tsv"), "unit\tdocId\tevidence\n新余市工业和信息化局\tplan\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DutiesEvaluation.read(tsv));
        assertTrue(e.getMessage().startsWith(tsv + ":2: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void precisionAndRecallPerUnitAndMicroAveraged() {
        List<DutiesEvaluation.Expected> gold = List.of(
                new DutiesEvaluation.Expected("A", "plan", "到2027年6月,新增专精特新中小企业100家"),
                new DutiesEvaluation.Expected("A", "plan", "建设一批中试验证平台"),
                new DutiesEvaluation.Expected("B", "points", "加强数据要素市场建设"));
        Map<String, List<Duties.Duty>> listed = Map.of(
                // the first matches (shares more than 10 characters); the second is in another document; the third is not expected
                "A", List.of(duty("plan", "2.实施企业梯度培育。到2027年6月,新增专精特新中小企业100家。"),
                        duty("points", "建设一批中试验证平台。"), duty("plan", "持续优化营商环境。")),
                "B", List.of(duty("points", "加强数据要素市场建设。"), duty("blind-doc", "不计分的任务文本")));
        DutiesEvaluation.Report r = DutiesEvaluation.evaluate(gold, listed::get, Set.of("blind-doc"));
        assertEquals(new Prf(1, 2, 1), r.units().get(0).prf());
        assertEquals(new Prf(1, 0, 0), r.units().get(1).prf());
        assertEquals(new Prf(2, 2, 1), r.micro());
        assertEquals(List.of("plan: 建设一批中试验证平台"), r.units().get(0).missed());
    }

    @Test
    void eachListedTaskMatchesAtMostOneExpectedRow() {
        List<DutiesEvaluation.Expected> gold = List.of(
                new DutiesEvaluation.Expected("A", "plan", "建设一批中试验证平台"),
                new DutiesEvaluation.Expected("A", "plan", "建设一批中试验证平台"));
        DutiesEvaluation.Report r = DutiesEvaluation.evaluate(gold, u -> List.of(duty("plan", "建设一批中试验证平台。")), Set.of());
        assertEquals(new Prf(1, 0, 1), r.micro());
    }
}
