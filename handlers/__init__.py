"""The conversation, written once for both runtimes (aiogram and python-telegram-bot).

A runtime turns an update into `handlers.types.Incoming`, calls `Conversation.handle`, and renders the
`Reply` list it gets back. Nothing here imports a Telegram framework or SQLAlchemy: handlers talk to
`bot.services` through `ctx.svc`, the unit of work of the update.

Extending the conversation (how handlers/subscriptions.py and any later module plug in)
--------------------------------------------------------------------------------------
Write a module in handlers/ and register into the shared `router`:

    from handlers.router import router, callback_data, int_arg, Expired, N_

    @router.command("my", menu=N_("My reminders"))          # /my; menu text shown in Telegram's menu
    async def my(ctx, inc): return [Reply(text=ctx._("..."))]

    @router.callback("rm")                                   # buttons with callback_data("rm", event_id)
    async def remind(ctx, inc, args):                        # args = ["123"]; raise Expired on junk
        event_id = int_arg(args, 0)
        ...
        return [Reply(toast=ctx._("I'll remind you"))]

    @router.card_buttons                                     # extra rows on every event card
    async def remind_row(ctx, event): return [[Button(...)]]

    @router.on_pending("home_city")                          # answers the next plain message
                                                             # after svc.set_pending(user, "home_city")

Then add the module's name to MODULES below (order matters only for the command menu). A module
listed there but not present yet (e.g. subscriptions before it lands) is skipped.

Callback data is "v1:<prefix>:<args>" (≤ 64 bytes); anything malformed, of another version, of an
unknown prefix, or whose handler raises Expired is answered "this button has expired".
Every user-facing string goes through `ctx._("…")` / `ctx.n_(…)` (gettext, catalogs in locales/).
"""
from __future__ import annotations

import importlib

from handlers.router import Router, router

MODULES = ["start", "search", "event", "settings", "inline", "subscriptions", "organizer", "admin", "common"]
OPTIONAL = {"subscriptions", "organizer", "admin"}  # the conversation works without them


def load_handlers() -> Router:
    """Import every handler module once (registration happens at import) and return the router."""
    for name in MODULES:
        try:
            importlib.import_module(f"handlers.{name}")
        except ModuleNotFoundError as exc:
            if name in OPTIONAL and exc.name == f"handlers.{name}":
                continue
            raise
    return router


def __getattr__(name: str):
    if name == "Conversation":  # lazy: importing handlers.types must not pull in the services
        from handlers.conversation import Conversation

        return Conversation
    raise AttributeError(name)
