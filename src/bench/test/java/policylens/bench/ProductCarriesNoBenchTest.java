package policylens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import policylens.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product (target/classes, what target/policylens.jar is shaded from) carries no benchmark and no PDF-writing
 * code; bench and scale-corpus come from the bench jar's {@link BenchMain}.
 */
class ProductCarriesNoBenchTest {
    /** PDFBox classes only a PDF writer uses (reading goes through Tika's parser and ingest.PdfExpansion). */
    static final List<String> PDF_WRITING = List.of("org/apache/pdfbox/pdmodel/PDPageContentStream",
            "org/apache/pdfbox/pdmodel/font/PDType0Font", "org/apache/pdfbox/pdmodel/encryption/StandardProtectionPolicy");

    static Path productClasses() throws Exception {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void productClassesHaveNoBenchPackage() throws Exception {
        Path classes = productClasses();
        assertTrue(Files.isRegularFile(classes.resolve("policylens/cli/Main.class")), "not the product's classes: " + classes);
        assertTrue(Files.notExists(classes.resolve("policylens/bench")), "bench classes in the product: " + classes);
    }

    @Test
    void noProductClassWritesPdf() throws Exception {
        try (Stream<Path> files = Files.walk(productClasses())) {
            List<String> writers = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(ProductCarriesNoBenchTest::usesPdfWriting).map(Path::toString).toList();
            assertEquals(List.of(), writers);
        }
    }

    @Test
    void productCommandLineHasNoBenchCommand() {
        String[] r = run(Main::run, "bench", "--docs", "1");
        assertEquals("2", r[2], "a usage error: " + r[1]);
        assertTrue(r[1].contains("bench"), r[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench", "scale-corpus"})
    void benchMainAnswersHelp(String command) {
        String[] out = run(BenchMain::run, command, "--help");
        assertEquals("0", out[2], out[1]);
        assertTrue(out[0].contains("Usage: policylens " + command), out[0] + out[1]);
    }

    private static boolean usesPdfWriting(Path classFile) {
        try {
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return PDF_WRITING.stream().anyMatch(bytes::contains);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a command line with stdout and stderr captured: {stdout, stderr}. */
    private static String[] run(java.util.function.ToIntFunction<String[]> cli, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = cli.applyAsInt(args);
            return new String[]{o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), Integer.toString(code)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
