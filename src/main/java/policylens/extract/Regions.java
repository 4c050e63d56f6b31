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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gazetteer of the PRC's provincial-, prefecture- and county-level divisions, loaded once from the classpath
 * resource {@code policylens/divisions.tsv} ({@code code<TAB>name<TAB>short<TAB>level<TAB>city<TAB>province};
 * lines starting with # are comments; made by {@code tools/divisions/make-divisions.py} from the National Bureau
 * of Statistics' 统计用区划代码, see {@code docs/provenance/divisions.md}). Immutable and thread-safe.
 *
 * <p>{@link #all()}, {@link #byName}, {@link #find} and {@link #mentions} deal in provincial- and
 * prefecture-level divisions. Short names are ambiguous in two cases there (吉林 = 吉林省 / 吉林市, 海南 = 海南省 /
 * 海南藏族自治州); a lookup by short name then gives the province.
 *
 * <p>County-level names are not unique nationwide (宝山区 is in 上海市 and in 双鸭山市; 朝阳区, 鼓楼区 …):
 * {@link #byFullName} gives every candidate, and {@link #resolveCounty} / {@link #findCounty} pick one from the
 * province or city written before it or named in a context text, or none when that does not decide.
 */
public final class Regions {
    public static final String RESOURCE = "policylens/divisions.tsv";

    /**
     * County-level names that are also common nouns (城区, 郊区, 矿区, 新城区, 老城区 …): at the start of a text they
     * count only after their own province or city ("阳泉市矿区…"), and a context must name that province or city.
     */
    private static final Set<String> COMMON_NOUNS = Set.of("城区", "郊区", "矿区", "东区", "西区", "新县", "南县",
            "新城区", "老城区", "新市区", "西市区", "市中区", "市北区", "市南区", "城中区", "城东区", "城西区", "城北区",
            "城关区", "城厢区");

    private static final class Holder {
        static final Regions INSTANCE = load();
    }

    private final List<Region> all;
    private final List<Region> counties;
    private final Map<String, Region> byFull;
    private final Map<String, Region> byShort;
    private final Map<String, List<Region>> countiesByFull;
    private final int maxLen;
    private final int countyMaxLen;
    /** The first two characters of every province or city full name (c0 << 16 | c1): the prefilter of {@link #fullAt}. */
    private final Set<Integer> fullHeads;
    /** The same for the county names: the prefilter of {@link #countyAt}. */
    private final Set<Integer> countyHeads;

    private Regions(List<Region> rows) {
        Map<String, Region> full = new HashMap<>();
        Map<String, Region> shorts = new HashMap<>();
        Map<String, List<Region>> countyNames = new HashMap<>();
        List<Region> upper = new ArrayList<>();
        List<Region> lower = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int max = 0;
        int countyMax = 0;
        for (Region r : rows) {
            if (!codes.add(r.code())) {
                throw new IllegalStateException("duplicate code " + r.code());
            }
            if (r.isCounty()) {
                countyNames.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
                countyMax = Math.max(countyMax, r.name().length());
                lower.add(r);
                continue;
            }
            if (full.putIfAbsent(r.name(), r) != null) {
                throw new IllegalStateException("duplicate region " + r.name());
            }
            Region prev = shorts.get(r.shortName());
            if (prev == null || (r.isProvince() && !prev.isProvince())) {
                shorts.put(r.shortName(), r);
            }
            max = Math.max(max, Math.max(r.name().length(), r.shortName().length()));
            upper.add(r);
        }
        for (Region r : rows) {
            if (!full.containsKey(r.province()) || !full.get(r.province()).isProvince()) {
                throw new IllegalStateException("unknown province " + r.province() + " for " + r.name());
            }
            if (r.isCounty() && !r.city().isEmpty() && (!full.containsKey(r.city()) || !full.get(r.city()).isCity()
                    || !full.get(r.city()).province().equals(r.province()))) {
                throw new IllegalStateException("unknown city " + r.city() + " for " + r.name());
            }
            if (r.isCounty() && full.containsKey(r.name())) {
                throw new IllegalStateException("county named like a province or city: " + r.name());
            }
        }
        Map<String, List<Region>> byCounty = new HashMap<>();
        countyNames.forEach((k, v) -> byCounty.put(k, List.copyOf(v)));
        this.all = List.copyOf(upper);
        this.counties = List.copyOf(lower);
        this.byFull = Collections.unmodifiableMap(full);
        this.byShort = Collections.unmodifiableMap(shorts);
        this.countiesByFull = Collections.unmodifiableMap(byCounty);
        this.maxLen = max;
        this.countyMaxLen = countyMax;
        this.fullHeads = heads(full.keySet());
        this.countyHeads = heads(countyNames.keySet());
    }

    private static Set<Integer> heads(Set<String> names) {
        Set<Integer> heads = new HashSet<>();
        for (String name : names) {
            if (name.length() >= 2) {
                heads.add(name.charAt(0) << 16 | name.charAt(1));
            }
        }
        return heads;
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
                String[] f = line.split("\t", -1);
                String level = f.length == 6 ? f[3].strip() : "";
                if (!(Region.PROVINCE.equals(level) || Region.CITY.equals(level) || Region.COUNTY.equals(level))
                        || f[1].isBlank() || f[2].isBlank() || f[5].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": bad row: " + line);
                }
                rows.add(new Region(f[1].strip(), f[2].strip(), level, f[5].strip(), f[4].strip(), f[0].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(rows);
    }

    private static Regions get() {
        return Holder.INSTANCE;
    }

    /**
     * The provincial- and prefecture-level divisions in file order: the 34 provincial-level ones first, then the
     * prefecture-level ones. Counties are in {@link #counties()}.
     */
    public static List<Region> all() {
        return get().all;
    }

    /** Every county-level division (市辖区, 县, 县级市, 自治县, 旗 …), in code order. */
    public static List<Region> counties() {
        return get().counties;
    }

    /**
     * Looks up a province or prefecture-level city by full name ("新余市", "江西省") or short name ("新余", "江西"),
     * else a county-level division by full name when only one bears it ("昆山市", "博罗县"; not "宝山区", which two
     * do); surrounding whitespace is ignored.
     */
    public static Optional<Region> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        Region r = get().byFull.get(n);
        if (r == null) {
            r = get().byShort.get(n);
        }
        if (r == null) {
            List<Region> c = get().countiesByFull.getOrDefault(n, List.of());
            r = c.size() == 1 ? c.get(0) : null;
        }
        return Optional.ofNullable(r);
    }

    /**
     * Whether a name is the name of a city, county or district as plans write it: its full name (东方市, 奉贤区), or an
     * autonomous county by its place name and suffix alone (乐东县 for 乐东黎族自治县).
     */
    public static boolean isDivisionName(String name) {
        if (name == null || !DIVISION_SUFFIX.matcher(name).find()) {
            return false;
        }
        if (!byFullName(name).isEmpty()) {
            return true;
        }
        String stem = name.substring(0, name.length() - 1);
        return stem.length() >= 2 && AutonomousStems.STEMS.contains(stem);
    }

    private static final Pattern DIVISION_SUFFIX = Pattern.compile("[市县区州旗盟]$");

    /** 乐东 of 乐东黎族自治县, 峨边 of 峨边彝族自治县: built once, when first asked for. */
    private static final class AutonomousStems {
        static final java.util.Set<String> STEMS = stems();

        private static java.util.Set<String> stems() {
            java.util.Set<String> stems = new java.util.HashSet<>();
            for (Region r : counties()) {
                int at = r.name().indexOf("族自治");
                if (at > 0) {
                    // the place name stands before the people's name, which is one or two characters
                    String before = r.name().substring(0, at);
                    for (int cut = 1; cut <= 2 && before.length() - cut >= 2; cut++) {
                        stems.add(before.substring(0, before.length() - cut));
                    }
                }
            }
            return java.util.Set.copyOf(stems);
        }
    }

    /**
     * Every division with this full name, at any level: one for a province or city, one or more for a county
     * ("朝阳区" → 北京市朝阳区 and 长春市朝阳区); empty for a short name or an unknown one.
     */
    public static List<Region> byFullName(String name) {
        if (name == null) {
            return List.of();
        }
        String n = name.strip();
        Region r = get().byFull.get(n);
        return r != null ? List.of(r) : get().countiesByFull.getOrDefault(n, List.of());
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
     * ("云南大理…" → 大理白族自治州), so that "中山大学" or "阿里巴巴" name no region. Provinces and prefecture-level
     * cities only: see {@link #findCounty} for what follows them.
     */
    public static Optional<Region> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Regions g = get();
        int i = skipOpening(text);
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
                break; // a county may follow: findCounty
            }
            i = m.end;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The county-level division a text such as a title or an issuer starts with, after an optional province and
     * city ("博罗县…", "新余市渝水区…", "上海市宝山区人民政府办公室…", "上海宝山区…", "昆山市…"; the same leading
     * brackets as {@link #find} are skipped). A name several counties bear is narrowed down by the province or city
     * written before it, else by {@code context} (text naming the province or city elsewhere, may be null; see
     * {@link #resolveCounty}); when that does not decide, empty. Common nouns among the names (城区, 矿区, 新城区 …)
     * count only after their own province or city.
     */
    public static Optional<Region> findCounty(String text, String context) {
        CountyMatch m = get().countyMatch(text, context);
        return m == null ? Optional.empty() : Optional.ofNullable(m.region);
    }

    /**
     * The county-level division a name denotes: "昆山市" → 苏州市昆山市; "宝山区" → the one in the province or city
     * {@code context} names most ("…上海…" → 上海市宝山区), empty when the context names neither or both or is null;
     * a name with its province or city written before it ("上海市宝山区", "黑龙江省双鸭山市宝山区") needs no context.
     * Empty for anything but a county-level name (a province or a city included).
     */
    public static Optional<Region> resolveCounty(String name, String context) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        Regions g = get();
        List<Region> candidates = g.countiesByFull.get(n);
        if (candidates != null) {
            return Optional.ofNullable(g.resolve(n, candidates, context));
        }
        CountyMatch m = g.countyMatch(n, context);
        return m != null && m.end == n.length() ? Optional.ofNullable(m.region) : Optional.empty();
    }

    /**
     * Every full-name mention of a province or prefecture-level city in order of appearance, repeats included
     * ("江西省新余市…新余市" → 江西省, 新余市, 新余市). Short names and counties are not matched, and a name ending in
     * 市 directly followed by 场 is not taken (南京市场 is not 南京市).
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

    /** A county name found at the start of a text, its division when it could be told ({@code region} null if not). */
    private record CountyMatch(Region region, int end) {
    }

    private static int skipOpening(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "《【〔[(（“\"'‘".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private CountyMatch countyMatch(String text, String context) {
        if (text == null) {
            return null;
        }
        int i = skipOpening(text);
        Region province = null;
        Region city = null;
        while (i < text.length()) {
            String county = countyAt(text, i);
            Match up = city == null ? matchAt(text, i, province) : null;
            if (county != null && (up == null || county.length() >= up.end - i)) {
                List<Region> candidates = new ArrayList<>();
                for (Region c : countiesByFull.get(county)) {
                    if ((province == null || c.province().equals(province.name()))
                            && (city == null || c.city().equals(city.name()))) {
                        candidates.add(c);
                    }
                }
                Region r;
                if (candidates.isEmpty()) {
                    r = null; // "江西省宝山区": the prefix names another place
                } else if (province != null || city != null) {
                    r = candidates.size() == 1 ? candidates.get(0) : resolve(county, candidates, context);
                } else {
                    r = COMMON_NOUNS.contains(county) ? null : resolve(county, candidates, context);
                }
                return new CountyMatch(r, i + county.length());
            }
            if (up == null) {
                return null;
            }
            if (up.region.isProvince()) {
                if (province != null) {
                    return null;
                }
                province = up.region;
            } else {
                city = up.region;
            }
            i = up.end;
        }
        return null;
    }

    /**
     * One of the counties named {@code name}: the only one, else the one whose province and city {@code context}
     * names most often (full or short names), if one does more than the others. A common noun (城区 …) needs the
     * context to name its province or city even when it is unique.
     */
    private Region resolve(String name, List<Region> candidates, String context) {
        boolean common = COMMON_NOUNS.contains(name);
        if (candidates.size() == 1 && !common) {
            return candidates.get(0);
        }
        if (context == null || context.isEmpty()) {
            return null;
        }
        Region best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Region c : candidates) {
            int score = count(context, byFull.get(c.province()).shortName());
            if (!c.city().isEmpty()) {
                score += count(context, byFull.get(c.city()).shortName());
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int count(String text, String word) {
        if (word.length() < 2) {
            return 0;
        }
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Longest county-level full name at i, guarded against 市场. */
    private String countyAt(String text, int i) {
        if (i + 2 > text.length() || !countyHeads.contains(text.charAt(i) << 16 | text.charAt(i + 1))) {
            return null;
        }
        int max = Math.min(countyMaxLen, text.length() - i);
        for (int len = max; len >= 2; len--) {
            String s = text.substring(i, i + len);
            if (countiesByFull.containsKey(s) && !isMarketWord(text, i + len, s)) {
                return s;
            }
        }
        return null;
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
            if (r != null && !isMarketWord(text, i + len, r.name())) {
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

    private static boolean isMarketWord(String text, int end, String name) {
        return name.endsWith("市") && end < text.length() && text.charAt(end) == '场';
    }
}
