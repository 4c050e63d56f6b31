package policylens.extract;

import policylens.ingest.RawDocument;
import policylens.text.Block;
import policylens.text.StructureParser;
import policylens.text.StructuredText;
import policylens.text.TextCleaner;

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

    private final TextCleaner cleaner = new TextCleaner();
    private final StructureParser parser = new StructureParser();
    private final MetaExtractor metaExtractor = new MetaExtractor();
    private final DeadlineExtractor deadlineExtractor = new DeadlineExtractor();
    private final TargetExtractor targetExtractor = new TargetExtractor();

    /** The cleaned, structured text of a document. */
    public StructuredText structure(RawDocument raw) {
        return parser.parse(cleaner.clean(raw.lines()));
    }

    public PolicyRecord extract(RawDocument raw) {
        return extract(raw, structure(raw));
    }

    public PolicyRecord extract(RawDocument raw, StructuredText doc) {
        Meta meta = metaExtractor.extract(doc);
        DocContext ctx = context(meta, doc);
        List<Target> targets = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        for (Block block : doc.blocks()) {
            if (block.kind() == Block.Kind.HEADING || isTitle(block.text(), meta)) {
                continue;
            }
            List<String> texts = block.kind() == Block.Kind.ROW ? block.row().cells() : List.of(block.text());
            for (String text : texts) {
                List<DeadlineExtractor.Located> located = deadlineExtractor.locate(text, ctx, block.taskId());
                for (DeadlineExtractor.Located l : located) {
                    deadlines.add(l.deadline());
                }
                targets.addAll(targetExtractor.extract(text, ctx, block.taskId(), located));
            }
        }
        UnitContext units = UnitContext.from(meta);
        List<Responsibility> responsibilities = new ResponsibilityExtractor(
                written -> UnitCanonicalizer.canonicalize(written, units)).extract(doc);
        return new PolicyRecord(PolicyRecord.SCHEMA, raw.docId(), raw.source(), meta, targets, deadlines, responsibilities);
    }

    /** The plan's own title line and the notice that issues it carry the plan period, not deadlines. */
    private static boolean isTitle(String text, Meta meta) {
        if (meta.title() == null) {
            return false;
        }
        String t = text.replaceAll("\\s+", "");
        String title = meta.title().replaceAll("\\s+", "");
        return t.equals(title) || (t.length() >= 6 && title.contains(t))
                || (t.contains("《" + title + "》") && t.length() <= title.length() + 30);
    }

    /**
     * The year the document speaks from: its issue date, else the start of its plan period, else for a news text
     * the latest year it mentions outside 《…》 — plus one when it calls that year 去年.
     */
    static DocContext context(Meta meta, StructuredText doc) {
        boolean plan = meta.title() != null && MetaExtractor.isPlanTitle(meta.title());
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
        return new DocContext(year, meta.issued(), meta.period(), plan);
    }
}
