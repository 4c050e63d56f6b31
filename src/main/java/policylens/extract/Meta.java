package policylens.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import policylens.ingest.SourceInfo;

import java.util.List;

/**
 * Document metadata (contract, "Document" / meta).
 *
 * @param title     the plan's own title (for a 通知 issuing a plan, the plan's title)
 * @param issuer    issuing bodies as written
 * @param docNumber the document's own 文号, else null
 * @param issued    ISO date as precise as the text allows, else null
 * @param level     national | province | city | county, else null
 * @param province  the province ("江西省"), else null
 * @param region    the most specific area governed, as written
 * @param period    plan period years, else null
 * @param cites     other documents named in 《》 with their 文号 where given
 * @param file      what the file says about itself (format, its own properties, pages, OCR share); an extra field
 *                  the contract allows, left out when unknown
 */
public record Meta(String title, List<String> issuer, String docNumber, String issued, String level,
                   String province, String region, Period period, List<Cite> cites,
                   @JsonInclude(JsonInclude.Include.NON_NULL) SourceInfo file) {
    public Meta {
        issuer = List.copyOf(issuer);
        cites = List.copyOf(cites);
    }

    /** The metadata the text gives, without file information. */
    public Meta(String title, List<String> issuer, String docNumber, String issued, String level,
                String province, String region, Period period, List<Cite> cites) {
        this(title, issuer, docNumber, issued, level, province, region, period, cites, null);
    }

    /** The same metadata with what the file says about itself. */
    public Meta withFile(SourceInfo info) {
        return new Meta(title, issuer, docNumber, issued, level, province, region, period, cites, info);
    }

    /** Plan period, e.g. 2026—2028年 → from 2026 to 2028. */
    public record Period(int from, int to) {
    }

    /** A cited document: its title as written inside 《》 and its 文号 when given next to it. */
    public record Cite(String title, String docNumber) {
    }
}
