package policylens.bench;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import policylens.extract.DocumentExtractor;
import policylens.extract.PolicyRecord;
import policylens.index.Fields;
import policylens.index.IndexResult;
import policylens.index.PolicyIndex;
import policylens.index.Searcher;
import policylens.index.WhoAnswerer;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code policylens bench}: every figure of the pipeline beside a baseline measured on the same input in the same JVM,
 * so that machine noise cancels in the ratios.
 * <ul>
 *   <li>extraction (clean + structure + all extractors), characters per second on one core, against HanLP's plain
 *   segmentation ({@link StandardTokenizer}) and one regex pass ({@code 到?\d{4}年}) over the same lines;</li>
 *   <li>ingest per format (txt, HTML, DOCX, PDF copies of the real documents) against Tika's own parse alone;</li>
 *   <li>building an index of N scale-corpus documents: time, documents per second (against ingest + extraction
 *   alone on the same documents), size on disk (against the corpus), peak heap (against its first tenth);</li>
 *   <li>{@code who} and {@code search} latency, warm, p50/p95/p99 over 200 fixed queries, against Lucene alone
 *   running a term query for the first word of each;</li>
 *   <li>a cold {@code policylens who} process, JVM start to answer, against the same JVM printing its version.</li>
 * </ul>
 */
public final class Bench {
    /** The single regex pass the extraction is compared with (its upper bound). */
    static final Pattern REGEX_PASS = Pattern.compile("到?\\d{4}年");
    static final String QUERIES = "/policylens/bench/queries.tsv";
    /** Answers a `who` shows by default (its --limit): the warm figure times what the command does. */
    static final int WHO_ANSWERS = 5;
    /** What bin/policylens adds for who and search: the C1 compiler only. */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    /**
     * @param docs      N, documents of the scale corpus to index
     * @param seed      seed of the scale corpus
     * @param sources   real plain-text documents the scale corpus is built from
     * @param work      folder for the scale corpus, format copies and index
     * @param rounds    timed rounds of the in-memory measurements (median reported)
     * @param coldRuns  cold {@code who} processes timed (median reported)
     * @param sample    scale documents added to the real ones for the extraction figure
     */
    public record Options(int docs, long seed, List<Path> sources, Path work, int rounds, int coldRuns, int sample) {
        public Options {
            sources = List.copyOf(sources);
            if (docs < 1 || rounds < 1 || coldRuns < 1 || sample < 0) {
                throw new IllegalArgumentException("docs, rounds and cold runs must be positive");
            }
        }
    }

    private final Options o;
    private final PrintWriter log;
    private final List<BenchReport.Figure> figures = new ArrayList<>();
    private final Map<String, Object> checks = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> config = new LinkedHashMap<>();

    public Bench(Options options, PrintWriter log) {
        this.o = options;
        this.log = log;
    }

    public BenchReport run() {
        config.put("docs", o.docs());
        config.put("seed", o.seed());
        config.put("rounds", o.rounds());
        config.put("coldRuns", o.coldRuns());
        config.put("threads", Runtime.getRuntime().availableProcessors());
        ScaleCorpus scale = ScaleCorpus.from(o.sources());
        config.put("sourceDocs", scale.sourceCount());
        config.put("sourceParagraphs", scale.paragraphCount());
        long t0 = System.nanoTime();
        say("scale corpus: %d documents (seed %d) in %s", o.docs(), o.seed(), o.work().resolve("scale-corpus"));
        List<Path> files = scale.write(o.work().resolve("scale-corpus"), o.docs(), o.seed());
        long bytes = 0;
        for (Path f : files) {
            bytes += size(f);
        }
        config.put("scaleBytes", bytes);
        config.put("scaleSeconds", round((System.nanoTime() - t0) / 1e9));
        List<Path> realDocs = realDocuments();

        extraction(realDocs, files);
        ingest(realDocs);
        Path index = o.work().resolve("index");
        index(files, index, bytes);
        queries(index);
        cold(index);

        notes.add("The scale corpus is synthetic (real paragraphs recombined, regions, years and numbers varied) and "
                + "exists only for timing; quality figures come from `policylens eval` on the real corpus.");
        return new BenchReport(machine(), config, figures, checks, notes);
    }

