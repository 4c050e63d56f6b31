package policylens.extract;

/**
 * A provincial- or prefecture-level division of the PRC, one row of {@code policylens/regions.tsv}.
 *
 * @param name      full name as written in official documents ("新余市", "延边朝鲜族自治州", "江西省")
 * @param shortName common short form ("新余", "延边", "江西")
 * @param level     {@code province} (省, 自治区, 直辖市, 特别行政区) or {@code city} (地级市, 自治州, 地区, 盟)
 * @param province  full name of the provincial-level division it belongs to (itself for a province)
 */
public record Region(String name, String shortName, String level, String province) {
    public static final String PROVINCE = "province";
    public static final String CITY = "city";

    public boolean isProvince() {
        return PROVINCE.equals(level);
    }

    public boolean isCity() {
        return CITY.equals(level);
    }
}
