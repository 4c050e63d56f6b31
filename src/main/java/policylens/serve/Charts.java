package policylens.serve;

import policylens.i18n.Lang;
import policylens.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static policylens.serve.Html.esc;

/**
 * Charts drawn on the server as inline SVG: pure functions from data to markup, no scripts, no style attributes
 * (the pages' Content-Security-Policy refuses inline styles; colours are classes in app.css or presentation
 * attributes). Every chart is {@code role="img"} labelled by its {@code <title>} and {@code <desc>}, and comes
 * with its data as a table in a {@code <details>} beside it. Text takes the page's font (CJK included) from CSS.
 * Every text from a document is escaped; the SVG is well-formed XML.
 */
final class Charts {
    private Charts() {
    }

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Series colours (colour-blind safe, Okabe–Ito), with a marker shape each, so colour is never the only cue. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
            "#F0E442"};
    private static final int FONT = 12;

    /**
     * One bar.
     *
     * @param label its name (table, tooltip)
     * @param tick  the shorter axis label, else the label
     * @param value its length
     * @param kind  a CSS class added to the bar (overdue), else null
     */
    record Bar(String label, String tick, double value, String kind) {
    }

    /** A point of a series. */
    record Dot(int year, double value, String note) {
    }

    /** A named series of points. */
    record Series(String name, List<Dot> dots) {
    }

    /** The data table beside a chart: column headers and rows of cells (plain text, escaped here). */
    record Table(List<String> head, List<List<String>> rows) {
    }

    // ---- vertical bars -------------------------------------------------------------------------------------------

    /** Vertical bars, one per item, with a labelled value axis. */
    static String bars(String id, String title, String desc, String axis, List<Bar> bars) {
        int n = bars.size();
        int slot = Math.max(14, Math.min(48, 880 / Math.max(1, n)));
        int left = 56;
        int top = 16;
        int plotH = 200;
        int bottom = 64;
        int width = left + n * slot + 16;
        int height = top + plotH + bottom;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        Axis y = Axis.of(max);
        StringBuilder b = open(id, title, desc, width, height);
        for (double t : y.ticks()) {
            double py = top + plotH - y.scale(t) * plotH;
            b.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(width - 8).append("\" y1=\"")
                    .append(num(py)).append("\" y2=\"").append(num(py)).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(num(py + 4))
                    .append("\" text-anchor=\"end\">").append(esc(fmt(t))).append("</text>");
        }
        b.append("<text class=\"axis-label\" x=\"12\" y=\"").append(top + plotH / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").append(top + plotH / 2).append(")\">")
                .append(esc(axis)).append("</text>");
        int every = (int) Math.ceil(44.0 / slot);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double h = y.scale(bar.value()) * plotH;
            double x = left + i * slot + slot * 0.15;
            b.append("<rect class=\"bar").append(bar.kind() == null ? "" : " " + esc(bar.kind())).append("\" x=\"")
                    .append(num(x)).append("\" y=\"").append(num(top + plotH - h)).append("\" width=\"")
                    .append(num(slot * 0.7)).append("\" height=\"").append(num(h)).append("\"><title>")
                    .append(esc(bar.label() + ": " + fmt(bar.value()))).append("</title></rect>");
            if (i % every == 0) {
                double cx = left + i * slot + slot / 2.0;
                double cy = top + plotH + 14;
                b.append("<text class=\"tick\" x=\"").append(num(cx)).append("\" y=\"").append(num(cy))
                        .append("\" text-anchor=\"end\" transform=\"rotate(-40 ").append(num(cx)).append(' ')
                        .append(num(cy)).append(")\">").append(esc(bar.tick() == null ? bar.label() : bar.tick()))
                        .append("</text>");
            }
        }
        b.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(width - 8).append("\" y1=\"")
                .append(top + plotH).append("\" y2=\"").append(top + plotH).append("\"/>");
        return b.append("</svg>").toString();
    }

    // ---- horizontal bars -----------------------------------------------------------------------------------------

    /** Horizontal bars, one row per item (longest first as given), the label left of the bar and the value after it. */
    static String hbars(String id, String title, String desc, String axis, List<Bar> bars) {
        int n = bars.size();
        int longest = bars.stream().mapToInt(x -> Math.min(18, x.label().codePointCount(0, x.label().length())))
                .max().orElse(4);
        int left = 16 + longest * (FONT + 1);
        int row = 24;
        int top = 12;
        int plotW = 420;
        int width = left + plotW + 48;
        int height = top + n * row + 40;
        Axis x = Axis.of(bars.stream().mapToDouble(Bar::value).max().orElse(0));
        StringBuilder b = open(id, title, desc, width, height);
        int base = top + n * row;
        for (double t : x.ticks()) {
            double px = left + x.scale(t) * plotW;
            b.append("<line class=\"grid\" x1=\"").append(num(px)).append("\" x2=\"").append(num(px))
                    .append("\" y1=\"").append(top).append("\" y2=\"").append(base).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(num(px)).append("\" y=\"").append(base + 16)
                    .append("\" text-anchor=\"middle\">").append(esc(fmt(t))).append("</text>");
        }
        b.append("<text class=\"axis-label\" x=\"").append(left + plotW / 2).append("\" y=\"").append(base + 34)
                .append("\" text-anchor=\"middle\">").append(esc(axis)).append("</text>");
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double w = x.scale(bar.value()) * plotW;
            int y = top + i * row;
            b.append("<text class=\"label\" x=\"").append(left - 6).append("\" y=\"").append(y + row / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(bar.label(), 18))).append("</text>");
            b.append("<rect class=\"bar").append(bar.kind() == null ? "" : " " + esc(bar.kind())).append("\" x=\"")
                    .append(left).append("\" y=\"").append(y + 4).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(row - 8).append("\"><title>")
                    .append(esc(bar.label() + ": " + fmt(bar.value()))).append("</title></rect>");
            b.append("<text class=\"value\" x=\"").append(num(left + w + 4)).append("\" y=\"").append(y + row / 2 + 4)
                    .append("\">").append(esc(fmt(bar.value()))).append("</text>");
        }
        b.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(left).append("\" y1=\"")
                .append(top).append("\" y2=\"").append(base).append("\"/>");
        return b.append("</svg>").toString();
    }

    // ---- dot plot ------------------------------------------------------------------------------------------------

    /**
     * A dot plot: years across, values up, one colour and marker shape per series, a legend on the right. Dots of
     * different series in the same year are set slightly apart.
     */
    static String dots(String id, String title, String desc, String axis, List<Series> series) {
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        double max = 0;
        for (Series s : series) {
            for (Dot d : s.dots()) {
                minYear = Math.min(minYear, d.year());
                maxYear = Math.max(maxYear, d.year());
                max = Math.max(max, d.value());
            }
        }
        if (minYear > maxYear) {
            minYear = maxYear = 0;
        }
        int years = maxYear - minYear + 1;
        int left = 64;
        int top = 16;
        int slot = Math.max(56, Math.min(240, 560 / years));
        int plotW = years * slot;
        int plotH = 240;
        int legendW = 40 + series.stream().mapToInt(s -> Math.min(16, s.name().codePointCount(0, s.name().length())))
                .max().orElse(4) * (FONT + 1);
        int width = left + plotW + 24 + legendW;
        int height = top + plotH + 44;
        Axis y = Axis.of(max);
        StringBuilder b = open(id, title, desc, width, height);
        for (double t : y.ticks()) {
            double py = top + plotH - y.scale(t) * plotH;
            b.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(left + plotW)
                    .append("\" y1=\"").append(num(py)).append("\" y2=\"").append(num(py)).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(num(py + 4))
                    .append("\" text-anchor=\"end\">").append(esc(fmt(t))).append("</text>");
        }
        b.append("<text class=\"axis-label\" x=\"12\" y=\"").append(top + plotH / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").append(top + plotH / 2).append(")\">")
                .append(esc(axis)).append("</text>");
        for (int yr = minYear; yr <= maxYear; yr++) {
            double cx = left + (yr - minYear + 0.5) * slot;
            b.append("<text class=\"tick\" x=\"").append(num(cx)).append("\" y=\"").append(top + plotH + 18)
                    .append("\" text-anchor=\"middle\">").append(yr).append("</text>");
        }
        b.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"")
                .append(top + plotH).append("\" y2=\"").append(top + plotH).append("\"/>");
        int k = series.size();
        for (int s = 0; s < k; s++) {
            Series ser = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            double offset = k == 1 ? 0 : (s - (k - 1) / 2.0) * Math.min(12, slot * 0.6 / (k - 1));
            b.append("<g class=\"series\">");
            for (Dot d : ser.dots()) {
                double cx = left + (d.year() - minYear + 0.5) * slot + offset;
                double cy = top + plotH - y.scale(d.value()) * plotH;
                String tip = ser.name() + " " + d.year() + ": " + fmt(d.value()) + (d.note() == null ? "" : " · " + d.note());
                b.append(marker(s, cx, cy, colour, "dot", tip));
            }
            b.append("</g>");
            int ly = top + 8 + s * 20;
            int lx = left + plotW + 24;
            b.append(marker(s, lx + 6, ly, colour, "key", null));
            b.append("<text class=\"legend\" x=\"").append(lx + 16).append("\" y=\"").append(ly + 4).append("\">")
                    .append(esc(shorten(ser.name(), 16))).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /** Circle, square, triangle, diamond in turn, filled with the series colour. */
    private static String marker(int series, double cx, double cy, String colour, String cls, String tip) {
        double r = 5;
        String inner = tip == null ? "/>" : "><title>" + esc(tip) + "</title>";
        String close;
        StringBuilder b = new StringBuilder();
        switch ((series + series / COLOURS.length) % 4) { // colour and shape repeat together only after 32 series
            case 0 -> {
                b.append("<circle class=\"").append(cls).append("\" cx=\"").append(num(cx)).append("\" cy=\"")
                        .append(num(cy)).append("\" r=\"").append(num(r)).append('"');
                close = "</circle>";
            }
            case 1 -> {
                b.append("<rect class=\"").append(cls).append("\" x=\"").append(num(cx - r)).append("\" y=\"")
                        .append(num(cy - r)).append("\" width=\"").append(num(2 * r)).append("\" height=\"")
                        .append(num(2 * r)).append('"');
                close = "</rect>";
            }
            case 2 -> {
                b.append("<polygon class=\"").append(cls).append("\" points=\"").append(num(cx)).append(',')
                        .append(num(cy - r - 1)).append(' ').append(num(cx + r + 1)).append(',').append(num(cy + r))
                        .append(' ').append(num(cx - r - 1)).append(',').append(num(cy + r)).append('"');
                close = "</polygon>";
            }
            default -> {
                b.append("<polygon class=\"").append(cls).append("\" points=\"").append(num(cx)).append(',')
                        .append(num(cy - r - 1)).append(' ').append(num(cx + r + 1)).append(',').append(num(cy))
                        .append(' ').append(num(cx)).append(',').append(num(cy + r + 1)).append(' ')
                        .append(num(cx - r - 1)).append(',').append(num(cy)).append('"');
                close = "</polygon>";
            }
        }
        b.append(" fill=\"").append(colour).append('"');
        return b.append(inner).append(tip == null ? "" : close).toString();
    }

    // ---- around the drawing --------------------------------------------------------------------------------------

    private static StringBuilder open(String id, String title, String desc, int width, int height) {
        String i = esc(id);
        return new StringBuilder().append("<svg xmlns=\"").append(SVG_NS).append("\" class=\"chart\" id=\"").append(i)
                .append("\" role=\"img\" aria-labelledby=\"").append(i).append("-title ").append(i)
                .append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\"><title id=\"").append(i)
                .append("-title\">").append(esc(title)).append("</title><desc id=\"").append(i).append("-desc\">")
                .append(esc(desc)).append("</desc>");
    }

    /** The chart with its data table (the text alternative) in a {@code <details>} beside it. */
    static String figure(String id, String heading, String svg, Table table, Lang lang) {
        StringBuilder b = new StringBuilder("<figure class=\"chart-box\" id=\"").append(esc(id)).append("-figure\">");
        b.append("<figcaption>").append(esc(heading)).append("</figcaption>");
        b.append("<div class=\"chart-scroll\">").append(svg).append("</div>");
        b.append("<details class=\"chart-data\" id=\"").append(esc(id)).append("-data\"><summary>")
                .append(esc(Messages.t(lang, "chart.table"))).append("</summary><table class=\"chart-table\"><thead><tr>");
        for (String h : table.head()) {
            b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            for (String c : row) {
                b.append("<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></details></figure>").toString();
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

    /** A value axis from 0: a round step (1, 2 or 5 × 10^k) giving at most six ticks, and its top. */
    record Axis(double step, double top) {
        static Axis of(double max) {
            if (!(max > 0)) {
                return new Axis(1, 1);
            }
            double raw = max / 5;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw <= mag ? mag : raw <= 2 * mag ? 2 * mag : raw <= 5 * mag ? 5 * mag : 10 * mag;
            if (max < 5 && max == Math.rint(max)) {
                step = 1; // small counts: a tick per task
            }
            return new Axis(step, Math.ceil(max / step - 1e-9) * step);
        }

        List<Double> ticks() {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i * step <= top + step * 1e-9; i++) {
                out.add(i * step);
            }
            return out;
        }

        /** 0..1 of the plot. */
        double scale(double v) {
            return top <= 0 ? 0 : Math.max(0, Math.min(1, v / top));
        }
    }

    /** 7000 → 7000, 0.5 → 0.5, 1.25e9 → 1.25e9 written plainly; at most 3 decimals. */
    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** At most {@code n} characters, else cut with "…" (the full text stays in the tooltip and the table). */
    static String shorten(String s, int n) {
        if (s == null) {
            return "";
        }
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n - 1)) + "…";
    }

    /** Groups points into series by name, in first-seen order. */
    static List<Series> series(List<Map.Entry<String, Dot>> points) {
        Map<String, List<Dot>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Dot> p : points) {
            m.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
        }
        List<Series> out = new ArrayList<>();
        m.forEach((name, dots) -> out.add(new Series(name, dots)));
        return out;
    }
}
