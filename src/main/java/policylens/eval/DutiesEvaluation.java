package policylens.eval;

import policylens.index.Duties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores {@code duties} against a hand-made list: a TSV of {@code unit<TAB>docId<TAB>evidence}, one row per task the
 * unit is named for (a header line starting with {@code unit<TAB>}, blank lines and lines starting with {@code #} are
 * skipped). A listed duty matches an expected row of the same document when their texts share a substring of at least
 * min({@value Scoring#RESPONSIBILITY_EVIDENCE_MIN}, the shorter length) characters, the rule responsibilities are scored
 * by; each is paired at most once, the longest shared substring first.
 */
public final class DutiesEvaluation {
    /** One expected task. */
    public record Expected(String unit, String docId, String evidence) {
    }

    /** A unit's scores; {@code missed} are expected evidence not found, {@code spurious} listed texts not expected. */
    public record UnitScore(String unit, Prf prf, List<String> missed, List<String> spurious) {
        public UnitScore {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    /** Per unit in gold-file order, and micro-averaged over all of them. */
    public record Report(List<UnitScore> units, Prf micro) {
        public Report {
            units = List.copyOf(units);
        }
    }

    private DutiesEvaluation() {
    }

    /** @throws IllegalArgumentException one line naming the file and line of a row without three columns */
    public static List<Expected> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + tsv + " / cannot read " + tsv + ": " + e.getMessage(), e);
        }
        List<Expected> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("unit\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException(tsv + ":" + n + ": 应为 单位<TAB>docId<TAB>任务原文 / expected "
                        + "UNIT<TAB>DOCID<TAB>EVIDENCE");
            }
            out.add(new Expected(cols[0].strip(), cols[1].strip(), cols[2].strip()));
        }
        return out;
    }

    /**
     * @param duties     the unit's listed duties (all of them: no date or place filter)
     * @param ignoreDocs documents not annotated (blind): their listed duties are neither right nor wrong
     */
    public static Report evaluate(List<Expected> gold, Function<String, List<Duties.Duty>> duties, Set<String> ignoreDocs) {
        Map<String, List<Expected>> byUnit = new LinkedHashMap<>();
        for (Expected e : gold) {
            byUnit.computeIfAbsent(e.unit(), k -> new ArrayList<>()).add(e);
        }
        List<UnitScore> scores = new ArrayList<>();
        Prf micro = Prf.ZERO;
        for (Map.Entry<String, List<Expected>> u : byUnit.entrySet()) {
            List<Duties.Duty> listed = duties.apply(u.getKey()).stream()
                    .filter(d -> !ignoreDocs.contains(d.docId())).toList();
            UnitScore s = score(u.getKey(), u.getValue(), listed);
            scores.add(s);
            micro = micro.plus(s.prf());
        }
        return new Report(scores, micro);
    }

    static UnitScore score(String unit, List<Expected> expected, List<Duties.Duty> listed) {
        int[][] le = listed.stream().map(d -> Text.codePoints(d.evidence())).toArray(int[][]::new);
        boolean[] used = new boolean[listed.size()];
        List<String> missed = new ArrayList<>();
        int tp = 0;
        for (Expected e : expected) {
            int[] ge = Text.codePoints(e.evidence());
            int best = -1;
            int bestLen = -1;
            for (int j = 0; j < listed.size(); j++) {
                if (used[j] || !listed.get(j).docId().equals(e.docId())) {
                    continue;
                }
                int len = Text.longestCommonSubstring(ge, le[j]);
                int need = Math.min(Scoring.RESPONSIBILITY_EVIDENCE_MIN, Math.min(ge.length, le[j].length));
                if (len >= need && len > bestLen) {
                    best = j;
                    bestLen = len;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            } else {
                missed.add(e.docId() + ": " + e.evidence());
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int j = 0; j < listed.size(); j++) {
            if (!used[j]) {
                spurious.add(listed.get(j).docId() + ": " + listed.get(j).evidence());
            }
        }
        return new UnitScore(unit, new Prf(tp, spurious.size(), missed.size()), missed, spurious);
    }
}
