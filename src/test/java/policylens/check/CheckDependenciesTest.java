package policylens.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckDependenciesTest {
    @Test
    void theChecksDoNotUseTheEvaluation() throws IOException {
        List<String> importing;
        try (Stream<Path> s = Files.list(Path.of("src/main/java/policylens/check"))) {
            importing = s.filter(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains("policylens.eval");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName().toString()).toList();
        }
        assertEquals(List.of(), importing, "eval scores the checks; the checks do not depend on it");
    }
}
