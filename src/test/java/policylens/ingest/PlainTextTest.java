package policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain text parsed by Tika's text parser directly must come out exactly as through AutoDetectParser. */
class PlainTextTest {
    private static final Ingestor DIRECT = new Ingestor(Ingestor.DEFAULT_MAX_BYTES, true);
    private static final Ingestor AUTO = new Ingestor(Ingestor.DEFAULT_MAX_BYTES, false);

    @Test
    void sameDocumentForTheCorpus() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("corpus", "heldout")) {
            try (Stream<Path> s = Files.list(Paths.get(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            assertEquals(AUTO.read(f), DIRECT.read(f), f.toString());
        }
    }

    @Test
    void sameDocumentForEncodingsLineBreaksAndCommaSeparatedText(@TempDir Path dir) throws Exception {
        String body = "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。镕堃喆";
        List<String> texts = List.of(
                body + "\n" + body,
                (body + "\n").repeat(20), // Tika sniffs this as comma-separated values
                body + "\r\n\r\n" + body + "\r\n",
                "\n\n" + body + "\n\n\n",
                body + "\r" + body + "\u2028" + body + "\u0085" + body + "\u0001",
                "\ufeff" + body,
                "<meta charset=\"gb2312\">" + body,
                "  " + body + " \t " + body + "\t\n   \n");
        int i = 0;
        for (String t : texts) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5"))) {
                Path f = dir.resolve("t" + i++ + ".txt");
                Files.write(f, t.getBytes(cs));
                assertEquals(outcome(AUTO, f), outcome(DIRECT, f), cs + ": " + t);
            }
        }
    }

    /** The document, or the reason it is refused (Big5 bytes under a gb2312 meta tag do not look like text). */
    private static Object outcome(Ingestor ingestor, Path file) {
        try {
            return ingestor.read(file);
        } catch (IngestException e) {
            return e.reason();
        }
    }
}
