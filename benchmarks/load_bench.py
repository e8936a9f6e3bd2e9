"""reply_latency: many users ask at once through nginx and two webhook replicas on PostgreSQL and Redis
(issue #7's load test: 1,000 users, target p99 ≤ 300 ms).

The set-up is the deployment guide's: `python -m bot run` twice (webhook mode, REDIS_URL, JSON logs at
INFO) behind nginx with deploy/nginx/kepu-bot.conf (its ports replaced by free ones; without nginx a
small round-robin proxy stands in), one PostgreSQL database holding generated events (10k, dates moved
to lie around today) and one Redis. The local Bot API server plays the users and receives the replies.

Every user sends one realistic search question (the benchmark query mix) at the same moment. The
benchmark then plays Telegram's webhook delivery: the updates go to nginx over at most
`max_connections` (40, what the bot's setWebhook leaves as Telegram's default) requests at once — the
local server's own delivery posts one update at a time, which Telegram does not. Per user it records
the reply latency from its update being delivered (the POST sent) to the reply arriving at the server,
and the latency from the moment everyone asked (what the last user in the queue waits).

Two budgets are measured:
- telegram: the server enforces Telegram's overall limit (30 messages a second per bot) and the
  replicas share SENDER_RATE=25 (the default): 1,000 replies take 40 s whatever the bot does;
- raised: the server allows 1,000 a second (a paid broadcast's allowance) and SENDER_RATE=1000, so
  the bot's own handling time is what is measured.
The replicas' kepu_update_seconds histogram (from /metrics) is reported beside.
"""
from __future__ import annotations

import asyncio
import dataclasses
import itertools
import json
import os
import re
import shutil
import signal
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .common import Context, analyze, database_url, free_port, load_events, percentile
from .generate import BENCH_NOW, events, queries

ROOT = Path(__file__).resolve().parent.parent
NGINX_CONF = ROOT / "deploy" / "nginx" / "kepu-bot.conf"
TOKEN = "123456:LOADTEST"
SECRET = "load-test-secret_1"
HOOK_PATH = "/telegram/hook"
FIRST_USER = 6_000_000

# budget name → (server's overall limit a second, SENDER_RATE of the replicas)
BUDGETS = {"telegram": (30, 25.0), "raised": (1000, 1000.0)}


def sizes(ctx: Context) -> tuple[int, int, tuple[str, ...]]:
    """(users, events, budgets); KEPU_LOAD_USERS / KEPU_LOAD_EVENTS override while working on it."""
    users, n_events, budgets = (40, 1000, ("raised",)) if ctx.quick else (1000, 10_000, ("telegram", "raised"))
    users = int(os.environ.get("KEPU_LOAD_USERS", users))
    n_events = int(os.environ.get("KEPU_LOAD_EVENTS", n_events))
    if os.environ.get("KEPU_LOAD_BUDGETS"):
        budgets = tuple(os.environ["KEPU_LOAD_BUDGETS"].split(","))
    return users, n_events, budgets


def _events_around_today(n: int):
    """The generated events, moved by whole weeks so they lie ahead of today as they lie ahead of BENCH_NOW."""
    weeks = (datetime.now(timezone.utc) - BENCH_NOW).days // 7
    shift = timedelta(weeks=max(0, weeks))
    for r in events(n):
        yield dataclasses.replace(r, starts_at=r.starts_at + shift, ends_at=r.ends_at + shift)


# ---------------------------------------------------------------- the proxy

