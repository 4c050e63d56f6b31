package policylens.extract;

import java.util.List;

/**
 * Who must carry out a task or measure (contract, "Responsibilities").
 *
 * @param evidence       the task or measure text the units are responsible for
 * @param units          units as written, lead units first
 * @param lead           lead units when the text splits lead and support (牵头单位), else empty
 * @param support        supporting units (配合单位), else empty
 * @param inheritedUnits units added by a note such as (以下均需…落实,不再单独列出)
 * @param canonicalUnits full official names, same order as units
 * @param taskId         the task or table row, else null
 */
public record Responsibility(String evidence, List<String> units, List<String> lead, List<String> support,
                             List<String> inheritedUnits, List<String> canonicalUnits, String taskId) {
    public Responsibility {
        units = List.copyOf(units);
        lead = List.copyOf(lead);
        support = List.copyOf(support);
        inheritedUnits = List.copyOf(inheritedUnits);
        canonicalUnits = List.copyOf(canonicalUnits);
    }
}
