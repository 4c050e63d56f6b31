package policylens.extract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One record file per source document: what {@code extract} writes and {@code gold/} holds. */
@JsonPropertyOrder({"schema", "docId", "source", "meta", "targets", "deadlines", "responsibilities"})
public record PolicyRecord(String schema, String docId, String source, Meta meta, List<Target> targets,
                           List<Deadline> deadlines, List<Responsibility> responsibilities) {
    public static final String SCHEMA = "policy-records/1";

    public PolicyRecord {
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
        responsibilities = List.copyOf(responsibilities);
    }
}
