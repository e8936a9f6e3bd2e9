"""Every string of the organizer, admin, moderation and broadcast code is translated in zh and en (the
shared i18n test reads handlers/ only; the notices of bot/moderation.py and bot/broadcasts.py are here)."""
from __future__ import annotations

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES, catalog_path

FILES = ["handlers/organizer.py", "handlers/admin.py", "bot/moderation.py", "bot/broadcasts.py"]
KEYWORDS = {"_": None, "n_": (1, 2), "N_": None, "gettext": None, "ngettext": (1, 2)}


def msgids() -> set:
    found = set()
    for name in FILES:
        for _line, message, _comments, _ctx in extract_from_file("python", PROJECT_ROOT / name, keywords=KEYWORDS):
            found.add(message if isinstance(message, str) else tuple(message))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translated(lang):
    with catalog_path(lang).open("rb") as fh:
        cat = read_po(fh, locale=lang)
    missing = []
    for msgid in msgids():
        entry = cat.get(msgid if isinstance(msgid, str) else msgid[0])
        strings = [] if entry is None else ([entry.string] if isinstance(entry.string, str) else list(entry.string))
        if not strings or not all(strings):
            missing.append(msgid)
    assert len(msgids()) > 150 and not missing, missing
