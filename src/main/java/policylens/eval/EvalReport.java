package policylens.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring a corpus: one row per gold document plus the micro average (TP/FP/FN and accuracy
 * counts summed over documents), and every finding (miss, false positive, wrong field) for {@code --explain}.
 *
 * @param documents          per gold document, in docId order
 * @param micro              sums over all documents
 * @param missingPredictions gold docIds with no prediction (scored against an empty record)
 * @param extraPredictions   predicted docIds with no gold (not scored)
 */
@JsonPropertyOrder({"micro", "documents", "missingPredictions", "extraPredictions"})
public record EvalReport(List<DocumentReport> documents, Scores micro, List<String> missingPredictions,
                         List<String> extraPredictions) {
    public EvalReport {
        documents = List.copyOf(documents);
        missingPredictions = List.copyOf(missingPredictions);
        extraPredictions = List.copyOf(extraPredictions);
    }

    /** All findings of all documents, in document order. */
    @JsonIgnore
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        documents.forEach(d -> all.addAll(d.findings()));
        return all;
    }

    /** One document's scores and findings. */
    @JsonPropertyOrder({"docId", "scores", "findings"})
    public record DocumentReport(String docId, Scores scores, List<Finding> findings) {
        public DocumentReport {
            findings = List.copyOf(findings);
        }
    }

    /** All scored fields of one document, or of the corpus (micro). */
    @JsonPropertyOrder({"targets", "deadlines", "responsibilities", "inherited", "meta"})
    public record Scores(TargetScores targets, Prf deadlines, Prf responsibilities, Prf inherited,
                         MetaScores meta) {
        public static final Scores ZERO = new Scores(TargetScores.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO,
                MetaScores.ZERO);

        public Scores plus(Scores o) {
            return new Scores(targets.plus(o.targets), deadlines.plus(o.deadlines),
                    responsibilities.plus(o.responsibilities), inherited.plus(o.inherited), meta.plus(o.meta));
        }
    }

    /**
     * @param match      one-to-one matching on unit, value(/valueMax) and evidence overlap
     * @param comparator over matched pairs
     * @param deadline   over matched pairs whose gold deadline is not null
     * @param metric     over matched pairs, bigram Dice ≥ 0.5
     * @param whole      a match counts only if comparator, deadline (null included) and metric are right
     */
    @JsonPropertyOrder({"match", "whole", "comparator", "deadline", "metric"})
    public record TargetScores(Prf match, Accuracy comparator, Accuracy deadline, Accuracy metric, Prf whole) {
        public static final TargetScores ZERO = new TargetScores(Prf.ZERO, Accuracy.EMPTY, Accuracy.EMPTY,
                Accuracy.EMPTY, Prf.ZERO);

        public TargetScores plus(TargetScores o) {
            return new TargetScores(match.plus(o.match), comparator.plus(o.comparator), deadline.plus(o.deadline),
                    metric.plus(o.metric), whole.plus(o.whole));
        }
    }

    /**
     * Exact-match accuracy per meta field ({@link #FIELDS} order); {@link #overall()} = matched fields / all
     * fields.
     */
    @JsonPropertyOrder({"overall", "fields"})
    public record MetaScores(Map<String, Accuracy> fields) {
        public static final List<String> FIELDS = List.of("title", "issuer", "docNumber", "issued", "level",
                "province", "region", "period", "cites");
        public static final MetaScores ZERO = new MetaScores(Map.of());

        public MetaScores {
            Map<String, Accuracy> ordered = new LinkedHashMap<>();
            for (String f : FIELDS) {
                ordered.put(f, fields.getOrDefault(f, Accuracy.EMPTY));
            }
            for (String f : fields.keySet()) {
                if (!ordered.containsKey(f)) {
                    throw new IllegalArgumentException("unknown meta field " + f);
                }
            }
            fields = Collections.unmodifiableMap(ordered);
        }

        public Accuracy field(String name) {
            Accuracy a = fields.get(name);
            if (a == null) {
                throw new IllegalArgumentException("unknown meta field " + name);
            }
            return a;
        }

        @JsonProperty("overall")
        public Accuracy overall() {
            return fields.values().stream().reduce(Accuracy.EMPTY, Accuracy::plus);
        }

        public MetaScores plus(MetaScores o) {
            Map<String, Accuracy> sum = new LinkedHashMap<>();
            for (String f : FIELDS) {
                sum.put(f, field(f).plus(o.field(f)));
            }
            return new MetaScores(sum);
        }
    }

    /** What kind of error a finding is. */
    public enum Kind {
        /** gold item not found (false negative) */
        MISSED,
        /** predicted item not in gold (false positive) */
        FALSE_POSITIVE,
        /** matched, but a scored field is wrong (accuracy / whole-target error) */
        WRONG
    }

    /**
     * One error, for {@code --explain}.
     *
     * @param docId     document
     * @param section   targets | deadlines | responsibilities | inherited | meta
     * @param kind      MISSED / FALSE_POSITIVE / WRONG
     * @param field     the field that failed (e.g. "value", "unit", "evidence", "comparator", "units", "title")
     * @param evidence  the evidence (or expr) of the item concerned, as written
     * @param gold      the gold value of the failing field, or null
     * @param predicted the predicted value of the failing field, or null
     * @param note      free-text explanation
     */
    @JsonPropertyOrder({"docId", "section", "kind", "field", "evidence", "gold", "predicted", "note"})
    public record Finding(String docId, String section, Kind kind, String field, String evidence, String gold,
                          String predicted, String note) {
    }
}
