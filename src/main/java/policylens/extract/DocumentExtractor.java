package policylens.extract;

import policylens.ingest.RawDocument;
import policylens.text.Block;
import policylens.text.Chars;
import policylens.text.Clauses;
import policylens.text.StructureParser;
import policylens.text.StructuredText;
import policylens.text.TextCleaner;
import policylens.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction pipeline for one document: clean → structure → metadata, deadlines, targets, responsibilities.
 * Thread-safe; build one and reuse it.
 */
public final class DocumentExtractor {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** 自2024年起3年内 / 从2024年开始，用三年时间: the year a plan's durations count from. */
    private static final Pattern DURATION_START = Pattern.compile(
            "(?:自|从|(?<![\\d年]))(\\d{4})年(?:\\d{1,2}月)?(?:起|开始)[，,]?\\s*(?:用)?[一二两三四五六七八九十\\d]{1,2}年");
    private static final Pattern TIME_LIMIT_NOISE = Pattern.compile("[\\s。.；;]");

    private final TextCleaner cleaner = new TextCleaner();
    private final StructureParser parser = new StructureParser();
    private final MetaExtractor metaExtractor = new MetaExtractor();
    private final DeadlineExtractor deadlineExtractor = new DeadlineExtractor();
    private final TargetExtractor targetExtractor = new TargetExtractor();
    private final IndicatorTableExtractor indicatorTables = new IndicatorTableExtractor();

    /** The cleaned, structured text of a document. */
    public StructuredText structure(RawDocument raw) {
        return parser.parse(cleaner.clean(raw.lines()));
    }

    public PolicyRecord extract(RawDocument raw) {
        return extract(raw, structure(raw));
    }

