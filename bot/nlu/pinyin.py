"""Toneless pinyin of Chinese characters, one reading each, from a table built offline
(data/pinyin_chars.txt, by scripts/build_pinyin_synonyms.py with pypinyin). Loading pypinyin itself
costs ~55 MB of memory in every bot process for its dictionaries; the table costs ~2 MB. Typos by
sound (杭洲 for 杭州, 人工只能 for 人工智能) only compare readings, so one reading per character will do.
"""
from __future__ import annotations

from functools import lru_cache

from bot.config import DATA_DIR

FIRST, LAST = 0x3400, 0x9FFF  # CJK Extension A and Unified Ideographs
TABLE_FILE = DATA_DIR / "pinyin_chars.txt"


@lru_cache(maxsize=1)
def _table() -> list[str]:
    return TABLE_FILE.read_text(encoding="utf-8").split()


def readings(text: str) -> list[tuple[str, ...]]:
    """The toneless readings of each Chinese character (several for 长: chang, zhang); any other run of
    characters stays one item ('北京2026' → [('bei',), ('jing',), ('2026',)])."""
    table = _table()
    out: list[tuple[str, ...]] = []
    other = ""
    for ch in text:
        code = ord(ch)
        entry = table[code - FIRST] if FIRST <= code <= LAST else "-"
        if entry != "-":
            if other:
                out.append((other,))
                other = ""
            out.append(tuple(entry.split(",")))
        else:
            other += ch
    if other:
        out.append((other,))
    return out


def sound_keys(text: str, most: int = 16) -> set[str]:
    """Every way `text` may be read, syllables joined ('长沙' → {'changsha', 'zhangsha'}), at most `most`."""
    keys = [""]
    for options in readings(text):
        keys = [k + o for k in keys for o in options][:most]
    return set(keys)


def same_sound(a: str, b: str) -> bool:
    """True when two Chinese strings can be read the same, tones aside (a pinyin keyboard's slip)."""
    ra, rb = readings(a), readings(b)
    return len(ra) == len(rb) and all(set(x) & set(y) for x, y in zip(ra, rb))


def build_table() -> str:
    """The table's text (for scripts/build_pinyin_synonyms.py): pypinyin's toneless readings of every
    character in the range, comma-separated, '-' where it has none."""
    from pypinyin import Style, pinyin

    entries = []
    for code in range(FIRST, LAST + 1):
        found = pinyin(chr(code), style=Style.NORMAL, heteronym=True, errors=lambda _: [["-"]])
        options = [r for r in dict.fromkeys(found[0] if found else []) if r.isascii() and r.isalpha()]
        entries.append(",".join(options) or "-")
    lines = [" ".join(entries[i : i + 64]) for i in range(0, len(entries), 64)]
    return "\n".join(lines) + "\n"
