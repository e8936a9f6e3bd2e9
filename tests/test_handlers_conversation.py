"""The conversation core, called directly (no framework, no HTTP): every command, button and input kind.

A sample database is built once per session and copied for each test; the clock is fixed on a
Wednesday of National Science Popularization Day week. Every reply is checked for what Telegram
would reject: HTML the Bot API cannot parse, more than 4096 characters, callback data over 64 bytes.
"""
from __future__ import annotations

import asyncio
import shutil
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from bot.config import Settings
from bot.devserver.formatting import parse_html
from bot.events import upsert_records
from bot.importer.ingest import load_samples
from bot.importer.records import EventRecord
from bot.services import Services
from bot.store.db import open_database
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from handlers.types import ChatInfo, Incoming, Reply, UserInfo
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)
NASTY = "<b>Robots & \"AI\"</b> <script>alert(1)</script> & more"


def _build_template(path) -> None:
    async def build():
        db = await open_database(f"sqlite+aiosqlite:///{path}")
        await load_samples(db, now=NOW)
        async with db.sessions() as s:
            start = NOW + timedelta(days=3)
            await upsert_records(s, [EventRecord(
                uid="nasty", title=NASTY, starts_at=start, ends_at=start + timedelta(hours=2),
                venue="<Hall & 1>", address="江苏省南京市玄武区中山东路321号", lat=32.04, lon=118.82,
                organizer="O'Brien & <Sons>", url="javascript:alert(1)", online=True,
                online_url="https://live.example.org/?a=1&b=<2>", description="<i>unclosed & tags",
                categories=["机器人"])])
            await s.commit()
        await db.close()

    asyncio.run(build())


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "sample.db"
    _build_template(path)
    return path


class Chat:
    """A user talking to the conversation core: sends, and checks every reply is sendable."""

    def __init__(self, conv: Conversation, user_id: int = 1001, lang: str = "zh", chat: ChatInfo | None = None):
        self.conv = conv
        self.user = UserInfo(user_id, lang, "Li <Lei>", "lilei")
        self.chat = chat or ChatInfo(user_id)
        self.update_id = 0

    async def send(self, kind: str, **kw) -> list[Reply]:
        self.update_id += 1
        chat = None if kind == "inline" else kw.pop("chat", self.chat)
        replies = await self.conv.handle(Incoming(kind=kind, user=self.user, chat=chat, update_id=self.update_id, **kw))
        for r in replies:
            check_sendable(r)
        return replies

    async def text(self, text: str, **kw) -> list[Reply]:
        return await self.send("text", text=text, **kw)

    async def command(self, name: str, args: str = "", **kw) -> list[Reply]:
        return await self.send("command", command=name, text=args, **kw)

    async def press(self, data: str) -> list[Reply]:
        return await self.send("callback", callback_data=data, callback_id="cb", message_id=1)

    async def one(self, kind: str, **kw) -> Reply:
        replies = await self.send(kind, **kw)
        assert len(replies) == 1, replies
        return replies[0]


def check_sendable(r: Reply) -> None:
    for text in [r.text] + [a.text for a in r.inline_results or []]:
        if text:
            assert len(text) <= 4096
            parse_html(text)  # raises on HTML Telegram would refuse
    for row in r.buttons + [row for a in r.inline_results or [] for row in a.buttons]:
        for b in row:
            assert b.text and (b.callback_data or b.url or b.switch_inline_query is not None)
            if b.callback_data:
                assert len(b.callback_data.encode()) <= 64, b.callback_data
    if r.toast:
        assert len(r.toast) <= 200


def data_of(r: Reply, startswith: str) -> str:
    return next(b.callback_data for row in r.buttons for b in row if (b.callback_data or "").startswith(startswith))


