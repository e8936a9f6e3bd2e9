"""`python -m bot ...`: import, search, run, sample, migrate, retag.

Every user mistake (missing file, bad option, unreachable database) is one line on stderr and a
non-zero exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError

from bot.config import Settings

EXIT_USAGE = 2
EXIT_FAIL = 1


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def _parse_now(value: str | None, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if not value:
        return datetime.now(zone)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(f"--now {value!r} is not an ISO 8601 time, e.g. 2026-09-16T10:00:00+08:00")
    return dt.replace(tzinfo=zone) if dt.tzinfo is None else dt


def _parse_near(value: str | None, radius: float | None, default_radius: float):

    if value is None:
        if radius is not None:
            raise UserError("--radius-km needs --near LAT,LON")
        return None
    try:
        lat_s, lon_s = value.replace("，", ",").split(",")
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise UserError(f"--near {value!r} is not LAT,LON, e.g. --near 32.04,118.82")
    return _near(lat, lon, radius if radius is not None else default_radius)


def _near(lat: float, lon: float, radius: float):
    from bot.nlu.query import Near

    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UserError(f"coordinates {lat},{lon} are outside the globe (latitude -90..90, longitude -180..180)")
    if not (0 < radius <= 2000):
        raise UserError(f"radius {radius:g} km must be above 0 and at most 2000")
    return Near(lat, lon, radius)


async def _open(settings: Settings):
    from bot.store.db import open_database

    return await open_database(settings.db_url, echo=settings.db_echo)


# ---------------------------------------------------------------- import

async def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.importer.ingest import import_paths

    for p in args.paths:
        if not Path(p).exists():
            raise UserError(f"{p}: no such file")
        if Path(p).is_dir():
            raise UserError(f"{p}: is a directory, not a calendar file")
    now = _parse_now(args.now, settings.default_tz)
    db = await _open(settings)
    failed = False
    try:
        for path, report, error in await import_paths(db, args.paths, now=now, settings=settings):
            if error:
                failed = True
                print(f"{path}: {error}", file=sys.stderr)
                continue
            c = report.counts()
            print(f"{path}: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
                  f"{c['cancelled']} cancelled, {c['rejected']} rejected")
            for r in report.rejected:
                print(f"  rejected {r.where}: {r.why}")
    finally:
        await db.close()
    return EXIT_FAIL if failed else 0


# ---------------------------------------------------------------- search

async def cmd_search(settings: Settings, args: argparse.Namespace) -> int:
    from bot.geo.gazetteer import Gazetteer
    from bot.nlu.query import parse_query
    from bot.search import answer_json, search

    gz = Gazetteer.default()
    if args.batch:
        if args.query:
            raise UserError("give either a QUERY or --batch (queries on stdin), not both")
        return await _search_batch(settings, gz)
    if args.query is None:
        raise UserError('search needs a QUERY, e.g. python -m bot search "周末北京 人工智能", or --batch')
    if args.limit < 1 or args.limit > 100:
        raise UserError("--limit must be between 1 and 100")
    now = _parse_now(args.now, settings.default_tz)
    near = _parse_near(args.near, args.radius_km, settings.near_radius_km)
    db = await _open(settings)
    try:
        async with db.sessions() as session:
            answer = await search(session, parse_query(args.query, now, near=near, gazetteer=gz), limit=args.limit)
    finally:
        await db.close()
    data = answer_json(answer, gz)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        _print_table(data)
    return 0


async def _search_batch(settings: Settings, gz) -> int:
    from bot.nlu.query import parse_query
    from bot.search import answer_json, search

    db = await _open(settings)
    try:
        for lineno, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("q", ""), str):
                    raise UserError('each line must be an object like {"q": "..."}')
                now = _parse_now(item.get("now"), settings.default_tz)
                near = None
                if item.get("near") is not None:
                    n = item["near"]
                    if not isinstance(n, list) or len(n) not in (2, 3):
                        raise UserError('"near" must be [lat, lon] or [lat, lon, radius_km]')
                    near = _near(float(n[0]), float(n[1]), float(n[2]) if len(n) == 3 else settings.near_radius_km)
                limit = int(item.get("limit") or 10)
                if not 1 <= limit <= 100:
                    raise UserError('"limit" must be between 1 and 100')
                async with db.sessions() as session:
                    answer = await search(session, parse_query(item.get("q") or "", now, near=near, gazetteer=gz),
                                          limit=limit)
                out = answer_json(answer, gz)
            except (UserError, ValueError, TypeError) as exc:
                out = {"error": f"line {lineno}: {exc}", "query": None, "results": [], "suggestions": []}
            print(json.dumps(out, ensure_ascii=False), flush=True)
    finally:
        await db.close()
    return 0


def _print_table(data: dict) -> None:
    q = data["query"]
    print(f"understood: {q['label'] or '(everything upcoming)'}" + (f"  | text: {q['free_text']}" if q["free_text"] else ""))
    if not data["results"]:
        print("nothing found")
        for s in data["suggestions"]:
            print(f"  try: {s['label']} ({s['count']})")
        return
    for i, r in enumerate(data["results"], 1):
        where = "online" if r["online"] else f"{r['city'] or ''} {r['venue'] or ''}".strip()
        dist = f"  {r['distance_km']} km" if "distance_km" in r else ""
        print(f"{i:>2}. {r['starts_at'][:16].replace('T', ' ')}  {r['title']}  @ {where}{dist}  [{r['uid']}]")


# ---------------------------------------------------------------- sample, migrate, run

async def cmd_sample(settings: Settings, args: argparse.Namespace) -> int:
    from bot.importer.ingest import load_samples

    db = await _open(settings)
    try:
        report = await load_samples(db, now=_parse_now(args.now, settings.default_tz))
    finally:
        await db.close()
    c = report.counts()
    print(f"sample events: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged")
    return 0


async def cmd_retag(settings: Settings, args: argparse.Namespace) -> int:
    from bot.retag import retag_all

    db = await _open(settings)
    try:
        report = await retag_all(db)
    finally:
        await db.close()
    print(f"retagged: {report.events} events read, {report.changed} changed")
    return 0


async def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    db = await _open(settings)
    await db.close()
    print("database is at the latest schema")
    return 0


async def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import run_bot
    from bot.ops import setup_logging

    setup_logging(settings, verbose=args.verbose)

    return await run_bot(settings, playground=args.playground)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Science events assistant for Telegram")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", help="import iCalendar (.ics), CSV or JSON Lines files")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--now", help="the time recurring events are expanded from (ISO 8601; default: now)")
    imp.set_defaults(func=cmd_import)

    s = sub.add_parser("search", help="search events as the bot would")
    s.add_argument("query", nargs="?")
    s.add_argument("--now", help="read relative times against this ISO 8601 time")
    s.add_argument("--near", metavar="LAT,LON")
    s.add_argument("--radius-km", type=float, dest="radius_km")
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--json", action="store_true", help="one JSON answer")
    s.add_argument("--batch", action="store_true", help="JSON Lines queries on stdin, one answer a line")
    s.set_defaults(func=cmd_search)

    sm = sub.add_parser("sample", help="load the sample events (dated from today on)")
    sm.add_argument("--now")
    sm.set_defaults(func=cmd_sample)

    mg = sub.add_parser("migrate", help="create or upgrade the database schema")
    mg.set_defaults(func=cmd_migrate)

    rt = sub.add_parser("retag", help="read stored events' topics and audiences again with the current taxonomy")
    rt.set_defaults(func=cmd_retag)

    r = sub.add_parser("run", help="run the bot (without BOT_TOKEN: the local playground)")
    r.add_argument("--playground", action="store_true", help="always run the local playground")
    r.set_defaults(func=cmd_run)
    return p


class _Parser(argparse.ArgumentParser):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed one usage line
        return int(exc.code or 0) and EXIT_USAGE
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.store.db import DatabaseError

    try:
        settings = Settings()
        ZoneInfo(settings.default_tz)
        return asyncio.run(args.func(settings, args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"error: configuration {'.'.join(map(str, first['loc'])).upper()}: {first['msg']}", file=sys.stderr)
        return EXIT_USAGE
    except ZoneInfoNotFoundError as exc:
        print(f"error: unknown time zone {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
