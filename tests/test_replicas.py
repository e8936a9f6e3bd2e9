"""Two `python -m bot run` replicas in webhook mode on one PostgreSQL database and one Redis, behind a
round-robin proxy in front of them (as a reverse proxy would be): the deployment step migrates once,
replicas start with MIGRATE_ON_START=false, a dialog started on one replica continues on the other,
one user's updates never overlap across replicas, and /metrics of the two together count exactly the
updates the proxy handed over."""
from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.devserver import BotApiServer
from tests.conftest import require_redis
from tests.scenarios.conftest import BOT_USERNAME, TOKEN, free_port
from tests.scenarios.conftest import command, press, say

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class RoundRobinProxy:
    """What nginx `upstream { server a; server b; }` does: each request to the next replica in turn.
    Records which replica took each update."""

    def __init__(self, upstreams: list[int]):
        self.upstreams = upstreams
        self._next = itertools.cycle(range(len(upstreams)))
        self.port = free_port()
        self.routed: list[tuple[int, int]] = []  # (update_id, replica index)
        self._runner: web.AppRunner | None = None
        self._http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._http = aiohttp.ClientSession()

        async def forward(request: web.Request) -> web.Response:
            body = await request.read()
            i = next(self._next)
            headers = {k: v for k, v in request.headers.items() if k.lower().startswith(("x-telegram", "content-type"))}
            async with self._http.post(f"http://127.0.0.1:{self.upstreams[i]}{request.path}", data=body,
                                       headers=headers) as r:
                status = r.status
            if status == 200:
                import json
                self.routed.append((json.loads(body)["update_id"], i))
            return web.Response(status=status)

        app = web.Application()
        app.router.add_post("/{tail:.*}", forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
        if self._http:
            await self._http.close()


async def _run_cli(env: dict, *args: str, cwd: Path) -> str:
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, cwd=cwd, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()
    return out.decode() + err.decode()


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


class Replicas:
    """N `python -m bot run` processes on one database and Redis, in webhook mode behind the proxy."""

    def __init__(self, server: BotApiServer, db_url: str, redis_url: str, tmp_path: Path, n: int = 2, **extra: str):
        self.server, self.db_url, self.redis_url, self.tmp_path, self.extra = server, db_url, redis_url, tmp_path, extra
        self.ports = [free_port() for _ in range(n)]
        self.proxy = RoundRobinProxy(self.ports)
        self.procs: list[asyncio.subprocess.Process] = []
        self.logs: list[Path] = []
        self.base = {k: v for k, v in os.environ.items()
                     if not k.startswith(("BOT_", "WEBHOOK_", "TELEGRAM_", "DATABASE_", "REDIS_", "MIGRATE_", "LOG_",
                                          "SENDER_", "SWEEP_"))}
        self.base.update(PYTHONPATH=str(ROOT), DATABASE_URL=db_url)

    async def deploy(self, *, samples: bool = True) -> None:
        """The deployment step: the schema once (and the sample events once)."""
        await _run_cli(self.base, "migrate", cwd=self.tmp_path)
        if samples:
            await _run_cli(self.base, "sample", cwd=self.tmp_path)

    async def start(self) -> None:
        await self.proxy.start()
        for i, port in enumerate(self.ports):
            env = dict(self.base, BOT_TOKEN=TOKEN, TELEGRAM_API_URL=self.server.base_url, REDIS_URL=self.redis_url,
                       MIGRATE_ON_START="false", LOAD_SAMPLE_EVENTS="false", LOG_FORMAT="json", LOG_LEVEL="INFO",
                       WEBHOOK_URL=f"http://127.0.0.1:{self.proxy.port}/telegram/hook", WEBHOOK_LISTEN_PORT=str(port),
                       WEBHOOK_SECRET="replica-secret_1", BOT_FRAMEWORK=("aiogram", "ptb")[i % 2],
                       SENDER_WORKER_NAME=f"replica{i}", **self.extra)
            log_path = self.tmp_path / f"replica{i}.log"
            self.logs.append(log_path)
            with log_path.open("wb") as fh:
                self.procs.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", cwd=self.tmp_path, env=env,
                    stdout=asyncio.subprocess.DEVNULL, stderr=fh))
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 60
            for port in self.ports:
                while True:
                    assert time.monotonic() < deadline, "replicas not ready:\n" + self.log_text()
                    try:
                        async with http.get(f"http://127.0.0.1:{port}/readyz") as resp:
                            body = await resp.json()
                            if resp.status == 200:
                                assert body == {"ready": True, "database": "ok", "redis": "ok"}
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)
        await self.server.wait_until(lambda: len(self.server.calls("setWebhook")) >= len(self.ports), timeout=30)

    async def metrics(self) -> list[str]:
        out = []
        async with aiohttp.ClientSession() as http:
            for i, port in enumerate(self.ports):
                if self.procs[i].returncode is not None:
                    out.append("")
                    continue
                async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    assert resp.status == 200
                    out.append(await resp.text())
        return out

    async def stop(self) -> list[int | None]:
        for p in self.procs:
            if p.returncode is None:
                p.send_signal(signal.SIGTERM)
        codes = []
        for p in self.procs:
            try:
                codes.append(await asyncio.wait_for(p.wait(), 30))
            except asyncio.TimeoutError:
                codes.append(None)
        return codes

    async def close(self) -> None:
        for p in self.procs:
            if p.returncode is None:
                p.kill()
                await p.wait()
        await self.proxy.stop()

    def log_text(self) -> str:
        return "\n".join(p.read_text() for p in self.logs if p.exists())