@pytest.fixture
async def conv(template_db, tmp_path):
    path = tmp_path / "t.db"
    shutil.copy(template_db, path)
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path}")
    db = await open_database(settings.db_url)
    services = Services(db, settings, clock=lambda: NOW.astimezone(SH))
    conversation = Conversation(services, settings, bot_username="kepu_test_bot", flood=FloodGuard(1000, 1000))
    yield conversation
    await db.close()


@pytest.fixture
def zh(conv):
    return Chat(conv, 1001, "zh-hans")


@pytest.fixture
def en(conv):
    return Chat(conv, 1002, "en")


# ---------------------------------------------------------------- /start, /help, deep links

async def test_start_greets_in_the_users_language_with_examples(zh, en):
    r = await zh.one("command", command="start")
    assert "你好，Li &lt;Lei&gt;！" in r.text and "科普" in r.text
    assert [b.text for row in r.buttons for b in row][:2] == ["这周末北京有什么科普活动", "上海 人工智能"]
    r = await en.one("command", command="start")
    assert r.text.startswith("Hello, Li &lt;Lei&gt;!") and r.buttons[-1][0].text == "中文"
    examples = await en.press(data_of(r, "v1:ex:2"))
    assert "Changsha" in examples[0].text or "长沙" in examples[0].text


async def test_deep_link_opens_an_event(zh):
    r = await zh.one("command", command="start", text="e_1")
    assert r.text.startswith("<b>") and "🗓" in r.text
    assert any(b.callback_data == "v1:ics:1" for row in r.buttons for b in row)
    share = next(b.url for row in r.buttons for b in row if b.url)
    assert "start%3De_1" in share
    gone = await zh.one("command", command="start", text="e_99999")
    assert "找不到" in gone.text
    plain = await zh.one("command", command="start", text="e_<x>")  # junk payload: the greeting
    assert "你好" in plain.text


async def test_help_lists_every_command(en):
    r = await en.one("command", command="help")
    for c in ("/today", "/tomorrow", "/weekend", "/topics", "/settings"):
        assert c in r.text
    assert "@kepu_test_bot" in r.text


# ---------------------------------------------------------------- search and pages

async def test_free_text_says_what_it_understood_and_lists_a_page(zh):
    r = await zh.one("text", text="周末北京有什么人工智能活动")
    head = r.text.splitlines()[0]
    assert "北京" in head and "周末" in head and "人工智能" in head
    assert "<b>1.</b>" in r.text
    assert all(b.callback_data.startswith("v1:ev:") for row in r.buttons for b in row if b.text[0].isdigit())


async def test_pages_forward_and_back_edit_the_same_message(zh, conv):
    r = await zh.one("command", command="weekend")
    nxt = data_of(r, "v1:pg:")
    assert nxt.endswith(":1")
    page2 = await zh.one("callback", callback_data=nxt, callback_id="c", message_id=5)
    assert page2.edit and "<b>6.</b>" in page2.text
    # The page number is the last field; the token before it may contain any digits.
    back = await zh.one("callback", callback_data=data_of(page2, "v1:pg:").rsplit(":", 1)[0] + ":0",
                        callback_id="c", message_id=5)
    assert back.edit and "<b>1.</b>" in back.text
    beyond = await zh.press(nxt.rsplit(":", 1)[0] + ":150")
    assert beyond[0].toast and not beyond[0].text


async def test_nothing_found_offers_suggestions_that_work(en):
    r = await en.one("text", text="astronomy for kids in Changsha")
    assert "Nothing found" in r.text and "all of China" in r.text
    suggestion = data_of(r, "v1:pg:")
    widened = await en.one("callback", callback_data=suggestion, callback_id="c", message_id=9)
    assert widened.edit and "<b>1.</b>" in widened.text


async def test_nothing_at_all_says_what_to_try(en):
    r = await en.one("text", text="xqzv wpfk")
    assert "Nothing found" in r.text and "/topics" in r.text


