package policylens.serve;

import policylens.extract.Deadline;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.text.Block;
import policylens.text.StructuredText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cleaned text of a document as HTML with its extracted records marked in place: targets, deadlines and
 * responsible units each get their own class ({@code rec-target}, {@code rec-deadline}, {@code rec-unit}), nested
 * marks combine classes. Records are found in the text ignoring white space; the first place of each target,
 * deadline, responsibility and task gets an anchor ({@code target-3}, {@code deadline-0}, {@code resp-2},
 * {@code task-2.3}) for the side table's links. All text is escaped.
 */
final class DocumentView {
    static final int TARGET = 1;
    static final int DEADLINE = 2;
    static final int UNIT = 4;

    /** @param found per target: whether it was found in the text */
    record Rendered(String html, boolean[] found) {
    }

    private final String text;
    private final StringBuilder norm = new StringBuilder();
    private final List<Integer> map = new ArrayList<>();
    private final int[] flags;
    private final TreeMap<Integer, List<String>> anchors = new TreeMap<>();

    private DocumentView(String text) {
        this.text = text;
        this.flags = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                norm.append(text.charAt(i));
                map.add(i);
            }
        }
    }

    static Rendered render(StructuredText doc, PolicyRecord record) {
        DocumentView v = new DocumentView(String.join("\n", doc.lines()));
        boolean[] found = new boolean[record.targets().size()];

        int cursor = 0;
        Set<String> seenTask = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.taskId() == null || !seenTask.add(b.taskId())) {
                continue;
            }
            String head = squeeze(b.text());
            head = head.substring(0, Math.min(20, head.length()));
            int at = v.find(head, cursor);
            if (at >= 0) {
                v.anchor(at, "task-" + b.taskId());
                cursor = at;
            }
        }

        cursor = 0;
        for (int i = 0; i < record.targets().size(); i++) {
            Target t = record.targets().get(i);
            int at = v.find(squeeze(t.evidence()), cursor);
            if (at < 0) {
                at = v.find(squeeze(t.evidence()), 0);
            }
            if (at >= 0) {
                int len = squeeze(t.evidence()).length();
                v.mark(at, len, TARGET);
                v.anchor(at, "target-" + i);
                found[i] = true;
                cursor = at;
            }
        }

        Set<String> exprs = new LinkedHashSet<>();
        cursor = 0;
        for (int i = 0; i < record.deadlines().size(); i++) {
            Deadline d = record.deadlines().get(i);
            String e = squeeze(d.expr());
            exprs.add(e);
            int at = v.find(e, cursor);
            if (at < 0) {
                at = v.find(e, 0);
            }
            if (at >= 0) {
                v.anchor(at, "deadline-" + i);
                cursor = at;
            }
        }
        for (String e : exprs) {
            v.markAll(e, DEADLINE);
        }

        Set<String> units = new LinkedHashSet<>();
        cursor = 0;
        for (int i = 0; i < record.responsibilities().size(); i++) {
            Responsibility r = record.responsibilities().get(i);
            units.addAll(r.units());
            units.addAll(r.inheritedUnits());
            String head = squeeze(r.evidence());
            head = head.substring(0, Math.min(30, head.length()));
            int at = v.find(head, cursor);
            if (at < 0) {
                at = v.find(head, 0);
            }
            if (at >= 0) {
                v.anchor(at, "resp-" + i);
                cursor = at;
            }
        }
        for (String u : units) {
            String s = squeeze(u);
            if (s.length() >= 2) {
                v.markAll(s, UNIT);
            }
        }
        Set<String> headings = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == Block.Kind.HEADING) {
                headings.add(b.text().strip());
            }
        }
        return new Rendered(v.html(headings), found);
    }

    static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    /** Position in the squeezed text of the needle at or after {@code from}, else -1. */
    private int find(String needle, int from) {
        if (needle.isEmpty()) {
            return -1;
        }
        return norm.indexOf(needle, Math.max(0, from));
    }

    private void mark(int normStart, int len, int flag) {
        int start = map.get(normStart);
        int end = map.get(normStart + len - 1) + 1;
        for (int i = start; i < end; i++) {
            // white space between marked characters is marked only where it is not a line break
            if (text.charAt(i) != '\n') {
                flags[i] |= flag;
            }
        }
    }

    private void markAll(String needle, int flag) {
        int at = find(needle, 0);
        while (at >= 0) {
            mark(at, needle.length(), flag);
            at = find(needle, at + needle.length());
        }
    }

    private void anchor(int normStart, String id) {
        anchors.computeIfAbsent(map.get(normStart), k -> new ArrayList<>()).add(id);
    }

    private String html(Set<String> headings) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                boolean heading = headings.contains(line.strip());
                out.append(heading ? "<h3 class=\"hd\">" : "<p class=\"ln\">");
                line(out, start, end);
                out.append(heading ? "</h3>\n" : "</p>\n");
            } else {
                // anchors on an empty line still need a place
                for (List<String> ids : anchors.subMap(start, true, end, true).values()) {
                    for (String id : ids) {
                        out.append("<a id=\"").append(Html.esc(id)).append("\"></a>");
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out.toString();
    }

    private void line(StringBuilder out, int start, int end) {
        int i = start;
        while (i < end) {
            List<String> ids = anchors.get(i);
            if (ids != null) {
                for (String id : ids) {
                    out.append("<a id=\"").append(Html.esc(id)).append("\"></a>");
                }
            }
            int f = flags[i];
            int j = i + 1;
            while (j < end && flags[j] == f && !anchors.containsKey(j)) {
                j++;
            }
            String run = Html.esc(text.substring(i, j)).replace("\t", " │ ");
            if (f == 0) {
                out.append(run);
            } else {
                out.append("<span class=\"").append(classes(f)).append("\" title=\"").append(titles(f)).append("\">")
                        .append(run).append("</span>");
            }
            i = j;
        }
    }

    private static String classes(int f) {
        StringBuilder b = new StringBuilder("rec");
        if ((f & TARGET) != 0) {
            b.append(" rec-target");
        }
        if ((f & DEADLINE) != 0) {
            b.append(" rec-deadline");
        }
        if ((f & UNIT) != 0) {
            b.append(" rec-unit");
        }
        return b.toString();
    }

    private static String titles(int f) {
        List<String> t = new ArrayList<>();
        if ((f & TARGET) != 0) {
            t.add("目标 target");
        }
        if ((f & DEADLINE) != 0) {
            t.add("期限 deadline");
        }
        if ((f & UNIT) != 0) {
            t.add("责任单位 unit");
        }
        return String.join(" · ", t);
    }
}
