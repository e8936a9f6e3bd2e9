"""Bot API method implementations, on top of already spec-validated params.

Implemented with realistic results: getMe, getUpdates, setWebhook, deleteWebhook,
getWebhookInfo, setMyCommands, getMyCommands, deleteMyCommands, setChatMenuButton,
getChatMenuButton, sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup,
deleteMessage, deleteMessages, answerCallbackQuery, answerInlineQuery, sendDocument, sendPhoto,
sendAudio, sendVideo, sendAnimation, sendVoice, sendVideoNote, sendSticker, sendLocation,
sendVenue, sendContact, sendChatAction, copyMessage, forwardMessage, getFile, getChat,
getChatMember, getChatMemberCount, close, logOut.

Every other method of the spec is validated and then answered by ``generic``: ``true`` for
methods returning True, a plain Message (message_id/date/chat/from) for the remaining send*
methods, the message for other edit* methods, ``[]`` / ``0`` / ``""`` for arrays, integers and
strings, and ``true`` otherwise (a client that parses e.g. a ChatInviteLink may then fail - add a
handler here when the bot starts using such a method).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import errors as E
from .errors import bad_request
from .files import MAX_DOWNLOAD, FileRecord, UploadedFile
from .formatting import EntityParseError, parse_text, utf16_len
from .records import ChatMessage
from .spec import MethodSpec
from .world import BotState, ChatState, WebhookConfig

if TYPE_CHECKING:
    from .server import BotApiServer

_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}
# sendX -> (message key, default media fields Telegram always fills in)
_MEDIA = {
    "sendPhoto": ("photo", {}),
    "sendAudio": ("audio", {"duration": 0}),
    "sendVideo": ("video", {"width": 0, "height": 0, "duration": 0}),
    "sendAnimation": ("animation", {"width": 0, "height": 0, "duration": 0}),
    "sendVoice": ("voice", {"duration": 0}),
    "sendVideoNote": ("video_note", {"length": 0, "duration": 0}),
    "sendSticker": ("sticker", {"type": "regular", "width": 512, "height": 512,
                                "is_animated": False, "is_video": False}),
}


@dataclass
class Answer:
    result: Any
    description: str | None = None  # Telegram adds one for setWebhook / deleteWebhook


@dataclass
class Call:
    server: BotApiServer
    bot: BotState
    spec: MethodSpec
    params: dict[str, Any]

    @property
    def name(self) -> str:
        return self.spec.name

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


Handler = Callable[[Call], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        for n in names:
            HANDLERS[n] = fn
        return fn

    return deco


# --- shared helpers ----------------------------------------------------------------------------


def resolve_chat(call: Call, key: str = "chat_id") -> ChatState:
    """The chat named by ``chat_id``; 400 chat not found unless a user talked to the bot there."""
    cid = call.get(key)
    bot = call.bot
    st: ChatState | None = None
    if isinstance(cid, int):
        st = bot.chats.get(cid)
    elif isinstance(cid, str) and cid.startswith("@"):
        st = next((c for c in bot.chats.values() if c.info.username and f"@{c.info.username}" == cid), None)
    if st is None or not st.known:
        raise bad_request(E.CHAT_NOT_FOUND)
    return st


def find_message(chat: ChatState, message_id: Any, missing: str) -> ChatMessage:
    msg = chat.messages.get(message_id) if isinstance(message_id, int) else None
    if msg is None or msg.deleted:
        raise bad_request(missing)
    return msg


def parse_entities_field(
    call: Call, text: str, mode_key: str, entities_key: str
) -> tuple[str, list[dict[str, Any]]]:
    mode = call.get(mode_key)
    try:
        plain, entities = parse_text(text, mode, strict_html_entities=call.server.strict_html_entities)
    except EntityParseError as e:
        raise bad_request(f"can't parse entities: {e}") from None
    except ValueError:
        raise bad_request(f"unsupported parse_mode \"{mode}\"") from None
    if not mode and call.get(entities_key):
        entities = list(call.get(entities_key))
    return _strip(plain, entities)


def _strip(plain: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    # Telegram trims leading/trailing whitespace and keeps entities inside the trimmed text.
    lead = len(plain) - len(plain.lstrip())
    stripped = plain.strip()
    shift = utf16_len(plain[:lead])
    size = utf16_len(stripped)
    out = []
    for e in entities:
        start = max(0, e["offset"] - shift)
        end = min(size, e["offset"] - shift + e["length"])
        if end > start:
            out.append({**e, "offset": start, "length": end - start})
    return stripped, out


def message_text(call: Call, key: str = "text") -> tuple[str, list[dict[str, Any]]]:
    plain, entities = parse_entities_field(call, call.get(key, ""), "parse_mode", "entities")
    if not plain:
        raise bad_request("message text is empty")
    if len(plain) > 4096:
        raise bad_request("message is too long")
    return plain, entities


def caption_content(call: Call) -> dict[str, Any]:
    if call.get("caption") is None:
        return {}
    plain, entities = parse_entities_field(call, call.get("caption"), "parse_mode", "caption_entities")
    if len(plain) > 1024:
        raise bad_request("message caption is too long")
    out: dict[str, Any] = {"caption": plain} if plain else {}
    if entities:
        out["caption_entities"] = entities
    return out


def _markup(call: Call) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Split reply_markup into (inline keyboard shown in Message, reply keyboard)."""
    markup = call.get("reply_markup")
    if not markup:
        return None, None
    if "inline_keyboard" in markup:
        return markup, None
    return None, markup