@pytest.mark.parametrize("data", [
    "v1:pg:nosuchtok:1", "v1:pg::1", "v1:pg:abc", "v1:pg:abc:-1", "v1:pg:abc:01", "v1:ev:0", "v1:ev:abc",
    "v1:ev:1:2", "v1:ics:", "v1:map:x", "v1:tp:nosuchtopic", "v1:set:lang:fr", "v1:set:tz:99",
    "v1:set:city:999999", "v1:ex:7", "v0:ev:1", "v2:ev:1", "ev:1", "", ":", "v1:", "v1::", "garbage", "v1:zz:1",
    "x" * 64, "v1:ev:" + "9" * 58,
])
async def test_forged_or_stale_buttons_say_expired(zh, data):
    r = await zh.one("callback", callback_data=data, callback_id="c", message_id=1)
    assert r.toast and "过期" in r.toast and not r.text


async def test_a_button_of_a_deleted_event_says_so(zh):
    r = await zh.one("callback", callback_data="v1:ev:99999999", callback_id="c", message_id=1)
    assert r.toast_alert and "找不到" in r.toast and not r.text


async def test_expired_saved_queries_are_swept(zh, conv):
    r = await zh.one("command", command="weekend")
    conv.services.clock = lambda: NOW + timedelta(days=8)
    async with conv.services.unit() as svc:
        assert await svc.sweep_saved_queries() >= 1
        assert await svc.load_query(data_of(r, "v1:pg:").split(":")[2]) is None


async def test_saved_query_expires_after_a_week(zh, conv):
    r = await zh.one("command", command="weekend")
    nxt = data_of(r, "v1:pg:")
    conv.services.clock = lambda: NOW + timedelta(days=8)
    assert "过期" in (await zh.one("callback", callback_data=nxt, callback_id="c", message_id=1)).toast


# ---------------------------------------------------------------- the event card

async def test_event_card_escapes_everything_and_offers_calendar_map_share(en, conv):
    found = await en.one("text", text="Robots Nanjing")
    event_button = next(b for row in found.buttons for b in row if "Robots" in b.text)
    card = await en.one("callback", callback_data=event_button.callback_data, callback_id="c", message_id=1)
    assert "&lt;script&gt;" in card.text and "<script>" not in card.text
    assert "O&#x27;Brien &amp; &lt;Sons&gt;" in card.text
    assert 'href="javascript' not in card.text  # a non-http link stays text
    assert 'href="https://live.example.org/?a=1&amp;b=&lt;2&gt;"' in card.text
    event_id = int(event_button.callback_data.split(":")[2])
    toast, doc = await en.press(f"v1:ics:{event_id}")
    assert toast.toast and doc.document[0] == f"event-{event_id}.ics"
    cal = Calendar.from_ical(doc.document[1])
    vevent = cal.walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == NASTY and vevent.decoded("DTSTART") == (NOW + timedelta(days=3))
    (venue,) = await en.press(f"v1:map:{event_id}")
    assert venue.venue[:2] == (32.04, 118.82) and venue.venue[2] == "<Hall & 1>"


async def test_card_time_is_in_the_users_zone(en, conv):
    await en.press("v1:set:tz:6")  # Europe/London
    card = await en.one("command", command="start", text="e_1")
    assert "(Europe/London)" in card.text


async def test_registered_card_buttons_are_shown(en, conv):
    from handlers.types import Button

    async def remind(ctx, ev):
        return [[Button("remind", "v1:rm:%d" % ev.id)]]

    conv.router.card_button_providers.append(remind)
    try:
        card = await en.one("command", command="start", text="e_3")
        assert [Button("remind", "v1:rm:3")] in card.buttons
    finally:
        conv.router.card_button_providers.remove(remind)


# ---------------------------------------------------------------- location