class Nginx:
    """deploy/nginx/kepu-bot.conf in an nginx of our own (its own prefix, pid and temp files)."""

    def __init__(self, workdir: Path, upstreams: list[int]):
        self.dir = workdir / "nginx"
        self.port = free_port()
        self.upstreams = upstreams
        self.proc = None

    def config(self) -> str:
        conf = NGINX_CONF.read_text(encoding="utf-8")
        conf = conf.replace("127.0.0.1:8443", f"127.0.0.1:{self.port}")
        for guide_port, port in zip((8091, 8092), self.upstreams):
            conf = conf.replace(f"127.0.0.1:{guide_port}", f"127.0.0.1:{port}")
        d = self.dir
        return (f"worker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n"
                f"events {{ worker_connections 4096; }}\n"
                f"http {{\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n"
                f"  fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n"
                f"{conf}\n}}\n")

    async def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "nginx.conf").write_text(self.config(), encoding="utf-8")
        self.proc = await asyncio.create_subprocess_exec(
            shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(self.dir), "-c", str(self.dir / "nginx.conf"),
            "-g", "daemon off;", stderr=asyncio.subprocess.PIPE)
        await _wait_port(self.port, self.proc, "nginx")

    async def stop(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: finish requests in flight
            await asyncio.wait_for(self.proc.wait(), 10)


class FallbackProxy:
    """Where nginx is not installed (CI): each request to the next replica in turn."""

    def __init__(self, upstreams: list[int]):
        self.port = free_port()
        self.upstreams = upstreams
        self._runner = self._http = None

    async def start(self) -> None:
        import aiohttp
        from aiohttp import web

        turn = itertools.cycle(self.upstreams)
        self._http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

        async def forward(request: web.Request) -> web.Response:
            headers = {k: v for k, v in request.headers.items() if k.lower().startswith(("x-telegram", "content-type"))}
            async with self._http.post(f"http://127.0.0.1:{next(turn)}{request.path}", data=await request.read(),
                                       headers=headers) as r:
                return web.Response(status=r.status)

        app = web.Application()
        app.router.add_post(HOOK_PATH, forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
        if self._http:
            await self._http.close()


async def _wait_port(port: int, proc, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc.returncode is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}: {(await proc.stderr.read()).decode()[-500:]}")
        try:
            _, w = await asyncio.open_connection("127.0.0.1", port)
            w.close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} not listening on {port}") from None
            await asyncio.sleep(0.1)


# ---------------------------------------------------------------- the replicas

class Replicas:
    """`python -m bot run` twice, configured as the deployment guide's replica.env says."""

    def __init__(self, workdir: Path, db_url: str, redis_url: str, api_url: str, proxy_port: int, ports: list[int],
                 sender_rate: float):
        self.workdir, self.ports = workdir, ports
        base = {k: v for k, v in os.environ.items()
                if not k.startswith(("BOT_", "WEBHOOK_", "TELEGRAM_", "DATABASE_", "REDIS_", "MIGRATE_", "LOG_",
                                     "SENDER_", "SWEEP_", "METRICS_"))}
        base.update(PYTHONPATH=str(ROOT), BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api_url, DATABASE_URL=db_url,
                    REDIS_URL=redis_url, MIGRATE_ON_START="false", LOAD_SAMPLE_EVENTS="false",
                    WEBHOOK_URL=f"http://127.0.0.1:{proxy_port}{HOOK_PATH}", WEBHOOK_SECRET=SECRET,
                    LOG_FORMAT="json", LOG_LEVEL="INFO", SENDER_RATE=str(sender_rate))
        self.env = base
        self.procs: list = []
        self.logs: list[Path] = []

    async def start(self) -> None:
        import aiohttp

        for i, port in enumerate(self.ports):
            log_path = self.workdir / f"load-replica{i}-{port}.log"
            self.logs.append(log_path)
            with log_path.open("wb") as fh:
                self.procs.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", cwd=self.workdir, stdout=asyncio.subprocess.DEVNULL,
                    stderr=fh, env=dict(self.env, WEBHOOK_LISTEN_PORT=str(port), SENDER_WORKER_NAME=f"load-{i}")))
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 120
            for i, port in enumerate(self.ports):
                while True:
                    if self.procs[i].returncode is not None or time.monotonic() > deadline:
                        raise RuntimeError("replica not ready:\n" + self.logs[i].read_text()[-2000:])
                    try:
                        async with http.get(f"http://127.0.0.1:{port}/readyz") as resp:
                            if resp.status == 200:
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)

    async def metrics(self) -> list[str]:
        import aiohttp

        async with aiohttp.ClientSession() as http:
            out = []
            for port in self.ports:
                async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    out.append(await resp.text())
            return out

    async def stop(self) -> None:
        for p in self.procs:
            if p.returncode is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                await asyncio.wait_for(p.wait(), 30)
            except asyncio.TimeoutError:
                p.kill()
                await p.wait()


