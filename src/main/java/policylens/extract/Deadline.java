package policylens.extract;

/**
 * A temporal expression that sets when something is due or how often (contract, "Deadlines").
 *
 * @param expr      as written, whitespace removed ("到2026年6月", "每年", "用一年左右的时间")
 * @param date      normalized due date "YYYY" / "YYYY-MM", else null
 * @param recurring yearly | quarterly | monthly, else null
 * @param duration  ISO 8601 duration ("P3Y"), else null
 * @param taskId    the task it stands in, else null
 */
public record Deadline(String expr, String date, String recurring, String duration, String taskId) {
}
