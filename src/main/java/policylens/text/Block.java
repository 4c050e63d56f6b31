package policylens.text;

import java.util.List;

/**
 * One unit of a structured document: a heading, a paragraph, or a row of a task table.
 *
 * @param kind   what it is
 * @param text   the paragraph or heading text; for a row, its measure cells joined
 * @param path   titles of the sections it stands in, outermost first ("二、重点任务", "(三)打造优质企业矩阵")
 * @param taskId stable id from the numbering: "2.3" for 二、(三); "A2.5" for the fifth row of 附件2
 * @param row    the table row, for {@link Kind#ROW}; else null
 */
public record Block(Kind kind, String text, List<String> path, String taskId, Row row) {
    public Block {
        path = List.copyOf(path);
    }

    public enum Kind { HEADING, PARAGRAPH, ROW }

    /**
     * A row of a task table, from a real HTML/DOCX table or one flattened into lines.
     *
     * @param task        the 重点任务 cell governing it ("1.优化集群空间布局"), else null
     * @param cells       the measure cells (具体举措 / 主要建设内容 …) in order
     * @param units       the 责任单位 cell as written, else null
     * @param note        the inheritance note governing this row ("(以下均需各县(区)政府(管委会)落实,不再列出)"), else null
     * @param noteUnits   the units cell of the row the note followed (to resolve "上述三个县区"), else null
     * @param due         the year a column header sets for the row's measure ("2024年推进任务" → "2024年"), else null
     * @param timeLimits  the cells of its 完成时限 / 时间节点 columns ("2024年12月", "持续推进"): read for its deadline,
     *                    not quoted as what is to be done
     */
    public record Row(String task, List<String> cells, String units, String note, String noteUnits, String due,
                      List<String> timeLimits) {
        public Row {
            cells = List.copyOf(cells);
            timeLimits = List.copyOf(timeLimits);
        }

        public Row(String task, List<String> cells, String units, String note, String noteUnits) {
            this(task, cells, units, note, noteUnits, null, List.of());
        }

        /** The measure cells, then the time-limit cells: every text of the row a deadline may stand in. */
        public List<String> texts() {
            if (timeLimits.isEmpty()) {
                return cells;
            }
            List<String> all = new java.util.ArrayList<>(cells);
            all.addAll(timeLimits);
            return all;
        }
    }
}