def _histogram(texts: list[str], name: str, kind: str) -> dict[str, float]:
    """le → cumulative count of one histogram, summed over replicas (plus "sum" and "count")."""
    out: dict[str, float] = {}
    pattern = re.compile(rf'^{name}_(bucket|sum|count)\{{(.*)\}} (\S+)$')
    for text in texts:
        for line in text.splitlines():
            m = pattern.match(line)
            if not m or f'kind="{kind}"' not in m.group(2):
                continue
            le = re.search(r'le="([^"]+)"', m.group(2))
            key = le.group(1) if m.group(1) == "bucket" else m.group(1)
            out[key] = out.get(key, 0.0) + float(m.group(3))
    return out


def _histogram_summary(before: dict[str, float], after: dict[str, float]) -> str:
    """'n=…, mean …ms, p50 ≤ …, p95 ≤ …, p99 ≤ …' from the buckets' difference (bucket bounds, not exact)."""
    diff = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in after}
    n = diff.get("count", 0.0)
    if not n:
        return "no updates counted"
    buckets = sorted(((float(k), v) for k, v in diff.items() if k not in ("sum", "count")), key=lambda kv: kv[0])
    parts = [f"n={n:.0f}", f"mean {diff['sum'] / n * 1000:.0f} ms"]
    for p in (50, 95, 99):
        bound = next((le for le, c in buckets if c >= n * p / 100), float("inf"))
        parts.append(f"p{p} ≤ {bound * 1000:.0f} ms" if bound != float("inf") else f"p{p} > 10 s")
    return ", ".join(parts)


# ---------------------------------------------------------------- one run

async def _deliver_all(updates: list[dict], url: str, max_connections: int) -> dict[int, float]:
    """POST the updates as Telegram does: at most max_connections at once. Returns chat id → time sent."""
    import aiohttp

    sent: dict[int, float] = {}
    gate = asyncio.Semaphore(max_connections)
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
    timeout = aiohttp.ClientTimeout(total=120)
    failures = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=max_connections), timeout=timeout) as http:
        async def one(update: dict) -> None:
            body = json.dumps(update, ensure_ascii=False).encode()
            async with gate:
                sent[update["message"]["chat"]["id"]] = time.time()
                async with http.post(url, data=body, headers=headers) as resp:
                    await resp.read()
                    if resp.status != 200:
                        failures.append(resp.status)

        await asyncio.gather(*(one(u) for u in updates))
    if failures:
        raise RuntimeError(f"{len(failures)} deliveries answered non-200, e.g. {failures[0]}")
    return sent


async def _ask(server, bot, user_ids: list[int], texts, url: str, max_connections: int,
               timeout: float) -> tuple[float, dict[int, float], dict[int, float]]:
    """Everyone asks at once; returns (t0, chat → delivered at, chat → reply arrived at)."""
    for i, uid in enumerate(user_ids):
        await server.user(uid, f"U{uid}", language_code="zh" if i % 4 else "en", token=TOKEN).send_text(next(texts))
    updates = bot.take(len(user_ids))  # what Telegram would now deliver; the server's own delivery is off
    bot.drop_pending()
    assert len(updates) == len(user_ids), len(updates)
    first = len(server.requests)
    wanted = set(user_ids)
    replied: dict[int, float] = {}
    scanned = first

    def all_replied() -> bool:
        nonlocal scanned
        for r in server.requests[scanned:]:
            if r.method == "sendMessage" and r.ok and r.chat_id in wanted and r.chat_id not in replied:
                replied[r.chat_id] = r.at
        scanned = len(server.requests)
        return len(replied) == len(wanted)

    t0 = time.time()
    delivered = await _deliver_all(updates, url, max_connections)
    await server.wait_until(all_replied, timeout=timeout, describe=lambda: f"{len(replied)}/{len(wanted)} replied")
    return t0, delivered, replied


