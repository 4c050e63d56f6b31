package policylens.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code correct} out of {@code total}; the rate is undefined ({@code NaN}, JSON {@code null}) when total is 0. */
@JsonPropertyOrder({"correct", "total", "accuracy"})
public record Accuracy(int correct, int total) {
    public static final Accuracy EMPTY = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("bad accuracy counts " + correct + "/" + total);
        }
    }

    public static Accuracy of(boolean right) {
        return new Accuracy(right ? 1 : 0, 1);
    }

    /** correct / total, or {@code NaN} when there is nothing to score. */
    public double rate() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    @JsonProperty("accuracy")
    public Double jsonRate() {
        return total == 0 ? null : rate();
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(correct + o.correct, total + o.total);
    }
}
