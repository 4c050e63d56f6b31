package policylens.bench;

import policylens.extract.Region;
import policylens.extract.Regions;
import policylens.text.Headings;
import policylens.util.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A scale corpus for timing only: N plain-text documents recombined from the paragraphs of real documents, with
 * regions, years and numbers varied. Deterministic: document {@code i} depends only on the seed, {@code i} and the
 * source documents, so any N gives the same first documents. Its contents are not real policy and must never be
 * used to judge extraction quality.
 * <p>
 * Each generated document keeps the skeleton of one real document (title, 一、/(一) headings, 责任单位 lines, annex
 * tables one cell per line) so that every stage does its real work, and:
 * <ul>
 *   <li>moves it to another place: every province and city the source names is replaced by a randomly chosen
 *   province and cities of that province (full and short names);</li>
 *   <li>shifts every year by the same random offset (2026年 → 2019年, 2026-2028 → 2019-2021);</li>
 *   <li>scales counts and amounts (330家, 2000亿元, 40个) by a random factor;</li>
 *   <li>replaces about a quarter of its long body paragraphs with paragraphs of other real documents, drops some and
 *   repeats others, so that documents differ in content and length.</li>
 * </ul>
 * Files are written as {@code DIR/NNN/scale-NNNNNN.txt} (1,000 per folder); a hidden manifest records the seed, N
 * and a digest of the sources, and a later call with the same arguments reuses the folder.
 */
public final class ScaleCorpus {
    /** Bump when the generated text changes, so that old folders are regenerated. */
    static final int VERSION = 1;
    static final String MANIFEST = ".scale-corpus.properties";
    static final int PER_FOLDER = 1000;

    private final List<Source> sources;
    private final List<String> pool;
    private final List<Region> provinces;
    private final Map<String, List<Region>> citiesOf;
    private final String sourceDigest;
    /** Every region any source names, and one pattern matching their full and short names, longest first. */
    private final List<Region> named;
    private final int longestName;
    private final String nameStarts;

    /** One real document: its lines and the regions it names. */
    private record Source(String name, List<String> lines, List<Region> regions) {
    }

    private ScaleCorpus(List<Source> sources, String sourceDigest) {
        this.sources = sources;
        this.sourceDigest = sourceDigest;
        List<String> p = new ArrayList<>();
        for (Source s : sources) {
            for (String line : s.lines()) {
                if (isBody(line)) {
                    p.add(line);
                }
            }
        }
        this.pool = List.copyOf(p);
        List<Region> all = new ArrayList<>();
        for (Source s : sources) {
            for (Region r : s.regions()) {
                if (!all.contains(r)) {
                    all.add(r);
                }
            }
        }
        this.named = List.copyOf(all);
        int longest = 0;
        StringBuilder firsts = new StringBuilder();
        for (Region r : all) {
            for (String k : List.of(r.name(), r.shortName())) {
                if (k.length() >= 2) {
                    longest = Math.max(longest, k.length());
                    firsts.append(k.charAt(0));
                }
            }
        }
        this.longestName = longest;
        this.nameStarts = firsts.toString();
        List<Region> provs = new ArrayList<>();
        Map<String, List<Region>> cities = new LinkedHashMap<>();
        for (Region r : Regions.all()) {
            if (r.isProvince()) {
                provs.add(r);
            } else {
                cities.computeIfAbsent(r.province(), k -> new ArrayList<>()).add(r);
            }
        }
        provs.removeIf(r -> !cities.containsKey(r.name())); // 直辖市 and SARs have no prefecture rows
        this.provinces = List.copyOf(provs);
        this.citiesOf = cities;
    }

