package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policylens.ingest.FormatFixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    /** One good file among bad ones: exit 1, one line per bad file with its reason, the good file's JSON written. */
    @Test
    void reportsEachBadFileAndStillWritesTheGoodOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.copy(FormatFixtures.TXT, in.resolve("good.txt"));
        Files.createFile(in.resolve("empty.txt"));
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Files.write(in.resolve("noise.bin"), noise);
        byte[] pdf = Files.readAllBytes(FormatFixtures.PDF);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        FormatFixtures.writeEncryptedPdf(FormatFixtures.PDF, in.resolve("locked.pdf"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = Main.run("extract", in.toString(), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, stderr);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "nothing on stdout with --out");
        List<String> failures = stderr.lines().filter(l -> l.startsWith("policylens: " + in)).toList();
        assertEquals(4, failures.size(), stderr);
        assertReason(failures, "empty.txt", "empty file");
        assertReason(failures, "noise.bin", "unsupported format");
        assertReason(failures, "truncated.pdf", "damaged or unreadable PDF");
        assertReason(failures, "locked.pdf", "encrypted PDF (password protected)");
        assertTrue(stderr.contains("policylens: 4 of 5 files failed"), stderr);

        Path json = out.resolve("good.json");
        assertTrue(Files.isRegularFile(json), "the good file's record is written");
        String record = Files.readString(json);
        assertTrue(record.contains("新余市产业集群提能升级三年行动方案(2026-2028年)"), record);
        try (var files = Files.list(out)) {
            assertEquals(List.of("good.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertReason(List<String> failures, String file, String reason) {
        assertTrue(failures.stream().anyMatch(l -> l.contains(file + ": " + reason)),
                file + " should fail with \"" + reason + "\": " + failures);
    }
}
