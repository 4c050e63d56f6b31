package policylens.check;

/**
 * Words quoted from a document as evidence.
 *
 * @param docId  the document quoted
 * @param taskId where in it ("2.15", "A2.7"), else null
 * @param text   the sentence or clause, as written
 */
public record Quote(String docId, String taskId, String text) {
}
