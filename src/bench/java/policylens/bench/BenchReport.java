package policylens.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one {@code policylens bench} run measured: every figure beside the baseline measured on the same input in the
 * same JVM, plus the machine and the run's settings. Written as JSON and as a Markdown table.
 */
public record BenchReport(Map<String, Object> machine, Map<String, Object> config, List<Figure> figures,
                          Map<String, Object> checks, List<String> notes) {

    public BenchReport {
        machine = new LinkedHashMap<>(machine);
        config = new LinkedHashMap<>(config);
        figures = List.copyOf(figures);
        checks = new LinkedHashMap<>(checks);
        notes = List.copyOf(notes);
    }

    /**
     * One figure.
     *
     * @param key           stable identifier (extraction.charsPerSec, who.warm.p99 …)
     * @param label         what it is, for people
     * @param value         the figure
     * @param unit          its unit (chars/s, ms, MB, docs/s …)
     * @param baselineLabel what the baseline is (null when the figure has none)
     * @param baseline      the baseline's value in the same unit
     * @param ratio         value ÷ baseline
     */
    public record Figure(String key, String label, double value, String unit, String baselineLabel, Double baseline,
                         Double ratio) {
        public static Figure of(String key, String label, double value, String unit, String baselineLabel,
                                double baseline) {
            return new Figure(key, label, value, unit, baselineLabel, baseline, baseline == 0 ? null : value / baseline);
        }
    }

    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Machine: %s cores (%s), %s, max heap %s MB, %s; %s.%n%n",
                machine.get("cores"), machine.get("cpu"), machine.get("jdk"), machine.get("maxHeapMB"),
                machine.get("os"), machine.get("date")));
        sb.append(String.format(Locale.ROOT,
                "Run: `policylens bench --docs %s --seed %s`: scale corpus of %s documents (%.0f MB of UTF-8 text) "
                        + "recombined from %s real documents; in-memory figures are the median of %s timed rounds.%n%n",
                config.get("docs"), config.get("seed"), config.get("docs"),
                ((Number) config.getOrDefault("scaleBytes", 0)).doubleValue() / 1048576.0,
                config.get("sourceDocs"), config.get("rounds")));
        sb.append("| figure | value | baseline (same input, same run) | baseline value | ratio (figure ÷ baseline) |\n");
        sb.append("|---|---:|---|---:|---:|\n");
        for (Figure f : figures) {
            sb.append("| ").append(f.label()).append(" | ").append(format(f.value(), f.unit())).append(" | ")
                    .append(f.baselineLabel() == null ? "" : f.baselineLabel()).append(" | ")
                    .append(f.baseline() == null ? "" : format(f.baseline(), f.unit())).append(" | ")
                    .append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.3g×", f.ratio())).append(" |\n");
        }
        if (!checks.isEmpty()) {
            sb.append('\n');
            List<String> parts = new ArrayList<>();
            checks.forEach((k, v) -> parts.add(k + ": " + v));
            sb.append("Checks: ").append(String.join("; ", parts)).append(".\n");
        }
        for (String n : notes) {
            sb.append('\n').append(n).append('\n');
        }
        return sb.toString();
    }

    static String format(double v, String unit) {
        String number;
        if (unit.equals("chars/s")) {
            number = human(v);
        } else if (Math.abs(v) >= 100) {
            number = String.format(Locale.ROOT, "%,.0f", v);
        } else if (Math.abs(v) >= 10) {
            number = String.format(Locale.ROOT, "%.1f", v);
        } else {
            number = String.format(Locale.ROOT, "%.2f", v);
        }
        return number + " " + unit;
    }

    static String human(Number n) {
        double v = n.doubleValue();
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
