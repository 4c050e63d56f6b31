package policylens.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import policylens.extract.Target;
import policylens.text.Excerpt;
import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.model.Level;
import policylens.model.Comparator;
import policylens.model.Json;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes check reports as JSON (for tools), Markdown and HTML (for people; every text escaped), in one language:
 * Chinese by default, English on request (the findings' messages too; JSON keeps its field names and codes).
 */
public final class ReportWriter {
    public static final String SCHEMA = "policy-checks/1";
    /** Numbers as Jackson writes doubles (10.0), as policy-checks/1 always had them. */
    private static final ObjectMapper JSON = Json.report();

    private ReportWriter() {
    }

    /** {"schema", "links", "reports"}: the links found and one report per checked pair; messages in Chinese. */
    public static String json(List<Link> links, List<CheckReport> reports) {
        return json(links, reports, Lang.ZH);
    }

    /** {"schema", "links", "reports"}, the findings' messages in {@code lang}. */
    public static String json(List<Link> links, List<CheckReport> reports, Lang lang) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("links", links);
        root.put("reports", reports);
        try {
            return JSON.writer().withAttribute(Lang.class, lang).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(List<CheckReport> reports) {
        return markdown(reports, Lang.ZH);
    }

    public static String markdown(List<CheckReport> reports, Lang lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(t(lang, "report.title")).append("\n\n");
        if (reports.isEmpty()) {
            sb.append(t(lang, "report.no-pairs")).append("\n");
        }
        for (CheckReport r : reports) {
            sb.append("## ").append(md(title(r.child()))).append(" ⟵ ").append(md(title(r.parent()))).append("\n\n");
            sb.append("- ").append(t(lang, "report.child")).append(": ").append(md(r.child().docId())).append(" (")
                    .append(md(level(lang, r.child()))).append(")\n");
            sb.append("- ").append(t(lang, "report.parent")).append(": ").append(md(r.parent().docId())).append(" (")
                    .append(md(level(lang, r.parent()))).append(")\n");
            if (r.link() != null) {
                sb.append("- ").append(t(lang, "report.link")).append(": ").append(String.join(", ", r.link().basis()));
                if ("presents".equals(r.link().via())) {
                    sb.append(" ").append(t(lang, "report.presents"));
                }
                sb.append(" — ").append(md(r.link().childEvidence())).append("\n");
            }
            sb.append("\n### ").append(t(lang, "report.findings", r.findings().size())).append("\n\n");
            if (r.findings().isEmpty()) {
                sb.append(t(lang, "report.none")).append("\n");
            }
            int i = 1;
            for (Finding f : r.findings()) {
                sb.append(i++).append(". **").append(md(kind(lang, f.kind()))).append("** (").append(f.kind()).append(", ")
                        .append(t(lang, "severity." + f.severity().json())).append(") ").append(md(f.message().in(lang))).append("\n");
                for (Quote q : f.childEvidence()) {
                    sb.append("   - ").append(t(lang, "report.child")).append(' ').append(where(q)).append(": ")
                            .append(md(shorten(q.text()))).append("\n");
                }
                for (Quote q : f.parentEvidence()) {
                    sb.append("   - ").append(t(lang, "report.parent")).append(' ').append(where(q)).append(": ")
                            .append(md(shorten(q.text()))).append("\n");
                }
            }
            sb.append("\n### ").append(t(lang, "report.aligned", r.alignments().size())).append("\n\n|");
            for (String col : COLUMNS) {
                sb.append(' ').append(t(lang, "report.col." + col)).append(" |");
            }
            sb.append("\n|---|---|---|---|---|---|---|\n");
            for (Alignment a : r.alignments()) {
                sb.append("| ").append(md(a.parent().metric())).append(" | ").append(md(value(lang, a.parent(), a.parentScope())))
                        .append(" | ").append(md(a.parent().evidence())).append(" | ").append(md(a.child().metric()))
                        .append(" | ").append(md(value(lang, a.child(), a.childScope()))).append(" | ")
                        .append(md(a.child().evidence())).append(" | ").append(md(verdict(lang, a.verdict()))).append(" |\n");
            }
            sb.append("\n### ").append(t(lang, "report.unmatched", r.unmatched().size())).append("\n\n");
            for (Target t : r.unmatched()) {
                sb.append("- ").append(md(t.metric())).append(": ").append(md(value(lang, t, null))).append(" — ")
                        .append(md(t.evidence())).append("\n");
            }
            sb.append("\n### ").append(t(lang, "report.coverage")).append("\n\n| ").append(t(lang, "report.col.parent-task"))
                    .append(" | ").append(t(lang, "report.col.score", String.format(Locale.ROOT, "%.2f", Coverage.THRESHOLD)))
                    .append(" | ").append(t(lang, "report.col.closest")).append(" | ").append(t(lang, "report.col.covered"))
                    .append(" |\n|---|---|---|---|\n");
            for (Coverage.Match m : r.coverage()) {
                sb.append("| ").append(m.parent().taskId()).append(" ").append(md(m.parent().title())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f (%+.2f)", m.score(), m.margin())).append(" | ");
                List<String> names = m.children().stream().map(t -> t.taskId() + " " + t.title()).toList();
                sb.append(md(String.join("; ", names))).append(" | ").append(m.covered() ? t(lang, "report.yes")
                        : Coverage.UNCLEAR.equals(m.verdict()) ? t(lang, "report.unclear") : "**" + t(lang, "report.no") + "**")
                        .append(" |\n");
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    private static final List<String> COLUMNS = List.of("parent-metric", "parent", "parent-evidence", "child-metric",
            "child", "child-evidence", "verdict");

    // ---------------------------------------------------------------- HTML

    public static String html(List<CheckReport> reports) {
        return html(reports, Lang.ZH);
    }

    public static String html(List<CheckReport> reports, Lang lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(h(t(lang, "report.title"))).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:1400px;line-height:1.5}")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:90%}")
                .append("th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}")
                .append("th{background:#eee}.high{color:#b00}.medium{color:#a60}.low{color:#666}")
                .append("blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ccc}")
                .append(".no{color:#b00;font-weight:bold}\n</style>\n</head>\n<body>\n<h1>").append(h(t(lang, "report.title")))
                .append("</h1>\n");
        if (reports.isEmpty()) {
            sb.append("<p>").append(h(t(lang, "report.no-pairs"))).append("</p>\n");
        }
        for (CheckReport r : reports) {
            sb.append("<section>\n<h2>").append(h(title(r.child()))).append(" ⟵ ").append(h(title(r.parent())))
                    .append("</h2>\n<ul>\n<li>").append(h(t(lang, "report.child"))).append(": <code>").append(h(r.child().docId()))
                    .append("</code> (").append(h(level(lang, r.child()))).append(")</li>\n<li>").append(h(t(lang, "report.parent")))
                    .append(": <code>").append(h(r.parent().docId())).append("</code> (").append(h(level(lang, r.parent())))
                    .append(")</li>\n");
            if (r.link() != null) {
                sb.append("<li>").append(h(t(lang, "report.link"))).append(": ").append(h(String.join(", ", r.link().basis())))
                        .append("presents".equals(r.link().via()) ? " " + h(t(lang, "report.presents")) : "")
                        .append(" — ").append(h(r.link().childEvidence())).append("</li>\n");
            }
            sb.append("</ul>\n<h3>").append(h(t(lang, "report.findings", r.findings().size()))).append("</h3>\n");
            if (r.findings().isEmpty()) {
                sb.append("<p>").append(h(t(lang, "report.none"))).append("</p>\n");
            } else {
                sb.append("<ol>\n");
                for (Finding f : r.findings()) {
                    sb.append("<li><strong title=\"").append(h(f.kind())).append("\">").append(h(kind(lang, f.kind())))
                            .append("</strong> <span class=\"").append(h(f.severity().json())).append("\">(")
                            .append(h(t(lang, "severity." + f.severity().json()))).append(")</span> ")
                            .append(h(f.message().in(lang))).append("\n");
                    for (Quote q : f.childEvidence()) {
                        sb.append("<blockquote>").append(h(t(lang, "report.child"))).append(' ').append(h(where(q))).append(": ")
                                .append(h(q.text())).append("</blockquote>\n");
                    }
                    for (Quote q : f.parentEvidence()) {
                        sb.append("<blockquote>").append(h(t(lang, "report.parent"))).append(' ').append(h(where(q))).append(": ")
                                .append(h(q.text())).append("</blockquote>\n");
                    }
                    sb.append("</li>\n");
                }
                sb.append("</ol>\n");
            }
            sb.append("<h3>").append(h(t(lang, "report.aligned", r.alignments().size()))).append("</h3>\n<table>\n<tr>");
            for (String col : COLUMNS) {
                sb.append("<th>").append(h(t(lang, "report.col." + col))).append("</th>");
            }
            sb.append("</tr>\n");
            for (Alignment a : r.alignments()) {
                sb.append("<tr><td>").append(h(a.parent().metric())).append("</td><td>")
                        .append(h(value(lang, a.parent(), a.parentScope()))).append("</td><td>").append(h(a.parent().evidence()))
                        .append("</td><td>").append(h(a.child().metric())).append("</td><td>")
                        .append(h(value(lang, a.child(), a.childScope()))).append("</td><td>").append(h(a.child().evidence()))
                        .append("</td><td>").append(h(verdict(lang, a.verdict()))).append("</td></tr>\n");
            }
            sb.append("</table>\n<h3>").append(h(t(lang, "report.unmatched", r.unmatched().size()))).append("</h3>\n<ul>\n");
            for (Target t : r.unmatched()) {
                sb.append("<li>").append(h(t.metric())).append(": ").append(h(value(lang, t, null))).append(" — ")
                        .append(h(t.evidence())).append("</li>\n");
            }
            sb.append("</ul>\n<h3>").append(h(t(lang, "report.coverage"))).append("</h3>\n<table>\n<tr><th>")
                    .append(h(t(lang, "report.col.parent-task"))).append("</th><th>")
                    .append(h(t(lang, "report.col.score", String.format(Locale.ROOT, "%.2f", Coverage.THRESHOLD))))
                    .append("</th><th>").append(h(t(lang, "report.col.closest"))).append("</th><th>")
                    .append(h(t(lang, "report.col.covered"))).append("</th></tr>\n");
            for (Coverage.Match m : r.coverage()) {
                List<String> names = m.children().stream().map(t -> t.taskId() + " " + t.title()).toList();
                sb.append("<tr><td>").append(h(m.parent().taskId() + " " + m.parent().title())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f (%+.2f)", m.score(), m.margin())).append("</td><td>")
                        .append(h(String.join("; ", names))).append("</td><td>")
                        .append(m.covered() ? h(t(lang, "report.yes")) : Coverage.UNCLEAR.equals(m.verdict())
                                ? h(t(lang, "report.unclear")) : "<span class=\"no\">" + h(t(lang, "report.no")) + "</span>")
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n</section>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String t(Lang lang, String key, Object... args) {
        return Messages.t(lang, key, args);
    }

    /** 期限推后 / later deadline for {@code deadline-later}; an unknown kind as it is. */
    public static String kind(Lang lang, String kind) {
        return Messages.keys().contains("kind." + kind) ? t(lang, "kind." + kind) : kind;
    }

    /** 符合 / follows for the verdict {@code follows}; an unknown verdict as it is. */
    public static String verdict(Lang lang, String verdict) {
        String key = "verdict." + verdict.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return Messages.keys().contains(key) ? t(lang, key) : verdict;
    }

    /** {@link #value(Target, Scope)} for people: "by" and the scope in {@code lang}. */
    static String value(Lang lang, Target t, Scope scope) {
        Comparator c = Comparator.find(t.comparator());
        String s = (c == null || c == Comparator.EQ ? "" : c.symbol()) + FindingRules.amount(t);
        if (t.deadline() != null) {
            s = t(lang, "report.value.by", s, t.deadline());
        }
        if (scope == Scope.PER_CITY) {
            s = t(lang, "report.value.each-city", s);
        } else if (scope == Scope.PER_UNIT) {
            s = t(lang, "report.value.each-unit", s);
        }
        return s;
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

    /** ≥100 个 yearly (each city) / 1–2 个 / 9 % ≈ / >2000亿 元 by 2028: the fixed form CSV columns carry. */
    public static String value(Target t, Scope scope) {
        return value(Lang.EN, t, scope);
    }

    private static String title(CheckReport.DocInfo d) {
        return d.title() == null ? d.docId() : d.title();
    }

    private static String level(Lang lang, CheckReport.DocInfo d) {
        StringBuilder s = new StringBuilder();
        Level l = Level.find(d.level());
        s.append(d.level() == null ? t(lang, "check.level-unknown") : l == null ? d.level() : t(lang, "level." + l.json()));
        if (d.region() != null) {
            s.append(", ").append(d.region());
        }
        if (d.issued() != null) {
            s.append(", ").append(t(lang, "report.issued", d.issued()));
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
