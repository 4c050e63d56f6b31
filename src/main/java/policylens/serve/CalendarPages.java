package policylens.serve;

import policylens.i18n.Lang;
import policylens.i18n.Messages;
import policylens.index.Calendar;
import policylens.index.Duties;
import policylens.index.TargetSeries;
import policylens.model.Level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static policylens.serve.Html.esc;
import static policylens.serve.Html.query;

/**
 * The deadline calendar ({@code /calendar}) and the charts page ({@code /charts}): bodies built here, every text
 * from {@link Messages} in the page's language, every value escaped, put in {@link Pages#layout}.
 */
final class CalendarPages {
    private CalendarPages() {
    }

    /** The calendar's form fields as asked (blank: not given), to fill the form again and build links. */
    record Form(String from, String to, String by, String level, String region, String unit, String doc) {
        String query(String... more) {
            List<Object> p = new ArrayList<>(List.of("from", nz(from), "to", nz(to), "by", nz(by), "level", nz(level),
                    "region", nz(region), "unit", nz(unit), "doc", nz(doc)));
            p.addAll(List.of((Object[]) more));
            return Html.query(p.toArray());
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    // ---- /calendar -----------------------------------------------------------------------------------------------

    /**
     * @param plan      the plan picker: the words typed ({@code docq}), the plans matching them, the plan chosen
     * @param documents how many documents the index has
     */
    static String calendar(Lang lang, Calendar.Result r, Form form, Pages.Picker plan, int documents,
                           List<String> regions, String error) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Messages.t(lang, "calendar.title"))).append("</h1>");
        b.append("<p class=\"help\">").append(esc(Messages.t(lang, "calendar.intro"))).append("</p>");
        b.append(form(lang, form, plan, regions));
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>");
            return Pages.layout(lang, Messages.t(lang, "calendar.title"), "calendar", b.toString());
        }
        if (documents == 0) {
            b.append("<p class=\"notice\" id=\"empty-index\">").append(esc(Messages.t(lang, "calendar.empty-index")))
                    .append("</p>");
        }
        String summary = r.buckets().isEmpty() ? Messages.t(lang, "calendar.nothing", r.undated())
                : Messages.t(lang, "calendar.summary", label(lang, r.buckets().get(0)),
                label(lang, r.buckets().get(r.buckets().size() - 1)), r.tasks(), r.overdue(), r.undated());
        b.append("<p class=\"downloads\" id=\"summary\">").append(esc(summary)).append(" (")
                .append(esc(Messages.t(lang, "calendar.as-of", r.today()))).append(") · ")
                .append(esc(Messages.t(lang, "calendar.downloads"))).append(": ");
        String[][] formats = {{"xlsx", "Excel"}, {"csv", "CSV"}, {"json", "JSON"}};
        for (int i = 0; i < formats.length; i++) {
            b.append(i == 0 ? "" : " · ").append("<a href=\"")
                    .append(Html.href(lang, "/api/calendar" + form.query("format", formats[i][0]))).append("\">")
                    .append(formats[i][1]).append("</a>");
        }
        b.append("</p>");
        if (!r.buckets().isEmpty()) {
            b.append("<div class=\"charts\">").append(bucketChart(lang, r)).append(leadChart(lang, r.leadUnits()))
                    .append("</div>");
        }
        // the page stays small however many documents are indexed: at most ROWS rows in all (BUCKET_ROWS a
        // period), the ten biggest units and plans a period; the downloads and a period's own page have the rest
        int rows = ROWS;
        for (Calendar.Bucket bucket : r.buckets()) {
            if (bucket.tasks() > 0) {
                int shown = Math.min(rows, Math.min(BUCKET_ROWS, bucket.entries().size()));
                b.append(bucket(lang, bucket, shown, form));
                rows -= shown;
            }
        }
        return Pages.layout(lang, Messages.t(lang, "calendar.title"), "calendar", b.toString());
    }

    /** "" (all regions), the indexed regions, and the region asked for when the index does not have it. */
    private static Map<String, String> regionOptions(Lang lang, List<String> regions, String chosen) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Messages.t(lang, "calendar.form.all-regions"));
        for (String reg : regions) {
            options.put(reg, reg);
        }
        if (chosen != null && !chosen.isBlank()) {
            options.putIfAbsent(chosen, chosen);
        }
        return options;
    }

    private static String form(Lang lang, Form f, Pages.Picker plan, List<String> regions) {
        Map<String, String> by = new LinkedHashMap<>();
        by.put("quarter", Messages.t(lang, "calendar.by.quarter"));
        by.put("month", Messages.t(lang, "calendar.by.month"));
        Map<String, String> levels = Pages.levels(lang);
        Map<String, String> regionOptions = regionOptions(lang, regions, f.region());
        StringBuilder b = new StringBuilder("<form class=\"calendar filters\" method=\"get\" action=\"/calendar\">");
        b.append(Html.langField(lang));
        b.append(field(lang, "calendar.form.from", "<input type=\"month\" name=\"from\" id=\"from\" value=\""
                + esc(f.from()) + "\">"));
        b.append(field(lang, "calendar.form.to", "<input type=\"month\" name=\"to\" id=\"to\" value=\""
                + esc(f.to()) + "\">"));
        b.append(field(lang, "calendar.form.by", "<select name=\"by\" id=\"by\">" + Html.options(by, f.by()) + "</select>"));
        b.append(field(lang, "calendar.form.level", "<select name=\"level\" id=\"level\">"
                + Html.options(levels, f.level()) + "</select>"));
        b.append(field(lang, "calendar.form.region", Html.regionControl(regionOptions, f.region())));
        b.append(field(lang, "calendar.form.unit", "<input type=\"text\" name=\"unit\" id=\"unit\" maxlength=\"100\" value=\""
                + esc(f.unit()) + "\">"));
        // the plan: a search field, not a <select> of every document (the matches are listed under the form)
        if (f.doc() != null && !f.doc().isBlank()) {
            b.append("<input type=\"hidden\" name=\"doc\" value=\"").append(esc(f.doc())).append("\">");
        }
        b.append(field(lang, "pages.pick.plan", "<input type=\"search\" name=\"docq\" id=\"docq\" maxlength=\"300\" value=\""
                + esc(plan.q()) + "\" placeholder=\"" + esc(Messages.t(lang, "pages.docs.placeholder")) + "\">"));
        b.append("<button type=\"submit\" id=\"show\">").append(esc(Messages.t(lang, "calendar.form.submit")))
                .append("</button></form>");
        b.append(planPicker(lang, f, plan));
        return b.toString();
    }

    /** The chosen plan (with a link to all plans) and the plans matching the words typed, each a link choosing it. */
    private static String planPicker(Lang lang, Form f, Pages.Picker plan) {
        StringBuilder b = new StringBuilder();
        Form all = new Form(f.from(), f.to(), f.by(), f.level(), f.region(), f.unit(), null);
        if (f.doc() != null && !f.doc().isBlank()) {
            Library.DocInfo d = plan.chosen();
            b.append("<p class=\"chosen\" id=\"chosen-plan\">").append(esc(Messages.t(lang, "calendar.form.plan")))
                    .append(": ").append(d == null ? esc(f.doc()) : Pages.docLabel(lang, d, java.util.Set.of(),
                            Html.href(lang, Pages.docUrl(d.docId(), null))))
                    .append(" · <a href=\"").append(Html.href(lang, "/calendar" + all.query())).append("\">")
                    .append(esc(Messages.t(lang, "calendar.form.all-plans"))).append("</a></p>");
        }
        Library.DocPage m = plan.matches();
        if (m == null) {
            return b.toString();
        }
        if (m.total() == 0) {
            b.append("<p class=\"notice\" id=\"no-plans\">").append(esc(Messages.t(lang, "pages.pick.none", plan.q())))
                    .append("</p>");
        }
        b.append("<ol class=\"picks\" id=\"picks-plan\">");
        for (Library.DocInfo d : m.docs()) {
            Form chosen = new Form(f.from(), f.to(), f.by(), f.level(), f.region(), f.unit(), d.docId());
            b.append("<li>").append(Pages.docLabel(lang, d, m.sharedTitles(), Html.href(lang, "/calendar" + chosen.query())))
                    .append("</li>");
        }
        b.append("</ol>");
        if (m.total() > m.docs().size()) {
            b.append("<p class=\"help more\">").append(esc(Messages.t(lang, "pages.pick.more", m.total() - m.docs().size())))
                    .append("</p>");
        }
        return b.toString();
    }

    private static String field(Lang lang, String key, String control) {
        return "<label>" + esc(Messages.t(lang, key)) + " " + control + "</label>";
    }

    /** Task rows a calendar page lists at most, in all and in one period. */
    static final int ROWS = 150;
    static final int BUCKET_ROWS = 40;
    /** Units and plans named a period at most. */
    static final int TOP = 10;

    /** A period: its heading, its biggest units and plans, and its first {@code shown} rows (none: only the heading). */
    private static String bucket(Lang lang, Calendar.Bucket k, int shown, Form form) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"bucket\" id=\"bucket-").append(esc(k.key())).append("\"><h2>")
                .append(esc(heading(lang, k))).append("</h2>");
        if (shown < k.entries().size()) {
            Form only = new Form(k.first(), k.last(), form.by(), form.level(), form.region(), form.unit(), form.doc());
            b.append("<p class=\"help more\">").append(esc(Messages.t(lang, "pages.calendar.more", k.entries().size() - shown)));
            if (!(k.first().equals(form.from()) && k.last().equals(form.to()))) {
                b.append(" <a href=\"").append(Html.href(lang, "/calendar" + only.query())).append("\">")
                        .append(esc(Messages.t(lang, "pages.calendar.only"))).append("</a>");
            }
            b.append("</p>");
        }
        if (shown == 0) {
            return b.append("</section>").toString();
        }
        b.append("<p class=\"by-unit\"><b>").append(esc(Messages.t(lang, "calendar.units"))).append("</b> ");
        for (int i = 0; i < Math.min(TOP, k.byUnit().size()); i++) {
            Calendar.UnitCount u = k.byUnit().get(i);
            b.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.href(lang, Pages.unitUrl(u.unit()))).append("\">")
                    .append(esc(u.unit())).append("</a> ").append(u.tasks());
        }
        others(lang, b, k.byUnit().size());
        b.append("</p><p class=\"by-plan\"><b>").append(esc(Messages.t(lang, "calendar.plans"))).append("</b> ");
        for (int i = 0; i < Math.min(TOP, k.byPlan().size()); i++) {
            Calendar.PlanCount p = k.byPlan().get(i);
            b.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.href(lang, Pages.docUrl(p.docId(), null))).append("\">")
                    .append(esc(p.title() == null ? p.docId() : p.title())).append("</a> ").append(p.tasks());
        }
        others(lang, b, k.byPlan().size());
        b.append("</p><table class=\"calendar-table\"><thead><tr>");
        for (String key : List.of("calendar.col.due", "calendar.col.status", "calendar.col.role", "calendar.col.unit",
                "calendar.col.plan", "calendar.col.task")) {
            b.append("<th>").append(esc(Messages.t(lang, key))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Duties.Duty d : k.entries().subList(0, shown)) {
            b.append("<tr class=\"entry status-").append(esc(d.status().key())).append(" role-")
                    .append(esc(d.role().key())).append("\"><td>").append(esc(d.due()));
            if (d.dueFrom() == Duties.DueFrom.PLAN) {
                b.append(" <small>").append(esc(Messages.t(lang, "calendar.plan-end"))).append("</small>");
            }
            b.append("</td><td>").append(esc(d.status().label(lang))).append("</td><td>")
                    .append(esc(d.role().label(lang))).append("</td><td><a class=\"unit\" href=\"")
                    .append(Html.href(lang, Pages.unitUrl(d.unit()))).append("\">").append(esc(d.unit()))
                    .append("</a></td><td><a href=\"").append(Html.href(lang, Pages.docUrl(d.docId(), d.taskId()))).append("\">")
                    .append(esc(d.title() == null ? d.docId() : d.title())).append("</a></td><td>")
                    .append(esc((d.taskId() == null ? "" : d.taskId() + " ") + Charts.shorten(oneLine(d.evidence()), 90)))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }

    private static void others(Lang lang, StringBuilder b, int size) {
        if (size > TOP) {
            b.append(" ").append(esc(Messages.t(lang, "pages.calendar.others", size - TOP)));
        }
    }

    /** 2026年第3季度(12 项) or, with overdue ones, 2026年第3季度(12 项,已逾期 3 项). */
    static String heading(Lang lang, Calendar.Bucket k) {
        return k.overdue() == 0 ? Messages.t(lang, "calendar.bucket", label(lang, k), k.tasks())
                : Messages.t(lang, "calendar.bucket-overdue", label(lang, k), k.tasks(), k.overdue());
    }

    static String label(Lang lang, Calendar.Bucket k) {
        return k.label(lang);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Chart (a): tasks per month or quarter, overdue buckets marked. */
    static String bucketChart(Lang lang, Calendar.Result r) {
        List<Charts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Calendar.Bucket most = r.buckets().get(0);
        for (Calendar.Bucket k : r.buckets()) {
            String label = label(lang, k);
            bars.add(new Charts.Bar(label, k.key(), k.tasks(),
                    k.overdue() > 0 && k.overdue() == k.tasks() ? "overdue" : null));
            rows.add(List.of(label, String.valueOf(k.tasks()), String.valueOf(k.overdue())));
            most = k.tasks() > most.tasks() ? k : most;
        }
        String title = Messages.t(lang, r.by() == Calendar.By.MONTH ? "chart.buckets.month" : "chart.buckets.quarter");
        String desc = Messages.t(lang, "chart.buckets.desc", label(lang, r.buckets().get(0)),
                label(lang, r.buckets().get(r.buckets().size() - 1)), r.buckets().size(), r.tasks(),
                label(lang, most), most.tasks());
        String svg = Charts.bars("chart-buckets", title, desc, Messages.t(lang, "chart.axis.tasks"), bars);
        return Charts.figure("chart-buckets", title, svg, new Charts.Table(List.of(Messages.t(lang, "chart.col.period"),
                Messages.t(lang, "chart.col.tasks"), Messages.t(lang, "chart.col.overdue")), rows), lang);
    }

    /** Chart (b): the units leading the most tasks, at most ten. */
    static String leadChart(Lang lang, List<Calendar.UnitCount> units) {
        List<Calendar.UnitCount> top = units.stream().limit(10).toList();
        if (top.isEmpty()) {
            return "";
        }
        List<Charts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Calendar.UnitCount u : top) {
            bars.add(new Charts.Bar(u.unit(), null, u.lead(), null));
            rows.add(List.of(u.unit(), String.valueOf(u.lead()), String.valueOf(u.support())));
        }
        String title = Messages.t(lang, "chart.lead.title");
        String desc = Messages.t(lang, "chart.lead.desc", top.size(), top.get(0).unit(), top.get(0).lead());
        String svg = Charts.hbars("chart-lead", title, desc, Messages.t(lang, "chart.lead.axis"), bars);
        return Charts.figure("chart-lead", title, svg, new Charts.Table(List.of(Messages.t(lang, "chart.col.unit"),
                Messages.t(lang, "chart.col.lead"), Messages.t(lang, "chart.col.support")), rows), lang);
    }

    // ---- /charts -------------------------------------------------------------------------------------------------

    /** At most this many charts (one per unit of measure) on the charts page. */
    static final int MAX_METRIC_CHARTS = 3;

    static String charts(Lang lang, String metric, TargetSeries.Result r, String level, String region,
                         List<String> regions) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Messages.t(lang, "chart.page.title"))).append("</h1>");
        b.append("<p class=\"help\">").append(esc(Messages.t(lang, "chart.page.intro"))).append(" <a href=\"")
                .append(Html.href(lang, "/calendar")).append("\">")
                .append(esc(Messages.t(lang, "chart.calendar-link"))).append("</a></p>");
        Map<String, String> levels = Pages.levels(lang);
        Map<String, String> regionOptions = regionOptions(lang, regions, region);
        b.append("<form class=\"charts filters\" method=\"get\" action=\"/charts\">");
        b.append(Html.langField(lang));
        b.append(field(lang, "chart.form.metric", "<input type=\"search\" name=\"metric\" id=\"metric\" maxlength=\"50\""
                + " placeholder=\"专精特新\" value=\"" + esc(metric) + "\">"));
        b.append(field(lang, "calendar.form.level", "<select name=\"level\" id=\"level\">"
                + Html.options(levels, level) + "</select>"));
        b.append(field(lang, "calendar.form.region", Html.regionControl(regionOptions, region)));
        b.append("<button type=\"submit\" id=\"draw\">").append(esc(Messages.t(lang, "chart.form.submit")))
                .append("</button></form>");
        if (metric == null || metric.isBlank()) {
            return Pages.layout(lang, Messages.t(lang, "chart.page.title"), "charts", b.toString());
        }
        b.append("<p class=\"downloads\"><a class=\"api\" href=\"")
                .append(Html.href(lang, "/api/targets" + query("metric", metric, "level", level, "region", region)))
                .append("\">JSON</a></p>");
        if (r.points().isEmpty()) {
            b.append("<p class=\"notice\" id=\"no-targets\">").append(esc(Messages.t(lang, "chart.metric.none", metric)))
                    .append("</p>");
        } else {
            b.append("<p id=\"metrics\">").append(esc(Messages.t(lang, "chart.metric.matched"))).append(' ');
            for (int i = 0; i < r.metrics().size(); i++) {
                TargetSeries.MetricCount m = r.metrics().get(i);
                b.append(i == 0 ? "" : " · ").append("<a href=\"")
                        .append(Html.href(lang, "/charts" + query("metric", m.metric(), "level", level, "region", region)))
                        .append("\">").append(esc(m.metric())).append("</a> ").append(m.points());
            }
            b.append("</p>");
            List<String> units = r.units();
            for (int i = 0; i < units.size() && i < MAX_METRIC_CHARTS; i++) {
                String unit = units.get(i);
                List<TargetSeries.Point> points = r.points().stream()
                        .filter(p -> unit.equals(p.unit() == null ? "" : p.unit())).toList();
                b.append(metricChart(lang, "chart-metric-" + (i + 1), metric, unit, points));
            }
        }
        if (r.undated() > 0) {
            b.append("<p class=\"help\">").append(esc(Messages.t(lang, "chart.metric.undated", r.undated()))).append("</p>");
        }
        if (r.unvalued() > 0) {
            b.append("<p class=\"notice\" id=\"unvalued\">").append(esc(Messages.t(lang, "chart.metric.unvalued", r.unvalued())))
                    .append("</p>");
        }
        return Pages.layout(lang, Messages.t(lang, "chart.page.title") + " · " + metric, "charts", b.toString());
    }

    /** Chart (c): the points of one unit of measure, a series per region. */
    static String metricChart(Lang lang, String id, String metric, String unit, List<TargetSeries.Point> points) {
        List<Map.Entry<String, Charts.Dot>> dots = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (TargetSeries.Point p : points) {
            String region = p.region() == null ? Messages.t(lang, "chart.national") : p.region();
            String value = Pages.amount(p.comparator(), p.value(), p.valueMax(), p.unit());
            dots.add(Map.entry(region, new Charts.Dot(p.year(), p.value(), p.metric())));
            rows.add(List.of(region, p.year() + (p.yearFrom() == Duties.DueFrom.PLAN
                            ? " (" + Messages.t(lang, "calendar.plan-end") + ")" : ""), value, p.metric(),
                    p.title() == null ? p.docId() : p.title(), oneLine(p.evidence())));
            min = Math.min(min, p.year());
            max = Math.max(max, p.year());
        }
        List<Charts.Series> series = Charts.series(dots);
        String shownUnit = unit.isEmpty() ? "—" : unit;
        String title = Messages.t(lang, "chart.metric.title", metric, shownUnit);
        String desc = Messages.t(lang, "chart.metric.desc", points.size(), series.size(), min, max, shownUnit);
        String svg = Charts.dots(id, title, desc, Messages.t(lang, "chart.metric.axis", shownUnit), series);
        return Charts.figure(id, title, svg, new Charts.Table(List.of(Messages.t(lang, "chart.col.region"),
                Messages.t(lang, "chart.col.year"), Messages.t(lang, "chart.col.value"),
                Messages.t(lang, "chart.col.metric"), Messages.t(lang, "chart.col.plan"),
                Messages.t(lang, "chart.col.text")), rows), lang);
    }
}
