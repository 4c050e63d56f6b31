package policylens.extract;

/**
 * A number with its unit found in text, normalized per the record contract: multipliers folded into the value
 * ({@code 2000亿元} → 2.0E11 元; {@code 1.2亿部} → 1.2E8 部; {@code 3%} → 3 %), ranges kept as value/valueMax.
 *
 * @param value    the number (lower end of a range)
 * @param valueMax upper end of a range ({@code 1-2个} → 2), else null
 * @param unit     元, 美元, %, or the measure word (家, 个, 人次, GWh, 年…)
 * @param start    offset of the numeral in the text searched
 * @param end      offset just after the unit
 */
public record Quantity(double value, Double valueMax, String unit, int start, int end) {
}