def _reply_to(call: Call, chat: ChatState) -> dict[str, Any]:
    rp = call.get("reply_parameters")
    if rp is None and call.get("reply_to_message_id") is not None:
        # Pre-7.0 parameter; both clients now send reply_parameters.
        rp = {"message_id": int(call.get("reply_to_message_id")),
              "allow_sending_without_reply": call.get("allow_sending_without_reply") in (True, "true")}
    if not rp:
        return {}
    target = chat.messages.get(rp["message_id"])
    if target is None or target.deleted:
        if rp.get("allow_sending_without_reply"):
            return {}
        raise bad_request("message to be replied not found")
    replied = {k: v for k, v in target.raw.items() if k != "reply_to_message"}
    return {"reply_to_message": replied}


def new_bot_message(call: Call, chat: ChatState, content: dict[str, Any], files: list[FileRecord] = ()) -> ChatMessage:  # type: ignore[assignment]
    inline, reply_kb = _markup(call)
    raw: dict[str, Any] = {
        "message_id": chat.new_message_id(),
        "from": call.bot.user.to_json(),
        "chat": chat.info.to_json(),
        "date": call.server.now(),
        **_reply_to(call, chat),
        **content,
    }
    if inline:
        raw["reply_markup"] = inline
    msg = ChatMessage(
        chat_id=chat.info.id,
        message_id=raw["message_id"],
        outgoing=True,
        raw=raw,
        method=call.name,
        params=call.params,
        files=list(files),
        reply_keyboard=reply_kb,
    )
    chat.add(msg)
    call.server.emit("message", call.bot, chat.info.id, msg)
    return msg


def resolve_file(call: Call, key: str, kind: str) -> FileRecord:
    value = call.get(key)
    store = call.server.files
    if isinstance(value, UploadedFile):
        if not value.data:
            raise bad_request("file must be non-empty")
        mime = value.content_type if value.content_type not in (None, "application/octet-stream") else None
        return store.add(value.data, file_name=value.filename, mime_type=mime, kind=kind)
    if isinstance(value, str):
        rec = store.get(value)
        if rec is not None:
            return rec
        if re.match(r"^https?://", value):
            name = value.rstrip("/").rsplit("/", 1)[-1] or None
            return store.add(b"", file_name=name, kind=kind, url=value)
    raise bad_request("wrong file identifier/HTTP URL specified")


