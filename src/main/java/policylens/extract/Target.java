package policylens.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A forward-looking quantitative commitment, as defined in the record contract
 * ({@code docs/records.md}, "Targets").
 *
 * @param evidence   the clause that states the target, copied from the cleaned text
 * @param metric     what is counted or measured ("专精特新中小企业")
 * @param value      the number, multipliers folded in (2000亿元 → 2.0E11)
 * @param valueMax   upper end of a range (1-2个 → 2), else null
 * @param unit       "元", "%", "家", "个", "GWh"...
 * @param comparator eq | gte | gt | lte | lt | approx | range
 * @param deadline   "YYYY" or "YYYY-MM", else null
 * @param recurring  yearly | quarterly | monthly, else null
 * @param taskId     the task or table row the target stands in, else null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Target(String evidence, String metric, double value, Double valueMax, String unit,
                     String comparator, String deadline, String recurring, String taskId) {
}
