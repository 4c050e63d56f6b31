package policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import policylens.model.Json;
import policylens.format.CsvReader;
import policylens.format.RecordCsv;
import policylens.ingest.FormatFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        String[] r = CliRun.run(1, "extract", in.toString(), "--out", out.toString());
        String stderr = r[1];
        assertEquals("", r[0], "nothing on stdout with --out");
        List<String> failures = stderr.lines().filter(l -> l.startsWith("policylens: " + in)).toList();
        assertEquals(4, failures.size(), stderr);
        // one line each, Chinese first, English after the slash
        assertReason(failures, "empty.txt", "空文件 / empty file");
        assertReason(failures, "noise.bin", "不支持的格式");
        assertReason(failures, "noise.bin", "/ unsupported format");
        assertReason(failures, "truncated.pdf", "PDF已损坏或无法读取");
        assertReason(failures, "truncated.pdf", "/ damaged or unreadable PDF");
        assertReason(failures, "locked.pdf", "PDF已加密（有密码保护），请先解密 / encrypted PDF (password protected)");
        assertTrue(stderr.contains("policylens: 4 of 5 files failed"), stderr);

        Path json = out.resolve("good.json");
        assertTrue(Files.isRegularFile(json), "the good file's record is written");
        String record = Files.readString(json);
        assertTrue(record.contains("新余市产业集群提能升级三年行动方案(2026-2028年)"), record);
        try (var files = Files.list(out)) {
            assertEquals(List.of("good.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** --format csv: one table on stdout, a row per target, deadline and responsibility, as many as the JSON has. */
    @Test
    void csvHasOneRowPerTargetDeadlineAndResponsibilityOfTheRecord() throws Exception {
        String csv = CliRun.run(0, "extract", FormatFixtures.TXT.toString(), "--format", "csv")[0];
        JsonNode record = Json.mapper().readTree(CliRun.run(0, "extract", FormatFixtures.TXT.toString(), "--jsonl")[0]);
        List<List<String>> rows = CsvReader.parse(csv);
        assertEquals(RecordCsv.HEADER, rows.get(0));
        for (String kind : List.of("target", "deadline", "responsibility")) {
            long n = rows.stream().filter(r -> r.get(1).equals(kind)).count();
            assertEquals(record.get(kind.equals("responsibility") ? "responsibilities" : kind + "s").size(), n, kind);
            assertTrue(n > 0, kind);
        }
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(0).equals(record.get("docId").asText())));
    }

    /** --format xlsx writes one workbook per document into --out, the responsibility sheet the web offers. */
    @Test
    void xlsxWritesOneWorkbookPerDocumentIntoOut() throws Exception {
        Path out = tmp.resolve("x");
        CliRun.run(0, "extract", FormatFixtures.TXT.toString(), "--format", "xlsx", "--out", out.toString());
        Path book = out.resolve("xinyu-cluster-upgrade-2026-2028.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            assertTrue(wb.getSheet("责任分工").getLastRowNum() > 0);
        }
        assertFalse(Files.exists(out.resolve("xinyu-cluster-upgrade-2026-2028.json")), "xlsx only");
    }

    /** Usage errors exit 2 with one line first: an unknown format names the known ones; json and xlsx need --out. */
    @Test
    void formatMistakesAreUsageErrors() {
        String unknown = CliRun.run(2, "extract", FormatFixtures.TXT.toString(), "--format", "pdf")[1];
        assertTrue(unknown.lines().findFirst().orElse("").contains("use one of json, jsonl, xlsx, csv"), unknown);
        String md = CliRun.run(2, "extract", FormatFixtures.TXT.toString(), "--format", "md")[1];
        assertTrue(md.startsWith("--format: 格式 md 不能用于提取记录"), md);
        String noOut = CliRun.run(2, "extract", FormatFixtures.TXT.toString(), "--format", "json")[1];
        assertTrue(noOut.contains("give --out DIR"), noOut);
        CliRun.run(2, "extract", FormatFixtures.TXT.toString(), "--format", "csv", "--jsonl");
    }

    private static void assertReason(List<String> failures, String file, String reason) {
        assertTrue(failures.stream().anyMatch(l -> l.contains(file + ": ") && l.contains(reason)),
                file + " should fail with \"" + reason + "\": " + failures);
    }
}