    public PolicyRecord extract(RawDocument raw, StructuredText doc) {
        Meta meta = metaExtractor.extract(doc).withFile(raw.info());
        DocContext ctx = context(meta, doc);
        List<Target> targets = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        Deadline leadIn = null; // the date of the paragraph that opens a list of —— / 一是 / (1) items
        String title = meta.title() == null ? null : Whitespace.squeeze(meta.title());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING) {
                leadIn = null;
            }
            if (block.kind() == Block.Kind.HEADING && block.text().contains("\t")) {
                // a table's header row: 2025年目标 / 2024年推进任务 set when its cells are due
                for (DeadlineExtractor.Located d : deadlineExtractor.locate(block.text(), ctx, block.taskId())) {
                    deadlines.add(d.deadline());
                }
                continue;
            }
            if (block.kind() == Block.Kind.HEADING || isTitle(block.text(), title)) {
                continue;
            }
            // an indicator table (a run of tab-separated rows with no units column): targets from its cells
            if (block.kind() == Block.Kind.PARAGRAPH && block.text().contains("\t")) {
                List<String> rows = new ArrayList<>();
                int j = i;
                while (j < blocks.size() && blocks.get(j).kind() == Block.Kind.PARAGRAPH && blocks.get(j).text().contains("\t")) {
                    rows.add(blocks.get(j).text());
                    j++;
                }
                List<Target> cells = indicatorTables.extract(rows, block.taskId(), caption(blocks, i), ctx.docYear());
                if (!cells.isEmpty()) {
                    // its header's 2024年 / 2026年目标 and a 年份 column's 2024年 set when cells are due, each written once
                    for (String row : rows) {
                        for (DeadlineExtractor.Located d : deadlineExtractor.locate(row, ctx, block.taskId())) {
                            deadlines.add(d.deadline());
                        }
                    }
                    targets.addAll(cells);
                    i = j - 1;
                    continue;
                }
            }
            List<String> texts = block.kind() == Block.Kind.ROW ? block.row().texts() : List.of(block.text());
            // each text is scanned for deadlines once: the time-limit cell and the targets reuse what is found
            List<List<DeadlineExtractor.Located>> located = new ArrayList<>(texts.size());
            for (String text : texts) {
                located.add(deadlineExtractor.locate(text, ctx, block.taskId()));
            }
            Deadline rowDue = block.kind() == Block.Kind.ROW ? timeLimitCell(texts, located) : null;
            if (block.kind() == Block.Kind.PARAGRAPH) {
                if (LIST_ITEM.matcher(block.text()).find()) {
                    // "——车网互动初见成效。…打造…示范项目5个": the 到2025年 of the paragraph above governs the items
                    rowDue = leadIn;
                } else {
                    leadIn = lastDated(located.get(0));
                }
            }
            if (rowDue == null && block.kind() == Block.Kind.ROW && block.row().due() != null) {
                List<DeadlineExtractor.Located> header = deadlineExtractor.locate(block.row().due(), ctx, null);
                rowDue = header.size() == 1 ? header.get(0).deadline() : null;
            }
            for (int c = 0; c < texts.size(); c++) {
                String text = texts.get(c);
                for (DeadlineExtractor.Located d : located.get(c)) {
                    deadlines.add(d.deadline());
                }
                String indicator = block.kind() == Block.Kind.ROW ? lastClause(StructureParser.indicator(block.row())) : null;
                for (Target t : targetExtractor.extract(text, ctx, block.taskId(), located.get(c))) {
                    // a value cell names nothing: the row's task or indicator cell is what it measures; a cell that
                    // says only how it changes (每年增加1-3个百分点) names the change of the row's indicator
                    String metric = indicator != null && (hanCount(t.metric()) < 2 || STARTS_WITH_DIGIT.matcher(t.metric()).find())
                            ? indicator
                            : indicator != null && TargetExtractor.namesOnlyAChange(t.metric()) ? indicator + t.metric() : t.metric();
                    targets.add(rowDue == null || t.deadline() != null || t.recurring() != null
                            ? new Target(t.evidence(), metric, t.value(), t.valueMax(), t.unit(), t.comparator(),
                            t.deadline(), t.recurring(), t.taskId())
                            : new Target(t.evidence(), metric, t.value(), t.valueMax(), t.unit(), t.comparator(),
                            rowDue.date(), rowDue.recurring(), t.taskId()));
                }
            }
        }
        UnitContext units = UnitContext.from(meta);
        List<Responsibility> responsibilities = new ResponsibilityExtractor(
                written -> UnitCanonicalizer.canonicalize(written, units)).extract(doc);
        return new PolicyRecord(PolicyRecord.SCHEMA, raw.docId(), raw.source(), meta, targets, deadlines, responsibilities);
    }

    /**
     * The clause of an indicator cell that names what is counted: 两网融合服务点建设，按照…建设标准，建立两网融合服务点（累计数）
     * → 建立两网融合服务点（累计数）.
     */
    private static String lastClause(String indicator) {
        if (indicator == null) {
            return null;
        }
        List<String> parts = Clauses.split(indicator.strip(), "，,；;。");
        for (int k = parts.size() - 1; k >= 0; k--) {
            // a clause with a number states a value, it names nothing
            if (hanCount(parts.get(k)) >= 2 && parts.get(k).chars().noneMatch(Character::isDigit)) {
                return parts.get(k).strip();
            }
        }
        return indicator;
    }

    /** The lines just above a table (附件1 / 任务量分解表 / (2024-2026年) / 单位：亩), at most five, nearest last. */
    private static List<String> caption(List<Block> blocks, int table) {
        List<String> caption = new ArrayList<>();
        for (int k = table - 1; k >= 0 && k >= table - 5 && !blocks.get(k).text().contains("\t"); k--) {
            caption.add(0, blocks.get(k).text());
        }
        return caption;
    }

    /** An item of a list under a lead-in paragraph: ——… / 一是… / (1)… / ①… / ·… */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:——|—|·|•|●|▪|[一二三四五六七八九十]是|[(（]\\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])");

    /** The last due date a paragraph sets (到2025年 / 2025年底前), not a recurrence or a duration; else null. */
    private static Deadline lastDated(List<DeadlineExtractor.Located> found) {
        Deadline last = null;
        for (DeadlineExtractor.Located d : found) {
            if (d.deadline().date() != null && d.deadline().recurring() == null && d.deadline().duration() == null) {
                last = d.deadline();
            }
        }
        return last;
    }

    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\d");

    private static int hanCount(String s) {
        return s == null ? 0 : (int) s.codePoints().filter(cp -> Chars.isHan(cp)).count();
    }

    /** A row's 完成时限 cell (2026年底前, 每年): a cell that is nothing but one temporal expression; it governs the row. */
    private static Deadline timeLimitCell(List<String> cells, List<List<DeadlineExtractor.Located>> located) {
        for (int c = 0; c < cells.size(); c++) {
            List<DeadlineExtractor.Located> found = located.get(c);
            if (found.size() != 1) {
                continue;
            }
            Deadline d = found.get(0).deadline();
            String bare = TIME_LIMIT_NOISE.matcher(cells.get(c)).replaceAll("");
            if (d.expr().length() >= bare.length() - 1) {
                // the row's deadline carries no task id, as when it was located with a null one
                return d.taskId() == null ? d : new Deadline(d.expr(), d.date(), d.recurring(), d.duration(), null);
            }
        }
        return null;
    }

    /** The plan's own title line and the notice that issues it carry the plan period, not deadlines. */
    private static boolean isTitle(String text, String title) {
        if (title == null) {
            return false;
        }
        String t = Whitespace.squeeze(text);
        return t.equals(title) || (t.length() >= 6 && title.contains(t))
                || (t.contains("《" + title + "》") && t.length() <= title.length() + 30);
    }

    /**
     * The year the document speaks from: its issue date, else the start of its plan period, else for a news text
     * the latest year it mentions outside 《…》 — plus one when it calls that year 去年.
     */
    static DocContext context(Meta meta, StructuredText doc) {
        boolean plan = meta.title() != null && (MetaExtractor.isPlanTitle(meta.title()) || MetaExtractor.arrangesWork(meta.title()));
        Integer year = null;
        if (meta.issued() != null) {
            year = Integer.parseInt(meta.issued().substring(0, 4));
        } else if (meta.period() != null) {
            year = meta.period().from();
        } else {
            String text = doc.text().replaceAll("《[^》]*》", "");
            Matcher m = YEAR.matcher(text);
            int max = 0;
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            if (max > 0) {
                year = text.contains("去年") ? max + 1 : max;
            }
        }
        Integer start = null;
        for (String line : doc.lines()) {
            // DURATION_START needs 年起 or 年开始: most lines have neither
            if (line.contains("年起") || line.contains("年开始")) {
                Matcher m = DURATION_START.matcher(line);
                if (m.find()) {
                    start = Integer.valueOf(m.group(1));
                    break;
                }
            }
        }
        return new DocContext(year, meta.issued(), meta.period(), plan, start);
    }
}
