package policylens.serve;

import policylens.check.Alignment;
import policylens.check.Coverage;
import policylens.check.Finding;
import policylens.check.Link;
import policylens.check.Linker;
import policylens.check.Quote;
import policylens.extract.Deadline;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Responsibility;
import policylens.extract.Target;
import policylens.index.Filters;
import policylens.index.WhoAnswerer;
import policylens.model.Comparator;
import policylens.model.Level;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static policylens.serve.Html.esc;
import static policylens.serve.Html.marked;
import static policylens.serve.Html.path;
import static policylens.serve.Html.query;
import static policylens.serve.Html.url;

/**
 * The HTML pages: small templates as text blocks. Every value from a document, a query or an upload goes through
 * {@link Html#esc} (or {@link Html#marked} for search snippets) before it is put in; nothing else is inserted.
 */
final class Pages {
    private Pages() {
    }

    static final Map<String, String> LEVELS = new LinkedHashMap<>();
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        LEVELS.put("", "全部层级");
        for (Level l : Level.values()) {
            LEVELS.put(l.json(), l.grade());
        }
        TYPES.put("", "全部类型");
        TYPES.put("task", "任务");
        TYPES.put("target", "目标");
        TYPES.put("deadline", "期限");
        TYPES.put("responsibility", "责任分工");
        TYPES.put("doc", "文件");
    }

    static String levelLabel(String level) {
        return level == null ? "" : LEVELS.getOrDefault(level, level);
    }

    /** City and county documents: the ones with a parent plan to compare against. */
    private static boolean isLocal(String level) {
        Level l = Level.find(level);
        return l != null && l.isLocal();
    }

    static String typeLabel(String type) {
        return type == null ? "" : TYPES.getOrDefault(type, type);
    }

    // ---- layout --------------------------------------------------------------------------------------------------

    static String layout(String title, String active, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · PolicyLens</title>
                <link rel="stylesheet" href="/assets/app.css">
                </head>
                <body>
                <header class="top">
                <a class="brand" href="/">PolicyLens</a>
                <nav>%s</nav>
                </header>
                <main>
                %s
                </main>
                <footer>PolicyLens · 本地运行 · 数据来自已索引的政策文件,请对照原文核对</footer>
                </body>
                </html>
                """.formatted(esc(title), nav(active), body);
    }

    private static String nav(String active) {
        String[][] items = {{"ask", "/", "问答 Ask"}, {"docs", "/docs", "文件 Documents"},
                {"compare", "/compare", "对照 Compare"},
                {"calendar", "/calendar", policylens.i18n.Messages.t(policylens.i18n.Lang.ZH, "calendar.nav") + " "
                        + policylens.i18n.Messages.t(policylens.i18n.Lang.EN, "calendar.nav")},
                {"charts", "/charts", policylens.i18n.Messages.t(policylens.i18n.Lang.ZH, "chart.nav") + " "
                        + policylens.i18n.Messages.t(policylens.i18n.Lang.EN, "chart.nav")},
                {"upload", "/upload", "添加文件 Add documents"}};
        StringBuilder b = new StringBuilder();
        for (String[] i : items) {
            b.append("<a href=\"").append(i[1]).append('"').append(i[0].equals(active) ? " class=\"on\"" : "")
                    .append('>').append(esc(i[2])).append("</a>");
        }
        return b.toString();
    }

    static String error(int status, String message) {
        String body = """
                <h1>%s</h1>
                <p class="error" id="error">%s</p>
                <p><a href="/">回到问答 Back to Ask</a></p>
                """.formatted(status == 404 ? "找不到 Not found" : status >= 500 ? "出错了 Something went wrong" : "无法处理 Cannot do that",
                esc(message));
        return layout("Error " + status, "", body);
    }

    // ---- Ask -----------------------------------------------------------------------------------------------------

    record Ask(String q, Filters filters, String type, List<String> regions, int documents,
               WhoAnswerer.Result who, List<Library.HitView> hits, String error) {
    }

    static String ask(Ask a) {
        StringBuilder b = new StringBuilder();
        Filters f = a.filters() == null ? Filters.NONE : a.filters();
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("", "全部地区");
        for (String r : a.regions()) {
            regions.put(r, r);
        }
        if (f.region() != null && !f.region().isBlank()) {
            regions.putIfAbsent(f.region(), f.region());
        }
        b.append("""
                <h1>问答 <small>Ask</small></h1>
                <form class="ask" method="get" action="/">
                <div class="box"><input type="search" name="q" id="q" value="%s" placeholder="谁负责中试平台建设?  或  中试平台" autofocus maxlength="300">
                <button type="submit" id="ask">查询</button></div>
                <div class="filters">
                <label>层级 <select name="level" id="level">%s</select></label>
                <label>地区 <select name="region" id="region">%s</select></label>
                <label>年份 <input type="number" name="year" id="year" min="1949" max="2100" value="%s"></label>
                <label>类型 <select name="type" id="type">%s</select></label>
                </div>
                </form>
                """.formatted(esc(a.q()), Html.options(LEVELS, f.level()), Html.options(regions, f.region()),
                f.year() == null ? "" : f.year().toString(), Html.options(TYPES, a.type())));
        if (a.documents() == 0) {
            b.append("<p class=\"notice\" id=\"empty-index\">还没有索引任何文件。No documents are indexed yet: "
                    + "<a href=\"/upload\">添加文件 Add documents</a>, or run <code>policylens index DIR</code>.</p>");
        }
        if (a.error() != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(a.error())).append("</p>");
        }
        if (a.who() != null) {
            b.append(who(a.who(), a.q(), f, a.type()));
        }
        if (a.hits() != null) {
            b.append(hits(a.hits(), a.q(), f, a.type()));
        }
        if (a.q() == null || a.q().isBlank()) {
            b.append("""
                    <section class="help">
                    <p>问“谁负责……”得到负责单位(规范名称,别名合并,牵头在前),以及写明它们的任务原文和文件;其他词句显示检索结果,命中词高亮。</p>
                    <p>Ask “谁负责中试平台建设?” for the responsible units, or type any words to search the documents.</p>
                    <p class="examples">例如:<a href="/?q=%s">谁负责中试平台建设?</a> · <a href="/?q=%s">专精特新</a> · <a href="/?q=%s">哪个部门负责招商引资</a></p>
                    </section>
                    """.formatted(esc(path("谁负责中试平台建设?")), esc(path("专精特新")), esc(path("哪个部门负责招商引资"))));
        }
        return layout(a.q() == null || a.q().isBlank() ? "问答 Ask" : a.q(), "ask", b.toString());
    }

    private static String filterQuery(String q, Filters f, String type) {
        return query("q", q, "level", f.level(), "region", f.region(), "year", f.year(), "type", type);
    }

    private static String who(WhoAnswerer.Result r, String q, Filters f, String type) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"who\" id=\"who\"><h2>负责单位 <small>Responsible units · ")
                .append(esc(r.terms())).append("</small> <a class=\"api\" href=\"")
                .append(url("/api/who" + filterQuery(q, f, null))).append("\">JSON</a></h2>");
        if (r.answers().isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-answer\">没有找到负责单位。No responsible unit found for “")
                    .append(esc(r.terms().isEmpty() ? r.question() : r.terms())).append("”.</p>");
        }
        b.append("<ol class=\"answers\">");
        for (WhoAnswerer.Answer a : r.answers()) {
            b.append("<li class=\"answer\"><div class=\"unit\"><a class=\"unit-name\" href=\"")
                    .append(url(unitUrl(a.unit()))).append("\">").append(esc(a.unit()))
                    .append("</a> <span class=\"role ").append(a.lead() ? "lead\">牵头 lead" : "support\">配合 support")
                    .append("</span>");
            List<String> aliases = a.written().stream().filter(w -> !w.equals(a.unit())).toList();
            if (!aliases.isEmpty()) {
                b.append(" <span class=\"aliases\">原文写作 ").append(esc(String.join("、", aliases))).append("</span>");
            }
            b.append("</div><ul class=\"evidence\">");
            for (WhoAnswerer.Evidence e : a.evidence()) {
                b.append("<li><a href=\"").append(url(docUrl(e.docId(), e.taskId()))).append("\">")
                        .append(esc(e.title())).append("</a>");
                if (e.taskId() != null) {
                    b.append(" <span class=\"task\">任务 ").append(esc(e.taskId())).append("</span>");
                }
                b.append("<div class=\"snip\">").append(marked(e.snippet())).append("</div></li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ol>");
        b.append("<p class=\"more\"><a href=\"").append(url("/" + filterQuery(r.terms(), f, type)))
                .append("\">检索原文 Search the texts for “").append(esc(r.terms())).append("”</a></p></section>");
        return b.toString();
    }

    /** The page of a unit's duties. */
    static String unitUrl(String unit) {
        return "/unit/" + path(unit);
    }

    // ---- Unit duties -----------------------------------------------------------------------------------------------

    /** A unit's duties by due date, with downloads; when no task names it, the closest units as links. */
    static String unit(policylens.index.Duties.Result r, Filters f, String from, String to) {
        StringBuilder b = new StringBuilder();
        String name = r.names().isEmpty() ? r.unit() : r.names().get(0);
        b.append("<h1>").append(esc(name)).append(" <small>任务清单 Duties</small></h1>");
        if (r.names().isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-duties\">没有任务点名“").append(esc(r.unit()))
                    .append("”。No task names this unit.</p>");
            if (!r.closest().isEmpty()) {
                b.append("<p id=\"closest\">相近的单位 Closest units: ");
                for (int i = 0; i < r.closest().size(); i++) {
                    b.append(i == 0 ? "" : "、").append("<a href=\"").append(url(unitUrl(r.closest().get(i))))
                            .append("\">").append(esc(r.closest().get(i))).append("</a>");
                }
                b.append("</p>");
            }
            return layout(name, "", b.toString());
        }
        if (r.names().size() > 1) {
            b.append("<p class=\"aliases\">合并的名称 Names merged: ").append(esc(String.join("、", r.names()))).append("</p>");
        }
        Filters g = f == null ? Filters.NONE : f;
        String q = query("level", g.level(), "region", g.region(), "from", from, "to", to);
        String api = "/api/units/" + path(r.unit()) + "/duties" + q + (q.isEmpty() ? "?" : "&") + "format=";
        b.append("<p class=\"downloads\" id=\"downloads\">").append(r.duties().size())
                .append(" 项任务 tasks(截至 as of ").append(esc(r.today())).append(") · 下载 Download: ")
                .append("<a href=\"").append(url(api + "xlsx")).append("\">Excel</a> · ")
                .append("<a href=\"").append(url(api + "csv")).append("\">CSV</a> · ")
                .append("<a href=\"").append(url(api + "json")).append("\">JSON</a></p>");
        b.append("<table class=\"duties\" id=\"duties\"><thead><tr><th>期限 Due</th><th>状态 Status</th>")
                .append("<th>角色 Role</th><th>文件 Plan</th><th>任务 Task</th><th>目标 Targets</th></tr></thead><tbody>");
        for (policylens.index.Duties.Duty d : r.duties()) {
            b.append("<tr class=\"duty status-").append(esc(d.status().key())).append("\"><td>")
                    .append(esc(d.due() == null ? "无期限" : d.due()))
                    .append(d.dueFrom() == policylens.index.Duties.DueFrom.PLAN ? " <small>规划期末</small>" : "")
                    .append("</td><td>").append(esc(d.status().label())).append("</td><td>").append(esc(d.role().label()))
                    .append("</td><td><a href=\"").append(url(docUrl(d.docId(), d.taskId()))).append("\">")
                    .append(esc(d.title() == null ? d.docId() : d.title())).append("</a>");
            if (d.section() != null) {
                b.append("<div class=\"section\">").append(esc(d.section())).append("</div>");
            }
            b.append("</td><td>").append(esc(d.taskId() == null ? "" : d.taskId() + " "))
                    .append(esc(d.evidence())).append("</td><td>");
            for (policylens.index.Duties.TaskTarget t : d.targets()) {
                b.append("<div class=\"target\">").append(esc(t.text())).append("</div>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        return layout(name, "", b.toString());
    }

    static String docUrl(String docId, String taskId) {
        return "/doc/" + path(docId) + (taskId == null ? "" : "#task-" + taskId);
    }

    private static String hits(List<Library.HitView> hits, String q, Filters f, String type) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"hits\" id=\"hits\"><h2>检索结果 <small>Search · ").append(hits.size())
                .append("</small> <a class=\"api\" href=\"").append(url("/api/search" + filterQuery(q, f, type)))
                .append("\">JSON</a></h2>");
        if (hits.isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-hits\">没有结果。No hits.</p>");
        }
        b.append("<ol class=\"hitlist\">");
        for (Library.HitView h : hits) {
            b.append("<li class=\"hit\"><div class=\"meta\"><span class=\"type type-").append(esc(h.type())).append("\">")
                    .append(esc(typeLabel(h.type()))).append("</span> <a href=\"").append(url(docUrl(h.docId(), h.taskId())))
                    .append("\">").append(esc(h.title())).append("</a>");
            if (h.section() != null) {
                b.append(" <span class=\"section\">").append(esc(h.section())).append("</span>");
            }
            if (h.taskId() != null) {
                b.append(" <span class=\"task\">任务 ").append(esc(h.taskId())).append("</span>");
            }
            b.append("</div><div class=\"snip\">").append(marked(h.snippet())).append("</div>");
            if (!h.units().isEmpty()) {
                b.append("<div class=\"units\">单位: ").append(esc(String.join("、", h.units()))).append("</div>");
            }
            b.append("</li>");
        }
        b.append("</ol></section>");
        return b.toString();
    }

    // ---- Documents -----------------------------------------------------------------------------------------------

    static String docs(List<Library.DocInfo> docs) {
        return docs(docs, null);
    }

    /** @param watched the folder {@code serve --watch} keeps the index current with (only its name is shown), or null */
    static String docs(List<Library.DocInfo> docs, java.nio.file.Path watched) {
        StringBuilder b = new StringBuilder("<h1>文件 <small>Documents · ").append(docs.size())
                .append("</small> <a class=\"api\" href=\"/api/documents\">JSON</a></h1>");
        if (watched != null) {
            b.append("<p class=\"notice ok\" id=\"watching\">").append(esc(policylens.i18n.Messages.both("watch.page",
                    watched.getFileName() == null ? watched.toString() : watched.getFileName().toString()))).append("</p>");
        }
        if (docs.isEmpty()) {
            b.append("<p class=\"notice\" id=\"empty-index\">还没有索引任何文件。No documents yet: <a href=\"/upload\">添加文件</a>.</p>");
        }
        b.append("<table class=\"list\" id=\"doclist\"><thead><tr><th>文件</th><th>层级</th><th>地区</th><th>发布日期</th>"
                + "<th>规划期</th><th>目标</th><th>期限</th><th>责任分工</th><th></th></tr></thead><tbody>");
        for (Library.DocInfo d : docs) {
            b.append("<tr><td><a href=\"").append(url(docUrl(d.docId(), null))).append("\">").append(esc(d.title()))
                    .append("</a><div class=\"file\">").append(esc(d.fileName())).append("</div></td><td>")
                    .append(esc(levelLabel(d.level()))).append("</td><td>").append(esc(d.region())).append("</td><td>")
                    .append(esc(d.issued())).append("</td><td>").append(esc(d.period())).append("</td><td>")
                    .append(d.targets()).append("</td><td>").append(d.deadlines()).append("</td><td>")
                    .append(d.responsibilities()).append("</td><td>");
            if (isLocal(d.level())) {
                b.append("<a href=\"").append(url("/compare" + query("child", d.docId()))).append("\">对照上级</a>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        return layout("文件 Documents", "docs", b.toString());
    }

    static String document(Library.Loaded l, DocumentView.Rendered rendered, String notice) {
        PolicyRecord r = l.record();
        Meta m = r.meta();
        Library.DocInfo info = l.info();
        String id = path(info.docId());
        StringBuilder b = new StringBuilder();
        if (notice != null) {
            b.append("<p class=\"notice ok\" id=\"notice\">").append(esc(notice)).append("</p>");
        }
        if (l.changed()) {
            b.append("<p class=\"notice\">这个文件在索引之后改动过;这里显示的是现在的内容。The file changed after it was indexed; "
                    + "index it again to search the new text.</p>");
        }
        b.append("<h1 id=\"title\">").append(esc(info.title())).append("</h1>");
        b.append("<div class=\"docmeta\">");
        meta(b, "层级", levelLabel(m.level()));
        meta(b, "地区", m.region());
        meta(b, "发布机关", String.join("、", m.issuer()));
        meta(b, "文号", m.docNumber());
        meta(b, "发布日期", m.issued());
        meta(b, "规划期", m.period() == null ? null : m.period().from() + "–" + m.period().to());
        meta(b, "文件", info.fileName());
        b.append("</div>");
        b.append("<div class=\"actions\">")
                .append("<a class=\"button\" id=\"download-json\" href=\"/api/documents/").append(esc(id)).append("/export?format=json\">下载 JSON</a> ")
                .append("<a class=\"button\" id=\"download-xlsx\" href=\"/api/documents/").append(esc(id))
                .append("/export?format=xlsx\">下载 Excel 责任分工</a> ")
                .append("<a class=\"button\" id=\"download-csv\" href=\"/api/documents/").append(esc(id))
                .append("/export?format=csv\">下载 CSV</a> ");
        if (isLocal(m.level())) {
            b.append("<a class=\"button\" href=\"").append(url("/compare" + query("child", info.docId()))).append("\">对照上级文件</a> ");
        }
        b.append("<a class=\"api\" href=\"/api/documents/").append(esc(id)).append("\">JSON</a></div>");
        b.append("""
                <div class="legend"><span class="rec rec-target">目标 target</span> <span class="rec rec-deadline">期限 deadline</span> <span class="rec rec-unit">责任单位 unit</span></div>
                """);
        b.append("<div class=\"docgrid\"><article class=\"doctext\" id=\"doctext\">").append(rendered.html())
                .append("</article><aside class=\"side\">");
        sideTargets(b, r, rendered);
        sideDeadlines(b, r);
        sideResponsibilities(b, r);
        b.append("</aside></div>");
        return layout(info.title(), "docs", b.toString());
    }

    private static void meta(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<span><b>").append(esc(label)).append("</b> ").append(esc(value)).append("</span>");
        }
    }

    private static void sideTargets(StringBuilder b, PolicyRecord r, DocumentView.Rendered rendered) {
        b.append("<section id=\"targets\"><h2>目标 <small>").append(r.targets().size()).append("</small></h2>");
        b.append("<table class=\"side-table\"><thead><tr><th>指标</th><th>目标值</th><th>期限</th><th>任务</th></tr></thead><tbody>");
        for (int i = 0; i < r.targets().size(); i++) {
            Target t = r.targets().get(i);
            b.append("<tr><td>");
            String label = t.metric() == null ? t.evidence() : t.metric();
            if (rendered.found()[i]) {
                b.append("<a href=\"#target-").append(i).append("\">").append(esc(label)).append("</a>");
            } else {
                b.append(esc(label));
            }
            b.append("</td><td>").append(esc(value(t))).append("</td><td>").append(esc(t.deadline() == null
                    ? t.recurring() : t.deadline())).append("</td><td>").append(esc(t.taskId())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void sideDeadlines(StringBuilder b, PolicyRecord r) {
        b.append("<section id=\"deadlines\"><h2>期限 <small>").append(r.deadlines().size()).append("</small></h2>");
        b.append("<table class=\"side-table\"><thead><tr><th>原文</th><th>日期</th><th>周期</th><th>任务</th></tr></thead><tbody>");
        for (int i = 0; i < r.deadlines().size(); i++) {
            Deadline d = r.deadlines().get(i);
            b.append("<tr><td><a href=\"#deadline-").append(i).append("\">").append(esc(d.expr())).append("</a></td><td>")
                    .append(esc(d.date())).append("</td><td>").append(esc(d.recurring() != null ? d.recurring() : d.duration()))
                    .append("</td><td>").append(esc(d.taskId())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void sideResponsibilities(StringBuilder b, PolicyRecord r) {
        b.append("<section id=\"responsibilities\"><h2>责任分工 <small>").append(r.responsibilities().size()).append("</small></h2>");
        b.append("<table class=\"side-table\"><thead><tr><th>任务</th><th>牵头</th><th>配合</th></tr></thead><tbody>");
        for (int i = 0; i < r.responsibilities().size(); i++) {
            Responsibility x = r.responsibilities().get(i);
            List<String> canon = x.canonicalUnits();
            List<String> lead;
            List<String> support;
            if (!x.lead().isEmpty()) {
                lead = x.lead();
                support = x.support();
            } else {
                lead = canon.isEmpty() ? x.units().stream().limit(1).toList() : canon.subList(0, 1);
                support = canon.size() <= 1 ? List.of() : canon.subList(1, canon.size());
            }
            String ev = x.evidence();
            String shortEv = ev.length() > 40 ? ev.substring(0, 40) + "…" : ev;
            b.append("<tr><td><a href=\"#resp-").append(i).append("\">").append(esc(x.taskId() == null ? "" : x.taskId() + " "))
                    .append(esc(shortEv)).append("</a></td><td>").append(esc(String.join("、", lead))).append("</td><td>")
                    .append(esc(String.join("、", support)));
            if (!x.inheritedUnits().isEmpty()) {
                b.append("<div class=\"inherited\">统一落实: ").append(esc(String.join("、", x.inheritedUnits()))).append("</div>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    /** 200000000000 元 → "> 2000亿 元"; 330 家 → "= 330 家"; ranges "1–2 个". */
    static String value(Target t) {
        return amount(t.comparator(), t.value(), t.valueMax(), t.unit());
    }

    static String amount(String comparator, double value, Double valueMax, String unit) {
        String v = number(value) + (valueMax == null ? "" : "–" + number(valueMax));
        String sep = v.endsWith("万") || v.endsWith("亿") ? "" : " ";
        String c = comparator(comparator);
        return (c.isEmpty() ? "" : c + " ") + v + (unit == null ? "" : sep + unit);
    }

    static String comparator(String c) {
        if (c == null) {
            return "";
        }
        Comparator known = Comparator.find(c);
        return known == null ? c : known.symbol();
    }

    static String number(double v) {
        if (Math.abs(v) >= 1e8 && v % 1e6 == 0) {
            return plain(v / 1e8) + "亿";
        }
        if (Math.abs(v) >= 1e5 && v % 100 == 0) {
            return plain(v / 1e4) + "万";
        }
        return plain(v);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- Compare -------------------------------------------------------------------------------------------------

    /**
     * @param parents the parents {@code check} links the child to, when the page looked them up (else null)
     */
    static String compare(List<Library.DocInfo> docs, String child, String parent, Linker.Parents parents,
                          CheckService.Report report, String error) {
        StringBuilder b = new StringBuilder("<h1>对照 <small>Compare a plan with its parent</small></h1>");
        Map<String, String> childOptions = new LinkedHashMap<>();
        Map<String, String> parentOptions = new LinkedHashMap<>();
        childOptions.put("", "选择本级文件 (city / county plan)");
        parentOptions.put("", "选择上级文件 (parent plan)");
        for (Library.DocInfo d : docs) {
            String label = d.title() + " · " + levelLabel(d.level()) + (d.region() == null ? "" : " · " + d.region());
            childOptions.put(d.docId(), label);
            parentOptions.put(d.docId(), label);
        }
        b.append("""
                <form class="compare" method="get" action="/compare">
                <label>本级 <select name="child" id="child">%s</select></label>
                <label>上级 <select name="parent" id="parent">%s</select></label>
                <button type="submit" id="compare">对照</button>
                </form>
                """.formatted(Html.options(childOptions, child), Html.options(parentOptions, parent)));
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
        }
        if (report == null) {
            if (error == null) {
                b.append("<p class=\"help\">选择一份市(县)级方案和它的上级文件,对照两者的目标。"
                        + "Pick a city or county plan and its provincial parent to see their targets side by side.</p>");
            }
            return layout("对照 Compare", "compare", b.toString());
        }
        b.append("<p class=\"notice engine\" id=\"engine\">consistency findings: ").append(esc(report.engine()))
                .append(" <a class=\"api\" href=\"").append(url("/api/check" + query("child", child, "parent", parent)))
                .append("\">JSON</a></p>");
        if (parents != null && !parents.links().isEmpty()) {
            b.append("<p class=\"notice\" id=\"parents\">上级文件(与 policylens check 相同的链接) / parents, as policylens check links them: ");
            for (int i = 0; i < parents.links().size(); i++) {
                Link l = parents.links().get(i);
                b.append(i == 0 ? "" : "、").append("<a href=\"").append(url("/compare" + query("child", child, "parent", l.parent())))
                        .append("\">").append(esc(l.parent())).append("</a>");
            }
            b.append("</p>");
        }
        if (report.link() != null) {
            b.append("<p class=\"help\" id=\"link\">本级文件这样提到上级 / how the plan names its parent: <q>")
                    .append(esc(report.link().childEvidence())).append("</q></p>");
        } else if (report.linkNote() != null) {
            b.append("<p class=\"notice\" id=\"link\">").append(esc(report.linkNote())).append("</p>");
        }

        b.append("<section id=\"findings\"><h2>一致性问题 <small>Findings · ").append(report.findings().size()).append("</small></h2>");
        if (report.findings().isEmpty()) {
            b.append("<p class=\"help\">").append("没有发现问题。No findings.</p>");
        } else {
            b.append("<table class=\"compare-table\"><thead><tr><th>问题</th><th>本级原文</th><th>上级原文</th></tr></thead><tbody>");
            for (Finding f : report.findings()) {
                b.append("<tr class=\"finding sev-").append(esc(f.severity().json())).append("\"><td><b>").append(esc(f.kind()))
                        .append("</b><div>").append(esc(f.message())).append("</div></td><td><blockquote>")
                        .append(esc(quotes(f.childEvidence()))).append("</blockquote></td><td><blockquote>")
                        .append(esc(quotes(f.parentEvidence()))).append("</blockquote></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("</section>");

        b.append("<section id=\"aligned\"><h2>对齐的目标 <small>Aligned targets · ").append(report.aligned().size())
                .append("</small></h2><table class=\"compare-table\"><thead><tr><th>本级 ")
                .append("<a href=\"").append(url(docUrl(report.childDocId(), null))).append("\">").append(esc(report.childTitle()))
                .append("</a></th><th>上级 <a href=\"").append(url(docUrl(report.parentDocId(), null))).append("\">")
                .append(esc(report.parentTitle())).append("</a></th><th>相似度</th><th>判断 Verdict</th></tr></thead><tbody>");
        for (Alignment a : report.aligned()) {
            b.append("<tr class=\"pair\"><td>").append(target(a.child())).append("</td><td>").append(target(a.parent()))
                    .append("</td><td class=\"score\">").append(String.format(java.util.Locale.ROOT, "%.2f", a.similarity()))
                    .append("</td><td class=\"verdict\">").append(esc(a.verdict())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
        List<Coverage.Match> unclear = report.coverage().stream().filter(m -> Coverage.UNCLEAR.equals(m.verdict())).toList();
        if (!unclear.isEmpty()) {
            b.append("<section id=\"unclear\"><h2>难以判断的任务 <small>Unclear coverage · ").append(unclear.size())
                    .append("</small></h2><ul class=\"plain\">");
            for (Coverage.Match m : unclear) {
                b.append("<li>").append(esc(Coverage.unclearNote(m))).append("</li>");
            }
            b.append("</ul></section>");
        }
        unaligned(b, "childonly", "只在本级 Child only", report.childOnly());
        unaligned(b, "parentonly", "只在上级 Parent only", report.parentOnly());
        return layout("对照 Compare", "compare", b.toString());
    }

    private static String quotes(List<Quote> quotes) {
        return quotes.isEmpty() ? null : String.join(" / ", quotes.stream().map(Quote::text).distinct().toList());
    }

    private static String target(Target t) {
        String v = amount(t.comparator(), t.value(), t.valueMax(), t.unit());
        return "<div class=\"metric\">" + esc(t.metric()) + "</div><div class=\"val\">" + esc(v)
                + (t.deadline() == null ? "" : " · " + esc(t.deadline())) + "</div><blockquote>" + esc(t.evidence())
                + "</blockquote>";
    }

    private static void unaligned(StringBuilder b, String id, String title, List<Target> targets) {
        b.append("<details id=\"").append(id).append("\"><summary>").append(esc(title)).append(" · ").append(targets.size())
                .append("</summary><ul class=\"plain\">");
        for (Target t : targets) {
            b.append("<li>").append(target(t)).append("</li>");
        }
        b.append("</ul></details>");
    }

    // ---- Upload --------------------------------------------------------------------------------------------------

    static String upload(long maxBytes, String error) {
        StringBuilder b = new StringBuilder("<h1>添加文件 <small>Add documents</small></h1>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
        }
        b.append("""
                <form class="upload" method="post" action="/upload" enctype="multipart/form-data">
                <input type="file" name="file" id="file" accept=".pdf,.html,.htm,.docx,.doc,.txt,.md" required>
                <button type="submit" id="upload">上传并索引 Upload and index</button>
                </form>
                <p class="help">PDF、HTML、Word (DOCX/DOC) 或文本文件,最大 %s MB。文件会被抽取、索引,然后显示出来;无法读取的文件不会改动已索引的内容。
                PDF, HTML, Word or text releases up to %s MB are extracted, indexed and then shown; a file that cannot be read changes nothing in the index.</p>
                """.formatted(esc(plain(maxBytes / 1048576.0)), esc(plain(maxBytes / 1048576.0))));
        return layout("添加文件 Add documents", "upload", b.toString());
    }
}
