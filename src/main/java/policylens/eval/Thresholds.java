package policylens.eval;

import policylens.eval.EvalReport.Scores;

import java.util.Locale;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Minimum scores the micro average must reach, from a properties file such as
 * <pre>
 * targets.f1=0.90
 * targets.whole.f1=0.70
 * deadlines.f1=0.85
 * responsibilities.f1=0.80
 * inherited.f1=0.80
 * meta.accuracy=0.90
 * </pre>
 * Every key of {@link #KEYS} may be used; an unknown key or a value outside [0, 1] is rejected when loading
 * (so a typo cannot silently disable a gate). An undefined score (an accuracy over zero items) fails its gate.
 */
public final class Thresholds {
    /** All metric keys a threshold can name, in report order. */
    public static final List<String> KEYS = keys();

    private final Map<String, Double> min;

    private Thresholds(Map<String, Double> min) {
        this.min = Collections.unmodifiableMap(new LinkedHashMap<>(min));
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>();
        for (String s : List.of("targets", "targets.whole", "deadlines", "responsibilities", "inherited")) {
            k.add(s + ".precision");
            k.add(s + ".recall");
            k.add(s + ".f1");
        }
        k.add("targets.comparator.accuracy");
        k.add("targets.deadline.accuracy");
        k.add("targets.metric.accuracy");
        k.add("meta.accuracy");
        for (String f : EvalReport.MetaScores.FIELDS) {
            k.add("meta." + f + ".accuracy");
        }
        return List.copyOf(k);
    }

    /** Loads thresholds from a properties file (UTF-8). */
    public static Thresholds load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read thresholds " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses thresholds from properties text. */
    public static Thresholds parse(String properties) {
        try {
            return parse(new StringReader(properties), "thresholds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thresholds parse(Reader r, String where) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, Double> min = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown threshold key '" + key + "' (known: " + KEYS + ")");
            }
            double v;
            try {
                v = Double.parseDouble(p.getProperty(key).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": " + key + " is not a number: " + p.getProperty(key));
            }
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(where + ": " + key + " must be within [0, 1]: " + v);
            }
            min.put(key, v);
        }
        return new Thresholds(min);
    }

    /** The configured minimums, by key. */
    public Map<String, Double> minimums() {
        return min;
    }

    /** A gate that was not met. {@code actual} is NaN when the score is undefined. */
    public record Failure(String field, double actual, double threshold) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s = %s < %.4f", field, Double.isNaN(actual) ? "undefined"
                    : String.format(Locale.ROOT, "%.4f", actual), threshold);
        }
    }

    /** Checks the report's micro scores; an empty list means every gate passed. */
    public List<Failure> check(EvalReport report) {
        List<Failure> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : min.entrySet()) {
            double actual = metric(report.micro(), e.getKey());
            if (Double.isNaN(actual) || actual < e.getValue()) {
                out.add(new Failure(e.getKey(), actual, e.getValue()));
            }
        }
        return out;
    }

    /** The value of one {@link #KEYS key} in a set of scores (NaN when undefined). */
    public static double metric(Scores s, String key) {
        if (key.startsWith("meta.")) {
            String rest = key.substring(5);
            if (rest.equals("accuracy")) {
                return s.meta().overall().rate();
            }
            if (rest.endsWith(".accuracy")) {
                return s.meta().field(rest.substring(0, rest.length() - 9)).rate();
            }
        }
        switch (key) {
            case "targets.comparator.accuracy":
                return s.targets().comparator().rate();
            case "targets.deadline.accuracy":
                return s.targets().deadline().rate();
            case "targets.metric.accuracy":
                return s.targets().metric().rate();
            default:
                break;
        }
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("unknown metric " + key);
        }
        Prf prf = switch (key.substring(0, dot)) {
            case "targets" -> s.targets().match();
            case "targets.whole" -> s.targets().whole();
            case "deadlines" -> s.deadlines();
            case "responsibilities" -> s.responsibilities();
            case "inherited" -> s.inherited();
            default -> throw new IllegalArgumentException("unknown metric " + key);
        };
        return switch (key.substring(dot + 1)) {
            case "precision" -> prf.precision();
            case "recall" -> prf.recall();
            case "f1" -> prf.f1();
            default -> throw new IllegalArgumentException("unknown metric " + key);
        };
    }
}
