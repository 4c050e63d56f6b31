package policylens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gazetteer of the PRC's provincial- and prefecture-level divisions, loaded once from the classpath resource
 * {@code policylens/regions.tsv} ({@code name<TAB>short<TAB>level<TAB>province}; lines starting with # are
 * comments). Immutable and thread-safe.
 *
 * <p>Short names are ambiguous in two cases (吉林 = 吉林省 / 吉林市, 海南 = 海南省 / 海南藏族自治州); a lookup by
 * short name then gives the province.
 */
public final class Regions {
    public static final String RESOURCE = "policylens/regions.tsv";

    private static final class Holder {
        static final Regions INSTANCE = load();
    }

    private final List<Region> all;
    private final Map<String, Region> byFull;
    private final Map<String, Region> byShort;
    private final int maxLen;
    /** The first two characters of every full name (c0 << 16 | c1): the prefilter of {@link #fullAt}. */
    private final java.util.Set<Integer> fullHeads;

    private Regions(List<Region> rows) {
        Map<String, Region> full = new HashMap<>();
        Map<String, Region> shorts = new HashMap<>();
        int max = 0;
        for (Region r : rows) {
            if (full.putIfAbsent(r.name(), r) != null) {
                throw new IllegalStateException("duplicate region " + r.name());
            }
            Region prev = shorts.get(r.shortName());
            if (prev == null || (r.isProvince() && !prev.isProvince())) {
                shorts.put(r.shortName(), r);
            }
            max = Math.max(max, Math.max(r.name().length(), r.shortName().length()));
        }
        for (Region r : rows) {
            if (!full.containsKey(r.province()) || !full.get(r.province()).isProvince()) {
                throw new IllegalStateException("unknown province " + r.province() + " for " + r.name());
            }
        }
        this.all = List.copyOf(rows);
        this.byFull = Collections.unmodifiableMap(full);
        this.byShort = Collections.unmodifiableMap(shorts);
        this.maxLen = max;
        java.util.Set<Integer> heads = new java.util.HashSet<>();
        for (String name : full.keySet()) {
            if (name.length() >= 2) {
                heads.add(name.charAt(0) << 16 | name.charAt(1));
            }
        }
        this.fullHeads = heads;
    }

    private static Regions load() {
        InputStream in = Regions.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<Region> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4 || !(Region.PROVINCE.equals(f[2]) || Region.CITY.equals(f[2]))) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": bad row: " + line);
                }
                rows.add(new Region(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(rows);
    }

    private static Regions get() {
        return Holder.INSTANCE;
    }

    /** Every division in file order: the 34 provincial-level ones first, then the prefecture-level ones. */
    public static List<Region> all() {
        return get().all;
    }

    /** Looks up a division by full name ("新余市", "江西省") or short name ("新余", "江西"); surrounding whitespace is ignored. */
    public static Optional<Region> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        Region r = get().byFull.get(n);
        if (r == null) {
            r = get().byShort.get(n);
        }
        return Optional.ofNullable(r);
    }

    /** The provincial-level division a region belongs to (the region itself for a province). */
    public static Region provinceOf(Region region) {
        Region p = get().byFull.get(region.province());
        if (p == null) {
            throw new IllegalArgumentException("unknown province " + region.province());
        }
        return p;
    }

    /**
     * The region a text such as a title starts with, the most specific one when several are chained:
     * "新余市产业集群…" → 新余市, "江西省产业集群…" → 江西省, "江西新余市:…" / "江西省新余市…" → 新余市.
     * Leading whitespace and opening brackets (《【〔[(（“") are skipped. Full names always count; a province's
     * short name counts at the start ("江西…"); a city's short name counts only right after its own province
     * ("云南大理…" → 大理白族自治州), so that "中山大学" or "阿里巴巴" name no region.
     */
    public static Optional<Region> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Regions g = get();
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "《【〔[(（“\"'‘".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        Region best = null;
        Region province = null;
        while (i < text.length()) {
            Match m = g.matchAt(text, i, province);
            if (m == null) {
                break;
            }
            if (best == null || !best.isCity() || m.region.isCity()) {
                best = m.region;
            }
            if (m.region.isProvince()) {
                province = m.region;
            } else {
                break; // nothing below prefecture level in the gazetteer
            }
            i = m.end;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every full-name mention in order of appearance, repeats included ("江西省新余市…新余市" → 江西省, 新余市, 新余市).
     * Short names are not matched, and a name ending in 市 directly followed by 场 is not taken (南京市场 is not 南京市).
     */
    public static List<Region> mentions(String text) {
        List<Region> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Regions g = get();
        int i = 0;
        while (i < text.length()) {
            Region r = g.fullAt(text, i);
            if (r != null) {
                out.add(r);
                i += r.name().length();
            } else {
                i++;
            }
        }
        return out;
    }

    private record Match(Region region, int end) {
    }

    /** Longest full name at i, guarded against 市场. */
    private Region fullAt(String text, int i) {
        // every name looked up below starts with text[i..i+2): none does unless a full name starts so
        if (i + 2 > text.length() || !fullHeads.contains(text.charAt(i) << 16 | text.charAt(i + 1))) {
            return null;
        }
        int max = Math.min(maxLen, text.length() - i);
        for (int len = max; len >= 2; len--) {
            Region r = byFull.get(text.substring(i, i + len));
            if (r != null && !isMarketWord(text, i + len, r)) {
                return r;
            }
        }
        return null;
    }

    private Match matchAt(String text, int i, Region province) {
        Region full = fullAt(text, i);
        if (full != null) {
            return new Match(full, i + full.name().length());
        }
        int max = Math.min(maxLen, text.length() - i);
        for (int len = max; len >= 2; len--) {
            String s = text.substring(i, i + len);
            Region r = byShort.get(s);
            if (r == null) {
                continue;
            }
            if (r.isProvince() && province != null) {
                r = cityByShort(s, province); // "吉林吉林" → 吉林市 after 吉林省
                if (r == null) {
                    continue;
                }
            }
            if (r.isProvince() || (province != null && r.province().equals(province.name()))) {
                return new Match(r, i + len);
            }
        }
        return null;
    }

    private Region cityByShort(String shortName, Region province) {
        for (Region r : all) {
            if (r.isCity() && r.shortName().equals(shortName) && r.province().equals(province.name())) {
                return r;
            }
        }
        return null;
    }

    private static boolean isMarketWord(String text, int end, Region r) {
        return r.name().endsWith("市") && end < text.length() && text.charAt(end) == '场';
    }
}
