package policylens.extract;

/**
 * What extractors need to know about the whole document to resolve relative dates.
 *
 * @param docYear the year the document speaks from (今年), else null
 * @param issued  the issue date "YYYY-MM-DD" / "YYYY-MM" / "YYYY", else null
 * @param period  the plan period, else null
 * @param plan    true for a plan or policy (commitments by default); false for news and transcripts, where a
 *                number is a commitment only when the sentence looks forward (力争, 将, 目标…)
 * @param start   the year the plan says its durations count from, once for all (自2024年起, 3年内 in every item),
 *                else null
 */
public record DocContext(Integer docYear, String issued, Meta.Period period, boolean plan, Integer start) {
    public DocContext(Integer docYear, String issued, Meta.Period period, boolean plan) {
        this(docYear, issued, period, plan, null);
    }

    /** The issue date's year and month, when the issue date gives them. */
    Integer issuedYear() {
        return issued == null ? null : Integer.parseInt(issued.substring(0, 4));
    }

    Integer issuedMonth() {
        return issued == null || issued.length() < 7 ? null : Integer.parseInt(issued.substring(5, 7));
    }
}
