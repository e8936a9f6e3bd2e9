"""Small pieces of the conversation core: callback data, flood control, rendering helpers."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from handlers.flood import FloodGuard, Verdict
from handlers.render import clip, esc, safe_url
from handlers.router import Expired, Router, callback_data, int_arg, parse_callback


def test_callback_data_is_versioned_and_bounded():
    assert callback_data("ev", 123) == "v1:ev:123"
    assert parse_callback("v1:pg:AbCdEfGh:2") == ("pg", ["AbCdEfGh", "2"])
    with pytest.raises(ValueError):
        callback_data("pg", "x" * 70)


@given(st.text(max_size=80))
def test_parse_callback_never_raises(data):
    parsed = parse_callback(data)
    assert parsed is None or (data.startswith("v1:") and len(data.encode()) <= 64)


@pytest.mark.parametrize("raw", ["", "-1", "01", "1.0", " 1", "9" * 30, "x"])
def test_int_arg_rejects_anything_but_a_plain_number(raw):
    with pytest.raises(Expired):
        int_arg([raw], 0, lo=0, hi=10**9)


def test_router_refuses_double_registration():
    r = Router()

    @r.command("x")
    async def x(ctx, inc):
        return []

    with pytest.raises(ValueError):
        r.command("x")(x)


def test_flood_guard_warns_once_then_drops_then_recovers():
    t = [0.0]
    guard = FloodGuard(capacity=3, per_second=1.0, clock=lambda: t[0])
    verdicts = [guard.check(1) for _ in range(6)]
    assert verdicts == [Verdict.OK] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert guard.check(2) is Verdict.OK  # others are not affected
    t[0] = 1.0
    assert guard.check(1) is Verdict.OK
    assert guard.check(1) is Verdict.WARN  # a new burst gets one new notice


def test_flood_guard_forgets_idle_users():
    t = [0.0]
    guard = FloodGuard(capacity=2, per_second=1.0, clock=lambda: t[0], max_users=3)
    for uid in range(3):
        guard.check(uid)
    t[0] = 100.0
    guard.check(99)
    assert len(guard._buckets) == 1


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1&c=2", True), ("http://x.cn", True), ("javascript:alert(1)", False),
    ("ftp://x", False), ("https://", False), ("https://a b", False), (None, False), ("", False),
])
def test_only_http_links_become_links(url, ok):
    assert (safe_url(url) is not None) == ok


def test_escape_and_clip():
    assert esc("<a href='x'>&") == "&lt;a href=&#x27;x&#x27;&gt;&amp;"
    assert clip("a   b\n c", 10) == "a b c"
    assert clip("x" * 20, 5) == "xxxx…"
