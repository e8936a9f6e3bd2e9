"""updates_throughput: updates handled per second end to end — a user's message enters the local Bot
API server, the bot (its own process, as deployed) takes it by long polling or webhook, the runtime
(aiogram or python-telegram-bot) hands it to the handlers, and the reply arrives back at the server.

Users (many at once, each waiting for the bot's answer before the next message, as people do) send
a mix: search questions from the benchmark query mix, /start, /help, a shared location, and presses
of the buttons under the bot's last answer. The database holds the sample events. Telegram's flood
limits are off on both sides here (server limits, the bot's send pacing and per-user flood guard):
with them on, replies are capped at ~30 a second whatever the bot can do; sender_rate measures that.
"""
from __future__ import annotations

import asyncio
import os
import random
import time
from datetime import datetime, timezone

from .common import Context, free_port, spawn, stop
from .generate import queries

RUNTIMES = (("aiogram", "polling"), ("aiogram", "webhook"), ("ptb", "polling"), ("ptb", "webhook"))


def _available() -> str | None:
    try:
        import bot.app  # noqa: F401
        import bot.devserver  # noqa: F401
        import bot.runtime  # noqa: F401
        from bot.runtime import SendLimits  # noqa: F401
        from handlers.flood import FloodGuard  # noqa: F401
    except ImportError as exc:
        return f"not available yet: {exc}"
    return None


async def _user_session(server, token: str, user_id: int, actions: int, texts: list[str], rng: random.Random,
                        counts: dict[str, int], *, echo: bool = False) -> None:
    user = server.user(user_id, f"U{user_id}", language_code=rng.choice(("zh", "zh", "en")), token=token)
    last = None
    for _ in range(actions):
        r = rng.random()
        buttons = [b for b in (last.buttons if last is not None else []) if b.get("callback_data")]
        if r < 0.15 and buttons and not echo:
            handle = await user.press(last, callback_data=rng.choice(buttons)["callback_data"])
            await handle.wait_answer(timeout=120)
            counts["callback_query"] += 1
            continue
        if r < 0.25:
            await user.send_command(rng.choice(("/start", "/help")))
        elif r < 0.35 and not echo:
            await user.send_location(round(rng.uniform(22.5, 40.0), 4), round(rng.uniform(104.0, 121.0), 4))
        else:
            await user.send_text(rng.choice(texts))
        (last,) = await user.wait_for_messages(1, timeout=120)
        counts["message"] += 1


def _cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU of a process (this one by default), from /proc."""
    fields = open(f"/proc/{pid or 'self'}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(ctx: Context, server, token: str, params: dict, users: int, actions: int, *,
                   echo: bool = False, bot_pid: int | None = None) -> None:
    texts = [q.text for q in queries(400, seed=17) if q.text]
    base = 1_000_000 * (1 + abs(hash(token)) % 1000)  # users of one bot are not users of another
    # Warm up (first queries, connection pools, caches), then measure.
    warm = {"message": 0, "callback_query": 0}
    await asyncio.gather(*(_user_session(server, token, base + i, 3, texts, random.Random(i), warm, echo=echo)
                           for i in range(8)))
    counts = {"message": 0, "callback_query": 0}
    before = len(server.rejected)
    # Where the CPU goes, per update: the bot's process, and this one (the server and the users). On
    # 2 cores the two compete, so the rate alone cannot tell the bot's cost from the harness's.
    cpu0 = (_cpu_seconds(bot_pid) if bot_pid else 0.0), _cpu_seconds()
    t0 = time.perf_counter()
    await asyncio.gather(*(_user_session(server, token, base + 1000 + i, actions, texts, random.Random(100 + i),
                                         counts, echo=echo) for i in range(users)))
    seconds = time.perf_counter() - t0
    bot_cpu = (_cpu_seconds(bot_pid) - cpu0[0]) if bot_pid else None
    harness_cpu = _cpu_seconds() - cpu0[1]
    rejected = [r for r in server.rejected[before:] if not r.injected]
    total = counts["message"] + counts["callback_query"]
    note = f"{total} updates ({counts['callback_query']} button presses) from {users} users in {seconds:.1f} s"
    if bot_cpu is not None:
        note += f"; CPU per update: bot {1000 * bot_cpu / total:.1f} ms, server+users {1000 * harness_cpu / total:.1f} ms"
    if rejected:
        note += f"; {len(rejected)} requests rejected, e.g. {rejected[0]}"
    ctx.add("updates_throughput", {**params, "users": users}, round(total / seconds, 1), "updates/s", note)


async def run(ctx: Context) -> None:
    why = _available()
    if why:
        for framework, mode in RUNTIMES:
            ctx.skip("updates_throughput", {"framework": framework, "mode": mode}, "updates/s", why)
        return
    from bot.devserver import BotApiServer, RateLimits
    from bot.importer.ingest import load_samples
    from bot.store.db import open_database

    path = ctx.workdir / "updates.db"
    db = await open_database(f"sqlite+aiosqlite:///{path}")
    await load_samples(db, now=datetime.now(timezone.utc))
    await db.close()
    users, actions = (16, 4) if ctx.quick else (64, 25)
    # The quick run (CI) starts two bots, not five: each start is mostly importing aiogram's types
    # (5-15 s of CPU); both frameworks and both modes are still exercised.
    runtimes = (("aiogram", "polling"), ("ptb", "webhook")) if ctx.quick else RUNTIMES
    with_echo = not ctx.quick

    server = BotApiServer(rate_limits=RateLimits.off())
    await server.start()
    # One server, a bot identity per runtime; the bot processes start together (their start-up is
    # mostly importing aiogram's types, ~5-10 s) and are measured one at a time while the others idle.
    procs, tokens = [], {}
    try:
        for n, (framework, mode) in enumerate(runtimes):
            token = f"{700_000 + n}:BENCH"
            server.add_bot(token=token, username=f"kepu_bench_{n}_bot")
            tokens[(framework, mode)] = token
        echo_token = "799999:ECHO"
        server.add_bot(token=echo_token, username="kepu_echo_bot")
        starts = []
        for framework, mode in runtimes:
            args = ["benchmarks.botproc", "--db", f"sqlite+aiosqlite:///{path}", "--api", server.base_url,
                    "--framework", framework, "--token", tokens[(framework, mode)], "--unpaced"]
            if mode == "webhook":
                args += ["--webhook-port", str(free_port())]
            starts.append(spawn(*args))
        if with_echo:
            starts.append(spawn("benchmarks.echoproc", "--api", server.base_url, "--token", echo_token))
        results = await asyncio.gather(*starts, return_exceptions=True)
        procs = [p for p in results if not isinstance(p, BaseException)]
        errors = [p for p in results if isinstance(p, BaseException)]
        if errors:
            raise errors[0]
        pids = [p.pid for p in procs]
        for n, (framework, mode) in enumerate(runtimes):
            await _measure(ctx, server, tokens[(framework, mode)], {"framework": framework, "mode": mode},
                           users, actions, bot_pid=pids[n])
        if with_echo:
            await _measure(ctx, server, echo_token, {"framework": "aiogram", "mode": "polling",
                                                     "handler": "echo, no database (the floor)"}, users,
                           actions, echo=True, bot_pid=pids[-1])
    finally:
        await asyncio.gather(*(stop(p) for p in procs))
        await server.stop()
