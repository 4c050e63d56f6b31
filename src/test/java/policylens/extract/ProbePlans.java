package policylens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import policylens.ingest.Ingestor;
import policylens.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The constructed probe plans a second annotator wrote into {@code heldout/<set>/} ({@code <prefix>N.txt} with its
 * {@code <prefix>N.gold.json}, N from 1 while both exist): each plan's gold, as written, and what the tool extracts
 * from its text.
 */
final class ProbePlans {
    record Plan(String name, JsonNode gold, PolicyRecord predicted) {
    }

    private ProbePlans() {
    }

    static List<Plan> read(String set, String prefix) throws IOException, policylens.ingest.IngestException {
        Path dir = Path.of("heldout", set);
        Ingestor ingestor = new Ingestor();
        DocumentExtractor extractor = new DocumentExtractor();
        List<Plan> plans = new ArrayList<>();
        for (int i = 1; Files.exists(dir.resolve(prefix + i + ".txt")); i++) {
            JsonNode gold = Json.mapper().readTree(Files.readString(dir.resolve(prefix + i + ".gold.json")));
            plans.add(new Plan(prefix + i, gold, extractor.extract(ingestor.read(dir.resolve(prefix + i + ".txt")))));
        }
        if (plans.isEmpty()) {
            throw new IOException("no probe plans in " + dir);
        }
        return plans;
    }

    /** The strings of a JSON array. */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
