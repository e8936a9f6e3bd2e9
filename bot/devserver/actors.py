"""Acting as Telegram users: the side of the conversation tests and the playground play.

``server.user(...)`` gives a ``UserActor`` (a user and their private chat with the bot),
``server.group(...)`` a ``GroupActor``. Each ``send_*`` builds the Update a real client would
cause (message with entities for commands / mentions / URLs, callback_query, inline_query...)
and queues it for the bot: it is delivered by getUpdates or POSTed to the webhook, whichever the
bot uses. Sends return the Message dict as the bot will see it.

Reading the bot's side: ``await actor.wait_for_messages(n)`` returns the next ``n`` messages the
bot sent to that chat since the last read/wait (``ChatMessage`` objects, live: later edits and
deletions show up on them); ``actor.read()`` takes all unread ones without waiting;
``actor.messages`` / ``actor.last_message`` look at everything the bot sent there.

Groups follow bot privacy mode: unless the bot was added with
``can_read_all_group_messages=True`` it only gets commands, messages mentioning it and replies to
its own messages (the send still happens and shows in the transcript).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .files import TINY_PNG, FileRecord
from .formatting import utf16_len
from .records import ChatMessage
from .world import BotState, ChatInfo, ChatState, UserInfo

if TYPE_CHECKING:
    from .server import BotApiServer


# A message as tests hold it: our ChatMessage, its id, a Message dict or an aiogram/PTB Message.
MessageRef = Any


class WaitTimeout(TimeoutError):
    """A wait_* helper timed out; the message says what was there instead."""


_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}")
_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_URL_RE = re.compile(r"https?://[^\s]+")


def text_entities(text: str) -> list[dict[str, Any]]:
    """Entities a Telegram client attaches to typed text: bot_command, mention, url."""
    found: list[tuple[int, int, str]] = []
    m = _COMMAND_RE.match(text)
    if m:
        found.append((m.start(), m.end(), "bot_command"))
    found += [(m.start(), m.end(), "mention") for m in _MENTION_RE.finditer(text)]
    found += [(m.start(), m.end(), "url") for m in _URL_RE.finditer(text)]
    out = []
    for start, end, kind in sorted(found):
        if kind == "mention" and any(s <= start < e for s, e, k in found if k == "bot_command"):
            continue  # "/start@bot" is one command entity
        out.append({"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])})
    return out


@dataclass
class InlineAnswer:
    """What the bot passed to answerInlineQuery."""

    results: list[dict[str, Any]]
    next_offset: str = ""
    cache_time: int = 300
    is_personal: bool = False
    button: dict[str, Any] | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [str(r.get("id")) for r in self.results]

    @property
    def titles(self) -> list[str]:
        return [str(r.get("title", "")) for r in self.results]


@dataclass
class CallbackQueryHandle:
    """A button press; ``await wait_answer()`` returns the answerCallbackQuery params."""

    server: BotApiServer
    id: str
    data: str | None
    message: ChatMessage
    chat_id: int
    update: dict[str, Any]
    answer: dict[str, Any] | None = None

    async def wait_answer(self, timeout: float = 5.0) -> dict[str, Any]:
        await self.server.wait_until(lambda: self.answer is not None, timeout,
                                     lambda: f"callback query {self.id} ({self.data!r}) not answered")
        assert self.answer is not None
        return self.answer

    @property
    def answer_text(self) -> str | None:
        return None if self.answer is None else self.answer.get("text")


@dataclass
class InlineQueryHandle:
    server: BotApiServer
    id: str
    query: str
    offset: str
    update: dict[str, Any]
    answer: InlineAnswer | None = None

    async def wait_answer(self, timeout: float = 5.0) -> InlineAnswer:
        await self.server.wait_until(lambda: self.answer is not None, timeout,
                                     lambda: f"inline query {self.query!r} not answered")
        assert self.answer is not None
        return self.answer


class _ChatActor:
    """Shared reading side of a chat."""

    def __init__(self, server: BotApiServer, info: ChatInfo, token: str | None) -> None:
        self.server = server
        self.info = info
        self.token = token
        self._cursor = 0

    @property
    def bot(self) -> BotState:
        return self.server.bot(self.token)

    @property
    def chat_id(self) -> int:
        return self.info.id

    @property
    def chat(self) -> ChatState:
        return self.bot.chat(self.info)

    @property
    def messages(self) -> list[ChatMessage]:
        """Everything the bot sent to this chat (edits applied, deleted ones flagged)."""
        return self.chat.bot_messages

    @property
    def visible_messages(self) -> list[ChatMessage]:
        return [m for m in self.messages if not m.deleted]

    @property
    def last_message(self) -> ChatMessage | None:
        msgs = self.visible_messages
        return msgs[-1] if msgs else None

    @property
    def transcript(self) -> list[ChatMessage]:
        return list(self.chat.timeline)

    @property
    def chat_actions(self) -> list[str]:
        return list(self.chat.chat_actions)

    def read(self) -> list[ChatMessage]:
        """All bot messages since the last read/wait, without waiting."""
        msgs = self.messages[self._cursor :]
        self._cursor += len(msgs)
        return msgs

    async def wait_for_messages(self, n: int = 1, timeout: float = 5.0) -> list[ChatMessage]:
        """The next ``n`` bot messages in this chat since the last read/wait."""
        start = self._cursor

        def describe() -> str:
            got = self.messages[start:]
            lines = "\n".join(f"  {m}" for m in got) or "  (none)"
            return f"expected {n} new bot message(s) in chat {self.chat_id}, got {len(got)}:\n{lines}"

        await self.server.wait_until(lambda: len(self.messages) - start >= n, timeout, describe)
        msgs = self.messages[start : start + n]
        self._cursor = start + n
        return msgs

    async def wait_for_message(self, timeout: float = 5.0) -> ChatMessage:
        return (await self.wait_for_messages(1, timeout))[0]

    async def wait_for_edit(self, message: ChatMessage, timeout: float = 5.0) -> ChatMessage:
        """Wait until ``message`` gets one more edit than it has now."""
        seen = len(message.edits)
        await self.server.wait_until(lambda: len(message.edits) > seen, timeout,
                                     lambda: f"message {message.message_id} was not edited")
        return message

    # --- building updates -----------------------------------------------------------------------

    def _post(self, sender: UserInfo, content: dict[str, Any], *, deliver: bool = True) -> dict[str, Any]:
        chat = self.chat
        if self.info.is_private:
            chat.known = True  # writing to the bot opens the chat for it
        elif not chat.known:
            deliver = False  # the bot is not a member of this group
        files = content.pop("_files", [])
        raw: dict[str, Any] = {
            "message_id": chat.new_message_id(),
            "from": sender.to_json(),
            "chat": self.info.to_json(),
            "date": self.server.now(),
            **content,
        }
        msg = ChatMessage(self.chat_id, raw["message_id"], outgoing=False, raw=raw, files=files)
        chat.add(msg)
        if deliver:
            self.server.deliver(self.bot, "message", raw)
        else:
            self.server.notify()
        return raw

    def _reply(self, reply_to: MessageRef | None) -> dict[str, Any]:
        if reply_to is None:
            return {}
        msg = self._resolve_message(reply_to)
        return {"reply_to_message": {k: v for k, v in msg.raw.items() if k != "reply_to_message"}}

    def _resolve_message(self, message: MessageRef) -> ChatMessage:
        """Accept a ChatMessage, a message_id, a Message dict, or a client's Message object."""
        if isinstance(message, ChatMessage):
            return message
        if isinstance(message, dict):
            message = message["message_id"]
        elif not isinstance(message, int):
            message = message.message_id
        try:
            return self.chat.messages[message]
        except KeyError:
            raise LookupError(f"no message {message} in chat {self.chat_id}") from None

    async def _press(self, sender: UserInfo, message: MessageRef, text: str | None,
                     callback_data: str | None) -> CallbackQueryHandle:
        msg = self._resolve_message(message)
        if msg.deleted:
            raise ValueError(f"message {msg.message_id} was deleted; its buttons are gone")
        if callback_data is None:
            if text is None:
                raise ValueError("press() needs a button text or callback_data")
            button = msg.button(text)
            if "callback_data" not in button:
                raise ValueError(f"button {text!r} is not a callback button: {button}")
            callback_data = button["callback_data"]
        qid = self.server.next_query_id()
        query = {
            "id": qid,
            "from": sender.to_json(),
            "message": msg.raw,
            "chat_instance": str(zlib.crc32(f"{self.bot.token}:{self.chat_id}".encode()) * 7919),
            "data": callback_data,
        }
        handle = CallbackQueryHandle(self.server, qid, callback_data, msg, self.chat_id, {})
        self.bot.callback_queries[qid] = handle
        handle.update = self.server.deliver(self.bot, "callback_query", query)
        return handle


