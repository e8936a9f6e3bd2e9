"""Regenerate ``bot_api_methods.json`` from the full Bot API reference.

The dev server validates requests against the spec but must not read the shared
folder at run time (it is not part of the repo), so we keep a trimmed copy:

* ``methods``: name -> {returns, fields: [{name, types, required}]}
* ``types``: only the object types reachable from method parameters (what a bot
  can *send*), with the same field shape; abstract types keep ``subtypes``.
  A discriminator field ("type", "source", ...) gets ``const`` taken from its
  description ("must be article" / 'always "emoji"'), so a union can be resolved.

Usage::

    python -m bot.devserver._trim_spec /work/shared/telegram/bot-api-9.2.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("bot_api_methods.json")
SCALARS = {"Integer", "String", "Boolean", "Float", "True", "InputFile"}
_CONST = re.compile(r"(?:must be|always)\s+[\"“]?([a-z0-9_]+)[\"”]?\s*$")


def _base_names(type_expr: str) -> list[str]:
    # "Array of Array of InlineKeyboardButton" -> ["InlineKeyboardButton"]
    return [type_expr.removeprefix("Array of ").removeprefix("Array of ")]


def _trim_field(field: dict[str, Any]) -> dict[str, Any]:
    out = {"name": field["name"], "types": field["types"], "required": field["required"]}
    if field["types"] == ["String"]:
        m = _CONST.search(field.get("description", "").rstrip("."))
        if m and field["name"] in ("type", "source", "status"):
            out["const"] = m.group(1)
    return out


def trim(spec: dict[str, Any]) -> dict[str, Any]:
    methods: dict[str, Any] = {}
    wanted: list[str] = []
    for name, m in sorted(spec["methods"].items()):
        fields = [_trim_field(f) for f in m.get("fields", [])]
        methods[name] = {"returns": m.get("returns", []), "fields": fields}
        for f in fields:
            for t in f["types"]:
                wanted.extend(_base_names(t))

    types: dict[str, Any] = {}
    while wanted:
        name = wanted.pop()
        if name in SCALARS or name in types or name not in spec["types"]:
            continue
        t = spec["types"][name]
        entry: dict[str, Any] = {}
        if "subtypes" in t:
            entry["subtypes"] = t["subtypes"]
            wanted.extend(t["subtypes"])
        fields = [_trim_field(f) for f in t.get("fields", [])]
        entry["fields"] = fields
        for f in fields:
            for ty in f["types"]:
                wanted.extend(_base_names(ty))
        types[name] = entry
    return {"version": spec["version"], "methods": methods, "types": dict(sorted(types.items()))}


def main(argv: list[str]) -> None:
    src = Path(argv[1] if len(argv) > 1 else "/work/shared/telegram/bot-api-9.2.json")
    spec = json.loads(src.read_text(encoding="utf-8"))
    OUT.write_text(json.dumps(trim(spec), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(spec['methods'])} methods)")


if __name__ == "__main__":
    main(sys.argv)