# --- identity, updates, webhook ------------------------------------------------------------------


@handles("getMe")
async def get_me(call: Call) -> Any:
    return call.bot.get_me()


@handles("getUpdates")
async def get_updates(call: Call) -> Any:
    limit = min(100, max(1, call.get("limit", 100)))
    timeout = max(0, call.get("timeout", 0))
    return await call.bot.get_updates(
        call.get("offset", 0), limit, timeout, call.get("allowed_updates"), call.server.closing
    )


@handles("setWebhook")
async def set_webhook(call: Call) -> Any:
    bot, url = call.bot, call.get("url", "")
    if not url:
        return await delete_webhook(call)
    m = re.match(r"^(https?)://([^/:]+|\[[^\]]+\])(:\d+)?(/.*)?$", url)
    if not m:
        raise bad_request("bad webhook: invalid webhook URL specified")
    if m.group(1) != "https" and m.group(2) not in _LOOPBACK:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = call.get("secret_token")
    if secret is not None and not _SECRET_RE.match(secret):
        raise bad_request("secret token contains unallowed characters")
    max_conn = call.get("max_connections", 40)
    if not 1 <= max_conn <= 100:
        raise bad_request("bad webhook: max_connections must be between 1 and 100")
    if call.get("drop_pending_updates"):
        bot.drop_pending()
    already = bot.webhook is not None and bot.webhook.url == url
    bot.webhook = WebhookConfig(url, secret, max_conn, call.get("allowed_updates"))
    bot.wake()  # a waiting getUpdates now gets 409
    call.server.start_webhook(bot)
    return Answer(True, "Webhook is already set" if already else "Webhook was set")


@handles("deleteWebhook")
async def delete_webhook(call: Call) -> Any:
    bot = call.bot
    if call.get("drop_pending_updates"):
        bot.drop_pending()
    if bot.webhook is None:
        return Answer(True, "Webhook is already deleted")
    bot.webhook = None
    for p in bot.pending:
        p.handed_out = False
    bot.wake()
    return Answer(True, "Webhook was deleted")


@handles("getWebhookInfo")
async def get_webhook_info(call: Call) -> Any:
    bot = call.bot
    wh = bot.webhook
    info: dict[str, Any] = {
        "url": wh.url if wh else "",
        "has_custom_certificate": False,
        "pending_update_count": len(bot.pending),
    }
    if wh:
        info["ip_address"] = wh.ip_address
        info["max_connections"] = wh.max_connections
        if wh.allowed_updates:
            info["allowed_updates"] = wh.allowed_updates
        if wh.last_error_date:
            info["last_error_date"] = wh.last_error_date
            info["last_error_message"] = wh.last_error_message
    return info


@handles("close")
async def close(call: Call) -> Any:
    # Nothing to hand over to another server here; waiting long polls just return.
    call.bot.wake()
    return True


@handles("logOut")
async def log_out(call: Call) -> Any:
    # After logOut the token stops working on this server (requests answer 401), as on Telegram.
    call.bot.logged_out = True
    call.bot.wake()
    return True


# --- commands and menu ---------------------------------------------------------------------------


def _commands_key(call: Call) -> tuple[str, str]:
    scope = call.get("scope") or {"type": "default"}
    lang = call.get("language_code", "")
    if lang and not re.match(r"^[a-z]{2}$", lang):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), lang


@handles("setMyCommands")
async def set_my_commands(call: Call) -> Any:
    commands = call.get("commands")
    if len(commands) > 100:
        raise bad_request("too many commands")
    call.bot.commands[_commands_key(call)] = commands
    return True


@handles("getMyCommands")
async def get_my_commands(call: Call) -> Any:
    return call.bot.commands.get(_commands_key(call), [])


@handles("deleteMyCommands")
async def delete_my_commands(call: Call) -> Any:
    call.bot.commands.pop(_commands_key(call), None)
    return True