    // ---------------------------------------------------------------- extraction

    private void extraction(List<Path> realDocs, List<Path> scaleFiles) {
        Ingestor ingestor = new Ingestor();
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : realDocs) {
            docs.add(read(ingestor, p));
        }
        for (Path p : scaleFiles.subList(0, Math.min(o.sample(), scaleFiles.size()))) {
            docs.add(read(ingestor, p));
        }
        long chars = 0;
        for (RawDocument d : docs) {
            for (String line : d.lines()) {
                chars += line.length();
            }
        }
        config.put("extractionDocs", docs.size());
        config.put("extractionChars", chars);
        say("extraction: %d documents, %d characters, %d rounds", docs.size(), chars, o.rounds());
        DocumentExtractor extractor = new DocumentExtractor();
        long[] sink = new long[1];
        Runnable extract = () -> {
            for (RawDocument d : docs) {
                PolicyRecord r = extractor.extract(d);
                sink[0] += r.targets().size() + r.responsibilities().size();
            }
        };
        Runnable hanlp = () -> {
            for (RawDocument d : docs) {
                for (String line : d.lines()) {
                    if (!line.isEmpty()) {
                        List<Term> terms = StandardTokenizer.segment(line);
                        sink[0] += terms.size();
                    }
                }
            }
        };
        Runnable regex = () -> {
            for (RawDocument d : docs) {
                for (String line : d.lines()) {
                    Matcher m = REGEX_PASS.matcher(line);
                    while (m.find()) {
                        sink[0]++;
                    }
                }
            }
        };
        double[][] t = timeInterleaved(List.of(extract, hanlp, regex), Math.max(2, o.rounds() / 2), o.rounds());
        double extractRate = chars / median(t[0]);
        double hanlpRate = chars / median(t[1]);
        double regexRate = chars / median(t[2]);
        figures.add(BenchReport.Figure.of("extraction.charsPerSecPerCore",
                "extraction (clean + structure + all extractors), one core", extractRate, "chars/s",
                "HanLP StandardTokenizer, same lines", hanlpRate));
        figures.add(BenchReport.Figure.of("extraction.vsRegex",
                "extraction, one core, against the regex upper bound", extractRate, "chars/s",
                "one regex pass `到?\\d{4}年`, same lines", regexRate));
        checks.put("extractionSink", sink[0] > 0);
        say("extraction %.0f chars/s, HanLP %.0f chars/s, regex %.0f chars/s", extractRate, hanlpRate, regexRate);
    }

    private static RawDocument read(Ingestor ingestor, Path p) {
        try {
            return ingestor.read(p);
        } catch (IngestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- ingest

    private void ingest(List<Path> realDocs) {
        Map<String, List<Path>> formats = FormatCopies.write(realDocs, o.work().resolve("formats"));
        Ingestor ingestor = new Ingestor();
        AutoDetectParser tika = new AutoDetectParser();
        for (Map.Entry<String, List<Path>> e : formats.entrySet()) {
            String format = e.getKey();
            List<Path> files = e.getValue();
            if (files.isEmpty()) {
                notes.add("Ingest " + format + ": n/a (no CJK TrueType font on this machine to build a PDF copy; tried "
                        + CjkPdf.FONTS + ").");
                checks.put("ingest." + format, "n/a");
                continue;
            }
            List<byte[]> bytes = new ArrayList<>();
            long chars = 0;
            for (Path f : files) {
                try {
                    bytes.add(Files.readAllBytes(f));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                for (String line : read(ingestor, f).lines()) {
                    chars += line.length();
                }
            }
            long[] sink = new long[1];
            Runnable ours = () -> {
                for (Path f : files) {
                    sink[0] += read(ingestor, f).lines().size();
                }
            };
            Runnable theirs = () -> {
                for (int i = 0; i < files.size(); i++) {
                    Metadata md = new Metadata();
                    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, files.get(i).getFileName().toString());
                    BodyContentHandler handler = new BodyContentHandler(-1);
                    try (InputStream in = TikaInputStream.get(bytes.get(i))) {
                        tika.parse(in, handler, md, new ParseContext());
                    } catch (Exception ex) {
                        throw new IllegalStateException("Tika cannot parse " + files.get(i) + ": " + ex, ex);
                    }
                    sink[0] += handler.toString().length();
                }
            };
            double[][] t = timeInterleaved(List.of(ours, theirs), Math.max(2, o.rounds() / 2), o.rounds());
            figures.add(BenchReport.Figure.of("ingest." + format + ".charsPerSec",
                    "ingest " + format + " (" + files.size() + " real documents)", chars / median(t[0]), "chars/s",
                    "Tika's own parse alone, same files", chars / median(t[1])));
            say("ingest %s: %.1f ms/doc, Tika alone %.1f ms/doc", format, median(t[0]) * 1e3 / files.size(),
                    median(t[1]) * 1e3 / files.size());
        }
    }

    // ---------------------------------------------------------------- index

    private void index(List<Path> files, Path index, long corpusBytes) {
        int threads = Runtime.getRuntime().availableProcessors();
        // baseline: ingest + extraction alone on (the first thousand of) the same documents, on every core
        List<Path> sample = files.subList(0, Math.min(files.size(), 1000));
        double baselineRate = extractOnlyRate(sample, threads);
        deleteQuietly(index);
        say("index: %d documents into %s", files.size(), index);
        System.gc();
        AtomicInteger done = new AtomicInteger();
        int tenth = Math.max(1, files.size() / 10);
        long[] atTenth = new long[3];
        long[] atEnd = new long[2];
        IndexResult result;
        long t0;
        long t1;
        try (HeapWatch heap = new HeapWatch(10)) {
            t0 = System.nanoTime();
            PolicyIndex writer = new PolicyIndex(index);
            result = writer.index(files, false, (file, status) -> {
                int d = done.incrementAndGet();
                if (d == tenth) {
                    atTenth[0] = heap.peakUsed();
                    atTenth[1] = liveHeap();
                    atTenth[2] = writer.bufferedBytes();
                }
                if (d == files.size()) {
                    atEnd[0] = liveHeap(); // the writer still holds everything it holds before the commit
                    atEnd[1] = writer.bufferedBytes();
                }
                if (d % 5000 == 0) {
                    say("  %d/%d documents, %.0f s, peak heap %d MB", d, files.size(),
                            (System.nanoTime() - t0) / 1e9, heap.peakUsed() >> 20);
                }
            });
            t1 = System.nanoTime();
            double seconds = (t1 - t0) / 1e9;
            double rate = result.indexed().size() / seconds;
            figures.add(BenchReport.Figure.of("index.seconds", "index build, " + files.size() + " documents",
                    seconds, "s", "ingest + extraction alone at the rate measured on the first " + sample.size()
                            + " of the same documents", files.size() / baselineRate));
            figures.add(BenchReport.Figure.of("index.docsPerSec", "index build throughput", rate, "docs/s",
                    "ingest + extraction alone, same documents, " + threads + " threads", baselineRate));
            figures.add(BenchReport.Figure.of("index.peakHeapMB", "peak heap in use while indexing",
                    heap.peakUsed() / 1048576.0, "MB", "same, first tenth of the documents", atTenth[0] / 1048576.0));
            figures.add(BenchReport.Figure.of("index.liveHeapMB", "heap live after a full GC, last document indexed",
                    atEnd[0] / 1048576.0, "MB", "same, after the first tenth of the documents",
                    atTenth[1] / 1048576.0));
            // the writer's buffer of unflushed documents is bounded by its setting, whatever N; what is left is
            // what the run keeps besides it
            figures.add(BenchReport.Figure.of("index.liveHeapLessBufferMB",
                    "heap live after a full GC less the index writer's RAM buffer in use, last document indexed",
                    (atEnd[0] - atEnd[1]) / 1048576.0, "MB", "same, after the first tenth of the documents",
                    (atTenth[1] - atTenth[2]) / 1048576.0));
        }
        long indexBytes = treeSize(index);
        figures.add(BenchReport.Figure.of("index.sizeMB", "index size on disk", indexBytes / 1048576.0, "MB",
                "the corpus it indexes (UTF-8 text)", corpusBytes / 1048576.0));
        checks.put("indexFailures", result.failures().size());
        for (IndexResult.Failure f : result.failures().subList(0, Math.min(5, result.failures().size()))) {
            notes.add("Index failure: " + f.message());
        }
        try (Searcher s = Searcher.open(index)) {
            config.put("luceneDocs", s.size());
        }
        config.put("indexedDocs", result.indexed().size());
    }

    /** Heap in use right after a full collection: what the run keeps alive. */
    private static long liveHeap() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private double extractOnlyRate(List<Path> sample, int threads) {
        Ingestor ingestor = new Ingestor();
        DocumentExtractor extractor = new DocumentExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int round = 0; round < 2; round++) { // the first round warms up
                AtomicInteger next = new AtomicInteger();
                long t0 = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < sample.size()) {
                            extractor.extract(read(ingestor, sample.get(i)));
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                best = sample.size() / ((System.nanoTime() - t0) / 1e9);
            }
            say("ingest + extraction alone: %.0f docs/s on %d threads (%d documents)", best, threads, sample.size());
            return best;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- queries

    record Queries(List<String> who, List<String> search) {
    }

    static Queries queries() {
        List<String> who = new ArrayList<>();
        List<String> search = new ArrayList<>();
        try (InputStream in = Bench.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUERIES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                (f[0].equals("who") ? who : search).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Queries(who, search);
    }

    private void queries(Path index) {
        Queries q = queries();
        config.put("whoQueries", q.who().size());
        config.put("searchQueries", q.search().size());
        try (Searcher searcher = Searcher.open(index)) {
            WhoAnswerer who = new WhoAnswerer(searcher);
            int[] errors = new int[1];
            long[] sink = new long[1];
            for (int warm = 0; warm < 2; warm++) {
                for (String s : q.who()) {
                    sink[0] += who.who(s, WHO_ANSWERS).answers().size();
                }
                for (String s : q.search()) {
                    sink[0] += search(searcher, s, errors).size();
                }
            }
            double[] whoMs = new double[q.who().size()];
            double[] whoBase = new double[q.who().size()];
            for (int i = 0; i < whoMs.length; i++) {
                String s = q.who().get(i);
                long t0 = System.nanoTime();
                sink[0] += who.who(s, WHO_ANSWERS).answers().size();
                whoMs[i] = (System.nanoTime() - t0) / 1e6;
                whoBase[i] = luceneAlone(searcher, WhoAnswerer.topic(s), sink);
            }
            errors[0] = 0;
            double[] searchMs = new double[q.search().size()];
            double[] searchBase = new double[q.search().size()];
            for (int i = 0; i < searchMs.length; i++) {
                String s = q.search().get(i);
                long t0 = System.nanoTime();
                sink[0] += search(searcher, s, errors).size();
                searchMs[i] = (System.nanoTime() - t0) / 1e6;
                searchBase[i] = luceneAlone(searcher, s, sink);
            }
            for (String name : List.of("who", "search")) {
                double[] v = name.equals("who") ? whoMs : searchMs;
                double[] b = name.equals("who") ? whoBase : searchBase;
                for (int p : new int[] {50, 95, 99}) {
                    figures.add(BenchReport.Figure.of(name + ".warm.p" + p,
                            "`" + name + "` warm latency p" + p + " (" + v.length + " queries, " + o.docs() + " documents"
                                    + (name.equals("who") ? ", top " + WHO_ANSWERS + " answers" : ", top 10 hits") + ")",
                            percentile(v, p), "ms", "Lucene alone: term query for the first word, top 10",
                            percentile(b, p)));
                }
            }
            checks.put("searchSyntaxErrors", errors[0]);
            checks.put("queriesAnswered", sink[0] > 0);
        }
    }

    private static List<?> search(Searcher searcher, String query, int[] errors) {
        try {
            return searcher.search(query, policylens.index.Filters.NONE, 10);
        } catch (policylens.index.QuerySyntaxException e) {
            errors[0]++;
            return List.of();
        }
    }

    private static double luceneAlone(Searcher searcher, String text, long[] sink) {
        List<String> tokens = searcher.tokens(text);
        Query q = new TermQuery(new org.apache.lucene.index.Term(Fields.TEXT, tokens.isEmpty() ? text : tokens.get(0)));
        long t0 = System.nanoTime();
        sink[0] += searcher.luceneSearch(q, 10).scoreDocs.length;
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---------------------------------------------------------------- cold who

    private void cold(Path index) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        String question = queries().who().get(0);
        // the JVM options bin/policylens gives a who process
        List<String> whoCmd = List.of(java, "-Xmx1g", QUICK_JIT, "-cp", cp, "policylens.cli.Main", "who", "--index",
                index.toAbsolutePath().toString(), question);
        List<String> versionCmd = List.of(java, "-Xmx1g", QUICK_JIT, "-cp", cp, "policylens.cli.Main", "--version");
        Path out = o.work().resolve("cold-who.out");
        spawn(whoCmd, out); // page cache, not timed
        double[] whoMs = new double[o.coldRuns()];
        double[] versionMs = new double[o.coldRuns()];
        for (int i = 0; i < o.coldRuns(); i++) {
            whoMs[i] = spawn(whoCmd, out);
            versionMs[i] = spawn(versionCmd, o.work().resolve("cold-version.out"));
        }
        String answer = readQuietly(out);
        checks.put("coldWhoAnswered", !answer.isBlank() && !answer.startsWith("no responsible unit"));
        figures.add(BenchReport.Figure.of("who.cold.ms", "cold `policylens who` process (as bin/policylens runs it), JVM start to answer (median of "
                + o.coldRuns() + ")", median(whoMs), "ms", "same JVM and classpath printing its version", median(versionMs)));
        // which libraries a cold who loads
        Path classLog = o.work().resolve("cold-who-classes.log");
        List<String> logged = new ArrayList<>(whoCmd);
        logged.add(1, "-Xlog:class+load=info:file=" + classLog.toAbsolutePath());
        spawn(logged, out);
        String classes = readQuietly(classLog);
        checks.put("coldWhoTikaClasses", count(classes, " org.apache.tika."));
        checks.put("coldWhoHanLPClasses", count(classes, " com.hankcs."));
        checks.put("coldWhoClasses", count(classes, "[class,load]"));
    }

    private double spawn(List<String> cmd, Path out) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + ": " + readQuietly(out));
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs each task once per round, interleaved (so that a slow moment of the machine hits every task), after
     * {@code warm} untimed rounds; returns seconds per task per timed round.
     */
    static double[][] timeInterleaved(List<Runnable> tasks, int warm, int rounds) {
        for (int r = 0; r < warm; r++) {
            tasks.forEach(Runnable::run);
        }
        double[][] t = new double[tasks.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < tasks.size(); k++) {
                long t0 = System.nanoTime();
                tasks.get(k).run();
                t[k][r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        return t;
    }

    static double median(double[] v) {
        return percentile(v, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private List<Path> realDocuments() {
        List<Path> out = new ArrayList<>();
        for (Path root : o.sources()) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }

    private Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", cpuModel());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        m.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString());
        return m;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Paths.get("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long treeSize(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Bench::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (Files.exists(dir)) {
            try {
                ScaleCorpus.deleteTree(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void say(String format, Object... args) {
        log.printf(Locale.ROOT, "bench: " + format + "%n", args);
        log.flush();
    }
}
