package policylens.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import policylens.extract.Target;
import policylens.model.Comparator;
import policylens.model.Json;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Writes check reports as JSON (for tools), Markdown and HTML (for people; every text escaped). */
public final class ReportWriter {
    public static final String SCHEMA = "policy-checks/1";
    /** Numbers as Jackson writes doubles (10.0), as policy-checks/1 always had them. */
    private static final ObjectMapper JSON = Json.report();

    private ReportWriter() {
    }

    /** {"schema", "links", "reports"}: the links found and one report per checked pair. */
    public static String json(List<Link> links, List<CheckReport> reports) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("links", JSON.valueToTree(links));
        ArrayNode rs = root.putArray("reports");
        for (CheckReport r : reports) {
            rs.add(JSON.valueToTree(r));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(List<CheckReport> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("# PolicyLens check\n\n");
        if (reports.isEmpty()) {
            sb.append("No linked pair of documents: no plan names another document of a higher level.\n");
        }
        for (CheckReport r : reports) {
            sb.append("## ").append(md(title(r.child()))).append(" ⟵ ").append(md(title(r.parent()))).append("\n\n");
            sb.append("- child: ").append(md(r.child().docId())).append(" (").append(md(level(r.child()))).append(")\n");
            sb.append("- parent: ").append(md(r.parent().docId())).append(" (").append(md(level(r.parent()))).append(")\n");
            if (r.link() != null) {
                sb.append("- link: ").append(String.join(", ", r.link().basis()));
                if ("presents".equals(r.link().via())) {
                    sb.append(" (the parent text presents the cited plan)");
                }
                sb.append(" — ").append(md(r.link().childEvidence())).append("\n");
            }
            sb.append("\n### Findings (").append(r.findings().size()).append(")\n\n");
            if (r.findings().isEmpty()) {
                sb.append("None.\n");
            }
            int i = 1;
            for (Finding f : r.findings()) {
                sb.append(i++).append(". **").append(f.kind()).append("** (").append(f.severity().json()).append(") ")
                        .append(md(f.message())).append("\n");
                for (Quote q : f.childEvidence()) {
                    sb.append("   - child ").append(where(q)).append(": ").append(md(shorten(q.text()))).append("\n");
                }
                for (Quote q : f.parentEvidence()) {
                    sb.append("   - parent ").append(where(q)).append(": ").append(md(shorten(q.text()))).append("\n");
                }
            }
            sb.append("\n### Aligned targets (").append(r.alignments().size()).append(")\n\n");
            sb.append("| parent metric | parent | parent evidence | child metric | child | child evidence | verdict |\n");
            sb.append("|---|---|---|---|---|---|---|\n");
            for (Alignment a : r.alignments()) {
                sb.append("| ").append(md(a.parent().metric())).append(" | ").append(md(value(a.parent(), a.parentScope())))
                        .append(" | ").append(md(a.parent().evidence())).append(" | ").append(md(a.child().metric()))
                        .append(" | ").append(md(value(a.child(), a.childScope()))).append(" | ")
                        .append(md(a.child().evidence())).append(" | ").append(md(a.verdict())).append(" |\n");
            }
            sb.append("\n### Parent targets without a child counterpart (").append(r.unmatched().size()).append(")\n\n");
            for (Target t : r.unmatched()) {
                sb.append("- ").append(md(t.metric())).append(": ").append(md(value(t, null))).append(" — ")
                        .append(md(t.evidence())).append("\n");
            }
            sb.append("\n### Task coverage\n\n| parent task | score (margin to ").append(String.format(Locale.ROOT, "%.2f", Coverage.THRESHOLD))
                    .append(") | closest child tasks | covered |\n|---|---|---|---|\n");
            for (Coverage.Match m : r.coverage()) {
                sb.append("| ").append(m.parent().taskId()).append(" ").append(md(m.parent().title())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f (%+.2f)", m.score(), m.margin())).append(" | ");
                List<String> names = m.children().stream().map(t -> t.taskId() + " " + t.title()).toList();
                sb.append(md(String.join("; ", names))).append(" | ").append(m.covered() ? "yes"
                        : Coverage.UNCLEAR.equals(m.verdict()) ? "unclear (too close to call: no finding)" : "**no**").append(" |\n");
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- HTML

    public static String html(List<CheckReport> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>PolicyLens check</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:1400px;line-height:1.5}")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:90%}")
                .append("th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}")
                .append("th{background:#eee}.high{color:#b00}.medium{color:#a60}.low{color:#666}")
                .append("blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ccc}")
                .append(".no{color:#b00;font-weight:bold}\n</style>\n</head>\n<body>\n<h1>PolicyLens check</h1>\n");
        if (reports.isEmpty()) {
            sb.append("<p>No linked pair of documents: no plan names another document of a higher level.</p>\n");
        }
        for (CheckReport r : reports) {
            sb.append("<section>\n<h2>").append(h(title(r.child()))).append(" ⟵ ").append(h(title(r.parent())))
                    .append("</h2>\n<ul>\n<li>child: <code>").append(h(r.child().docId())).append("</code> (")
                    .append(h(level(r.child()))).append(")</li>\n<li>parent: <code>").append(h(r.parent().docId()))
                    .append("</code> (").append(h(level(r.parent()))).append(")</li>\n");
            if (r.link() != null) {
                sb.append("<li>link: ").append(h(String.join(", ", r.link().basis())))
                        .append("presents".equals(r.link().via()) ? " (the parent text presents the cited plan)" : "")
                        .append(" — ").append(h(r.link().childEvidence())).append("</li>\n");
            }
            sb.append("</ul>\n<h3>Findings (").append(r.findings().size()).append(")</h3>\n");
            if (r.findings().isEmpty()) {
                sb.append("<p>None.</p>\n");
            } else {
                sb.append("<ol>\n");
                for (Finding f : r.findings()) {
                    sb.append("<li><strong>").append(h(f.kind())).append("</strong> <span class=\"")
                            .append(h(f.severity().json())).append("\">(").append(h(f.severity().json())).append(")</span> ")
                            .append(h(f.message())).append("\n");
                    for (Quote q : f.childEvidence()) {
                        sb.append("<blockquote>child ").append(h(where(q))).append(": ").append(h(q.text()))
                                .append("</blockquote>\n");
                    }
                    for (Quote q : f.parentEvidence()) {
                        sb.append("<blockquote>parent ").append(h(where(q))).append(": ").append(h(q.text()))
                                .append("</blockquote>\n");
                    }
                    sb.append("</li>\n");
                }
                sb.append("</ol>\n");
            }
            sb.append("<h3>Aligned targets (").append(r.alignments().size()).append(")</h3>\n<table>\n<tr>")
                    .append("<th>parent metric</th><th>parent</th><th>parent evidence</th><th>child metric</th>")
                    .append("<th>child</th><th>child evidence</th><th>verdict</th></tr>\n");
            for (Alignment a : r.alignments()) {
                sb.append("<tr><td>").append(h(a.parent().metric())).append("</td><td>")
                        .append(h(value(a.parent(), a.parentScope()))).append("</td><td>").append(h(a.parent().evidence()))
                        .append("</td><td>").append(h(a.child().metric())).append("</td><td>")
                        .append(h(value(a.child(), a.childScope()))).append("</td><td>").append(h(a.child().evidence()))
                        .append("</td><td>").append(h(a.verdict())).append("</td></tr>\n");
            }
            sb.append("</table>\n<h3>Parent targets without a child counterpart (").append(r.unmatched().size())
                    .append(")</h3>\n<ul>\n");
            for (Target t : r.unmatched()) {
                sb.append("<li>").append(h(t.metric())).append(": ").append(h(value(t, null))).append(" — ")
                        .append(h(t.evidence())).append("</li>\n");
            }
            sb.append("</ul>\n<h3>Task coverage</h3>\n<table>\n<tr><th>parent task</th><th>score (margin to ")
                    .append(String.format(Locale.ROOT, "%.2f", Coverage.THRESHOLD)).append(")</th>")
                    .append("<th>closest child tasks</th><th>covered</th></tr>\n");
            for (Coverage.Match m : r.coverage()) {
                List<String> names = m.children().stream().map(t -> t.taskId() + " " + t.title()).toList();
                sb.append("<tr><td>").append(h(m.parent().taskId() + " " + m.parent().title())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f (%+.2f)", m.score(), m.margin())).append("</td><td>")
                        .append(h(String.join("; ", names))).append("</td><td>")
                        .append(m.covered() ? "yes" : Coverage.UNCLEAR.equals(m.verdict())
                                ? "unclear (too close to call: no finding)" : "<span class=\"no\">no</span>").append("</td></tr>\n");
            }
            sb.append("</table>\n</section>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** HTML-escapes text for element content and attribute values ({@link policylens.util.HtmlEscape#escape}). */
    public static String h(String s) {
        return policylens.util.HtmlEscape.escape(s);
    }

    /** Markdown table-cell safe text: no pipes, no line breaks, no raw HTML. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\s*\\R\\s*", " ");
    }

    /** ≥100 个 yearly (each city) / 1–2 个 / 9 % ≈. */
    public static String value(Target t, Scope scope) {
        Comparator c = Comparator.find(t.comparator());
        String cmp = c == null || c == Comparator.EQ ? "" : c.symbol();
        String s = cmp + FindingRules.amount(t);
        if (t.deadline() != null) {
            s += " by " + t.deadline();
        }
        if (scope == Scope.PER_CITY) {
            s += " (each city)";
        } else if (scope == Scope.PER_UNIT) {
            s += " (each unit)";
        }
        return s;
    }

    private static String title(CheckReport.DocInfo d) {
        return d.title() == null ? d.docId() : d.title();
    }

    private static String level(CheckReport.DocInfo d) {
        StringBuilder s = new StringBuilder();
        s.append(d.level() == null ? "level unknown" : d.level());
        if (d.region() != null) {
            s.append(", ").append(d.region());
        }
        if (d.issued() != null) {
            s.append(", issued ").append(d.issued());
        }
        return s.toString();
    }

    private static String where(Quote q) {
        return q.taskId() == null ? "" : "[" + q.taskId() + "]";
    }

    /** At most about 300 characters, cut at a sentence or clause end, never inside a word. */
    private static String shorten(String s) {
        return Excerpt.of(s, 300);
    }
}