def _document_content(server: BotApiServer, file_name: str, data: bytes, mime_type: str | None,
                      caption: str | None) -> dict[str, Any]:
    rec = server.files.add(data, file_name=file_name, mime_type=mime_type, kind="document")
    content: dict[str, Any] = {"document": rec.to_document(), "_files": [rec]}
    if caption:
        content["caption"] = caption
        ents = text_entities(caption)
        if ents:
            content["caption_entities"] = ents
    return content


def _photo_content(server: BotApiServer, data: bytes | None, caption: str | None) -> dict[str, Any]:
    rec = server.files.add(data or TINY_PNG, file_name=None, mime_type="image/jpeg", kind="photo")
    small: FileRecord = server.files.add(data or TINY_PNG, mime_type="image/jpeg", kind="photo")
    content: dict[str, Any] = {
        "photo": [
            {"file_id": small.file_id, "file_unique_id": small.file_unique_id, "file_size": small.file_size,
             "width": 90, "height": 90},
            {"file_id": rec.file_id, "file_unique_id": rec.file_unique_id, "file_size": rec.file_size,
             "width": 1280, "height": 960},
        ],
        "_files": [small, rec],
    }
    if caption:
        content["caption"] = caption
    return content


def _sticker_content(server: BotApiServer, emoji: str) -> dict[str, Any]:
    rec = server.files.add(b"RIFF\x00\x00\x00\x00WEBP", mime_type="image/webp", kind="sticker")
    return {
        "sticker": {
            "file_id": rec.file_id, "file_unique_id": rec.file_unique_id, "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False,
            "emoji": emoji, "set_name": "DevServerStickers", "file_size": rec.file_size,
        },
        "_files": [rec],
    }


