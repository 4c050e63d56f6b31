package policylens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import policylens.check.Alignment;
import policylens.check.Finding;
import policylens.check.Quote;
import policylens.text.Norm;
import policylens.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hand-made expectations for checks ({@code gold/checks/}): one {@code <child>__<parent>.json} per pair with the
 * findings a careful reader expects, the borderline ones that are {@code allowed}, the non-findings that must not
 * appear ({@code mustNot}) and the target alignments; {@code links.tsv} lists which documents link and which do not.
 */
public record CheckGold(List<Pair> pairs, List<LinkRow> links) {
    public CheckGold {
        pairs = List.copyOf(pairs);
        links = List.copyOf(links);
    }

    /** The expectations of one child–parent pair. */
    public record Pair(String file, String child, String parent, List<Entry> expected, List<Entry> allowed,
                       List<Entry> mustNot, List<AlignmentEntry> alignments, List<AlignmentEntry> alignmentsAllowed) {
    }

    /**
     * A finding described by its kind and short keys that its quotes must contain (NFKC, whitespace ignored).
     * No keys on a side: any quote (or none) will do.
     */
    public record Entry(String kind, List<String> child, List<String> parent, String why) {
        public boolean matches(Finding f) {
            return kind.equals(f.kind()) && contains(f.childEvidence(), child) && contains(f.parentEvidence(), parent);
        }

        private static boolean contains(List<Quote> quotes, List<String> keys) {
            for (String key : keys) {
                String k = norm(key);
                if (quotes.stream().noneMatch(q -> norm(q.text()).contains(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A parent target and a child target a reader pairs: evidence keys and, where given, the values. */
    public record AlignmentEntry(String parent, Double parentValue, String child, Double childValue) {
        public boolean matches(Alignment a) {
            return side(a.parent().evidence(), a.parent().value(), parent, parentValue)
                    && side(a.child().evidence(), a.child().value(), child, childValue);
        }

        private static boolean side(String evidence, double value, String key, Double expected) {
            return (key == null || norm(evidence).contains(norm(key)))
                    && (expected == null || Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected)));
        }
    }

    /** A row of links.tsv: whether {@code child} implements {@code parent}. */
    public record LinkRow(String child, String parent, boolean expected, String why) {
    }

    /**
     * @throws UncheckedIOException naming the folder or the file and the reason, in one line: a folder that cannot be
     *                              read or holds no gold, a file that is no JSON, a links.tsv row without three columns
     */
    public static CheckGold read(Path dir) {
        List<Pair> pairs = new ArrayList<>();
        List<LinkRow> links = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check gold in " + dir + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                if (name.endsWith(".json")) {
                    pairs.add(pair(name, Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8))));
                } else if (name.equals("links.tsv")) {
                    int n = 0;
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        n++;
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] c = line.split("\t");
                        if (c.length < 3) {
                            throw new IOException("line " + n + " has " + c.length
                                    + " column(s), not child<TAB>parent<TAB>yes|no[<TAB>why]");
                        }
                        links.add(new LinkRow(c[0].strip(), c[1].strip(), c[2].strip().equals("yes"),
                                c.length > 3 ? c[3] : ""));
                    }
                }
            } catch (IOException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                throw new UncheckedIOException("cannot read check gold " + f + ": " + why, e);
            }
        }
        if (pairs.isEmpty() && links.isEmpty()) {
            throw new UncheckedIOException("no check gold in " + dir
                    + " (neither <child>__<parent>.json files nor links.tsv)", new IOException("empty"));
        }
        return new CheckGold(pairs, links);
    }

    private static Pair pair(String file, JsonNode n) {
        return new Pair(file, n.path("child").asText(), n.path("parent").asText(), entries(n.path("expected")),
                entries(n.path("allowed")), entries(n.path("mustNot")), alignments(n.path("alignments")),
                alignments(n.path("alignmentsAllowed")));
    }

    private static List<Entry> entries(JsonNode array) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new Entry(e.path("kind").asText(), keys(e.get("child")), keys(e.get("parent")),
                    e.path("why").asText("")));
        }
        return out;
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static List<AlignmentEntry> alignments(JsonNode array) {
        List<AlignmentEntry> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new AlignmentEntry(text(e.get("parent")), number(e.get("parentValue")), text(e.get("child")),
                    number(e.get("childValue"))));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Double number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    /** NFKC, whitespace removed; null as "". */
    private static String norm(String s) {
        return s == null ? "" : Norm.norm(s);
    }
}
