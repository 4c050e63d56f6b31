package policylens.index;

import java.util.List;

/**
 * One ranked search result.
 *
 * @param type            doc | task | target | deadline | responsibility
 * @param docId           the source document
 * @param title           its title
 * @param section         the section path, outermost first, joined with " > ", else null
 * @param taskId          the task or table row, else null
 * @param snippet         the best fragment with the matched words marked 【like this】
 * @param text            the whole indexed text (evidence, paragraph, row)
 * @param score           Lucene's score
 * @param units           units as written (tasks of table rows, responsibilities)
 * @param unitsCanonical  canonical names, same order as units
 * @param leadUnits       canonical names of the lead units
 * @param inheritedUnits canonical names of units added by an inheritance note
 * @param metric          the target's metric, else null
 * @param source          the indexed file
 */
public record Hit(String type, String docId, String title, String section, String taskId, String snippet,
                  String text, float score, List<String> units, List<String> unitsCanonical, List<String> leadUnits,
                  List<String> inheritedUnits,
                  String metric, String source) {
    public Hit {
        units = List.copyOf(units);
        unitsCanonical = List.copyOf(unitsCanonical);
        leadUnits = List.copyOf(leadUnits);
        inheritedUnits = List.copyOf(inheritedUnits);
    }
}