async def test_location_lists_nearby_events_nearest_first(zh):
    r = await zh.one("location", location=(28.2, 112.97))  # Changsha
    assert "公里" in r.text
    distances = [float(line.split(" · ")[-1].split()[0]) for line in r.text.splitlines() if line.endswith("公里")]
    assert distances == sorted(distances) and distances
    home = data_of(r, "v1:set:city:")
    panel = await zh.one("callback", callback_data=home, callback_id="c", message_id=2)
    assert "所在城市：长沙" in panel.text


async def test_location_far_from_anything_is_answered_helpfully(en):
    r = await en.one("location", location=(0.0, 0.0))
    assert "Nothing found" in r.text and "city" in r.text
    assert not any((b.callback_data or "").startswith("v1:set:city") for row in r.buttons for b in row)


async def test_near_me_in_words_uses_the_home_city_or_asks_for_a_location(zh, en):
    r = await en.one("text", text="science events near me this weekend")
    assert "share your location" in r.text.splitlines()[0]  # no home city: said, not silently nationwide
    await zh.press("v1:set:city")
    await zh.text("南京")
    r = await zh.one("text", text="周末附近有什么活动")
    lines = r.text.splitlines()
    assert "发送位置" in lines[0] and lines[1].startswith("🔎 南京"), r.text
    r = await zh.one("text", text="附近 上海 天文")  # a place named wins over the home city
    assert "上海" in r.text.splitlines()[0] and "发送位置" not in r.text


# ---------------------------------------------------------------- days, topics

async def test_today_tomorrow_weekend_use_the_home_city(zh):
    r = await zh.one("command", command="weekend")
    assert "全国" in r.text or "还没有设置" in r.text
    await zh.press("v1:set:city")
    await zh.text("南京")
    for cmd in ("today", "tomorrow", "weekend"):
        r = await zh.one("command", command=cmd)
        assert r.text.splitlines()[0].startswith("🔎 南京"), r.text
    r = await zh.one("command", command="today", text="上海")
    assert "上海" in r.text.splitlines()[0]


async def test_topics_browse(en):
    r = await en.one("command", command="topics")
    assert len(r.buttons) > 5
    astro = data_of(r, "v1:tp:astronomy")
    res = await en.one("callback", callback_data=astro, callback_id="c", message_id=1)
    assert "Astronomy" in res.text.splitlines()[0]


# ---------------------------------------------------------------- settings

async def test_settings_language_city_zone(zh):
    panel = await zh.one("command", command="settings")
    assert "语言：中文" in panel.text
    r = await zh.one("callback", callback_data="v1:set:lang:en", callback_id="c", message_id=1)
    assert r.edit and "Language: English" in r.text and r.toast == "Saved."
    assert (await zh.one("command", command="start")).text.startswith("Hello")
    ask = await zh.one("callback", callback_data="v1:set:city", callback_id="c", message_id=1)
    assert any(b.text == "Beijing" for row in ask.buttons for b in row)
    nope = await zh.one("text", text="Atlantis")
    assert "Atlantis" in nope.text and "/cancel" in nope.text
    ok = await zh.one("text", text="Loudi")
    assert "Home city: Loudi" in ok.text
    await zh.press("v1:set:tz")
    bad = await zh.one("text", text="Mars/Olympus")
    assert "not a time zone" in bad.text
    good = await zh.one("text", text="europe/paris")
    assert "Europe/Paris" in good.text
    cleared = await zh.one("callback", callback_data="v1:set:city:-", callback_id="c", message_id=1)
    assert "Home city: not set" in cleared.text


async def test_a_command_ends_a_pending_question(zh):
    await zh.press("v1:set:city")
    await zh.command("cancel")
    r = await zh.one("text", text="南京")  # now a search, not a city
    assert r.text.startswith("🔎 南京")


# ---------------------------------------------------------------- inline

