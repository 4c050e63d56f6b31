package policylens.extract;

import policylens.model.Level;

/**
 * Where a document's units live: the names that a relative prefix stands for.
 * In a 新余市 plan, 市工信局 means 新余市's bureau and 省工信厅 means 江西省's department.
 *
 * @param province the province (江西省, 广东省), else null
 * @param city     the prefecture-level city (新余市, 苏州市) that 市 stands for, else null
 * @param county   the county-level area (分宜县, 渝水区, 昆山市) that 县 / 区 stand for, else null
 * @param self     the body that issued the document, from its own place down (宝山区水务局): what 局 stands for in
 *                 局安委会 / 局属各单位, else null
 */
public record UnitContext(String province, String city, String county, String self) {

    /** No place known: relative names keep their prefix (市工信局 → 市工业和信息化局). */
    public static final UnitContext NONE = new UnitContext(null, null, null);

    public UnitContext {
        province = blankToNull(province);
        city = blankToNull(city);
        county = blankToNull(county);
        self = blankToNull(self);
    }

    public UnitContext(String province, String city, String county) {
        this(province, city, county, null);
    }

    /** The same places, with the issuing body that 局 / 委 / 厅 stand for. */
    public UnitContext withSelf(String issuer) {
        if (issuer == null) {
            return this;
        }
        String place = place();
        String own = place != null && issuer.contains(place) ? issuer.substring(issuer.indexOf(place)) : issuer;
        return new UnitContext(province, city, county, own);
    }

    /**
     * From the contract's meta fields: {@code level} is national | province | city | county.
     * A county-level document whose region is a 县级市 (昆山市) also answers for the 市 prefix.
     */
    public static UnitContext of(String province, String region, String level) {
        if (level == null) {
            return new UnitContext(province, null, null);
        }
        Level l = Level.find(level);
        return l == null ? new UnitContext(null, null, null) : switch (l) {
            case PROVINCE -> new UnitContext(province != null ? province : region, null, null);
            case CITY -> new UnitContext(province, region, null);
            case COUNTY -> new UnitContext(province, null, region);
            case NATIONAL -> new UnitContext(null, null, null); // 部, 委 are not prefixed
        };
    }

    public static UnitContext from(Meta meta) {
        if (meta == null) {
            return NONE;
        }
        UnitContext places = of(meta.province(), meta.region(), meta.level());
        return meta.issuer().size() == 1 ? places.withSelf(meta.issuer().get(0)) : places;
    }

    /** The most specific place the document governs, else null. */
    public String place() {
        return county != null ? county : city != null ? city : province;
    }

    /** The gazetteer level of the document's own bodies: province | city | county, else null. */
    public String scope() {
        return county != null ? Region.COUNTY : city != null ? Region.CITY : province != null ? Region.PROVINCE : null;
    }

    /** The place a one-character prefix (省 市 县 区) stands for, else null. */
    public String placeFor(char prefix) {
        return switch (prefix) {
            case '省' -> province;
            // in a 县级市 document (昆山市) 市 is the document's own area
            // in a 直辖市's own or district document (重庆市, 上海市宝山区) 市 is the municipality
            case '市' -> city != null ? city : county != null && county.endsWith("市") ? county
                    : province != null && province.endsWith("市") ? province : null;
            case '县', '区' -> county;
            default -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
