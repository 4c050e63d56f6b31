package policylens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full official names for units as written, given the document's place ({@link UnitContext}).
 * Pure: the only data is the gazetteer ({@link UnitDictionary}); nothing is keyed to a province.
 *
 * <pre>
 * 省工信厅, 省工业和信息化厅   → 江西省工业和信息化厅      (province 江西省)
 * 市工信局                     → 新余市工业和信息化局      (city 新余市)
 * 市发改委, 市发展改革委       → 新余市发展和改革委员会
 * 市重点产业链牵头单位         → 新余市重点产业链牵头单位  (unknown body: prefix only)
 * 各县(区)政府(管委会)         → 新余市各县(区)政府(管委会)
 * 人行新余市分行               → 中国人民银行新余市分行
 * 国家发展改革委, 住房城乡建设部     → 国家发展和改革委员会, 住房和城乡建设部 (central bodies, in any plan)
 * 江西金融监管局, 中国人民银行江西省分行, 高新区 → unchanged
 * </pre>
 */
public final class UnitCanonicalizer {

    private UnitCanonicalizer() {
    }

    // A leading place name: 江西省工信厅, 广州市工信局, 分宜县财政局, 广西壮族自治区商务厅 (at least two characters
    // before the area word, so 市场监管局 is no place).
    private static final Pattern LEADING_PLACE = Pattern.compile(
            "^(\\p{IsHan}{2,10}?(?:自治区|自治州|自治县|地区|省|市|州|盟|县|旗|区))(.+)$");

    private static final Pattern AREA_WORD_END = Pattern.compile(".*(自治区|自治州|自治县|地区|省|市|州|盟|县|旗|区)");
    private static final Pattern PLACE_SUFFIX = Pattern.compile(".*[省市县区]");
    private static final Pattern AUTONOMOUS_REGION = Pattern.compile("^(内蒙古|广西|西藏|宁夏|新疆)\\p{IsHan}*自治区$");

    /** The full official name of a unit as written; whitespace is removed, unknown names keep their text. */
    /** The last character of a body that names it within its own documents: 局 (局安委会), 委, 厅, 办. */
    private static final String SELF_REFERENCE = "局委厅";

    public static String canonicalize(String written, UnitContext ctx) {
        UnitContext c = ctx == null ? UnitContext.NONE : ctx;
        String u = UnitSplitter.removeWhitespace(written == null ? "" : written);
        if (u.isEmpty()) {
            return u;
        }
        UnitDictionary dict = UnitDictionary.get();

        // 人行新余市分行 → 中国人民银行新余市分行; 中国人民银行江西省分行 stays.
        Optional<String> template = dict.expandTemplate(u);
        if (template.isPresent()) {
            return template.get();
        }
        // 国家发展改革委 / 住房城乡建设部 → 国家发展和改革委员会 / 住房和城乡建设部, whatever the document's place.
        Optional<String> central = dict.national(u);
        if (central.isPresent()) {
            return central.get();
        }
        // 局安委会 / 局属基层各单位 in a 宝山区水务局 document: the issuing bureau's own bodies.
        if (u.length() > 2 && c.self() != null && SELF_REFERENCE.indexOf(u.charAt(0)) >= 0
                && c.self().charAt(c.self().length() - 1) == u.charAt(0) && !dict.isKnown(u)) {
            return c.self() + u.substring(1);
        }
        // 各县(区)政府(管委会) → 新余市各县(区)政府(管委会); 各设区市政府 → 江西省各设区市政府.
        if (u.startsWith("各")) {
            return c.place() != null ? c.place() + u : u;
        }
        // 中共江西省委组织部 → 江西省委组织部 (same key as 省委组织部).
        if (u.startsWith("中共") && u.length() > 2) {
            return canonicalize(u.substring(2), c);
        }
        // The document's own place written out: 江西省工信厅 → 江西省工业和信息化厅.
        for (String[] p : new String[][] {{c.county(), "county"}, {c.city(), "city"}, {c.province(), "province"}}) {
            if (p[0] != null && u.startsWith(p[0]) && u.length() > p[0].length()) {
                String body = u.substring(p[0].length());
                return p[0] + dict.canonical(body, p[1]).orElse(body);
            }
        }
        // Another place written out: 广州市工信局 → 广州市工业和信息化局 (only when the rest is a known body).
        Matcher m = LEADING_PLACE.matcher(u);
        if (m.matches() && dict.isKnown(m.group(2))) {
            return m.group(1) + dict.canonical(m.group(2), scopeOfPlace(m.group(1))).orElse(m.group(2));
        }
        // A bare known body: 工信局 in a city plan → 新余市工业和信息化局; 市场监管局 is bare, not 市 + 场监管局.
        if (dict.isKnown(u)) {
            String body = dict.canonical(u, c.scope()).orElse(u);
            return c.place() != null ? c.place() + body : body;
        }
        // A relative prefix: 省X → 江西省X, 市X → 新余市X, 县X / 区X → the county; body through the gazetteer.
        char p = u.charAt(0);
        if (u.length() > 1 && "省市县区".indexOf(p) >= 0) {
            String rest = u.substring(1);
            String body = dict.canonical(rest, scopeOfPrefix(p)).orElse(rest);
            String place = c.placeFor(p);
            return (place != null ? place : String.valueOf(p)) + body;
        }
        return u;
    }

