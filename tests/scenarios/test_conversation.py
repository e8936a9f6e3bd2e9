"""Users talking to the bot over HTTP through the local Bot API server: every command, button, deep
link, location and inline query, on aiogram and python-telegram-bot, by polling and by webhook."""
from __future__ import annotations

import re

from icalendar import Calendar

from bot.devserver.formatting import parse_html
from tests.scenarios.conftest import BOT_USERNAME, command, data_starting, edited, press, say


async def test_start_greets_offers_examples_and_switches_language(harness):
    li = harness.user(1001, "Li", "zh-hans")
    hello = await command(li, "/start")
    assert hello.text.startswith("你好，Li！") and "/settings" in hello.text
    assert "这周末北京有什么科普活动" in hello.button_texts
    results = await press(li, hello, "上海 人工智能")
    (found,) = await li.wait_for_messages(1)
    assert found.text.startswith("🔎 上海") and not results.get("text")
    edits = len(hello.edits)
    await press(li, hello, "English")
    await edited(harness.server, hello, edits)
    assert "Language: English" in hello.text
    again = await command(li, "/start")
    assert again.text.startswith("Hello, Li!") and "中文" in again.button_texts

    ann = harness.user(1002, "Ann", "en-GB")
    assert (await command(ann, "/start")).text.startswith("Hello, Ann!")
    nobody = harness.user(1003, "X", None)  # no language code: the default, Chinese
    assert (await command(nobody, "/start")).text.startswith("你好")


async def test_help_and_command_menu(harness):
    ann = harness.user(1011, "Ann", "en")
    text = (await command(ann, "/help")).text
    for c in ("/today", "/tomorrow", "/weekend", "/topics", "/settings", f"@{BOT_USERNAME}"):
        assert c in text
    menus = {r.params.get("language_code"): r.params["commands"] for r in harness.server.calls("setMyCommands")}
    assert set(menus) >= {None, "zh", "en"}
    assert "today" in str(menus["en"]) and "你所在城市今天的活动" in str(menus["zh"])


async def test_free_text_pages_forward_and_back(harness):
    li = harness.user(1021)
    page = await say(li, "下个月有什么活动")
    assert page.text.startswith("🔎 ") and "1." in page.text
    first_page = page.text
    edits = len(page.edits)
    await press(li, page, "下一页 ▶️")
    await edited(harness.server, page, edits)
    assert "6." in page.text and page.text != first_page
    edits = len(page.edits)
    await press(li, page, "◀️ 上一页")
    await edited(harness.server, page, edits)
    assert page.text == first_page
    # A double tap on a stale "next" button: the second edit would change nothing and is not sent.
    stale = data_starting(page, "v1:pg:")
    await press(li, page, data=stale)
    await press(li, page, data=stale)
    await harness.server.wait_idle(quiet=0.05)
    assert not li.read()  # paging never sends new messages


async def test_nothing_found_comes_with_suggestions(harness):
    ann = harness.user(1031, "Ann", "en")
    msg = await say(ann, "quantum computing in Lhasa")
    assert "Nothing found" in msg.text
    suggestion = next(b for b in msg.buttons if b["callback_data"].startswith("v1:pg:"))
    edits = len(msg.edits)
    await press(ann, msg, suggestion["text"])
    await edited(harness.server, msg, edits)
    assert "1." in msg.text and "Nothing found" not in msg.text


async def test_event_card_calendar_map_share_and_deep_link(harness):
    li = harness.user(1041)
    results = await say(li, "北京 人工智能")
    event_button = next(b for b in results.buttons if b["callback_data"].startswith("v1:ev:"))
    event_id = int(event_button["callback_data"].split(":")[2])
    await press(li, results, event_button["text"])
    (card,) = await li.wait_for_messages(1)
    assert "🗓" in card.text and "📍" in card.text
    assert {"📅 加入日历", "🗺 地图", "↗️ 分享"} <= set(card.button_texts)
    share = card.button("↗️ 分享")["url"]
    assert f"start%3De_{event_id}" in share and BOT_USERNAME in share

    answer = await press(li, card, "📅 加入日历")
    assert answer["text"] == "日历文件已发送。"
    (ics,) = await li.wait_for_messages(1)
    assert ics.document.file_name == f"event-{event_id}.ics"
    vevent = Calendar.from_ical(ics.document.data).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) in card.text

    await press(li, card, "🗺 地图")
    (venue,) = await li.wait_for_messages(1)
    assert venue.kind == "venue" and venue.venue["location"]["latitude"]

    friend = harness.user(1042, "Wang", "zh")
    opened = await command(friend, "/start", f"e_{event_id}")
    assert opened.text.splitlines()[0] == card.text.splitlines()[0]
    gone = await command(friend, "/start", "e_987654")
    assert "找不到" in gone.text


