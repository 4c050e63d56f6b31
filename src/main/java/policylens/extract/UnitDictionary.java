package policylens.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit gazetteer ({@code policylens/units.tsv}): canonical short forms of government bodies,
 * written without the region name, with their aliases (工业和信息化局 ← 工信局).
 * Loaded once per JVM ({@link #get()}); immutable.
 */
public final class UnitDictionary {

    /** Where the gazetteer lives on the classpath. */
    public static final String RESOURCE = "/policylens/units.tsv";

    /**
     * One row of the gazetteer.
     *
     * @param canonical the official short form without region (工业和信息化厅)
     * @param aliases   other ways of writing it (工信厅), canonical not repeated
     * @param level     province | city | any | national (a body of the central government, named without a place and
     *                  never given one: 国家发展改革委 → 国家发展和改革委员会 in a plan of any province)
     */
    public record Entry(String canonical, List<String> aliases, String level) {
        public Entry {
            aliases = List.copyOf(aliases);
        }

        /** Canonical first, then the aliases. */
        public List<String> forms() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(canonical);
            all.addAll(aliases);
            return all;
        }

        boolean isTemplate() {
            return canonical.contains("X");
        }

        boolean isNational() {
            return level.equals("national");
        }
    }

    /** A row with a place slot X: 中国人民银行X分行 ← 人行X分行. */
    private record Template(Entry entry, List<Pattern> aliasPatterns, Pattern canonicalPattern) {
    }

    private static final class Holder {
        static final UnitDictionary INSTANCE = load();
    }


    private final List<Entry> entries;
    private final Map<String, List<Entry>> byForm;
    private final List<Template> templates;
    /** Every form of a central body (level national) → its row: matched whole, never prefixed with a place. */
    private final Map<String, Entry> national;

    private UnitDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> forms = new LinkedHashMap<>();
        Map<String, Entry> nationalForms = new LinkedHashMap<>();
        List<Template> temps = new ArrayList<>();
        for (Entry e : entries) {
            if (e.isTemplate()) {
                List<Pattern> ps = new ArrayList<>();
                for (String a : e.aliases()) {
                    ps.add(templatePattern(a));
                }
                temps.add(new Template(e, List.copyOf(ps), templatePattern(e.canonical())));
                continue;
            }
            if (e.isNational()) {
                for (String f : e.forms()) {
                    nationalForms.put(f, e);
                }
                continue;
            }
            for (String f : e.forms()) {
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
            }
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        this.byForm = Collections.unmodifiableMap(forms);
        this.templates = List.copyOf(temps);
        this.national = Collections.unmodifiableMap(nationalForms);
    }

    /** The project's gazetteer, loaded on first use. */
    public static UnitDictionary get() {
        return Holder.INSTANCE;
    }

    /** Parses gazetteer lines (tab-separated canonical, |-separated aliases, level; # comments). */
    public static UnitDictionary parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String canonical = cols[0].strip();
            List<String> aliases = new ArrayList<>();
            if (cols.length > 1) {
                for (String a : cols[1].split("\\|")) {
                    if (!a.isBlank() && !a.strip().equals(canonical)) {
                        aliases.add(a.strip());
                    }
                }
            }
            String level = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : "any";
            entries.add(new Entry(canonical, aliases, level));
        }
        return new UnitDictionary(entries);
    }

    private static UnitDictionary load() {
        try (InputStream in = UnitDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The full name of a central body as written whole (国家发改委 → 国家发展和改革委员会), else empty. */
    public Optional<String> national(String written) {
        Entry e = national.get(written);
        return e == null ? Optional.empty() : Optional.of(e.canonical());
    }

    /** Every way of writing the central body whose full name is {@code canonicalName}, the name first; else empty. */
    public List<String> nationalForms(String canonicalName) {
        Entry e = national.get(canonicalName);
        return e == null || !e.canonical().equals(canonicalName) ? List.of() : e.forms();
    }

    /** Whether a body without region (工信局, 委组织部) is a canonical name or alias. */
    public boolean isKnown(String body) {
        return byForm.containsKey(body);
    }

    /**
     * The canonical body for a body as written, preferring rows of {@code scope}
     * (province | city | county; county falls back to city rows; null = no preference).
     * A body that is itself a canonical name maps to itself.
     */
    public Optional<String> canonical(String body, String scope) {
        List<Entry> cands = byForm.get(body);
        if (cands == null) {
            return Optional.empty();
        }
        for (Entry e : cands) {
            if (e.canonical().equals(body)) {
                return Optional.of(body);
            }
        }
        String wanted = "county".equals(scope) ? "city" : scope;
        for (Entry e : cands) {
            if (e.level().equals(wanted)) {
                return Optional.of(e.canonical());
            }
        }
        for (Entry e : cands) {
            if (e.level().equals("any")) {
                return Optional.of(e.canonical());
            }
        }
        return Optional.of(cands.get(0).canonical());
    }

    /** Every form (canonical and aliases) of the rows whose canonical or alias is {@code body}. */
    public Set<String> formsOf(String body) {
        Set<String> out = new LinkedHashSet<>();
        List<Entry> cands = byForm.get(body);
        if (cands == null) {
            return out;
        }
        for (Entry e : cands) {
            out.add(e.canonical());
        }
        for (String c : List.copyOf(out)) {
            for (Entry e : byForm.getOrDefault(c, List.of())) {
                if (e.canonical().equals(c)) {
                    out.addAll(e.forms());
                }
            }
        }
        return out;
    }

    /** 人行新余市分行 → 中国人民银行新余市分行 (rows with a place slot X), else empty. */
    public Optional<String> expandTemplate(String written) {
        for (Template t : templates) {
            if (t.canonicalPattern().matcher(written).matches()) {
                return Optional.of(written);
            }
            for (Pattern p : t.aliasPatterns()) {
                Matcher m = p.matcher(written);
                if (m.matches()) {
                    return Optional.of(t.entry().canonical().replace("X", m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** 中国人民银行新余市分行 → [人行新余市分行, 人民银行新余市分行]; empty if no template row fits. */
    public List<String> templateAliases(String canonicalName) {
        for (Template t : templates) {
            Matcher m = t.canonicalPattern().matcher(canonicalName);
            if (m.matches()) {
                List<String> out = new ArrayList<>();
                for (String a : t.entry().aliases()) {
                    out.add(a.replace("X", m.group(1)));
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * Names to keep whole in segmentation: every form, bare (工信局) and with a relative prefix
     * (省工业和信息化厅, 市工信局, 省委组织部); template rows are skipped (they need a place).
     */
    public Set<String> surfaceForms() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.isTemplate()) {
                continue;
            }
            if (e.isNational()) {
                out.addAll(e.forms()); // 国家发展改革委: whole, no place before it
                continue;
            }
            for (String f : e.forms()) {
                if (f.length() >= 2) {
                    out.add(f);
                }
                List<String> prefixes = switch (e.level()) {
                    case "province" -> List.of("省");
                    case "city" -> List.of("市", "县", "区");
                    default -> List.of("省", "市", "县", "区");
                };
                for (String p : prefixes) {
                    out.add(p + f);
                }
            }
        }
        return out;
    }

    /**
     * The project's own HanLP dictionary: HanLP's default custom dictionary (shared, read only) plus every surface form
     * of the gazetteer as an organisation name ("nt 1000"), so that 省工业和信息化厅 and 市发改委 stay whole. Passed to
     * each segmenter ({@code Segment.enableCustomDictionary}); HanLP's process-wide {@code CustomDictionary} is never
     * written, so a segmentation does not depend on what ran earlier in the same JVM.
     */
    public static DynamicCustomDictionary hanlpDictionary() {
        return HanLPHolder.DICTIONARY;
    }

    /** The same with the place-qualified names of one document's region added (江西省工业和信息化厅). A new one. */
    public static DynamicCustomDictionary hanlpDictionary(UnitContext ctx) {
        DynamicCustomDictionary d = ownDictionary(get().surfaceForms());
        Set<String> words = new LinkedHashSet<>();
        for (Entry e : get().entries) {
            for (String place : new String[] {ctx.province(), ctx.city(), ctx.county()}) {
                if (place == null) {
                    continue;
                }
                for (String f : e.forms()) {
                    // 江西省工业和信息化厅; template rows with the place in the slot: 中国人民银行江西省分行
                    words.add(e.isTemplate() ? f.replace("X", place) : place + f);
                }
            }
        }
        words.forEach(w -> d.insert(w, "nt 1000"));
        return d;
    }

    /** HanLP's Viterbi segmenter with the project's dictionary. */
    public static Segment hanlpSegmenter() {
        return HanLP.newSegment().enableCustomDictionary(hanlpDictionary());
    }

    private static final class HanLPHolder {
        static final DynamicCustomDictionary DICTIONARY = ownDictionary(get().surfaceForms());
    }

    private static DynamicCustomDictionary ownDictionary(Set<String> words) {
        DynamicCustomDictionary base = CustomDictionary.DEFAULT;
        DynamicCustomDictionary d = new DynamicCustomDictionary(base.dat, new BinTrie<>(), base.path);
        for (String w : words) {
            d.insert(w, "nt 1000");
        }
        return d;
    }

    private static Pattern templatePattern(String form) {
        int x = form.indexOf('X');
        return Pattern.compile(Pattern.quote(form.substring(0, x)) + "(\\S{2,12}?)"
                + Pattern.quote(form.substring(x + 1)));
    }
}