async def test_inline_query_returns_articles_that_link_back(en):
    r = await en.one("inline", text="AI", inline_query_id="q1")
    assert r.inline_results and r.inline_next_offset == "10"
    art = r.inline_results[0]
    assert art.id.startswith("e") and art.buttons[0][0].url.startswith("https://t.me/kepu_test_bot?start=e_")
    more = await en.one("inline", text="AI", inline_query_id="q2", inline_offset="10")
    assert {a.id for a in more.inline_results}.isdisjoint({a.id for a in r.inline_results})
    forged = await en.one("inline", text="AI", inline_query_id="q3", inline_offset="-5")
    assert [a.id for a in forged.inline_results] == [a.id for a in r.inline_results]
    empty = await en.one("inline", text="", inline_query_id="q4")
    assert empty.inline_results
    nothing = await en.one("inline", text="xqzv wpfk", inline_query_id="q5")
    assert nothing.inline_results == [] and nothing.inline_start[1] == "inline"


# ---------------------------------------------------------------- bad input, floods, groups

async def test_bad_input_gets_a_helpful_answer(zh, en):
    assert "/help" in (await zh.one("command", command="nosuchcommand")).text
    assert "告诉我" in (await zh.one("text", text="   ")).text
    long = await en.one("text", text="robots " * 715)  # 5,005 characters
    assert long.text
    assert "location" in (await en.one("other")).text
    assert "location" in (await en.one("document")).text


async def test_flood_is_answered_once_calmly(conv):
    conv.flood = FloodGuard(capacity=4, per_second=0.5, clock=lambda: 100.0)
    chat = Chat(conv, 2001, "en")
    answers = [await chat.send("text", text=f"robots {i}") for i in range(20)]
    sent = [r for rs in answers for r in rs]
    assert len(sent) == 5 and "fast" in sent[4].text
    cb = await chat.press("v1:ev:1")
    assert cb[0].toast and "fast" in cb[0].toast  # a button press still gets its answer


async def test_group_only_commands_mentions_and_replies(conv):
    group = ChatInfo(-100123, "supergroup")
    chat = Chat(conv, 3001, "zh", chat=group)
    assert await chat.send("text", text="大家好", addressed=False) == []
    assert await chat.send("other", addressed=False) == []
    r = await chat.one("text", text="@kepu_test_bot 南京 机器人", addressed=True)
    assert r.text.startswith("🔎 南京")
    assert "你好" in (await chat.one("command", command="start", addressed=True)).text
    assert await chat.send("other", addressed=True) == []


async def test_an_error_inside_becomes_an_apology(zh, conv, caplog):
    async def boom(ctx, inc):
        raise RuntimeError("boom")

    conv.router.commands["boom"] = boom
    try:
        r = await zh.one("command", command="boom")
    finally:
        del conv.router.commands["boom"]
    assert "抱歉" in r.text
    assert "boom" in caplog.text


async def test_users_rows_survive_concurrent_first_updates(conv):
    chats = [Chat(conv, 4001, "en") for _ in range(5)]
    results = await asyncio.gather(*(c.send("command", command="help") for c in chats))
    assert all(r and r[0].text for r in results)


@pytest.mark.postgres
async def test_conversation_on_postgresql(pg_url):
    """The same unit of work on PostgreSQL: first contact races, settings, saved queries, search."""
    settings = Settings(_env_file=None, database_url=pg_url)
    db = await open_database(pg_url)
    try:
        await load_samples(db, now=NOW)
        conversation = Conversation(Services(db, settings, clock=lambda: NOW), settings,
                                    bot_username="kepu_test_bot", flood=FloodGuard(1000, 1000))
        chats = [Chat(conversation, 7001, "en") for _ in range(4)]
        assert all(r for r in await asyncio.gather(*(c.send("command", command="start") for c in chats)))
        chat = chats[0]
        await chat.press("v1:set:lang:zh")
        page = await chat.one("command", command="weekend")
        assert "🔎 周末" in page.text
        page2 = await chat.one("callback", callback_data=data_of(page, "v1:pg:"), callback_id="c", message_id=3)
        assert page2.edit and "<b>6.</b>" in page2.text
    finally:
        await db.close()
