package policylens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one copy of an article that a web page printed twice (jiangxi-cluster-upgrade-2025: the whole
 * notice and plan appear again after "来源:江西省工业强省建设工作领导小组"). A copy is a run of at least
 * {@link #MIN_RUN} consecutive paragraphs, each of at least {@link #MIN_PARAGRAPH} characters, that stands again
 * later in the same order; the second run, and the lines between the two runs that only repeat chrome, go.
 */
public final class RepeatedCopy implements TextStep {
    static final int MIN_RUN = 3;
    static final int MIN_PARAGRAPH = 20;

    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        List<Integer> idx = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = Whitespace.squeeze(lines.get(i));
            if (key.length() >= MIN_PARAGRAPH) {
                idx.add(i);
                keys.add(key);
            }
        }
        int bestRun = 0;
        int bestFirst = -1;
        int bestSecond = -1;
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                if (!keys.get(a).equals(keys.get(b))) {
                    continue;
                }
                int run = 0;
                while (b + run < keys.size() && a + run < b && keys.get(a + run).equals(keys.get(b + run))) {
                    run++;
                }
                if (run > bestRun) {
                    bestRun = run;
                    bestFirst = a;
                    bestSecond = b;
                }
            }
            if (bestRun > 0 && a >= bestSecond) {
                break;
            }
        }
        if (bestRun < MIN_RUN) {
            return page;
        }
        // Drop from the line after the first copy's last paragraph to the second copy's last paragraph.
        int from = idx.get(bestFirst + bestRun - 1) + 1;
        int to = idx.get(bestSecond + bestRun - 1);
        List<String> kept = new ArrayList<>(lines.subList(0, from));
        kept.addAll(lines.subList(to + 1, lines.size()));
        List<String> dropped = new ArrayList<>();
        for (String line : lines.subList(from, to + 1)) {
            if (!line.isBlank()) {
                dropped.add(line);
            }
        }
        return page.dropping(kept, dropped);
    }
}