    /** Reads the real documents (plain text, UTF-8 or GB18030) under the given files or folders. */
    public static ScaleCorpus from(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(root);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt source documents in " + roots);
        }
        List<Source> sources = new ArrayList<>();
        MessageDigest digest = Sha256.digest();
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            digest.update(bytes);
            List<String> lines = decode(bytes).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<Region> named = new ArrayList<>();
            for (Region r : Regions.mentions(String.join("\n", lines))) {
                if (!named.contains(r)) {
                    named.add(r);
                }
            }
            sources.add(new Source(f.getFileName().toString(), lines, named));
        }
        return new ScaleCorpus(sources, Sha256.hex(digest).substring(0, 16));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** Number of real documents and of reusable body paragraphs. */
    public int sourceCount() {
        return sources.size();
    }

    public int paragraphCount() {
        return pool.size();
    }

    /** The text of generated document {@code i}. */
    public String document(long seed, int i) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, i));
        Source base = sources.get(rnd.nextInt(sources.size()));
        Region province = provinces.get(rnd.nextInt(provinces.size()));
        List<Region> cities = citiesOf.get(province.name());
        int cityPick = rnd.nextInt(cities.size());
        Map<String, String> places = new LinkedHashMap<>();
        int c = cityPick;
        for (Region r : named) {
            Region to = r.isProvince() ? province : cities.get(c++ % cities.size());
            places.put(r.name(), to.name());
            if (r.shortName().length() >= 2) {
                places.putIfAbsent(r.shortName(), to.shortName());
            }
        }
        int yearShift = rnd.nextInt(-9, 3);
        double scale = 0.5 + rnd.nextDouble() * 1.5;
        StringBuilder out = new StringBuilder(32 * 1024);
        for (String line : base.lines()) {
            double r = rnd.nextDouble();
            String text = line;
            if (isBody(line)) {
                if (r < 0.08) {
                    continue; // dropped
                }
                if (r < 0.33) {
                    text = pool.get(rnd.nextInt(pool.size()));
                }
            }
            out.append(vary(text, places, yearShift, scale)).append("\n\n");
            if (isBody(line) && r > 0.92) {
                out.append(vary(pool.get(rnd.nextInt(pool.size())), places, yearShift, scale)).append("\n\n");
            }
        }
        return out.toString();
    }

    /** Moves one paragraph to the new place, shifts its years and scales its amounts. */
    String vary(String text, Map<String, String> places, int yearShift, double scale) {
        String t = text;
        if (longestName > 0) {
            StringBuilder sb = new StringBuilder(t.length() + 8);
            int i = 0;
            while (i < t.length()) {
                String to = null;
                int len = 0;
                if (nameStarts.indexOf(t.charAt(i)) >= 0) {
                    for (len = Math.min(longestName, t.length() - i); len >= 2; len--) {
                        to = places.get(t.substring(i, i + len));
                        if (to != null) {
                            break;
                        }
                    }
                }
                if (to != null) {
                    sb.append(to);
                    i += len;
                } else {
                    sb.append(t.charAt(i++));
                }
            }
            t = sb.toString();
        }
        // one scan over the digit runs: years shifted, counts and amounts scaled
        StringBuilder sb = new StringBuilder(t.length() + 8);
        int i = 0;
        while (i < t.length()) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                sb.append(ch);
                i++;
                continue;
            }
            int end = i;
            while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
                end++;
            }
            String digits = t.substring(i, end);
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            if (isYear(t, i, end, digits)) {
                sb.append(Integer.parseInt(digits) + yearShift);
            } else if (digits.length() <= 5 && ".-〔".indexOf(before) < 0 && startsWithQuantifier(t, end)) {
                sb.append(Math.max(1, Math.round(Long.parseLong(digits) * scale)));
            } else {
                sb.append(digits);
            }
            i = end;
        }
        return sb.toString();
    }

    private static final String RANGE = "-—–~～至";
    private static final List<String> QUANTIFIERS = List.of("家", "个", "项", "条", "所", "座", "亿元", "万元", "万吨",
            "万千瓦", "万亩", "亩", "人", "户", "%", "％", "倍", "场", "款", "批", "只", "台", "套");

    /** 2026年, 2026-2028, 2023—2026: a 4-digit year before 年 or a range dash, or after a range dash. */
    private static boolean isYear(String t, int start, int end, String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        if (y < 1950 || y > 2049) {
            return false;
        }
        if (start > 0 && RANGE.indexOf(t.charAt(start - 1)) >= 0) {
            return true;
        }
        int k = end;
        if (k < t.length() && t.charAt(k) == '年') {
            return true;
        }
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (k < t.length() && RANGE.indexOf(t.charAt(k)) >= 0) {
            k++;
            while (k < t.length() && t.charAt(k) == ' ') {
                k++;
            }
            return k < t.length() && Character.isDigit(t.charAt(k));
        }
        return false;
    }

    private static boolean startsWithQuantifier(String t, int at) {
        for (String q : QUANTIFIERS) {
            if (t.startsWith(q, at)) {
                return true;
            }
        }
        return false;
    }

    /** A long paragraph of body text (not a heading, an annex line, a table row or a units line). */
    private static boolean isBody(String line) {
        return line.length() >= 40 && line.indexOf('\t') < 0 && Headings.level(line) == 0
                && Headings.annex(line) < 0;
    }

    /**
     * Writes documents 0…n-1 under {@code dir} unless the folder already holds exactly this corpus; returns the
     * files in order.
     */
    public List<Path> write(Path dir, int n, long seed) {
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            files.add(dir.resolve(String.format(Locale.ROOT, "%03d", i / PER_FOLDER))
                    .resolve(String.format(Locale.ROOT, "scale-%06d.txt", i)));
        }
        Properties wanted = new Properties();
        wanted.setProperty("version", Integer.toString(VERSION));
        wanted.setProperty("seed", Long.toString(seed));
        wanted.setProperty("docs", Integer.toString(n));
        wanted.setProperty("sources", sourceDigest);
        Path manifest = dir.resolve(MANIFEST);
        try {
            if (Files.isRegularFile(manifest)) {
                Properties have = new Properties();
                try (var in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                    have.load(in);
                }
                if (have.equals(wanted)) {
                    return files;
                }
            }
            if (Files.exists(dir)) {
                // only a scale corpus this tool wrote is replaced: a folder holding anything else is refused
                List<Path> foreign = foreignFiles(dir);
                if (!foreign.isEmpty()) {
                    throw new IllegalArgumentException(dir + " holds files that are not a scale corpus (" + foreign.get(0)
                            + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more" : "")
                            + "); choose an empty or new folder for --out");
                }
                deleteTree(dir);
            }
            Files.createDirectories(dir);
            for (int i = 0; i < n; i += PER_FOLDER) {
                Files.createDirectories(files.get(i).getParent());
            }
            // documents are independent: write them on every core
            java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                try (Writer w = Files.newBufferedWriter(files.get(i), StandardCharsets.UTF_8)) {
                    w.write(document(seed, i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (Writer w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
                wanted.store(w, "scale corpus for timing only (policylens bench); regenerated on demand");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scale corpus to " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static final java.util.regex.Pattern OWN_FILE = java.util.regex.Pattern.compile("\\d{3}[/\\\\]scale-\\d{6}\\.txt");

    /** Files under {@code dir} that this tool did not write: anything but the manifest and NNN/scale-NNNNNN.txt. */
    static List<Path> foreignFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of(dir);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !Files.isDirectory(p)).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(MANIFEST) && !OWN_FILE.matcher(rel).matches()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
