package policylens.index;

import java.nio.file.Path;
import java.util.List;

/**
 * A policy document as the index describes it: the stored fields of its doc-type Lucene document and how many
 * targets, deadlines and responsibilities were indexed for it. Read by {@link Searcher#documents()}.
 *
 * @param docId            the document's id
 * @param title            its title, else null
 * @param level            national | province | city | county, else null
 * @param province         the province as written, else null
 * @param region           the region as written, else null
 * @param issued           the issue date as stored, else null
 * @param period           the plan period ({@code 2026-2028}), else null
 * @param years            the years the document covers, ascending
 * @param fileName         the indexed file's name (the docId when the source is not known)
 * @param source           the indexed file, else null
 * @param sha256           the indexed bytes' sha256
 * @param targets          target records indexed for it
 * @param deadlines        deadline records indexed for it
 * @param responsibilities responsibility records indexed for it
 */
public record IndexedDocument(String docId, String title, String level, String province, String region,
                              String issued, String period, List<Integer> years, String fileName, Path source,
                              String sha256, int targets, int deadlines, int responsibilities) {
    public IndexedDocument {
        years = List.copyOf(years);
    }

    /**
     * Whether the document passes the level, region and year of {@code f} as a search with them would keep its
     * records: the same level, the region or province named, a year it covers (null or blank: no restriction).
     * Types and unit are about records, not documents, and are not looked at.
     */
    public boolean matches(Filters f) {
        if (f == null) {
            return true;
        }
        if (f.level() != null && !f.level().isBlank() && !f.level().equals(level)) {
            return false;
        }
        if (f.region() != null && !f.region().isBlank() && !f.region().equals(region) && !f.region().equals(province)) {
            return false;
        }
        return f.year() == null || years.contains(f.year());
    }
}
