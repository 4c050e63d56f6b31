package policylens.ingest;

import org.apache.tika.parser.html.DefaultHtmlMapper;

import java.util.Locale;

/**
 * Tika's default HTML mapping, keeping what it drops that a task table needs: the {@code rowspan} and
 * {@code colspan} of a table cell (a 牵头单位 cell spanning a task's rows governs each of them).
 */
final class SpanKeepingHtmlMapper extends DefaultHtmlMapper {
    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String element = elementName.toLowerCase(Locale.ROOT);
        String attribute = attributeName.toLowerCase(Locale.ROOT);
        if ((element.equals("td") || element.equals("th")) && (attribute.equals("rowspan") || attribute.equals("colspan"))) {
            return attribute;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
