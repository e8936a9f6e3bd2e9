"""Request validation from the Bot API spec (``bot_api_methods.json``, see ``_trim_spec.py``).

``Spec.validate(method, params, uploads)`` checks every field of every method and returns the
params converted to Python values (form fields arrive as strings; objects and arrays arrive as
JSON strings from both aiogram and PTB, or as real JSON in an application/json body).

What is checked, with Telegram-like descriptions (all 400 "Bad Request: ..."):

* required fields: ``chat_id is empty``, ``message text is empty`` (sendMessage/editMessageText),
  otherwise ``parameter "<name>" is required``;
* scalar types Integer / Float / Boolean / String / InputFile: ``parameter "<name>" must be of
  type Integer`` (unions such as "Integer or String" accept either);
* arrays and objects: must parse as JSON (``can't parse reply keyboard markup JSON object``,
  ``can't parse <name> JSON object``), then every nested object is checked against its type:
  ``can't parse <Type>: Can't find field "<f>"`` / ``Field "<f>" must be of type <T>``; abstract
  types (InlineQueryResult, BotCommandScope, MenuButton, InputMedia...) are resolved through their
  ``type`` discriminator;
* extra rules Telegram enforces that the spec only describes in prose: inline buttons need
  exactly one action field (``can't parse InlineKeyboardButton: Text buttons are not allowed in
  the inline keyboard``), callback_data 1-64 bytes (``BUTTON_DATA_INVALID``), button URLs
  (``BUTTON_URL_INVALID``), at most 100 inline buttons (``reply markup is too long``), bot
  commands (``BOT_COMMAND_INVALID``, ``BOT_COMMAND_DESCRIPTION_INVALID``), inline result ids
  1-64 bytes (``RESULT_ID_INVALID``).

Unknown parameters are ignored, as Telegram does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ApiError, bad_request
from .files import UploadedFile

SPEC_PATH = Path(__file__).with_name("bot_api_methods.json")
_INT_RE = re.compile(r"^\s*[-+]?\d+\s*$")
_BOOL = {"true": True, "false": False, "1": True, "0": False}
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
# Required in the docs, optional in practice: setWebhook without a url (aiogram drops empty
# form values) removes the webhook on Telegram's server too.
_EMPTY_OK = {("setWebhook", "url")}


class _Invalid(Exception):
    """A nested validation failure; ``where`` is the innermost object type."""

    def __init__(self, message: str, where: str | None = None, plain: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.plain = plain  # message is already a full Telegram description


@dataclass(frozen=True)
class Field:
    name: str
    types: tuple[str, ...]
    required: bool
    const: str | None = None


@dataclass(frozen=True)
class MethodSpec:
    name: str
    fields: tuple[Field, ...]
    returns: tuple[str, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


def _fields(raw: list[dict[str, Any]]) -> tuple[Field, ...]:
    return tuple(Field(f["name"], tuple(f["types"]), f["required"], f.get("const")) for f in raw)


class Spec:
    def __init__(self, data: dict[str, Any]) -> None:
        self.version: str = data["version"]
        self.methods: dict[str, MethodSpec] = {}
        for name, m in data["methods"].items():
            self.methods[name.lower()] = MethodSpec(name, _fields(m["fields"]), tuple(m["returns"]))
        self.types: dict[str, tuple[Field, ...]] = {k: _fields(v["fields"]) for k, v in data["types"].items()}
        self.subtypes: dict[str, list[str]] = {
            k: v["subtypes"] for k, v in data["types"].items() if "subtypes" in v
        }

    def method(self, name: str) -> MethodSpec | None:
        # Telegram matches method names case-insensitively.
        return self.methods.get(name.lower())

    # --- top level ---------------------------------------------------------------------------

    def validate(
        self, method: MethodSpec, params: dict[str, Any], uploads: dict[str, UploadedFile]
    ) -> dict[str, Any]:
        names = {f.name for f in method.fields}
        # File parts referenced as attach://<part> are resolved below; drop the bare parts.
        out = {k: v for k, v in params.items() if k in names or not isinstance(v, UploadedFile)}
        for f in method.fields:
            value = params.get(f.name)
            empty = value is None or value == ""
            if empty and f.required and (method.name, f.name) not in _EMPTY_OK:
                raise bad_request(_missing(method.name, f.name))
            if value is None or (value == "" and "String" not in f.types):
                out.pop(f.name, None)  # an empty form field means "not given"
                continue
            try:
                out[f.name] = self._convert(value, f.types, uploads, top=f.name)
            except _Invalid as e:
                raise _to_api_error(f.name, e) from None
        return out

    # --- conversion ------------------------------------------------------------------------------

    def _convert(self, value: Any, types: tuple[str, ...], uploads: dict[str, UploadedFile], top: str | None = None) -> Any:
        errors: list[_Invalid] = []
        # Try object candidates whose required fields are present first, so a union of markups
        # reports the error of the markup the bot meant.
        for t in self._order(types, value):
            try:
                return self._convert_one(value, t, uploads, top)
            except _Invalid as e:
                errors.append(e)
        if len(errors) == 1 or any(e.where or e.plain for e in errors):
            raise next((e for e in errors if e.where or e.plain), errors[0])
        raise _Invalid(f"must be of type {' or '.join(types)}")

    def _order(self, types: tuple[str, ...], value: Any) -> list[str]:
        if len(types) < 2:
            return list(types)
        obj = _maybe_json(value) if isinstance(value, str) else value
        if not isinstance(obj, dict):
            return list(types)

        def missing(t: str) -> int:
            fields = self.types.get(t, ())
            return sum(1 for f in fields if f.required and f.name not in obj)

        return sorted(types, key=missing)

    def _convert_one(self, value: Any, t: str, uploads: dict[str, UploadedFile], top: str | None) -> Any:
        if t.startswith("Array of "):
            inner = t[len("Array of ") :]
            if isinstance(value, str):
                value = _parse_json(value, top)
            if not isinstance(value, list):
                raise _Invalid(f"must be of type {t}")
            return [self._convert(v, (inner,), uploads) for v in value]
        if t == "Integer":
            if isinstance(value, bool):
                raise _Invalid("must be of type Integer")
            if isinstance(value, int):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
            if isinstance(value, str) and _INT_RE.match(value):
                return int(value)
            raise _Invalid("must be of type Integer")
        if t == "Float":
            if isinstance(value, bool):
                raise _Invalid("must be of type Float")
            if isinstance(value, (int, float)):
                return float(value)
            if isinstance(value, str):
                try:
                    return float(value)
                except ValueError:
                    pass
            raise _Invalid("must be of type Float")
        if t in ("Boolean", "True"):
            if isinstance(value, bool):
                return value
            if isinstance(value, int) and value in (0, 1):
                return bool(value)
            if isinstance(value, str) and value.lower() in _BOOL:
                return _BOOL[value.lower()]
            raise _Invalid("must be of type Boolean")
        if t == "String":
            if isinstance(value, str):
                return value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return str(value)  # Telegram accepts JSON numbers where it wants strings
            raise _Invalid("must be of type String")
        if t == "InputFile":
            if isinstance(value, UploadedFile):
                return value
            if isinstance(value, str) and value.startswith("attach://"):
                part = uploads.get(value[len("attach://") :])
                if part is None:
                    raise _Invalid(f"file {value} not found in the request")
                return part
            raise _Invalid("must be of type InputFile")
        if isinstance(value, UploadedFile):
            raise _Invalid(f"must be of type {t}")
        return self._object(value, t, uploads, top)

    def _object(self, value: Any, t: str, uploads: dict[str, UploadedFile], top: str | None) -> dict[str, Any]:
        if t == "KeyboardButton" and isinstance(value, str):
            return {"text": value}  # plain strings are still accepted in reply keyboards
        if isinstance(value, str):
            value = _parse_json(value, top)
        if not isinstance(value, dict):
            raise _Invalid(f"{t} must be an Object", where=t)
        if t in self.subtypes:
            return self._abstract(value, t, uploads)
        fields = self.types.get(t)
        if fields is None:
            return value  # a type the spec does not describe: accept as-is
        out = dict(value)
        for f in fields:
            v = value.get(f.name)
            if v is None:
                if f.required:
                    raise _Invalid(f'Can\'t find field "{f.name}"', where=t)
                continue
            if f.const is not None and v != f.const:
                raise _Invalid(f'Field "{f.name}" must be "{f.const}"', where=t)
            try:
                out[f.name] = self._convert(v, f.types, uploads)
            except _Invalid as e:
                if e.where or e.plain:
                    raise
                raise _Invalid(f'Field "{f.name}" {e.message}', where=t) from None
        _extra_rules(t, out)
        return out

    def _abstract(self, value: dict[str, Any], t: str, uploads: dict[str, UploadedFile]) -> dict[str, Any]:
        candidates = list(self.subtypes[t])
        consts = {
            c: f for c in candidates for f in self.types.get(c, ()) if f.const is not None
        }
        if consts:
            disc = next(iter(consts.values())).name
            if disc not in value:
                raise _Invalid(f'Can\'t find field "{disc}"', where=t)
            candidates = [c for c in candidates if c in consts and consts[c].const == value[disc]]
            if not candidates:
                raise _Invalid(f'unsupported {disc} "{value[disc]}"', where=t)
        return self._convert(value, tuple(candidates), uploads)


# --- helpers ------------------------------------------------------------------------------------


def _missing(method: str, name: str) -> str:
    if name == "chat_id":
        return "chat_id is empty"
    if name == "text" and method in ("sendMessage", "editMessageText"):
        return "message text is empty"
    return f'parameter "{name}" is required'


def _maybe_json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return None


def _parse_json(value: str, top: str | None) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        if top == "reply_markup":
            raise _Invalid("can't parse reply keyboard markup JSON object", plain=True) from None
        raise _Invalid(f"can't parse {top or 'object'} JSON object", plain=True) from None


def _to_api_error(name: str, e: _Invalid) -> ApiError:
    if e.plain:
        return bad_request(e.message)
    if e.where:
        return bad_request(f"can't parse {e.where}: {e.message}")
    return bad_request(f'parameter "{name}" {e.message}')


def _extra_rules(t: str, obj: dict[str, Any]) -> None:
    """Rules Telegram enforces that the spec only states in prose."""
    if t == "InlineKeyboardButton":
        actions = [a for a in _BUTTON_ACTIONS if obj.get(a) not in (None, "", False)]
        if "switch_inline_query" in obj or "switch_inline_query_current_chat" in obj:
            # An empty switch query is meaningful ("just insert the bot's username").
            actions += [a for a in ("switch_inline_query", "switch_inline_query_current_chat")
                        if obj.get(a) == "" and a in obj]
        if not actions:
            raise _Invalid("Text buttons are not allowed in the inline keyboard", where=t)
        if len(actions) > 1:
            raise _Invalid(
                f"exactly one of the optional fields must be used, got {', '.join(actions)}", where=t
            )
        if not obj.get("text"):
            raise _Invalid("Field \"text\" must be non-empty", where=t)
        if "callback_data" in actions and not 1 <= len(obj["callback_data"].encode()) <= 64:
            raise _Invalid("BUTTON_DATA_INVALID", plain=True)
        if "url" in actions and not re.match(r"^(https?|tg)://\S+$", obj["url"]):
            raise _Invalid("BUTTON_URL_INVALID", plain=True)
    elif t == "InlineKeyboardMarkup":
        rows = obj["inline_keyboard"]
        if sum(len(r) for r in rows) > 100:
            raise _Invalid("reply markup is too long", plain=True)
    elif t == "BotCommand":
        if not _COMMAND_RE.match(obj["command"]):
            raise _Invalid("BOT_COMMAND_INVALID", plain=True)
        if not 1 <= len(obj["description"]) <= 256:
            raise _Invalid("BOT_COMMAND_DESCRIPTION_INVALID", plain=True)
    elif t.startswith("InlineQueryResult") and "id" in obj:
        if not 1 <= len(str(obj["id"]).encode()) <= 64:
            raise _Invalid("RESULT_ID_INVALID", plain=True)


@cache
def load_spec() -> Spec:
    return Spec(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
