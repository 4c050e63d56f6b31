package policylens.index;

import java.util.List;

/**
 * Restrictions on a search; null / empty means no restriction.
 *
 * @param types  document types to keep (any of them)
 * @param level  national | province | city | county
 * @param region the region or province as written (新余市, 江西省)
 * @param unit   a unit as written or canonical (or any alias of the canonical name)
 * @param year   a year the document covers (issue year, plan period, deadline year)
 */
public record Filters(List<DocType> types, String level, String region, String unit, Integer year) {
    public static final Filters NONE = new Filters(List.of(), null, null, null, null);

    public Filters {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static Filters ofType(DocType type) {
        return new Filters(List.of(type), null, null, null, null);
    }
}