async def _flush_redis_locks(redis_url: str) -> None:
    import redis.asyncio as aioredis

    r = aioredis.Redis.from_url(redis_url)
    keys = [k async for k in r.scan_iter("kepu:*")]
    if keys:
        await r.delete(*keys)
    await r.aclose()


async def test_two_webhook_replicas_share_dialogs_order_and_count(pg_url, tmp_path):
    redis_url = require_redis()
    await _flush_redis_locks(redis_url)
    server = BotApiServer()
    await server.start()
    server.add_bot(token=TOKEN, username=BOT_USERNAME)
    reps = Replicas(server, pg_url, redis_url, tmp_path)
    proxy = reps.proxy
    try:
        await reps.deploy()
        await reps.start()
        # A dialog started on one replica continues on the other (its open question is in PostgreSQL).
        li = server.user(7001, "Li", language_code="zh")
        panel = await command(li, "/settings")
        await press(li, panel, "🕒 更改时区")
        (zones,) = await li.wait_for_messages(1)
        typed = await say(li, "Europe/Berlin")
        assert "时区：Europe/Berlin" in typed.text
        assert len({i for _, i in proxy.routed}) == 2, proxy.routed  # both replicas took part in the dialog
        await press(li, panel, "🏙 更改所在城市")
        await li.wait_for_messages(1)
        assert "娄底" in (await say(li, "娄底")).text

        # Many users at once: each gets exactly one answer, both replicas serve.
        users = [server.user(8000 + k, f"U{k}", language_code="zh") for k in range(40)]
        await asyncio.gather(*(u.send_text("北京 人工智能") for u in users))
        answers = await asyncio.gather(*(u.wait_for_messages(1, timeout=30) for u in users))
        assert all(a[0].text.startswith("🔎 北京") for a in answers)
        await server.wait_idle(quiet=0.2, timeout=30)

        # The metrics of the two replicas together count what the proxy handed over.
        per_replica = await reps.metrics()
        handled = sum(_metric(t, "kepu_updates_total", outcome="ok") for t in per_replica)
        errors = sum(_metric(t, "kepu_updates_total", outcome="error") for t in per_replica)
        assert errors == 0
        assert handled == len(proxy.routed), (handled, len(proxy.routed))
        for i, t in enumerate(per_replica):
            mine = sum(1 for _, j in proxy.routed if j == i)
            assert _metric(t, "kepu_updates_total", outcome="ok") == mine
            assert _metric(t, "kepu_update_seconds_count") == mine
            assert "kepu_outbox_depth 0.0" in t
        assert await reps.stop() == [0, 0], reps.log_text()
    finally:
        await reps.close()
        await server.stop()
    text = reps.log_text()
    assert TOKEN not in text and "Europe/Berlin" not in text and "北京 人工智能" not in text
    assert "Traceback" not in text, text
    assert re.search(r'^\{"ts": ', text, re.M), "JSON log lines"