class UserActor(_ChatActor):
    """A user in a private chat with the bot. ``chat_id == user id``, as on Telegram."""

    def __init__(self, server: BotApiServer, user: UserInfo, token: str | None) -> None:
        super().__init__(server, ChatInfo.private(user), token)
        self.user = user

    @property
    def id(self) -> int:
        return self.user.id

    async def send_text(self, text: str, *, reply_to: MessageRef | None = None) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text, **self._reply(reply_to)}
        ents = text_entities(text)
        if ents:
            content["entities"] = ents
        return self._post(self.user, content)

    async def send_command(self, command: str, args: str | None = None) -> dict[str, Any]:
        """``send_command("/start", args="e_42")`` -> "/start e_42" (a deep link start)."""
        command = command if command.startswith("/") else f"/{command}"
        return await self.send_text(f"{command} {args}" if args else command)

    async def send_location(self, latitude: float, longitude: float, *,
                            live_period: int | None = None) -> dict[str, Any]:
        loc: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
        if live_period:
            loc["live_period"] = live_period
        return self._post(self.user, {"location": loc})

    async def send_venue(self, latitude: float, longitude: float, title: str, address: str) -> dict[str, Any]:
        loc = {"latitude": latitude, "longitude": longitude}
        return self._post(self.user, {"venue": {"location": loc, "title": title, "address": address},
                                      "location": loc})

    async def send_document(self, file_name: str, data: bytes, *, mime_type: str | None = None,
                            caption: str | None = None) -> dict[str, Any]:
        return self._post(self.user, _document_content(self.server, file_name, data, mime_type, caption))

    async def send_photo(self, data: bytes | None = None, *, caption: str | None = None) -> dict[str, Any]:
        return self._post(self.user, _photo_content(self.server, data, caption))

    async def send_sticker(self, emoji: str = "👍") -> dict[str, Any]:
        return self._post(self.user, _sticker_content(self.server, emoji))

    async def send_contact(self, phone_number: str, first_name: str | None = None) -> dict[str, Any]:
        contact = {"phone_number": phone_number, "first_name": first_name or self.user.first_name,
                   "user_id": self.user.id}
        return self._post(self.user, {"contact": contact})

    async def edit_text(self, message: MessageRef, new_text: str) -> dict[str, Any]:
        """The user edits one of their messages -> an edited_message update."""
        msg = self._resolve_message(message)
        msg.edits.append(msg.raw)
        raw = {**msg.raw, "text": new_text, "edit_date": self.server.now()}
        raw.pop("entities", None)
        ents = text_entities(new_text)
        if ents:
            raw["entities"] = ents
        msg.raw = raw
        self.server.deliver(self.bot, "edited_message", raw)
        return raw

    async def press(self, message: MessageRef, text: str | None = None, *,
                    callback_data: str | None = None) -> CallbackQueryHandle:
        """Press an inline button of a bot message, by its text; or send any ``callback_data``
        (also data that is on no button - a forged or stale press)."""
        return await self._press(self.user, message, text, callback_data)

    async def inline_query(self, query: str, offset: str = "", *, chat_type: str = "sender") -> InlineQueryHandle:
        """Type ``@bot query``; ``await handle.wait_answer()`` gives the bot's results."""
        qid = self.server.next_query_id()
        payload = {"id": qid, "from": self.user.to_json(), "query": query, "offset": offset,
                   "chat_type": chat_type}
        handle = InlineQueryHandle(self.server, qid, query, offset, {})
        self.bot.inline_queries[qid] = handle
        handle.update = self.server.deliver(self.bot, "inline_query", payload)
        return handle

    async def choose_inline_result(self, result_id: str, query: str) -> dict[str, Any]:
        payload = {"result_id": result_id, "from": self.user.to_json(), "query": query}
        return self.server.deliver(self.bot, "chosen_inline_result", payload)

    async def block_bot(self) -> None:
        """The user blocks the bot: sends answer 403 and the bot gets a my_chat_member update."""
        self.server.block(self.chat_id, self.token)
        self._member_update("member", "kicked")

    async def unblock_bot(self) -> None:
        self.server.unblock(self.chat_id, self.token)
        self._member_update("kicked", "member")

    def _member_update(self, old: str, new: str) -> None:
        bot_user = self.bot.user.to_json()
        payload = {
            "chat": self.info.to_json(), "from": self.user.to_json(), "date": self.server.now(),
            "old_chat_member": {"status": old, "user": bot_user, **({"until_date": 0} if old == "kicked" else {})},
            "new_chat_member": {"status": new, "user": bot_user, **({"until_date": 0} if new == "kicked" else {})},
        }
        self.chat.known = True
        self.server.deliver(self.bot, "my_chat_member", payload)


