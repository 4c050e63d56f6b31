package policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.format.CheckCsv;
import policylens.format.CsvReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path dir;

    private static String[] run(int expected, String... args) {
        return CliRun.run(expected, args);
    }

    @Test
    void checkAllWritesAnHtmlReportOfBothSeedPairs() throws Exception {
        Path html = dir.resolve("report.html");
        String[] out = run(0, "check", "--all", "corpus", "--format", "html", "--out", html.toString());
        assertTrue(out[1].contains("2 pair(s) checked"), out[1]);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("新余市产业集群提能升级三年行动方案") && page.contains("南昌市制造业重点产业链现代化建设"));
        assertTrue(page.contains("deadline-later") && page.contains("用一年左右的时间实现省级以上集群全覆盖"));
    }

    @Test
    void checkOnePairAsJson() throws Exception {
        String[] out = run(0, "check", "corpus/xinyu-cluster-upgrade-2026-2028.txt",
                "corpus/jiangxi-cluster-upgrade-2025.txt", "--json");
        JsonNode root = new ObjectMapper().readTree(out[0]);
        JsonNode report = root.path("reports").get(0);
        assertEquals("xinyu-cluster-upgrade-2026-2028", report.path("child").path("docId").asText());
        assertTrue(report.path("alignments").size() > 5);
        boolean late = false;
        for (JsonNode f : report.path("findings")) {
            late |= f.path("kind").asText().equals("deadline-later");
        }
        assertTrue(late, out[0]);
    }

    @Test
    void markdownIsTheDefault() {
        String[] out = run(0, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt",
                "corpus/jiangxi-1269-press-conference-2023.txt");
        assertTrue(out[0].startsWith("# PolicyLens 核对报告"), out[0]);
        assertTrue(out[0].contains("| 全省规模以上工业营业收入年均增长 |"), out[0]);
    }

    /** --format csv: the pair's findings, alignments, unmatched targets and coverage, one row each. */
    @Test
    void csvReportHasARowPerFindingAndAlignment() {
        String csv = run(0, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt",
                "corpus/jiangxi-1269-press-conference-2023.txt", "--format", "CSV")[0];
        List<List<String>> rows = CsvReader.parse(csv);
        assertEquals(CheckCsv.HEADER, rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("alignment")
                && r.get(6).equals("全省规模以上工业营业收入年均增长")), csv);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(0).equals("nanchang-8810-action-plan-2023-2026")
                && r.get(1).equals("jiangxi-1269-press-conference-2023") && r.size() == CheckCsv.HEADER.size()));
    }

    @Test
    void badArguments() {
        String pdf = run(2, "check", "--all", "corpus", "--format", "pdf")[1];
        assertTrue(pdf.lines().findFirst().orElse("").endsWith("use one of json, md, html, csv"), pdf);
        String xlsx = run(2, "check", "--all", "corpus", "--format", "xlsx")[1];
        assertTrue(xlsx.startsWith("--format: 格式 xlsx 不能用于检查报告"), xlsx);
        run(2, "check", "corpus/nanchang-8810-action-plan-2023-2026.txt");
        String[] same = run(2, "check", "corpus/xinyu-cluster-upgrade-2026-2028.txt",
                "./corpus/xinyu-cluster-upgrade-2026-2028.txt");
        assertTrue(same[1].contains("CHILD and PARENT are the same file"), same[1]);
    }

    @Test
    void evalChecksMeetsTheStrictGate() {
        String[] out = run(0, "eval-checks", "--gold", "gold/checks", "--docs", "corpus", "--strict");
        assertTrue(out[0].contains("findings:   P 1.000  R 1.000"), out[0]);
        assertTrue(out[0].contains("links:      P 1.000  R 1.000"), out[0]);
    }

    static final String NATIONAL = """
            国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见
            国办发〔2023〕19号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            为进一步构建高质量充电基础设施体系，更好满足人民群众购置和使用新能源汽车需要，经国务院同意，现提出以下意见。
            一、总体要求
            到2030年，基本建成覆盖广泛、规模适度、结构合理、功能完善的高质量充电基础设施体系。
            二、重点任务
            （一）加快补齐县域充电短板。各地要加快建设县城和乡镇充电基础设施，实现充电站“县县全覆盖”、充电桩“乡乡全覆盖”。
            （二）落实居住区配建要求。新建居住区要全面落实充电基础设施配建要求，固定车位按规定100%建设充电基础设施。
            （三）加强公共充电网络建设。在城市中心区、交通枢纽等区域优化公共充电网络布局，提升公共充电服务保障能力。
            国务院办公厅
            2023年6月8日
            """;
    static final String PROVINCE = """
            江西省进一步构建高质量充电基础设施体系实施方案
            为贯彻落实《国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见》（国办发〔2023〕19号），结合我省实际，制定本方案。
            一、总体要求
            到2025年，全省建成充电基础设施20万个以上。
            二、重点任务
            （一）补齐县域充电短板。鼓励有条件的地区建设县城和乡镇充电基础设施。（责任单位：省发展改革委、省能源局）
            （二）落实居住区配建要求。新建居住区固定车位应预留充电基础设施安装条件。（责任单位：省住房城乡建设厅）
            （三）完善公共充电网络。在城市中心区、交通枢纽等区域优化公共充电网络布局，提升公共充电服务保障能力。（责任单位：省能源局）
            江西省人民政府办公厅
            2023年9月1日
            """;

    /** --indexed reads the files the index was built from: the same report as --all over their folder. */
    @Test
    void checkIndexedReadsTheIndexedFilesAsCheckAllReadsTheirFolder() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("national-charging-guideline-2023.txt"), NATIONAL, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("jiangxi-charging-implementation-2023.txt"), PROVINCE, StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        run(0, "index", docs.toString(), "--index", index.toString());
        String[] folder = run(0, "check", "--all", docs.toString(), "--json");
        String[] indexed = run(0, "check", "--indexed", "--index", index.toString(), "--json");
        assertTrue(folder[1].contains("1 pair(s) checked, 3 finding(s)"), folder[1]);
        assertEquals(folder[0], indexed[0]);
        String both = run(2, "check", "--indexed", "--all", docs.toString())[1];
        assertTrue(both.contains("give one of CHILD PARENT, --all DIR or --indexed"), both);
    }

    /**
     * A national guideline and a provincial implementation outside the corpus (modelled on 国办发〔2023〕19号): linked by
     * its 文号, the province's 鼓励有条件的地区 and 预留…条件 are flagged, the task it restates word for word is not, and
     * the guideline's signature is no task.
     */
    @Test
    void aProvinceThatRelaxesANationalGuidelineIsFlaggedOnceForEachRelaxation() throws Exception {
        Files.writeString(dir.resolve("national-charging-guideline-2023.txt"), NATIONAL, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("jiangxi-charging-implementation-2023.txt"), PROVINCE, StandardCharsets.UTF_8);
        String[] out = run(0, "check", "--all", dir.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(out[0]).path("reports").get(0);
        assertEquals("national-charging-guideline-2023", report.path("parent").path("docId").asText());
        List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            kinds.add(f.path("kind").asText());
            assertTrue(!f.path("childEvidence").isEmpty() && !f.path("parentEvidence").isEmpty(), f.toString());
            assertTrue(!f.toString().contains("公共充电网络"), "the restated task (三) is no finding: " + f);
        }
        assertEquals(List.of("relaxed-obligation", "relaxed-obligation", "narrowed-scope"), kinds, out[0]);
    }
}
