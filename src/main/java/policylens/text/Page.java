package policylens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text as it flows through the cleaning chain: the lines kept so far and the lines dropped as page chrome
 * (kept aside because a date line or a "来源:" line still tells the metadata extractor something).
 */
public record Page(List<String> lines, List<String> dropped) {
    public Page {
        lines = List.copyOf(lines);
        dropped = List.copyOf(dropped);
    }

    public static Page of(List<String> lines) {
        return new Page(lines, List.of());
    }

    public Page withLines(List<String> newLines) {
        return new Page(newLines, dropped);
    }

    public Page dropping(List<String> kept, List<String> removed) {
        List<String> all = new ArrayList<>(dropped);
        all.addAll(removed);
        return new Page(kept, all);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
