"""Translations: gettext catalogs in `locales/{zh,en}/LC_MESSAGES/messages.po`, compiled in memory.

The .po files are read once at start-up and compiled with babel.messages (read_po → write_mo), so no
.mo file is ever committed or forgotten. msgids are English; the en catalog repeats them so that both
languages are complete catalogs and a typo'd msgid shows up in tests, not in a chat.

Messages use str.format placeholders ("{title}") filled after translation; the values are escaped by
the caller (HTML), never by the translator.

To refresh the catalogs after changing user-facing text:

    .venv/bin/pybabel extract -F babel.cfg -k _ -k n_:1,2 -k N_ --no-location --sort-output \
        -o locales/messages.pot .
    .venv/bin/pybabel update -i locales/messages.pot -d locales -D messages

then translate the new entries in both .po files (tests/test_handlers_i18n.py says which are missing).
"""
from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.config import LOCALES_DIR

LANGUAGES = ("zh", "en")
DOMAIN = "messages"


def catalog_path(lang: str, locales_dir: Path = LOCALES_DIR) -> Path:
    return locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_catalog(po_path: Path) -> gettext.GNUTranslations:
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=po_path.parent.parent.name)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)  # a fuzzy entry is a guess: show the English instead
    buf.seek(0)
    return gettext.GNUTranslations(buf)


@dataclass(frozen=True)
class Translator:
    lang: str
    _t: gettext.NullTranslations

    def gettext(self, msgid: str, **values: object) -> str:
        text = self._t.gettext(msgid)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        return self._t.ngettext(singular, plural, n).format(n=n, **values)


@lru_cache(maxsize=None)
def translator(lang: str) -> Translator:
    """The translator for one of LANGUAGES (anything else gets English). Cached: compiled once."""
    if lang not in LANGUAGES:
        lang = "en"
    path = catalog_path(lang)
    return Translator(lang, compile_catalog(path) if path.exists() else gettext.NullTranslations())


def load_catalogs() -> None:
    """Compile every catalog now, at start-up, so a broken .po fails the start, not a conversation."""
    for lang in LANGUAGES:
        translator(lang)


def pick_language(chosen: str | None, telegram_code: str | None, default: str) -> str:
    """The user's own choice first, then Telegram's language code (zh-hans, zh-hant, en-US…)."""
    if chosen in LANGUAGES:
        return chosen
    if telegram_code:
        code = telegram_code.lower()
        if code.startswith("zh"):
            return "zh"
        return "en"  # English reaches more of the non-Chinese speakers than Chinese would
    return default if default in LANGUAGES else "zh"
