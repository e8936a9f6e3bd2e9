"""Named areas that are not administrative divisions: the national-level new areas (兰州新区, 天府新区,
江北新区 …), science hubs (中关村, 张江, 光谷), towns and islands people name (博鳌, 涠洲岛, 鼓浪屿). A query
naming one means a circle around its centre, inside its city. Those that coincide with a division
(浦东新区, 南沙新区) are divisions or aliases instead.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from bot.config import DATA_DIR


@dataclass(frozen=True)
class Area:
    name: str
    city_code: str
    lat: float
    lon: float
    radius_km: float
    en: str


@lru_cache(maxsize=1)
def _areas() -> tuple[tuple[str, Area], ...]:
    """(lower-cased name or alias, area), longest first."""
    out = []
    with open(DATA_DIR / "areas.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            area = Area(row["name"], row["city_code"], float(row["lat"]), float(row["lon"]),
                        float(row["radius_km"]), row["en"])
            for name in [row["name"], row["en"], *filter(None, row["aliases"].split("|"))]:
                out.append((name.lower(), area))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


_DIVISION_SUFFIX = tuple("县市区旗")


def find_area(text: str) -> tuple[Area | None, str]:
    """The first area named in `text` (normalized: lower case), and the text without it. A name followed by
    a division's suffix is that division's (太湖县 is a county in Anhui, not 太湖 the lake)."""
    for name, area in _areas():
        i = text.find(name)
        while i >= 0 and text.startswith(_DIVISION_SUFFIX, i + len(name)):
            i = text.find(name, i + 1)
        if i >= 0:
            return area, text[:i] + " " + text[i + len(name):]
    return None, text


def area_named(name: str) -> Area | None:
    """The area of that name (as Area.name gives it), if the data still has it."""
    return next((area for _, area in _areas() if area.name == name), None)
