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
 * @param issuer an issuing body as the document's metadata names it (江西省人民政府办公厅), exactly
 */
public record Filters(List<DocType> types, String level, String region, String unit, Integer year, String issuer) {
    public static final Filters NONE = new Filters(List.of(), null, null, null, null, null);

    public Filters {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** Without an issuer restriction. */
    public Filters(List<DocType> types, String level, String region, String unit, Integer year) {
        this(types, level, region, unit, year, null);
    }

    public static Filters ofType(DocType type) {
        return new Filters(List.of(type), null, null, null, null, null);
    }
}
