package policylens.text;

import policylens.util.PipeRows;

import java.util.ArrayList;
import java.util.List;

/**
 * A pipe table in a plain-text document (a Markdown table pasted into a .txt, a scraper's text dump):
 * <pre>
 * | 序号 | 活动名称 | 主要内容 | 责任主体 | 配合单位 |
 * | --- | --- | --- | --- | --- |
 * | 1 | 消费季启动仪式 | 举办消费季启动仪式，发放政府消费券 | 区商务委 | 区财政局、区融媒体中心 |
 * </pre>
 * becomes the tab-separated rows every later step reads a table in (the header row, then each row; the rule line
 * dropped), before {@link BrokenLines} would take the rows for one wrapped sentence. A table copied out of a web page
 * without outer pipes or a rule line ("指标名称 | 单位 | 2024年基数 | 2025年目标" over rows with as many cells) counts
 * from three lines of three cells or more ({@link PipeRows#bareTableLength}); a line that merely holds a pipe is left
 * alone. Markdown files get the same from {@code ingest.MarkdownParser}; this step reads what a .txt carries.
 */
public final class PipeTables implements TextStep {
    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        List<String> out = null;
        int i = 0;
        while (i < lines.size()) {
            // a Markdown table: its header, the rule (dropped), rows opening with a pipe; else a bare one: every row
            boolean ruled = PipeRows.startsTable(lines, i);
            int bare = ruled ? 0 : PipeRows.bareTableLength(lines, i);
            if (!ruled && bare == 0) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            int end = i + bare;
            if (ruled) {
                out.add(String.join("\t", PipeRows.cells(lines.get(i))));
                i += 2;
                end = i;
                while (end < lines.size() && PipeRows.isRow(lines.get(end))) {
                    end++;
                }
            }
            for (; i < end; i++) {
                out.add(String.join("\t", PipeRows.cells(lines.get(i))));
            }
        }
        return out == null ? page : page.withLines(out);
    }
}