class GroupActor(_ChatActor):
    """A group chat; every send names the member who writes."""

    def _addressed(self, text: str, reply_to: MessageRef | None) -> bool:
        bot = self.bot
        if bot.can_read_all_group_messages:
            return True
        name = bot.username.lower()
        m = _COMMAND_RE.match(text)
        if m:
            target = (m.group(1) or "").lstrip("@").lower()
            return not target or target == name
        if f"@{name}" in text.lower():
            return True
        if reply_to is not None:
            msg = self._resolve_message(reply_to)
            return msg.outgoing
        return False

    @staticmethod
    def _user(who: UserActor | UserInfo) -> UserInfo:
        return who.user if isinstance(who, UserActor) else who

    async def send_text(self, who: UserActor | UserInfo, text: str, *,
                        reply_to: MessageRef | None = None) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text, **self._reply(reply_to)}
        ents = text_entities(text)
        if ents:
            content["entities"] = ents
        return self._post(self._user(who), content, deliver=self._addressed(text, reply_to))

    async def send_command(self, who: UserActor | UserInfo, command: str, args: str | None = None, *,
                           mention_bot: bool = False) -> dict[str, Any]:
        command = command if command.startswith("/") else f"/{command}"
        if mention_bot:
            command = f"{command}@{self.bot.username}"
        return await self.send_text(who, f"{command} {args}" if args else command)

    async def send_location(self, who: UserActor | UserInfo, latitude: float, longitude: float) -> dict[str, Any]:
        return self._post(self._user(who), {"location": {"latitude": latitude, "longitude": longitude}},
                          deliver=self.bot.can_read_all_group_messages)

    async def send_document(self, who: UserActor | UserInfo, file_name: str, data: bytes, *,
                            mime_type: str | None = None, caption: str | None = None) -> dict[str, Any]:
        content = _document_content(self.server, file_name, data, mime_type, caption)
        return self._post(self._user(who), content, deliver=self._addressed(caption or "", None))

    async def add_member(self, who: UserActor | UserInfo) -> dict[str, Any]:
        """A user joins: a service message with new_chat_members (always delivered)."""
        user = self._user(who)
        return self._post(user, {"new_chat_members": [user.to_json()]})

    async def press(self, who: UserActor | UserInfo, message: MessageRef, text: str | None = None, *,
                    callback_data: str | None = None) -> CallbackQueryHandle:
        return await self._press(self._user(who), message, text, callback_data)
