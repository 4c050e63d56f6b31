package policylens.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.index.DutiesFixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code policylens eval-duties} on the two-plan fixture and a small hand-made gold file. */
class EvalDutiesCommandTest {
    @TempDir
    static Path folder;
    static String index;
    static String gold;

    @BeforeAll
    static void build() throws Exception {
        index = DutiesFixture.index(folder).toString();
        // 新余市工业和信息化局 is named in four tasks; the gold expects three of them and one that is not listed
        gold = Files.writeString(folder.resolve("duties.tsv"), String.join("\n",
                "unit\tdocId\tevidence",
                "新余市工业和信息化局\tplan\t到2027年6月,新增专精特新中小企业100家",
                "新余市工业和信息化局\tplan\t建设一批中试验证平台",
                "新余市工业和信息化局\tpoints\t到2025年底,培育工业互联网平台5个",
                "新余市工业和信息化局\tplan\t全面落实各项支持政策并做好跟踪评估") + "\n", StandardCharsets.UTF_8).toString();
    }

    @Test
    void printsPerUnitAndMicroAveragedScoresChineseFirst() {
        String out = CliRun.run(0, "eval-duties", "--gold", gold, "--index", index)[0];
        assertTrue(out.startsWith("准确率P"), out);
        // 3 of 4 listed are expected (P 0.75), 3 of 4 expected are listed (R 0.75)
        assertTrue(out.replaceAll(" +", " ").contains("0.750 0.750 0.750 3 1 1 新余市工业和信息化局"), out);
        assertTrue(out.contains("合计 / micro-averaged"), out);
    }

    @Test
    void jsonForMachines() {
        String out = CliRun.run(0, "eval-duties", "--gold", gold, "--index", index, "--json")[0];
        assertTrue(out.contains("\"micro\""), out);
        assertTrue(out.contains("\"recall\" : 0.75"), out);
    }

    @Test
    void minF1FailsTheRunBelowIt() {
        String[] r = CliRun.run(1, "eval-duties", "--gold", gold, "--index", index, "--min-f1", "0.8");
        assertTrue(r[1].contains("低于"), r[1]);
        CliRun.run(0, "eval-duties", "--gold", gold, "--index", index, "--min-f1", "0.7");
    }

    @Test
    void aMissingGoldFileIsAUsageError() {
        String err = CliRun.run(2, "eval-duties", "--gold", folder.resolve("none.tsv").toString(), "--index", index)[1];
        assertTrue(err.startsWith("找不到标注文件"), err);
    }
}