def _latency_note(values_ms: list[float]) -> str:
    return (f"p50 {percentile(values_ms, 50):,.0f} ms, p95 {percentile(values_ms, 95):,.0f} ms, "
            f"max {max(values_ms):,.0f} ms")


async def _measure(ctx: Context, budget: str, db_url: str, redis_url: str, users: int, n_events: int) -> None:
    from bot.devserver import BotApiServer, Limit, RateLimits

    overall, sender_rate = BUDGETS[budget]
    server = BotApiServer(rate_limits=RateLimits(overall=Limit(overall, 1.0)))
    await server.start()
    bot = server.add_bot(token=TOKEN, username="kepu_load_bot")
    ports = [free_port(), free_port()]
    proxy = Nginx(ctx.workdir, ports) if (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()) \
        else FallbackProxy(ports)
    replicas = Replicas(ctx.workdir, db_url, redis_url, server.base_url, proxy.port, ports, sender_rate)
    try:
        await proxy.start()
        t_start = time.perf_counter()
        await replicas.start()
        await server.wait_until(lambda: len(server.calls("setWebhook")) >= 2, timeout=30)
        ctx.log(f"{budget}: two replicas ready in {time.perf_counter() - t_start:.0f} s behind "
                f"{type(proxy).__name__.lower()}")
        hook = bot.webhook
        url, max_connections = f"http://127.0.0.1:{proxy.port}{HOOK_PATH}", hook.max_connections
        await server.call("deleteWebhook", token=TOKEN)  # from here on the benchmark delivers, in parallel
        texts = itertools.cycle([q.text for q in queries(max(400, users), seed=23) if q.text and q.near is None])

        # Warm-up: replicas that have run a while have their pools open and caches filled.
        warm = min(40, max(8, users // 4))
        await _ask(server, bot, list(range(FIRST_USER - warm, FIRST_USER)), texts, url, max_connections, 120)
        before = [_histogram([t], "kepu_update_seconds", "text") for t in await replicas.metrics()]
        n429 = len([r for r in server.rejected if r.status == 429])
        user_ids = list(range(FIRST_USER, FIRST_USER + users))
        profiler = await _profile(replicas.procs[0].pid, budget)
        try:
            t0, delivered, replied = await _ask(server, bot, user_ids, texts, url, max_connections,
                                                timeout=60 + users / min(overall, sender_rate) * 2)
        finally:
            if profiler is not None:
                profiler.send_signal(signal.SIGINT)  # py-spy writes its file on SIGINT
                await profiler.wait()
        after_texts = await replicas.metrics()
        n429 = len([r for r in server.rejected if r.status == 429]) - n429

        from_delivery = [(replied[u] - delivered[u]) * 1000 for u in user_ids]
        from_asking = [(replied[u] - t0) * 1000 for u in user_ids]
        span = max(replied.values()) - t0
        params = {"users": users, "events": n_events, "budget": f"{budget} ({overall}/s, SENDER_RATE={sender_rate:g})",
                  "proxy": type(proxy).__name__.lower(), "max_connections": max_connections}
        ctx.add("reply_latency_p99", {**params, "from": "delivery"}, round(percentile(from_delivery, 99)), "ms",
                _latency_note(from_delivery))
        ctx.add("reply_latency_p99", {**params, "from": "everyone asking at once"}, round(percentile(from_asking, 99)),
                "ms", _latency_note(from_asking) + f"; all {users} answered in {span:.1f} s "
                f"({users / span:.0f}/s), {n429} answered 429")
        hist_after = [_histogram([t], "kepu_update_seconds", "text") for t in after_texts]
        summary = _histogram_summary(_sum(before), _sum(hist_after))
        ctx.add("update_seconds_metric", params, None if "no updates" in summary else
                round(_sum(hist_after)["count"] - _sum(before).get("count", 0)), "updates",
                "kepu_update_seconds{kind=text} over both replicas: " + summary)
        _check_logs(ctx, replicas.logs, user_ids, budget)
    finally:
        await replicas.stop()
        await proxy.stop()
        await server.stop()


async def _profile(pid: int, budget: str):
    """KEPU_LOAD_PROFILE=PREFIX: py-spy samples replica 0 during the measured burst into
    PREFIX-<budget>.txt (collapsed stacks: `sort -t' ' -k2 -n` shows where the time goes)."""
    prefix = os.environ.get("KEPU_LOAD_PROFILE")
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not prefix or not Path(spy).exists():
        return None
    proc = await asyncio.create_subprocess_exec(spy, "record", "--pid", str(pid), "--format", "raw", "--nonblocking",
                                                "-o", f"{prefix}-{budget}.txt", stdout=asyncio.subprocess.DEVNULL,
                                                stderr=asyncio.subprocess.DEVNULL)
    await asyncio.sleep(1.0)  # attached before the burst starts
    return proc


def _sum(hists: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for h in hists:
        for k, v in h.items():
            out[k] = out.get(k, 0.0) + v
    return out


def _check_logs(ctx: Context, logs: list[Path], user_ids: list[int], budget: str) -> None:
    """Every handled update has a JSON log line naming its update and chat; no question text is logged."""
    chats: set[int] = set()
    leaked = 0
    texts = {q.text for q in queries(max(400, len(user_ids)), seed=23) if len(q.text) >= 4}
    for path in logs:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("{"):
                rec = json.loads(line)
                if "update_id" in rec and "chat_id" in rec:
                    chats.add(rec["chat_id"])
            leaked += any(t in line for t in texts)
    missing = len(set(user_ids) - chats)
    ctx.log(f"{budget}: logs name update and chat for {len(user_ids) - missing}/{len(user_ids)} updates; "
            f"{leaked} lines hold a question's text")
    if leaked:
        raise AssertionError(f"{leaked} log lines hold a user's text")


async def _redis_url() -> str | None:
    # A database number of its own: flushing our keys between runs must not touch a test's locks.
    url = os.environ.get("KEPU_LOAD_REDIS_URL", "redis://127.0.0.1:6379/7")
    try:
        import redis.asyncio as aioredis

        r = aioredis.Redis.from_url(url, socket_connect_timeout=1)
        await r.ping()
        await r.aclose()
        return url
    except Exception:  # noqa: BLE001 - no Redis: the benchmark says so instead of failing
        return None


async def run(ctx: Context) -> None:
    users, n_events, budgets = sizes(ctx)
    params = {"users": users, "events": n_events}
    if "postgres" not in ctx.backends:
        ctx.skip("reply_latency_p99", params, "ms", "PostgreSQL is not reachable: replicas need it")
        return
    redis_url = await _redis_url()
    if redis_url is None:
        ctx.skip("reply_latency_p99", params, "ms", "PostgreSQL is up but Redis is not reachable")
        return
    from bot.store.db import open_database

    async with database_url("postgres", ctx.workdir, "load") as db_url:
        t0 = time.perf_counter()
        db = await open_database(db_url)  # the deployment step: migrate once, before the replicas start
        try:
            await load_events(db, _events_around_today(n_events))
            await analyze(db)
        finally:
            await db.close()
        ctx.log(f"{n_events:,} events in PostgreSQL in {time.perf_counter() - t0:.0f} s")
        for budget in budgets:
            await _flush_redis(redis_url)
            await _measure(ctx, budget, db_url, redis_url, users, n_events)


async def _flush_redis(url: str) -> None:
    """The shared budget and chat locks left by an earlier run (in the load test's own Redis database)."""
    import redis.asyncio as aioredis

    r = aioredis.Redis.from_url(url)
    keys = [k async for k in r.scan_iter("kepu:*")]
    if keys:
        await r.delete(*keys)
    await r.aclose()
