package policylens.text;

import java.util.List;

/** The cleaned text with its structure: what the extractors read. */
public record StructuredText(List<String> lines, List<String> dropped, List<Block> blocks) {
    public StructuredText {
        lines = List.copyOf(lines);
        dropped = List.copyOf(dropped);
        blocks = List.copyOf(blocks);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