async def test_shared_location_lists_nearby_events_nearest_first(harness):
    ann = harness.user(1051, "Ann", "en")
    await ann.send_location(28.19, 112.98)  # Changsha
    (msg,) = await ann.wait_for_messages(1)
    assert "nearest first" in msg.text
    kms = [float(k) for k in re.findall(r"· ([\d.]+) km$", msg.text, re.M)]
    assert kms and kms == sorted(kms)
    await press(ann, msg, "🏠 Make Changsha my home city")
    await harness.server.wait_idle(quiet=0.05)
    assert "Home city: Changsha" in msg.text
    today = await command(ann, "/weekend")
    assert today.text.startswith("🔎 Changsha")


async def test_days_topics_and_settings(harness):
    li = harness.user(1061)
    assert "还没有设置" in (await command(li, "/today")).text
    panel = await command(li, "/settings")
    assert "所在城市：未设置" in panel.text
    await press(li, panel, "🏙 更改所在城市")
    (ask,) = await li.wait_for_messages(1)
    await press(li, ask, "南京")
    await harness.server.wait_idle(quiet=0.05)
    assert "所在城市：南京" in ask.text
    for day in ("/today", "/tomorrow", "/weekend"):
        msg = await command(li, day)
        assert msg.text.startswith("🔎 南京"), msg.text
    assert "上海" in (await command(li, "/today", "上海")).text.splitlines()[0]

    topics = await command(li, "/topics")
    assert "南京" in topics.text
    await press(li, topics, "航天")
    (space,) = await li.wait_for_messages(1)
    assert space.text.startswith("🔎 南京 · 航天")

    panel = await command(li, "/settings")
    await press(li, panel, "🕒 更改时区")
    (zones,) = await li.wait_for_messages(1)
    assert "Europe/London" in zones.button_texts
    typed = await say(li, "Europe/Berlin")
    assert "时区：Europe/Berlin" in typed.text
    await press(li, panel, "🏙 更改所在城市")
    await li.wait_for_messages(1)
    assert "娄底" in (await say(li, "娄底")).text
    assert "我不认识命令" not in (await command(li, "/cancel")).text


async def test_inline_mode_returns_articles_that_link_back(harness):
    ann = harness.user(1071, "Ann", "en")
    answer = await (await ann.inline_query("AI")).wait_answer()
    assert answer.results and answer.next_offset == "10"
    first = answer.results[0]
    parse_html(first["input_message_content"]["message_text"])
    link = first["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert link.startswith(f"https://t.me/{BOT_USERNAME}?start=e_")
    more = await (await ann.inline_query("AI", offset=answer.next_offset)).wait_answer()
    assert set(more.ids).isdisjoint(answer.ids)
    nothing = await (await ann.inline_query("xqzv wpfk")).wait_answer()
    assert nothing.results == [] and nothing.button["start_parameter"] == "inline"
    opened = await command(ann, "/start", link.rsplit("=", 1)[1])
    assert opened.text.startswith("<b>") is False and first["title"][:20] in opened.text


async def test_group_chat_answers_commands_mentions_and_replies_only(harness):
    li, wang = harness.user(1081), harness.user(1082, "Wang")
    group = harness.server.group(-100555, "科普爱好者")
    await group.send_text(li, "大家周末去哪儿玩？")
    await group.send_command(li, "/start", mention_bot=False)
    (hello,) = await group.wait_for_messages(1)
    assert "你好" in hello.text
    await group.send_text(wang, f"@{BOT_USERNAME} 南京 机器人")
    (found,) = await group.wait_for_messages(1)
    assert found.text.startswith("🔎 南京")
    await group.send_text(li, "北京 天文", reply_to=found)  # a reply to the bot is addressed to it
    (reply,) = await group.wait_for_messages(1)
    assert reply.text.startswith("🔎 北京")
    await group.send_text(li, "/weekend@some_other_bot")
    await group.send_text(wang, "😀 好的")
    await harness.server.wait_idle(quiet=0.05)
    assert group.read() == []
