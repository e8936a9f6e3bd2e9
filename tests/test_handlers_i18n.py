"""The catalogs: every user-facing string in the code is translated in zh and en, placeholders intact."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES, catalog_path, compile_catalog, pick_language, translator

KEYWORDS = {"_": None, "n_": (1, 2), "N_": None, "gettext": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def code_msgids() -> set:
    method_map = [("handlers/**.py", "python"), ("bot/services.py", "python")]
    ids = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(PROJECT_ROOT, method_map, keywords=KEYWORDS):
        ids.add(message if isinstance(message, str) else tuple(message))
    return ids


def catalog(lang: str):
    with catalog_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_translated(lang):
    cat = catalog(lang)
    missing = []
    for msgid in code_msgids():
        key = msgid if isinstance(msgid, str) else msgid[0]
        entry = cat.get(key)
        strings = [] if entry is None else ([entry.string] if isinstance(entry.string, str) else list(entry.string))
        if not strings or not all(strings) or (entry is not None and entry.fuzzy):
            missing.append(key)
    assert not missing, f"untranslated in {lang} (see bot/i18n.py for the pybabel commands): {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_html(lang):
    for entry in catalog(lang):
        if not entry.id:
            continue
        ids = [entry.id] if isinstance(entry.id, str) else list(entry.id)
        strings = [entry.string] if isinstance(entry.string, str) else list(entry.string)
        want = set(PLACEHOLDER.findall(ids[-1]))
        for s in strings:
            assert set(PLACEHOLDER.findall(s)) == want, (entry.id, s)
            assert re.findall(r"</?\w+>", s) == re.findall(r"</?\w+>", ids[0]), (entry.id, s)


def test_catalogs_compile_and_translate():
    for lang in LANGUAGES:
        compile_catalog(catalog_path(lang))
    assert translator("zh").gettext("Next") == "下一页"
    assert translator("en").gettext("Next") == "Next"
    assert translator("zh").ngettext("{first}–{last} of {n} event", "{first}–{last} of {n} events", 7,
                                     first=1, last=5) == "第 1–5 个，共 7 个活动"
    assert translator("fr").lang == "en"


@pytest.mark.parametrize("chosen, telegram, default, expected", [
    ("en", "zh-hans", "zh", "en"), (None, "zh-hant", "en", "zh"), (None, "zh", "en", "zh"),
    (None, "en-US", "zh", "en"), (None, "ru", "zh", "en"), (None, None, "zh", "zh"), (None, None, "en", "en"),
    ("xx", None, "zh", "zh"),
])
def test_language_choice(chosen, telegram, default, expected):
    assert pick_language(chosen, telegram, default) == expected


def test_no_mo_files_are_needed():
    assert not list(Path(PROJECT_ROOT, "locales").rglob("*.mo"))