@handles("setChatMenuButton")
async def set_chat_menu_button(call: Call) -> Any:
    button = call.get("menu_button") or {"type": "default"}
    if call.get("chat_id") is None:
        call.bot.default_menu_button = button
    else:
        resolve_chat(call).menu_button = button
    return True


@handles("getChatMenuButton")
async def get_chat_menu_button(call: Call) -> Any:
    if call.get("chat_id") is not None:
        chat = resolve_chat(call)
        if chat.menu_button:
            return chat.menu_button
    return call.bot.default_menu_button or {"type": "default"}


# --- sending ------------------------------------------------------------------------------------


@handles("sendMessage")
async def send_message(call: Call) -> Any:
    chat = resolve_chat(call)
    plain, entities = message_text(call)
    content: dict[str, Any] = {"text": plain}
    if entities:
        content["entities"] = entities
    if call.get("link_preview_options"):
        content["link_preview_options"] = call.get("link_preview_options")
    return new_bot_message(call, chat, content).raw


@handles("sendDocument")
async def send_document(call: Call) -> Any:
    chat = resolve_chat(call)
    caption = caption_content(call)
    rec = resolve_file(call, "document", "document")
    return new_bot_message(call, chat, {"document": rec.to_document(), **caption}, [rec]).raw


@handles(*_MEDIA)
async def send_media(call: Call) -> Any:
    chat = resolve_chat(call)
    key, defaults = _MEDIA[call.name]
    caption = caption_content(call) if call.name not in ("sendSticker", "sendVideoNote") else {}
    rec = resolve_file(call, key, key)
    base = {"file_id": rec.file_id, "file_unique_id": rec.file_unique_id, "file_size": rec.file_size}
    if key == "photo":
        media: Any = [{**base, "width": 90, "height": 90}]
    else:
        media = {**defaults, **base}
        if rec.file_name and key in ("audio", "video", "animation"):
            media["file_name"] = rec.file_name
        if key == "sticker" and call.get("emoji"):
            media["emoji"] = call.get("emoji")
    return new_bot_message(call, chat, {key: media, **caption}, [rec]).raw


def _location(call: Call) -> dict[str, Any]:
    lat, lon = call.get("latitude"), call.get("longitude")
    if not -90 <= lat <= 90:
        raise bad_request("wrong latitude specified")
    if not -180 <= lon <= 180:
        raise bad_request("wrong longitude specified")
    loc: dict[str, Any] = {"latitude": lat, "longitude": lon}
    for key in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
        if call.get(key) is not None:
            loc[key] = call.get(key)
    return loc


@handles("sendLocation")
async def send_location(call: Call) -> Any:
    chat = resolve_chat(call)
    return new_bot_message(call, chat, {"location": _location(call)}).raw


@handles("sendVenue")
async def send_venue(call: Call) -> Any:
    chat = resolve_chat(call)
    loc = _location(call)
    venue: dict[str, Any] = {"location": loc, "title": call.get("title"), "address": call.get("address")}
    for key in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
        if call.get(key):
            venue[key] = call.get(key)
    return new_bot_message(call, chat, {"venue": venue, "location": loc}).raw


@handles("sendContact")
async def send_contact(call: Call) -> Any:
    chat = resolve_chat(call)
    contact = {k: call.get(k) for k in ("phone_number", "first_name", "last_name", "vcard") if call.get(k)}
    return new_bot_message(call, chat, {"contact": contact}).raw


