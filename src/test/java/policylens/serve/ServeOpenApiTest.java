package policylens.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** /api/openapi.json describes exactly the server's /api routes, with every path parameter declared. */
class ServeOpenApiTest {
    @TempDir
    Path tmp;

    @Test
    void theDescriptionMatchesTheRoutes() throws Exception {
        try (Server s = Server.start(new Server.Options(tmp.resolve("i"), tmp.resolve("u"), "127.0.0.1", 0, 1 << 20, null))) {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + s.port() + "/api/openapi.json")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            JsonNode api = new ObjectMapper().readTree(r.body());
            assertTrue(api.get("openapi").asText().startsWith("3."), "an OpenAPI 3 document");

            TreeSet<String> described = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> p = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    described.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey());
                    if (!op.getValue().has("responses") || !op.getValue().has("summary")) {
                        problems.add(op.getKey() + " " + p.getKey() + ": needs summary and responses");
                    }
                    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(p.getKey());
                    while (m.find()) {
                        if (!declares(api, op.getValue(), m.group(1))) {
                            problems.add(op.getKey() + " " + p.getKey() + ": path parameter " + m.group(1) + " not declared");
                        }
                    }
                }
            }
            TreeSet<String> routes = new TreeSet<>();
            s.endpoints().stream().filter(e -> e.split(" ", 2)[1].startsWith("/api/")).forEach(routes::add);
            assertEquals(routes, described, "every /api route described, nothing described that is not a route");
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    private static boolean declares(JsonNode api, JsonNode op, String name) {
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = p.has("$ref") ? api.at(p.get("$ref").asText().substring(1)) : p;
            if (name.equals(param.path("name").asText()) && "path".equals(param.path("in").asText())
                    && param.path("required").asBoolean()) {
                return true;
            }
        }
        return false;
    }
}
