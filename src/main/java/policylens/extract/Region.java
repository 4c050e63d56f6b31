package policylens.extract;

import policylens.model.Level;

/**
 * A provincial-, prefecture- or county-level division of the PRC, one row of {@code policylens/divisions.tsv}.
 *
 * @param name      full name as written in official documents ("新余市", "延边朝鲜族自治州", "江西省", "宝山区")
 * @param shortName common short form ("新余", "延边", "江西", "宝山"); the name itself when its stem would be one
 *                  character (城区, 沙县)
 * @param level     {@code province} (省, 自治区, 直辖市, 特别行政区), {@code city} (地级市, 自治州, 地区, 盟) or
 *                  {@code county} (市辖区, 县, 县级市, 自治县, 旗, 自治旗, 特区, 林区)
 * @param province  full name of the provincial-level division it belongs to (itself for a province)
 * @param city      for a county, the full name of its prefecture-level city; empty under a 直辖市 or for a county
 *                  the province administers directly (济源市, 仙桃市 …), and for the other levels
 * @param code      statistical division code (2 digits for a province, 4 for a city, 6 for a county)
 */
public record Region(String name, String shortName, String level, String province, String city, String code) {
    public static final String PROVINCE = Level.PROVINCE.json();
    public static final String CITY = Level.CITY.json();
    public static final String COUNTY = Level.COUNTY.json();

    public boolean isProvince() {
        return PROVINCE.equals(level);
    }

    public boolean isCity() {
        return CITY.equals(level);
    }

    public boolean isCounty() {
        return COUNTY.equals(level);
    }
}
