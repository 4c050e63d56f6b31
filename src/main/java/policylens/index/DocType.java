package policylens.index;

import java.util.Locale;

/** The kinds of Lucene documents the index holds. */
public enum DocType {
    DOC, TASK, TARGET, DEADLINE, RESPONSIBILITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocType parse(String s) {
        for (DocType t : values()) {
            if (t.key().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type '" + s + "' (expected doc, task, target, deadline or responsibility)");
    }
}