    /** {@link #canonicalize} over a list, same order. */
    public static List<String> canonicalizeAll(List<String> written, UnitContext ctx) {
        List<String> out = new ArrayList<>(written.size());
        for (String w : written) {
            out.add(canonicalize(w, ctx));
        }
        return List.copyOf(out);
    }

    /**
     * Every alias form of a canonical (place-qualified) name, the name itself first, for merging aliases in
     * the search index: 新余市工业和信息化局 → [新余市工业和信息化局, 新余市工信局, 新余工业和信息化局, 新余工信局];
     * 江西省委组织部 → [..., 中共江西省委组织部, 江西省组织部 …]; 中国人民银行新余市分行 → [..., 人行新余市分行].
     * Relative forms (市工信局) are not keys: they mean a different body in every city; canonicalize them first.
     * A name without a known body gives just itself.
     */
    public static Set<String> aliasKeys(String canonicalName) {
        Set<String> keys = new LinkedHashSet<>();
        String name = UnitSplitter.removeWhitespace(canonicalName == null ? "" : canonicalName);
        if (name.isEmpty()) {
            return keys;
        }
        keys.add(name);
        UnitDictionary dict = UnitDictionary.get();
        keys.addAll(dict.templateAliases(name));
        keys.addAll(dict.nationalForms(name)); // 国家发展和改革委员会 → 国家发展改革委, 国家发改委
        String core = name.startsWith("中共") ? name.substring(2) : name;
        if (!core.equals(name)) {
            keys.add(core);
        }
        // Shortest leading place whose remainder is a known body.
        for (int i = 2; i < core.length(); i++) {
            String place = core.substring(0, i);
            String body = core.substring(i);
            if (!endsWithAreaWord(place) || !dict.isKnown(body)) {
                continue;
            }
            List<String> places = new ArrayList<>(List.of(place));
            String shortPlace = shortPlace(place);
            if (!shortPlace.equals(place)) {
                places.add(shortPlace);
            }
            // 上海市虹口区绿化和市容管理局 is also 虹口区绿化和市容管理局: a district named with its city or province
            for (int j = 2; j < place.length() - 1; j++) {
                String outer = place.substring(0, j);
                String inner = place.substring(j);
                if (endsWithAreaWord(outer) && endsWithAreaWord(inner) && inner.length() >= 2) {
                    places.add(inner);
                    if (!shortPlace(inner).equals(inner)) {
                        places.add(shortPlace(inner));
                    }
                    break;
                }
            }
            for (String f : dict.formsOf(body)) {
                if (f.startsWith("委")) {
                    // party bodies: 江西省委组织部, 中共江西省委组织部 (never 江西委组织部)
                    keys.add(place + f);
                    keys.add("中共" + place + f);
                    continue;
                }
                for (String pl : places) {
                    keys.add(pl + f);
                }
            }
            break;
        }
        return keys;
    }

    private static boolean endsWithAreaWord(String place) {
        return AREA_WORD_END.matcher(place).matches();
    }

    // 江西省 → 江西, 新余市 → 新余, 广西壮族自治区 → 广西, 分宜县 → 分宜; a one-character stem stays full (黟县).
    private static String shortPlace(String place) {
        Matcher m = AUTONOMOUS_REGION.matcher(place);
        if (m.matches()) {
            return m.group(1);
        }
        if (place.length() >= 3 && PLACE_SUFFIX.matcher(place).matches()) {
            return place.substring(0, place.length() - 1);
        }
        return place;
    }

    private static String scopeOfPlace(String place) {
        if (place.endsWith("省") || place.endsWith("自治区")) {
            return "province";
        }
        if (place.endsWith("县") || place.endsWith("区") || place.endsWith("旗")) {
            return "county";
        }
        return "city";
    }

    private static String scopeOfPrefix(char p) {
        return switch (p) {
            case '省' -> "province";
            case '市' -> "city";
            default -> "county";
        };
    }
}
