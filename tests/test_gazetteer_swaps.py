"""Place names typed with two neighbouring letters swapped (found missing by tests/eval_blind6: "Dailan ocean")."""
from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer


@pytest.mark.parametrize("text, name", [
    ("Dailan ocean", "大连市"),      # six letters: fuzz.ratio alone counts the swap as two edits
    ("Xaimen", "厦门市"),
    ("Shanghia robots", "上海市"),   # as close to Shangzhi (尚志) by ratio: the single swap decides
    ("Tainjin", "天津市"),
    ("Bejing", "北京市"),            # what was read before still is
    ("Chongquing", "重庆市"),
    ("Dongguang robots", "东莞市"),  # a prefecture before a county-level city equally close
])
def test_swapped_letters(text, name):
    place, _ = Gazetteer.default().find_in_text(text.lower())
    assert place is not None and place.division.name == name and place.fuzzy


@pytest.mark.parametrize("text", ["science", "carbon", "museum", "planets"])
def test_words_are_not_swapped_places(text):
    assert Gazetteer.default().find_in_text(text)[0] is None
