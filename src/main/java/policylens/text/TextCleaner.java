package policylens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaning chain: pipe tables, columns lined up with spaces, white space, page chrome, a second printed copy, broken lines, blank lines, data tables that
 * arrived one cell per line. Each step is a
 * small {@link TextStep}; the chain is fixed so that every format of a document comes out the same.
 */
public final class TextCleaner {
    private final List<TextStep> steps;

    public TextCleaner() {
        this(List.of(new PipeTables(), new SpacedColumns(), new Whitespace(), new PageChrome(), new RepeatedCopy(), new BrokenLines(), TextCleaner::dropBlank,
                new FlatGrids()));
    }

    public TextCleaner(List<TextStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public Page clean(List<String> lines) {
        Page page = Page.of(lines);
        for (TextStep step : steps) {
            page = step.apply(page);
        }
        return page;
    }

    static Page dropBlank(Page page) {
        List<String> out = new ArrayList<>();
        for (String line : page.lines()) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return page.withLines(out);
    }
}
