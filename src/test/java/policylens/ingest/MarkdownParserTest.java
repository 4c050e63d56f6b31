package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown, as scraped policy collections store it, read through the same ingest call as every other format. */
class MarkdownParserTest {
    @TempDir
    Path dir;

    private List<String> read(String markdown) throws Exception {
        Path file = dir.resolve("plan.md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        RawDocument raw = new Ingestor().read(file);
        assertEquals("text/markdown", raw.mediaType());
        return raw.lines().stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void headingsEmphasisAndLinksBecomePlainText() throws Exception {
        // the scraper header of a Shenzhen plan, and bold item labels broken into fragments
        List<String> lines = read("""
                # 深圳市氢能产业创新发展行动计划（2024-2025年）

                **文号**: 深发改〔2024〕324号 \s
                **来源**: [https://example.org/post.html](https://example.org/post.html)

                **1** **.** **开展氢能关键技术研发。**
                - [苏州概览](http://example.org/szgl.shtml "苏州概览")
                ####苏州市供销合作总社
                """);
        assertEquals(List.of("深圳市氢能产业创新发展行动计划（2024-2025年）", "文号: 深发改〔2024〕324号",
                "来源: https://example.org/post.html", "1 . 开展氢能关键技术研发。", "苏州概览", "苏州市供销合作总社"), lines);
    }

    @Test
    void aPipeTableBecomesTableRowsWithTheirCells() throws Exception {
        // Suzhou 附件1: a row that lost its merged 领域 and 牵头责任部门 cells keeps only what it has
        List<String> lines = read("""
                | 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |
                | --- | --- | --- | --- |
                | 3 | 能源与<br>环境 | 技术改造煤电机组规模355万千瓦以上。 | 市发改委 |
                | 4 | 加快“先立后改”支撑性电源项目730万千瓦机组建设。 |
                """);
        assertEquals(List.of("序号\t领域\t2024年推进任务\t牵头责任部门",
                "3\t能源与 环境\t技术改造煤电机组规模355万千瓦以上。\t市发改委",
                "4\t加快“先立后改”支撑性电源项目730万千瓦机组建设。"), lines);
    }

    @Test
    void escapedPipesStayInsideACell() {
        assertEquals(List.of("a|b", "c"), policylens.util.PipeRows.cells("| a\\|b | c |"));
    }

    @Test
    void underscoresInsideWordsAndAsteriskBulletsAreNotEmphasis() {
        assertEquals("搜索位置 标题 全文", MarkdownParser.inline("搜索位置 _标题_ _全文_"));
        assertEquals("file_name_v2", MarkdownParser.inline("file_name_v2"));
        assertFalse(MarkdownParser.inline("**——**到2025年").contains("*"));
    }

    @Test
    void theDevelopmentCorpusReadsWithoutMarkup() throws Exception {
        RawDocument raw = new Ingestor().read(Path.of("corpus/jiangsu-suzhou-equipment-renewal-trade-in-plan-2024.md"));
        String text = raw.text();
        assertTrue(text.contains("序号\t领域\t2024年推进任务\t牵头责任部门"), "the task table arrives as table rows");
        assertFalse(text.contains("**"));
        assertFalse(text.contains("]("));
    }

    @Test
    void aYamlFrontMatterBecomesFieldLines() throws Exception {
        // the front matter of a Shanghai collection file, above the notice title
        List<String> lines = read("""
                ---
                标题: "奉贤区违法用地综合整治三年行动工作方案"
                文号: 沪奉府办发〔2024〕12号
                发布单位: 上海市奉贤区人民政府办公室
                ---
                # 上海市奉贤区人民政府办公室关于印发《奉贤区违法用地综合整治三年行动工作方案（2024-2026）》的通知
                """);
        assertEquals(List.of("标题: 奉贤区违法用地综合整治三年行动工作方案", "文号: 沪奉府办发〔2024〕12号",
                "发布单位: 上海市奉贤区人民政府办公室",
                "上海市奉贤区人民政府办公室关于印发《奉贤区违法用地综合整治三年行动工作方案（2024-2026）》的通知"), lines);
    }
}
