package policylens.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True positive / false positive / false negative counts with precision, recall and F1.
 * Zero denominators: a precision (recall) with nothing predicted (nothing in gold) is 1 when there is also
 * nothing missed (nothing spurious), else 0; so an empty gold with an empty prediction scores 1/1/1.
 */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
        }
    }

    @JsonProperty("precision")
    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    @JsonProperty("recall")
    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
    }

    @JsonProperty("f1")
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }
}
