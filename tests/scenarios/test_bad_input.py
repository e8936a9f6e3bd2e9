"""The input a real bot gets that nobody designs for. Each one gets a helpful answer; the harness
checks that no request was rejected and nothing was logged as an error."""
from __future__ import annotations

import asyncio

import aiohttp
import pytest

from handlers.flood import FloodGuard
from tests.scenarios.conftest import BOT_USERNAME, command, data_starting, edited, press, say

EXPIRED_ZH = "这个按钮已过期"
# PTB 22 itself warns, when it builds a RetryAfter, that the attribute will become a timedelta.
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")


async def test_unknown_commands_empty_and_huge_text(harness):
    li = harness.user(2001)
    assert "/help" in (await command(li, "/frobnicate")).text
    assert "告诉我" in (await say(li, "")).text
    huge = await say(li, "机器人科普" * 1000)  # 5,000 characters
    assert huge.text.startswith("🔎") and len(huge.source_text) <= 4096
    markup = await say(li, "<b>南京</b> & <script>")
    assert markup.text.startswith("🔎 南京")


async def test_stickers_photos_documents_contacts(harness):
    ann = harness.user(2011, "Ann", "en")
    await ann.send_sticker("🦖")
    await ann.send_photo(caption="what is this?")
    await ann.send_document("notes.txt", b"hello", mime_type="text/plain")
    await ann.send_contact("+8613800000000", "Ann")
    replies = await ann.wait_for_messages(4)
    assert all("text and locations" in m.text for m in replies)


async def test_forged_and_stale_buttons(harness):
    li = harness.user(2021)
    msg = await say(li, "下个月有什么活动")
    token_data = data_starting(msg, "v1:pg:")
    forged = ["v1:pg:AAAAAAAA:1", token_data.rsplit(":", 1)[0] + ":9999", token_data.rsplit(":", 1)[0] + ":-1",
              "v1:ev:0", "v1:ev:not-a-number", "v1:ics:99999999", "v1:map:", "v1:tp:../../etc", "v1:set:tz:77",
              "v1:set:lang:xx", "v1:set:city:000000", "v9:ev:1", "hello", "", "💥" * 16, "v1:" + "x" * 61]
    for data in forged:
        answer = await press(li, msg, data=data)
        assert EXPIRED_ZH in answer.get("text", "") or "找不到" in answer.get("text", ""), (data, answer)
    gone = await press(li, msg, data="v1:ev:99999999")
    assert "找不到" in gone["text"] and gone.get("show_alert")
    await harness.server.wait_idle(quiet=0.05)
    assert li.read() == []  # toasts only: no message for a bad button


async def test_location_at_zero_zero(harness):
    ann = harness.user(2031, "Ann", "en")
    await ann.send_location(0.0, 0.0)
    (msg,) = await ann.wait_for_messages(1)
    assert "Nothing found" in msg.text and "city" in msg.text
    assert not any(b["callback_data"].startswith("v1:set:city") for b in msg.buttons)


async def test_other_users_messages_and_tokens(harness):
    li, wang = harness.user(2041), harness.user(2042, "Wang")
    mine = await say(li, "下个月有什么活动")
    # Wang presses buttons whose data came from Li's messages: the answers are Wang's own.
    theirs = await say(wang, "北京")
    edits = len(theirs.edits)
    await press(wang, theirs, data=data_starting(mine, "v1:pg:"))
    await edited(harness.server, theirs, edits)
    await press(wang, theirs, data=data_starting(mine, "v1:ev:"))
    (card,) = await wang.wait_for_messages(1)
    assert "🗓" in card.text and li.read() == []
    # In a group anyone may press anyone's buttons.
    group = harness.server.group(-100777, "科普群")
    await group.send_text(li, f"@{BOT_USERNAME} 下个月")
    (results,) = await group.wait_for_messages(1)
    edits = len(results.edits)
    await group.press(wang, results, callback_data=data_starting(results, "v1:pg:"))
    await edited(harness.server, results, edits)
    assert "6." in results.text


async def test_flood_control_answers_calmly(harness):
    harness.conversation.flood = FloodGuard()  # the real limits
    li = harness.user(2051)
    for i in range(20):
        await li.send_text(f"机器人 {i}")
    await harness.server.wait_idle(quiet=0.2, timeout=10)
    replies = li.read()
    slow = [m for m in replies if "消息发得有点快" in m.text]
    assert len(slow) == 1 and len(replies) <= 6


async def test_a_429_is_waited_out(harness):
    harness.server.faults.rate_limit(method="sendMessage", chat_id=2061, times=1, retry_after=1)
    li = harness.user(2061)
    msg = await command(li, "/help")
    assert "/today" in msg.text


async def test_webhook_refuses_requests_without_the_secret(harness):
    if harness.mode != "webhook":
        pytest.skip("polling has no endpoint")
    url = harness.settings.webhook_url
    update = {"update_id": 99, "message": {"message_id": 1, "date": 0, "chat": {"id": 2071, "type": "private"},
                                           "from": {"id": 2071, "is_bot": False, "first_name": "Eve"}, "text": "/start"}}
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, json=update, headers=headers) as resp:
                assert resp.status == 401
        secret = {"X-Telegram-Bot-Api-Secret-Token": harness.settings.webhook_secret.get_secret_value()}
        async with http.post(url, data=b"not json", headers=secret) as resp:
            assert resp.status == 400
    await asyncio.sleep(0.05)
    assert not harness.server.calls("sendMessage")  # Eve's forged /start was never answered
