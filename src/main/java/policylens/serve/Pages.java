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
import policylens.i18n.Lang;
import policylens.i18n.Messages;
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

/**
 * The HTML pages: small templates as text blocks. Every value from a document, a query or an upload goes through
 * {@link Html#esc} (or {@link Html#marked} for search snippets) before it is put in; nothing else is inserted.
 * Every page speaks one language ({@link Lang}: Chinese by default, English with {@code ?lang=en}); its words come
 * from the message catalogue ({@link Messages}), and its internal links keep the language ({@link Html#link}).
 */
final class Pages {
    private Pages() {
    }

    private static String t(Lang lang, String key, Object... args) {
        return Messages.t(lang, key, args);
    }

    /** "" (all levels) and each level, labelled in {@code lang}. */
    static Map<String, String> levels(Lang lang) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", Messages.t(lang, "ask.all-levels"));
        for (Level l : Level.values()) {
            m.put(l.json(), levelLabel(lang, l.json()));
        }
        return m;
    }

    /** "" (all types) and each record type, labelled in {@code lang}. */
    static Map<String, String> types(Lang lang) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", Messages.t(lang, "ask.all-types"));
        for (String type : List.of("task", "target", "deadline", "responsibility", "doc")) {
            m.put(type, typeLabel(lang, type));
        }
        return m;
    }

    /** 省级 / provincial; an unknown level as written. */
    static String levelLabel(Lang lang, String level) {
        Level l = level == null ? null : Level.find(level);
        return l == null ? (level == null ? "" : level) : Messages.t(lang, "level." + l.json());
    }

    /** City and county documents: the ones with a parent plan to compare against. */
    private static boolean isLocal(String level) {
        Level l = Level.find(level);
        return l != null && l.isLocal();
    }

    static String typeLabel(Lang lang, String type) {
        return type == null ? "" : Messages.keys().contains("type." + type) ? Messages.t(lang, "type." + type) : type;
    }

    // ---- layout --------------------------------------------------------------------------------------------------

    /**
     * A whole page in {@code lang}: {@code <html lang>}, the navigation (links keep the language), a link to the
     * same page in the other language ({@code /lang}, which goes back to the page it came from) and the footer.
     */
    static String layout(Lang lang, String title, String active, String body) {
        Lang other = lang == Lang.EN ? Lang.ZH : Lang.EN;
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · PolicyLens</title>
                <link rel="stylesheet" href="/assets/app.css">
                </head>
                <body>
                <header class="top">
                <a class="brand" href="%s">PolicyLens</a>
                <nav>%s</nav>
                <a class="lang" id="lang-switch" hreflang="%s" lang="%s" title="%s" href="/lang?to=%s">%s</a>
                </header>
                <main>
                %s
                </main>
                <footer>%s</footer>
                </body>
                </html>
                """.formatted(lang.tag(), esc(title), Html.href(lang, "/"), nav(lang, active), other.tag(), other.tag(),
                esc(t(lang, "nav.language.title")), other == Lang.EN ? "en" : "zh", esc(t(lang, "nav.language")), body,
                esc(t(lang, "page.footer")));
    }

    private static String nav(Lang lang, String active) {
        String[][] items = {{"ask", "/", "nav.ask"}, {"docs", "/docs", "nav.docs"},
                {"compare", "/compare", "nav.compare"}, {"calendar", "/calendar", "calendar.nav"},
                {"charts", "/charts", "chart.nav"}, {"upload", "/upload", "nav.upload"}};
        StringBuilder b = new StringBuilder();
        for (String[] i : items) {
            b.append("<a href=\"").append(Html.href(lang, i[1])).append('"').append(i[0].equals(active) ? " class=\"on\"" : "")
                    .append('>').append(esc(t(lang, i[2]))).append("</a>");
        }
        return b.toString();
    }

    static String error(Lang lang, int status, String message) {
        String body = """
                <h1>%s</h1>
                <p class="error" id="error">%s</p>
                <p><a href="%s">%s</a></p>
                """.formatted(esc(t(lang, status == 404 ? "error.not-found" : status >= 500 ? "error.server" : "error.refused")),
                esc(message), Html.href(lang, "/"), esc(t(lang, "error.back")));
        return layout(lang, t(lang, "error.title", status), "", body);
    }

    // ---- Ask -----------------------------------------------------------------------------------------------------

    /** @param hits a page of search hits (null: no search was made) */
    record Ask(String q, Filters filters, String type, List<String> regions, int documents,
               WhoAnswerer.Result who, Library.SearchPage hits, String error) {
    }

    static String ask(Lang lang, Ask a) {
        StringBuilder b = new StringBuilder();
        Filters f = a.filters() == null ? Filters.NONE : a.filters();
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("", t(lang, "ask.all-regions"));
        for (String r : a.regions()) {
            regions.put(r, r);
        }
        if (f.region() != null && !f.region().isBlank()) {
            regions.putIfAbsent(f.region(), f.region());
        }
        b.append("""
                <h1>%s</h1>
                <form class="ask" method="get" action="/">%s
                <div class="box"><input type="search" name="q" id="q" value="%s" placeholder="%s" autofocus maxlength="300">
                <button type="submit" id="ask">%s</button></div>
                <div class="filters">
                <label>%s <select name="level" id="level">%s</select></label>
                <label>%s %s</label>
                <label>%s <input type="number" name="year" id="year" min="1949" max="2100" value="%s"></label>
                <label>%s <select name="type" id="type">%s</select></label>%s
                </div>
                </form>
                """.formatted(esc(t(lang, "ask.title")), Html.langField(lang), esc(a.q()), esc(t(lang, "ask.placeholder")),
                esc(t(lang, "ask.submit")), esc(t(lang, "ask.level")), Html.options(levels(lang), f.level()),
                esc(t(lang, "ask.region")), Html.regionControl(regions, f.region()), esc(t(lang, "ask.year")),
                f.year() == null ? "" : f.year().toString(), esc(t(lang, "ask.type")), Html.options(types(lang), a.type()),
                f.issuer() == null ? "" : "<input type=\"hidden\" name=\"issuer\" value=\"" + esc(f.issuer()) + "\">"));
        if (f.issuer() != null) {
            b.append("<p class=\"filtered\" id=\"filtered\">").append(esc(t(lang, "pages.filtered"))).append(' ')
                    .append(esc(t(lang, "pages.facet.issuer"))).append(' ').append(esc(f.issuer())).append(" · <a href=\"")
                    .append(Html.href(lang, "/" + filterQuery(a.q(), withIssuer(f, null), a.type()))).append("\">")
                    .append(esc(t(lang, "pages.unfilter", f.issuer()))).append("</a></p>");
        }
        if (a.documents() == 0) {
            b.append("<p class=\"notice\" id=\"empty-index\">").append(esc(t(lang, "ask.empty-index")))
                    .append(" <a href=\"").append(Html.href(lang, "/upload")).append("\">").append(esc(t(lang, "nav.upload")))
                    .append("</a> · ").append(esc(t(lang, "ask.or-run", "%s")).replace("%s", "<code>policylens index DIR</code>"))
                    .append("</p>");
        }
        if (a.error() != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(a.error())).append("</p>");
        }
        if (a.who() != null) {
            b.append(who(lang, a.who(), a.q(), f, a.type()));
        }
        if (a.hits() != null) {
            b.append(hits(lang, a.hits(), a.q(), f, a.type()));
        }
        if (a.q() == null || a.q().isBlank()) {
            b.append("<section class=\"help\"><p>").append(esc(t(lang, "ask.help-who"))).append("</p><p class=\"examples\">")
                    .append(esc(t(lang, "ask.examples")));
            List<String> examples = List.of("谁负责中试平台建设?", "专精特新", "哪个部门负责招商引资");
            for (int i = 0; i < examples.size(); i++) {
                b.append(i == 0 ? " " : " · ").append("<a href=\"").append(Html.href(lang, "/" + query("q", examples.get(i))))
                        .append("\">").append(esc(examples.get(i))).append("</a>");
            }
            b.append("</p></section>");
        }
        return layout(lang, a.q() == null || a.q().isBlank() ? t(lang, "ask.title") : a.q(), "ask", b.toString());
    }

    private static String filterQuery(String q, Filters f, String type) {
        return query("q", q, "level", f.level(), "region", f.region(), "year", f.year(), "type", type, "issuer", f.issuer());
    }

    private static Filters withIssuer(Filters f, String issuer) {
        return new Filters(f.types(), f.level(), f.region(), f.unit(), f.year(), issuer);
    }

    private static String who(Lang lang, WhoAnswerer.Result r, String q, Filters f, String type) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"who\" id=\"who\"><h2>").append(esc(t(lang, "ask.who"))).append(" <small>")
                .append(esc(r.terms())).append("</small> <a class=\"api\" href=\"")
                .append(Html.href(lang, "/api/who" + filterQuery(q, f, null))).append("\">JSON</a></h2>");
        if (r.answers().isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-answer\">")
                    .append(esc(t(lang, "ask.no-answer", r.terms().isEmpty() ? r.question() : r.terms()))).append("</p>");
        }
        b.append("<ol class=\"answers\">");
        for (WhoAnswerer.Answer a : r.answers()) {
            b.append("<li class=\"answer\"><div class=\"unit\"><a class=\"unit-name\" href=\"")
                    .append(Html.href(lang, unitUrl(a.unit()))).append("\">").append(esc(a.unit()))
                    .append("</a> <span class=\"role ").append(a.lead() ? "lead" : "support").append("\">")
                    .append(esc(t(lang, a.lead() ? "ask.lead" : "ask.support"))).append("</span>");
            List<String> aliases = a.written().stream().filter(w -> !w.equals(a.unit())).toList();
            if (!aliases.isEmpty()) {
                b.append(" <span class=\"aliases\">").append(esc(t(lang, "ask.written", String.join("、", aliases)))).append("</span>");
            }
            b.append("</div><ul class=\"evidence\">");
            for (WhoAnswerer.Evidence e : a.evidence()) {
                b.append("<li><a href=\"").append(Html.href(lang, docUrl(e.docId(), e.taskId()))).append("\">")
                        .append(esc(e.title())).append("</a>");
                if (e.taskId() != null) {
                    b.append(" <span class=\"task\">").append(esc(t(lang, "ask.task", e.taskId()))).append("</span>");
                }
                b.append("<div class=\"snip\">").append(marked(e.snippet())).append("</div></li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ol>");
        b.append("<p class=\"more\"><a href=\"").append(Html.href(lang, "/" + filterQuery(r.terms(), f, type)))
                .append("\">").append(esc(t(lang, "ask.search-texts", r.terms()))).append("</a></p></section>");
        return b.toString();
    }

    /** The page of a unit's duties. */
    static String unitUrl(String unit) {
        return "/unit/" + path(unit);
    }

    // ---- Unit duties -----------------------------------------------------------------------------------------------

    /** A unit's duties by due date, with downloads; when no task names it, the closest units as links. */
    static String unit(Lang lang, policylens.index.Duties.Result r, Filters f, String from, String to) {
        StringBuilder b = new StringBuilder();
        String name = r.names().isEmpty() ? r.unit() : r.names().get(0);
        b.append("<h1>").append(esc(name)).append(" <small>").append(esc(t(lang, "unit.duties"))).append("</small></h1>");
        if (r.names().isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-duties\">").append(esc(t(lang, "unit.none", r.unit()))).append("</p>");
            if (!r.closest().isEmpty()) {
                b.append("<p id=\"closest\">").append(esc(t(lang, "unit.closest"))).append(' ');
                for (int i = 0; i < r.closest().size(); i++) {
                    b.append(i == 0 ? "" : "、").append("<a href=\"").append(Html.href(lang, unitUrl(r.closest().get(i))))
                            .append("\">").append(esc(r.closest().get(i))).append("</a>");
                }
                b.append("</p>");
            }
            return layout(lang, name, "", b.toString());
        }
        if (r.names().size() > 1) {
            b.append("<p class=\"aliases\">").append(esc(t(lang, "unit.names", String.join("、", r.names())))).append("</p>");
        }
        Filters g = f == null ? Filters.NONE : f;
        String q = query("level", g.level(), "region", g.region(), "from", from, "to", to);
        String api = "/api/units/" + path(r.unit()) + "/duties" + q + (q.isEmpty() ? "?" : "&") + "format=";
        b.append("<p class=\"downloads\" id=\"downloads\">").append(esc(t(lang, "unit.count", r.duties().size(), r.today())))
                .append(" · ").append(esc(t(lang, "unit.download"))).append(' ')
                .append("<a href=\"").append(Html.href(lang, api + "xlsx")).append("\">Excel</a> · ")
                .append("<a href=\"").append(Html.href(lang, api + "csv")).append("\">CSV</a> · ")
                .append("<a href=\"").append(Html.href(lang, api + "json")).append("\">JSON</a></p>");
        b.append("<table class=\"duties\" id=\"duties\"><thead><tr>");
        for (String col : List.of("due", "status", "role", "plan", "task", "targets")) {
            b.append("<th>").append(esc(t(lang, "unit.col." + col))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (policylens.index.Duties.Duty d : r.duties()) {
            b.append("<tr class=\"duty status-").append(esc(d.status().key())).append("\"><td>")
                    .append(esc(d.due() == null ? t(lang, "unit.undated") : d.due()))
                    .append(d.dueFrom() == policylens.index.Duties.DueFrom.PLAN
                            ? " <small>" + esc(t(lang, "unit.plan-end")) + "</small>" : "")
                    .append("</td><td>").append(esc(d.status().label(lang))).append("</td><td>")
                    .append(esc(d.role().label(lang)))
                    .append("</td><td><a href=\"").append(Html.href(lang, docUrl(d.docId(), d.taskId()))).append("\">")
                    .append(esc(d.title() == null ? d.docId() : d.title())).append("</a>");
            if (d.section() != null) {
                b.append("<div class=\"section\">").append(esc(d.section())).append("</div>");
            }
            b.append("</td><td>").append(esc(d.taskId() == null ? "" : d.taskId() + " "))
                    .append(esc(d.evidence())).append("</td><td>");
            for (policylens.index.Duties.TaskTarget tt : d.targets()) {
                b.append("<div class=\"target\">").append(esc(tt.text())).append("</div>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        return layout(lang, name, "", b.toString());
    }

    static String docUrl(String docId, String taskId) {
        return "/doc/" + path(docId) + (taskId == null ? "" : "#task-" + taskId);
    }

    private static String hits(Lang lang, Library.SearchPage page, String q, Filters f, String type) {
        List<Library.HitView> hits = page.hits();
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"hits\" id=\"hits\"><h2>").append(esc(t(lang, "ask.hits"))).append(" <small id=\"total\">")
                .append(esc(hits.isEmpty() ? t(lang, "pages.total", page.total())
                        : t(lang, "pages.range", page.total(), page.offset() + 1, page.offset() + hits.size())))
                .append("</small> <a class=\"api\" href=\"")
                .append(Html.href(lang, "/api/search" + pagedQuery(q, f, type, page.offset() / page.limit() + 1, page.limit())))
                .append("\">JSON</a></h2>");
        if (hits.isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-hits\">").append(esc(t(lang, "ask.no-hits"))).append("</p>");
        }
        b.append(facets(lang, page.facets(), q, f, type));
        b.append("<ol class=\"hitlist\" start=\"").append(page.offset() + 1).append("\">");
        for (Library.HitView h : hits) {
            b.append("<li class=\"hit\"><div class=\"meta\"><span class=\"type type-").append(esc(h.type())).append("\">")
                    .append(esc(typeLabel(lang, h.type()))).append("</span> <a href=\"")
                    .append(Html.href(lang, docUrl(h.docId(), h.taskId()))).append("\">").append(esc(h.title())).append("</a>");
            if (h.section() != null) {
                b.append(" <span class=\"section\">").append(esc(h.section())).append("</span>");
            }
            if (h.taskId() != null) {
                b.append(" <span class=\"task\">").append(esc(t(lang, "ask.task", h.taskId()))).append("</span>");
            }
            b.append("</div><div class=\"snip\">").append(marked(h.snippet())).append("</div>");
            if (!h.units().isEmpty()) {
                b.append("<div class=\"units\">").append(esc(t(lang, "ask.units", String.join("、", h.units())))).append("</div>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        long reachable = Math.min(page.total(), policylens.index.Searcher.MAX_WINDOW);
        b.append(pager(lang, page.offset(), page.limit(), reachable,
                n -> "/" + pagedQuery(q, f, type, n, page.limit())));
        if (page.total() > policylens.index.Searcher.MAX_WINDOW
                && page.offset() + page.limit() >= policylens.index.Searcher.MAX_WINDOW) {
            b.append("<p class=\"notice\">").append(esc(t(lang, "pages.window", policylens.index.Searcher.MAX_WINDOW)))
                    .append("</p>");
        }
        b.append("</section>");
        return b.toString();
    }

    /** The search's query string on page {@code n} ({@code limit} only when not the page's default). */
    private static String pagedQuery(String q, Filters f, String type, int n, int limit) {
        return query("q", q, "level", f.level(), "region", f.region(), "year", f.year(), "type", type,
                "issuer", f.issuer(), "page", n > 1 ? n : null, "limit", limit != ASK_LIMIT ? limit : null);
    }

    /** Hits on a page of the ask page unless {@code limit} says otherwise. */
    static final int ASK_LIMIT = 20;

    /**
     * "Narrow by" links: per dimension the values the hits have, with their counts, each a link to the same search
     * with that filter added (page 1). A dimension already filtered on is not offered again.
     */
    private static String facets(Lang lang, Map<String, List<policylens.index.Facets.Count>> facets, String q, Filters f,
                                 String type) {
        if (facets == null || facets.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<policylens.index.Facets.Count>> e : facets.entrySet()) {
            String dim = e.getKey();
            boolean set = switch (dim) {
                case "type" -> type != null && !type.isBlank();
                case "level" -> f.level() != null && !f.level().isBlank();
                case "region" -> f.region() != null && !f.region().isBlank();
                case "year" -> f.year() != null;
                case "issuer" -> f.issuer() != null && !f.issuer().isBlank();
                default -> true;
            };
            if (set || e.getValue().size() < 1 || !Messages.keys().contains("pages.facet." + dim)) {
                continue;
            }
            b.append("<div class=\"facet\" id=\"facet-").append(esc(dim)).append("\"><b>")
                    .append(esc(t(lang, "pages.facet." + dim))).append("</b>");
            for (policylens.index.Facets.Count c : e.getValue()) {
                String v = c.value();
                String label = switch (dim) {
                    case "type" -> typeLabel(lang, v);
                    case "level" -> levelLabel(lang, v);
                    default -> v;
                };
                String url = switch (dim) {
                    case "type" -> filterQuery(q, f, v);
                    case "level" -> filterQuery(q, new Filters(f.types(), v, f.region(), f.unit(), f.year(), f.issuer()), type);
                    case "region" -> filterQuery(q, new Filters(f.types(), f.level(), v, f.unit(), f.year(), f.issuer()), type);
                    case "year" -> filterQuery(q, new Filters(f.types(), f.level(), f.region(), f.unit(), parseYear(v), f.issuer()), type);
                    default -> filterQuery(q, withIssuer(f, v), type);
                };
                b.append(" <a href=\"").append(Html.href(lang, "/" + url)).append("\">").append(esc(label))
                        .append(" <small>").append(c.count()).append("</small></a>");
            }
            b.append("</div>");
        }
        return b.length() == 0 ? "" : "<nav class=\"facets\" id=\"facets\" aria-label=\"" + esc(t(lang, "pages.narrow"))
                + "\"><h3>" + esc(t(lang, "pages.narrow")) + "</h3>" + b + "</nav>";
    }

    private static Integer parseYear(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Page links for a list of {@code total} items shown {@code limit} at a time from {@code offset}: previous, the
     * first, two either side of the current one, the last, next ({@code url} gives page n's address, from 1). Nothing
     * when everything fits on one page.
     */
    static String pager(Lang lang, int offset, int limit, long total, java.util.function.IntFunction<String> url) {
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + limit - 1) / limit);
        if (pages <= 1 && offset == 0) {
            return "";
        }
        int current = offset / limit + 1;
        StringBuilder b = new StringBuilder("<nav class=\"pager\" id=\"pager\" aria-label=\"")
                .append(esc(t(lang, "pages.nav"))).append("\">");
        if (current > 1) {
            b.append("<a rel=\"prev\" id=\"prev\" href=\"").append(Html.href(lang, url.apply(Math.min(current - 1, Math.max(1, pages)))))
                    .append("\">").append(esc(t(lang, "pages.prev"))).append("</a> ");
        }
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            boolean shown = n == 1 || n == pages || Math.abs(n - current) <= 2;
            if (!shown) {
                continue;
            }
            if (last != 0 && n > last + 1) {
                b.append("<span class=\"gap\">…</span> ");
            }
            if (n == current) {
                b.append("<span class=\"current\" aria-current=\"page\">").append(n).append("</span> ");
            } else {
                b.append("<a href=\"").append(Html.href(lang, url.apply(n))).append("\">").append(n).append("</a> ");
            }
            last = n;
        }
        if (current < pages) {
            b.append("<a rel=\"next\" id=\"next\" href=\"").append(Html.href(lang, url.apply(current + 1)))
                    .append("\">").append(esc(t(lang, "pages.next"))).append("</a>");
        }
        return b.append("</nav>").toString();
    }

    /**
     * A document as lists show it: its title linking to it, then its issuers and issue date; its docId too when
     * another indexed document has the same title ({@code shared}).
     */
    static String docLabel(Lang lang, Library.DocInfo d, java.util.Set<String> shared, String href) {
        StringBuilder b = new StringBuilder("<a href=\"").append(href).append("\">")
                .append(esc(d.title() == null ? d.docId() : d.title())).append("</a>");
        String by = byline(d);
        if (!by.isEmpty()) {
            b.append(" <span class=\"by\">").append(esc(by)).append("</span>");
        }
        if (d.title() == null || shared.contains(d.title())) {
            b.append(" <small class=\"docid\">").append(esc(d.docId())).append("</small>");
        }
        return b.toString();
    }

    /** "江西省人民政府办公厅 · 2025-08-28": issuers and issue date, what is known of them. */
    static String byline(Library.DocInfo d) {
        String issuer = String.join("、", d.issuer());
        String date = d.issued() == null ? "" : d.issued();
        return issuer.isEmpty() ? date : date.isEmpty() ? issuer : issuer + " · " + date;
    }

    // ---- Documents -----------------------------------------------------------------------------------------------

    /** Documents a page of {@code /docs} lists. */
    static final int DOCS_LIMIT = 50;

    /**
     * One page of the document list with its search form (words, level, region, year: a GET form, filtered on the
     * server), the count and page links.
     *
     * @param all     how many documents the index has
     * @param watched the folder {@code serve --watch} keeps the index current with (only its name is shown), or null
     * @param removed the title or docId of a document just removed (a notice), or null
     */
    static String docs(Lang lang, Library.DocPage page, Library.DocQuery q, int all, List<String> regions,
                       java.nio.file.Path watched, String removed) {
        boolean filtered = q.text() != null && !q.text().isBlank() || q.level() != null || q.region() != null || q.year() != null;
        StringBuilder b = new StringBuilder("<h1>").append(esc(t(lang, "docs.title"))).append(" <small id=\"count\">")
                .append(esc(filtered ? t(lang, "pages.docs.matching", page.total(), all) : t(lang, "pages.docs.count", all)))
                .append("</small> <a class=\"api\" href=\"")
                .append(Html.href(lang, "/api/documents" + docsQuery(q, page.offset() / page.limit() + 1, page.limit())))
                .append("\">JSON</a></h1>");
        if (removed != null) {
            b.append("<p class=\"notice ok\" id=\"notice\">").append(esc(t(lang, "pages.docs.removed", removed))).append("</p>");
        }
        if (watched != null) {
            b.append("<p class=\"notice ok\" id=\"watching\">").append(esc(t(lang, "watch.page",
                    watched.getFileName() == null ? watched.toString() : watched.getFileName().toString()))).append("</p>");
        }
        if (all == 0) {
            b.append("<p class=\"notice\" id=\"empty-index\">").append(esc(t(lang, "docs.empty"))).append(" <a href=\"")
                    .append(Html.href(lang, "/upload")).append("\">").append(esc(t(lang, "nav.upload"))).append("</a></p>");
        }
        Map<String, String> regionOptions = new LinkedHashMap<>();
        regionOptions.put("", t(lang, "ask.all-regions"));
        for (String r : regions) {
            regionOptions.put(r, r);
        }
        if (q.region() != null) {
            regionOptions.putIfAbsent(q.region(), q.region());
        }
        b.append("""
                <form class="docsearch filters" method="get" action="/docs">%s
                <input type="search" name="q" id="docq" value="%s" placeholder="%s" maxlength="300">
                <label>%s <select name="level" id="level">%s</select></label>
                <label>%s %s</label>
                <label>%s <input type="number" name="year" id="year" min="1949" max="2100" value="%s"></label>
                <button type="submit" id="find">%s</button>
                </form>
                """.formatted(Html.langField(lang), esc(q.text()), esc(t(lang, "pages.docs.placeholder")),
                esc(t(lang, "ask.level")), Html.options(levels(lang), q.level()), esc(t(lang, "ask.region")),
                Html.regionControl(regionOptions, q.region()), esc(t(lang, "ask.year")), q.year() == null ? "" : q.year().toString(),
                esc(t(lang, "pages.docs.search"))));
        if (all > 0 && page.total() == 0) {
            b.append("<p class=\"notice\" id=\"no-docs\">").append(esc(t(lang, "pages.docs.none"))).append("</p>");
        }
        b.append("<table class=\"list\" id=\"doclist\"><thead><tr>");
        for (String col : List.of("docs.col.title", "pages.docs.col.issuer", "docs.col.issued", "docs.col.level",
                "docs.col.region", "docs.col.period", "docs.col.targets", "docs.col.deadlines", "docs.col.responsibilities")) {
            b.append("<th>").append(esc(t(lang, col))).append("</th>");
        }
        b.append("<th></th></tr></thead><tbody>");
        for (Library.DocInfo d : page.docs()) {
            b.append("<tr><td><a href=\"").append(Html.href(lang, docUrl(d.docId(), null))).append("\">")
                    .append(esc(d.title() == null ? d.docId() : d.title())).append("</a>");
            if (d.title() == null || page.sharedTitles().contains(d.title())) {
                b.append(" <small class=\"docid\">").append(esc(d.docId())).append("</small>");
            }
            b.append("<div class=\"file\">").append(esc(d.fileName())).append("</div></td><td>")
                    .append(esc(String.join("、", d.issuer()))).append("</td><td>").append(esc(d.issued())).append("</td><td>")
                    .append(esc(levelLabel(lang, d.level()))).append("</td><td>").append(esc(d.region())).append("</td><td>")
                    .append(esc(d.period())).append("</td><td>")
                    .append(d.targets()).append("</td><td>").append(d.deadlines()).append("</td><td>")
                    .append(d.responsibilities()).append("</td><td>");
            if (isLocal(d.level())) {
                b.append("<a href=\"").append(Html.href(lang, "/compare" + query("child", d.docId()))).append("\">")
                        .append(esc(t(lang, "docs.compare"))).append("</a>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append(pager(lang, page.offset(), page.limit(), page.total(), n -> "/docs" + docsQuery(q, n, page.limit())));
        return layout(lang, t(lang, "docs.title"), "docs", b.toString());
    }

    private static String docsQuery(Library.DocQuery q, int n, int limit) {
        return query("q", q.text(), "level", q.level(), "region", q.region(), "year", q.year(), "page", n > 1 ? n : null,
                "limit", limit != DOCS_LIMIT ? limit : null);
    }

    /** The confirmation step before a document is taken out of the index: what goes, and the POST button. */
    static String removeConfirm(Lang lang, Library.DocInfo d, boolean upload) {
        String id = path(d.docId());
        String name = d.title() == null ? d.docId() : d.title();
        StringBuilder b = new StringBuilder("<h1>").append(esc(t(lang, "pages.remove.title"))).append("</h1>");
        b.append("<p id=\"confirm\">").append(esc(t(lang, "pages.remove.confirm", name))).append("</p>");
        b.append("<p class=\"help\">").append(docLabel(lang, d, java.util.Set.of(), Html.href(lang, docUrl(d.docId(), null))))
                .append(" <small class=\"docid\">").append(esc(d.docId())).append("</small></p>");
        b.append("<p class=\"help\">").append(esc(upload ? t(lang, "pages.remove.upload")
                : t(lang, "pages.remove.kept", d.fileName()))).append("</p>");
        b.append("<form class=\"confirm\" method=\"post\" action=\"").append(Html.href(lang, "/doc/" + id + "/remove"))
                .append("\"><button type=\"submit\" class=\"danger\" id=\"remove-yes\">").append(esc(t(lang, "pages.remove.yes")))
                .append("</button> <a class=\"button\" id=\"remove-cancel\" href=\"").append(Html.href(lang, docUrl(d.docId(), null)))
                .append("\">").append(esc(t(lang, "pages.remove.cancel"))).append("</a></form>");
        return layout(lang, t(lang, "pages.remove.title"), "docs", b.toString());
    }

    /**
     * @param notice a catalogue key (doc.added, doc.already, pages.reindex.*) or null
     * @param manage whether the remove and re-index buttons are shown (uploads and removals are on)
     */
    static String document(Lang lang, Library.Loaded l, DocumentView.Rendered rendered, String notice, boolean manage) {
        PolicyRecord r = l.record();
        Meta m = r.meta();
        Library.DocInfo info = l.info();
        String id = path(info.docId());
        StringBuilder b = new StringBuilder();
        if (notice != null) {
            b.append("<p class=\"notice ok\" id=\"notice\">").append(esc(t(lang, notice))).append("</p>");
        }
        if (l.changed()) {
            b.append("<p class=\"notice\">").append(esc(t(lang, "doc.changed"))).append("</p>");
        }
        b.append("<h1 id=\"title\">").append(esc(info.title())).append("</h1>");
        b.append("<div class=\"docmeta\">");
        meta(b, t(lang, "doc.level"), levelLabel(lang, m.level()));
        meta(b, t(lang, "doc.region"), m.region());
        meta(b, t(lang, "doc.issuer"), String.join("、", m.issuer()));
        meta(b, t(lang, "doc.number"), m.docNumber());
        meta(b, t(lang, "doc.issued"), m.issued());
        meta(b, t(lang, "doc.period"), m.period() == null ? null : m.period().from() + "–" + m.period().to());
        meta(b, t(lang, "doc.file"), info.fileName());
        b.append("</div>");
        String api = "/api/documents/" + id;
        b.append("<div class=\"actions\">")
                .append("<a class=\"button\" id=\"download-json\" href=\"").append(Html.href(lang, api + "/export?format=json")).append("\">")
                .append(esc(t(lang, "doc.download-json"))).append("</a> ")
                .append("<a class=\"button\" id=\"download-xlsx\" href=\"").append(Html.href(lang, api + "/export?format=xlsx")).append("\">")
                .append(esc(t(lang, "doc.download-xlsx"))).append("</a> ")
                .append("<a class=\"button\" id=\"download-csv\" href=\"").append(Html.href(lang, api + "/export?format=csv")).append("\">")
                .append(esc(t(lang, "doc.download-csv"))).append("</a> ");
        if (isLocal(m.level())) {
            b.append("<a class=\"button\" href=\"").append(Html.href(lang, "/compare" + query("child", info.docId()))).append("\">")
                    .append(esc(t(lang, "doc.compare"))).append("</a> ");
        }
        b.append("<a class=\"api\" href=\"").append(Html.href(lang, api)).append("\">JSON</a>");
        if (manage) {
            // removing asks first (a page with the POST button); re-indexing only re-reads the file, so it posts at once
            b.append(" <form class=\"inline\" method=\"post\" action=\"").append(Html.href(lang, "/doc/" + id + "/reindex"))
                    .append("\"><button type=\"submit\" id=\"reindex\">").append(esc(t(lang, "pages.reindex.button")))
                    .append("</button></form> <a class=\"button danger\" id=\"remove\" href=\"")
                    .append(Html.href(lang, "/doc/" + id + "/remove")).append("\">").append(esc(t(lang, "pages.remove.button")))
                    .append("</a>");
        }
        b.append("</div>");
        b.append("<div class=\"legend\"><span class=\"rec rec-target\">").append(esc(t(lang, "doc.legend.target")))
                .append("</span> <span class=\"rec rec-deadline\">").append(esc(t(lang, "doc.legend.deadline")))
                .append("</span> <span class=\"rec rec-unit\">").append(esc(t(lang, "doc.legend.unit"))).append("</span></div>\n");
        b.append("<div class=\"docgrid\"><article class=\"doctext\" id=\"doctext\">").append(rendered.html())
                .append("</article><aside class=\"side\">");
        sideTargets(lang, b, r, rendered);
        sideDeadlines(lang, b, r);
        sideResponsibilities(lang, b, r);
        b.append("</aside></div>");
        return layout(lang, info.title(), "docs", b.toString());
    }

    private static void head(Lang lang, StringBuilder b, String... keys) {
        b.append("<table class=\"side-table\"><thead><tr>");
        for (String k : keys) {
            b.append("<th>").append(esc(t(lang, k))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
    }

    private static void meta(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<span><b>").append(esc(label)).append("</b> ").append(esc(value)).append("</span>");
        }
    }

    private static void sideTargets(Lang lang, StringBuilder b, PolicyRecord r, DocumentView.Rendered rendered) {
        b.append("<section id=\"targets\"><h2>").append(esc(t(lang, "doc.targets"))).append(" <small>").append(r.targets().size())
                .append("</small></h2>");
        head(lang, b, "doc.col.metric", "doc.col.value", "doc.col.due", "doc.col.task");
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

    private static void sideDeadlines(Lang lang, StringBuilder b, PolicyRecord r) {
        b.append("<section id=\"deadlines\"><h2>").append(esc(t(lang, "doc.deadlines"))).append(" <small>")
                .append(r.deadlines().size()).append("</small></h2>");
        head(lang, b, "doc.col.text", "doc.col.date", "doc.col.recurring", "doc.col.task");
        for (int i = 0; i < r.deadlines().size(); i++) {
            Deadline d = r.deadlines().get(i);
            b.append("<tr><td><a href=\"#deadline-").append(i).append("\">").append(esc(d.expr())).append("</a></td><td>")
                    .append(esc(d.date())).append("</td><td>").append(esc(d.recurring() != null ? d.recurring() : d.duration()))
                    .append("</td><td>").append(esc(d.taskId())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void sideResponsibilities(Lang lang, StringBuilder b, PolicyRecord r) {
        b.append("<section id=\"responsibilities\"><h2>").append(esc(t(lang, "doc.responsibilities"))).append(" <small>")
                .append(r.responsibilities().size()).append("</small></h2>");
        head(lang, b, "doc.col.task", "doc.col.lead", "doc.col.support");
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
                b.append("<div class=\"inherited\">").append(esc(t(lang, "doc.inherited", String.join("、", x.inheritedUnits()))))
                        .append("</div>");
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

    /** Documents a picker lists at most. */
    static final int PICK_LIMIT = 20;

    /**
     * One side of a choice of document, without a {@code <select>} of every document: the words typed in its search
     * field, the documents matching them (at most {@link #PICK_LIMIT}; null when nothing was asked) and the document
     * chosen (or null).
     */
    record Picker(String q, Library.DocPage matches, Library.DocInfo chosen) {
    }

    /**
     * @param parents the parents {@code check} links the child to, when the page looked them up (else null)
     */
    static String compare(Lang lang, Picker childPick, Picker parentPick, String child, String parent,
                          Linker.Parents parents, CheckService.Report report, String error) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(t(lang, "compare.title"))).append(" <small>")
                .append(esc(t(lang, "compare.subtitle"))).append("</small></h1>");
        b.append("""
                <form class="compare" method="get" action="/compare">%s%s%s
                <label>%s <input type="search" name="cq" id="cq" value="%s" placeholder="%s" maxlength="300"></label>
                <label>%s <input type="search" name="pq" id="pq" value="%s" placeholder="%s" maxlength="300"></label>
                <button type="submit" id="find">%s</button>
                </form>
                """.formatted(Html.langField(lang), hidden("child", child), hidden("parent", parent),
                esc(t(lang, "pages.pick.child")), esc(childPick.q()), esc(t(lang, "pages.docs.placeholder")),
                esc(t(lang, "pages.pick.parent")), esc(parentPick.q()), esc(t(lang, "pages.docs.placeholder")),
                esc(t(lang, "pages.pick.submit"))));
        b.append("<div class=\"pickers\">")
                .append(picker(lang, "child", t(lang, "compare.child"), childPick,
                        id -> "/compare" + query("child", id, "parent", parent), "/compare" + query("parent", parent)))
                .append(picker(lang, "parent", t(lang, "compare.parent"), parentPick,
                        id -> "/compare" + query("child", child, "parent", id), "/compare" + query("child", child)))
                .append("</div>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
        }
        if (report == null) {
            if (error == null) {
                b.append("<p class=\"help\">").append(esc(t(lang, "compare.help"))).append("</p>");
            }
            return layout(lang, t(lang, "compare.title"), "compare", b.toString());
        }
        b.append("<p class=\"notice engine\" id=\"engine\">").append(esc(t(lang, "compare.engine", report.engine())))
                .append(" <a class=\"api\" href=\"").append(Html.href(lang, "/api/check" + query("child", child, "parent", parent)))
                .append("\">JSON</a> <span id=\"downloads\">").append(esc(t(lang, "compare.download")));
        for (policylens.format.Format f : List.of(policylens.format.Format.MD, policylens.format.Format.HTML,
                policylens.format.Format.CSV)) { // /api/check?format=… writes it through the format registry
            b.append(" <a class=\"download\" href=\"").append(Html.href(lang, "/api/check" + query("child", child,
                    "parent", parent, "format", f.formatName()))).append("\">").append(f.formatName().toUpperCase(java.util.Locale.ROOT)).append("</a>");
        }
        b.append("</span></p>");
        if (parents != null && !parents.links().isEmpty()) {
            b.append("<p class=\"notice\" id=\"parents\">").append(esc(t(lang, "compare.parents"))).append(' ');
            for (int i = 0; i < parents.links().size(); i++) {
                Link l = parents.links().get(i);
                b.append(i == 0 ? "" : "、").append("<a href=\"")
                        .append(Html.href(lang, "/compare" + query("child", child, "parent", l.parent())))
                        .append("\">").append(esc(l.parent())).append("</a>");
            }
            b.append("</p>");
        }
        if (report.link() != null) {
            b.append("<p class=\"help\" id=\"link\">").append(esc(t(lang, "compare.link"))).append(" <q>")
                    .append(esc(report.link().childEvidence())).append("</q></p>");
        } else if (report.linkNote() != null) {
            b.append("<p class=\"notice\" id=\"link\">").append(esc(report.linkNote().in(lang))).append("</p>");
        }

        b.append("<section id=\"findings\"><h2>").append(esc(t(lang, "compare.findings"))).append(" <small>")
                .append(report.findings().size()).append("</small></h2>");
        if (report.findings().isEmpty()) {
            b.append("<p class=\"help\">").append(esc(t(lang, "compare.no-findings"))).append("</p>");
        } else {
            b.append("<table class=\"compare-table findings\"><thead><tr><th class=\"what\">")
                    .append(esc(t(lang, "compare.col.finding"))).append("</th><th class=\"quote\">")
                    .append(esc(t(lang, "compare.col.child-text"))).append("</th><th class=\"quote parent-quote\">")
                    .append(esc(t(lang, "compare.col.parent-text"))).append("</th></tr></thead><tbody>");
            for (Finding f : report.findings()) {
                b.append("<tr class=\"finding sev-").append(esc(f.severity().json())).append("\"><td><b title=\"")
                        .append(esc(f.kind())).append("\">").append(esc(kindLabel(lang, f.kind())))
                        .append("</b><div>").append(esc(f.message().in(lang))).append("</div></td><td class=\"quote\"><blockquote>")
                        .append(esc(quotes(f.childEvidence()))).append("</blockquote></td><td class=\"quote parent-quote\"><blockquote>")
                        .append(esc(quotes(f.parentEvidence()))).append("</blockquote></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("</section>");

        b.append("<section id=\"aligned\"><h2>").append(esc(t(lang, "compare.aligned"))).append(" <small>")
                .append(report.aligned().size()).append("</small></h2><table class=\"compare-table aligned\"><thead><tr>")
                .append("<th class=\"quote\">").append(esc(t(lang, "compare.child"))).append(" <a href=\"")
                .append(Html.href(lang, docUrl(report.childDocId(), null))).append("\">").append(esc(report.childTitle()))
                .append("</a></th><th class=\"quote parent-quote\">").append(esc(t(lang, "compare.parent"))).append(" <a href=\"")
                .append(Html.href(lang, docUrl(report.parentDocId(), null))).append("\">").append(esc(report.parentTitle()))
                .append("</a></th><th class=\"score\">").append(esc(t(lang, "compare.col.similarity")))
                .append("</th><th class=\"verdict\">").append(esc(t(lang, "compare.col.verdict"))).append("</th></tr></thead><tbody>");
        for (Alignment a : report.aligned()) {
            b.append("<tr class=\"pair\"><td class=\"quote\">").append(target(a.child()))
                    .append("</td><td class=\"quote parent-quote\">").append(target(a.parent()))
                    .append("</td><td class=\"score\">").append(String.format(java.util.Locale.ROOT, "%.2f", a.similarity()))
                    .append("</td><td class=\"verdict\" title=\"").append(esc(a.verdict())).append("\">")
                    .append(esc(verdictLabel(lang, a.verdict()))).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
        List<Coverage.Match> unclear = report.coverage().stream().filter(m -> Coverage.UNCLEAR.equals(m.verdict())).toList();
        if (!unclear.isEmpty()) {
            b.append("<section id=\"unclear\"><h2>").append(esc(t(lang, "compare.unclear"))).append(" <small>")
                    .append(unclear.size()).append("</small></h2><ul class=\"plain\">");
            for (Coverage.Match m : unclear) {
                b.append("<li>").append(esc(Coverage.unclearNote(m).in(lang))).append("</li>");
            }
            b.append("</ul></section>");
        }
        unaligned(b, "childonly", t(lang, "compare.child-only"), report.childOnly());
        unaligned(b, "parentonly", t(lang, "compare.parent-only"), report.parentOnly());
        return layout(lang, t(lang, "compare.title"), "compare", b.toString());
    }

    private static String hidden(String name, String value) {
        return value == null ? "" : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + esc(value) + "\">";
    }

    /** A picker's list: the chosen document (with a link to choose again), then the matches as links choosing one. */
    private static String picker(Lang lang, String side, String title, Picker p,
                                 java.util.function.Function<String, String> choose, String unchoose) {
        StringBuilder b = new StringBuilder("<section class=\"picker\" id=\"pick-").append(side).append("\"><h3>")
                .append(esc(title)).append("</h3>");
        if (p.chosen() != null) {
            b.append("<p class=\"chosen\" id=\"chosen-").append(side).append("\">").append(esc(t(lang, "pages.pick.chosen")))
                    .append(' ').append(docLabel(lang, p.chosen(), java.util.Set.of(), Html.href(lang, docUrl(p.chosen().docId(), null))))
                    .append(" <small class=\"docid\">").append(esc(p.chosen().docId())).append("</small> · <a href=\"")
                    .append(Html.href(lang, unchoose)).append("\">").append(esc(t(lang, "pages.pick.change"))).append("</a></p>");
        }
        Library.DocPage m = p.matches();
        if (m != null) {
            boolean asked = p.q() != null && !p.q().isBlank();
            if (!asked && !m.docs().isEmpty()) {
                b.append("<p class=\"help\">").append(esc(t(lang, "pages.pick.local"))).append("</p>");
            }
            if (asked && m.total() == 0) {
                b.append("<p class=\"notice\">").append(esc(t(lang, "pages.pick.none", p.q()))).append("</p>");
            }
            b.append("<ol class=\"picks\" id=\"picks-").append(side).append("\">");
            for (Library.DocInfo d : m.docs()) {
                b.append("<li>").append(docLabel(lang, d, m.sharedTitles(), Html.href(lang, choose.apply(d.docId()))))
                        .append(" <span class=\"lvl\">").append(esc(levelLabel(lang, d.level())))
                        .append(d.region() == null ? "" : " · " + esc(d.region())).append("</span></li>");
            }
            b.append("</ol>");
            if (m.total() > m.docs().size()) {
                b.append("<p class=\"help more\">").append(esc(t(lang, "pages.pick.more", m.total() - m.docs().size())))
                        .append("</p>");
            }
        }
        return b.append("</section>").toString();
    }

    static String kindLabel(Lang lang, String kind) {
        return policylens.check.ReportWriter.kind(lang, kind);
    }

    static String verdictLabel(Lang lang, String verdict) {
        return policylens.check.ReportWriter.verdict(lang, verdict);
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

    static String upload(Lang lang, long maxBytes, String error) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(t(lang, "upload.title"))).append("</h1>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
        }
        b.append("""
                <form class="upload" method="post" action="%s" enctype="multipart/form-data">
                <input type="file" name="file" id="file" accept=".pdf,.ofd,.html,.htm,.docx,.doc,.txt,.md" required>
                <button type="submit" id="upload">%s</button>
                </form>
                <p class="help">%s</p>
                """.formatted(Html.href(lang, "/upload"), esc(t(lang, "upload.submit")),
                esc(t(lang, "upload.help", plain(maxBytes / 1048576.0)))));
        return layout(lang, t(lang, "upload.title"), "upload", b.toString());
    }
}
