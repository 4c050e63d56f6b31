/**
 * The vocabulary of the record contract ({@code docs/records.md}) and of check reports, in one place: the enums
 * {@link policylens.model.Comparator}, {@link policylens.model.Recurrence}, {@link policylens.model.Level} and
 * {@link policylens.model.Severity} with their JSON strings, symbols and ranks (their words for people are in the message catalogue), and {@link policylens.model.Json},
 * the one configured Jackson mapper every stage writes and reads JSON with.
 */
package policylens.model;