@handles("sendChatAction")
async def send_chat_action(call: Call) -> Any:
    chat = resolve_chat(call)
    if call.get("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat.chat_actions.append(call.get("action"))
    call.server.emit("chat_action", call.bot, chat.info.id, call.get("action"))
    return True


def _copy_content(src: ChatMessage) -> dict[str, Any]:
    skip = {"message_id", "from", "chat", "date", "reply_to_message", "reply_markup", "edit_date"}
    return {k: copy.deepcopy(v) for k, v in src.raw.items() if k not in skip}


@handles("copyMessage", "forwardMessage")
async def copy_message(call: Call) -> Any:
    chat = resolve_chat(call)
    source = resolve_chat(call, "from_chat_id")
    src = find_message(source, call.get("message_id"), "message to copy not found")
    content = _copy_content(src)
    if call.name == "forwardMessage":
        content["forward_origin"] = {"type": "user", "date": src.date, "sender_user": src.raw.get("from")}
    msg = new_bot_message(call, chat, content, src.files)
    return msg.raw if call.name == "forwardMessage" else {"message_id": msg.message_id}


# --- editing and deleting -------------------------------------------------------------------------


def _editable(call: Call) -> ChatMessage | None:
    """The message to edit, or None for an inline message (answered with True)."""
    if call.get("inline_message_id"):
        return None
    if call.get("chat_id") is None or call.get("message_id") is None:
        raise bad_request("message identifier is not specified")
    chat = resolve_chat(call)
    msg = find_message(chat, call.get("message_id"), "message to edit not found")
    if not msg.outgoing:
        raise bad_request("message can't be edited")
    return msg


def _apply_edit(call: Call, msg: ChatMessage, changes: dict[str, Any], drop: tuple[str, ...]) -> Any:
    inline, _ = _markup(call)
    new = {k: v for k, v in msg.raw.items() if k not in drop and k not in ("reply_markup", "edit_date")}
    new.update(changes)
    if inline:
        new["reply_markup"] = inline
    old = {k: v for k, v in msg.raw.items() if k != "edit_date"}
    if new == old:
        raise bad_request(E.NOT_MODIFIED)
    msg.edits.append(msg.raw)
    new["edit_date"] = call.server.now()
    msg.raw = new
    msg.params = {**msg.params, **call.params}
    call.server.emit("edit", call.bot, msg.chat_id, msg)
    return msg.raw


@handles("editMessageText")
async def edit_message_text(call: Call) -> Any:
    msg = _editable(call)
    plain, entities = message_text(call)
    if msg is None:
        return True
    if "text" not in msg.raw:
        raise bad_request("there is no text in the message to edit")
    changes: dict[str, Any] = {"text": plain}
    if entities:
        changes["entities"] = entities
    return _apply_edit(call, msg, changes, ("entities", "link_preview_options"))


@handles("editMessageCaption")
async def edit_message_caption(call: Call) -> Any:
    msg = _editable(call)
    caption = caption_content(call)
    if msg is None:
        return True
    if "text" in msg.raw:
        raise bad_request("there is no caption in the message to edit")
    return _apply_edit(call, msg, caption, ("caption", "caption_entities"))


@handles("editMessageReplyMarkup")
async def edit_message_reply_markup(call: Call) -> Any:
    msg = _editable(call)
    if msg is None:
        return True
    return _apply_edit(call, msg, {}, ())


@handles("deleteMessage")
async def delete_message(call: Call) -> Any:
    chat = resolve_chat(call)
    msg = find_message(chat, call.get("message_id"), "message to delete not found")
    msg.deleted = True
    call.server.emit("delete", call.bot, chat.info.id, msg)
    return True


@handles("deleteMessages")
async def delete_messages(call: Call) -> Any:
    chat = resolve_chat(call)
    ids = call.get("message_ids")
    if not 1 <= len(ids) <= 100:
        raise bad_request("too many messages to delete" if ids else "message identifiers are empty")
    for mid in ids:
        msg = chat.messages.get(mid)
        if msg is not None and not msg.deleted:
            msg.deleted = True
            call.server.emit("delete", call.bot, chat.info.id, msg)
    return True


# --- queries ------------------------------------------------------------------------------------


@handles("answerCallbackQuery")
async def answer_callback_query(call: Call) -> Any:
    text = call.get("text") or ""
    if len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    handle = call.bot.callback_queries.get(call.get("callback_query_id"))
    if handle is None or handle.answer is not None:
        raise bad_request(E.QUERY_ID_INVALID)
    handle.answer = dict(call.params)
    call.server.emit("callback_answer", call.bot, handle.chat_id, handle)
    return True


@handles("answerInlineQuery")
async def answer_inline_query(call: Call) -> Any:
    results = call.get("results")
    if len(results) > 50:
        raise bad_request("RESULTS_TOO_MUCH")
    ids = [str(r.get("id")) for r in results]
    if len(set(ids)) != len(ids):
        raise bad_request("RESULT_ID_DUPLICATE")
    if len((call.get("next_offset") or "").encode()) > 64:
        raise bad_request("NEXT_OFFSET_INVALID")
    for r in results:
        content = r.get("input_message_content") or {}
        if "message_text" in content:
            sub = Call(call.server, call.bot, call.spec, content)
            plain, _ = parse_entities_field(sub, content["message_text"], "parse_mode", "entities")
            if not plain:
                raise bad_request("message text is empty")
            if len(plain) > 4096:
                raise bad_request("message is too long")
        if r.get("caption"):
            sub = Call(call.server, call.bot, call.spec, r)
            caption_content(sub)
    handle = call.bot.inline_queries.get(call.get("inline_query_id"))
    if handle is None or handle.answer is not None:
        raise bad_request(E.QUERY_ID_INVALID)
    from .actors import InlineAnswer  # local: actors imports server-side helpers

    handle.answer = InlineAnswer(
        results=results,
        next_offset=call.get("next_offset", ""),
        cache_time=call.get("cache_time", 300),
        is_personal=bool(call.get("is_personal", False)),
        button=call.get("button"),
        params=dict(call.params),
    )
    call.server.emit("inline_answer", call.bot, None, handle)
    return True


# --- files and chats ----------------------------------------------------------------------------


@handles("getFile")
async def get_file(call: Call) -> Any:
    rec = call.server.files.get(call.get("file_id"))
    if rec is None or rec.url:
        raise bad_request("invalid file_id")
    if rec.file_size > MAX_DOWNLOAD:
        raise bad_request("file is too big")
    return rec.to_file()


@handles("getChat")
async def get_chat(call: Call) -> Any:
    return resolve_chat(call).info.to_full_json()


@handles("getChatMember")
async def get_chat_member(call: Call) -> Any:
    chat = resolve_chat(call)
    uid = call.get("user_id")
    if uid == call.bot.user.id:
        return {"status": "member", "user": call.bot.user.to_json()}
    user = call.server.users.get(uid)
    if user is None:
        raise bad_request("user not found")
    if chat.info.is_private and chat.info.id != uid:
        raise bad_request("user not found")
    return {"status": "member", "user": user.to_json()}


@handles("getChatMemberCount")
async def get_chat_member_count(call: Call) -> Any:
    chat = resolve_chat(call)
    if chat.info.is_private:
        return 2
    senders = {m.raw.get("from", {}).get("id") for m in chat.timeline if not m.outgoing}
    return len(senders) + 1


# --- everything else ----------------------------------------------------------------------------


async def generic(call: Call) -> Any:
    returns = call.spec.returns
    name = call.name
    if returns == ("Message",) and call.get("chat_id") is not None:
        chat = resolve_chat(call)
        return new_bot_message(call, chat, caption_content(call)).raw
    if "Message" in returns and name.startswith("edit"):
        msg = _editable(call)
        return True if msg is None else msg.raw
    if returns and returns[0].startswith("Array of"):
        return []
    if returns == ("Integer",):
        return 0
    if returns == ("String",):
        return ""
    if name.startswith("set") or name.startswith("delete"):
        call.bot.settings[name] = dict(call.params)
    return True


def handler_for(spec: MethodSpec) -> Handler:
    return HANDLERS.get(spec.name, generic)
