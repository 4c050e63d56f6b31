package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --lang zh|en: what check and who write for people is Chinese by default and English on request. */
class LangOptionTest {
    static final String XINYU = "corpus/xinyu-cluster-upgrade-2026-2028.txt";
    static final String JIANGXI = "corpus/jiangxi-cluster-upgrade-2025.txt";

    @Test
    void checkWritesItsReportAndFindingsInTheLanguageAsked() {
        String zh = CliRun.run(0, "check", XINYU, JIANGXI)[0];
        assertTrue(zh.startsWith("# PolicyLens 核对报告") && zh.contains("### 问题(1)"), zh);
        assertTrue(zh.contains("**期限推后** (deadline-later, 中) 「“六个一”·集群·机制·省级」的完成时间:下级为 2026-12"), zh);
        String[] en = CliRun.run(0, "check", XINYU, JIANGXI, "--lang", "en");
        assertTrue(en[0].startsWith("# PolicyLens check") && en[0].contains("### Findings (1)"), en[0]);
        assertTrue(en[0].contains("**later deadline** (deadline-later, medium) The commitment on 「“六个一”·集群·机制·省级」 is due 2026-12"),
                en[0]);
        assertFalse(en[0].contains("的完成时间"), en[0]);
        // the quoted texts stay as written
        assertTrue(en[0].contains("用一年左右的时间实现省级以上集群全覆盖"), en[0]);
        // the JSON report keeps its codes, and its messages follow --lang
        String json = CliRun.run(0, "check", XINYU, JIANGXI, "--json", "--lang", "en")[0];
        assertTrue(json.contains("\"kind\" : \"deadline-later\"") && json.contains("is due 2026-12"), json);
    }

    @Test
    void theLanguageIsASettingLikeEveryOption(@TempDir Path home) {
        String en = CliRun.run(0, java.util.Map.of("POLICYLENS_LANG", "en"), home, "check", XINYU, JIANGXI)[0];
        assertEquals(CliRun.run(0, "check", XINYU, JIANGXI, "--lang", "en")[0], en, "POLICYLENS_LANG=en is --lang en");
        String flag = CliRun.run(0, java.util.Map.of("POLICYLENS_LANG", "en"), home, "check", XINYU, JIANGXI, "--lang", "zh")[0];
        assertEquals(CliRun.run(0, "check", XINYU, JIANGXI)[0], flag, "the flag wins over the variable");
    }

    @Test
    void anUnknownLanguageIsOneLineAndExitTwo() {
        String[] out = CliRun.run(2, "check", XINYU, JIANGXI, "--lang", "fr");
        assertTrue(out[1].contains("--lang 须为 zh 或 en:fr / --lang must be zh or en: fr"), out[1]);
    }

    @Test
    void whoMarksTheLeadUnitInTheLanguageAsked(@TempDir Path tmp) {
        String idx = tmp.resolve("idx").toString();
        CliRun.run(0, "index", XINYU, "--index", idx);
        String zh = CliRun.run(0, "who", "中试平台谁负责?", "--index", idx)[0];
        assertTrue(zh.startsWith("1. 新余市工业和信息化局") && zh.contains("2. 新余市科学技术局 [牵头]"), zh);
        String en = CliRun.run(0, "who", "中试平台谁负责?", "--index", idx, "--lang", "en")[0];
        assertTrue(en.contains("2. 新余市科学技术局 [lead]") && !en.contains("[牵头]"), en);
        String none = CliRun.run(0, "who", "谁负责火星基地?", "--index", idx, "--lang", "en")[0];
        assertTrue(none.startsWith("no responsible unit found for: "), none);
    }
}
