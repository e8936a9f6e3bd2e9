"""Publishing events in chat: the new-event dialog, edits, cancellations, duplicates, files, /myevents.

Every function that changes something takes the acting `Actor` and runs `organizers.check` first, on
the server, with the owner loaded from the database — whatever buttons the user was shown.

The dialog is a row in `publish_drafts`, written at every step, so it survives a restart of the bot;
abandoning it deletes the row. Fields are validated by bot.event_fields (pure functions returning a
value or an `Invalid` with a reason code the handler words), and events are written by the same code
as every importer: an `EventRecord` goes through `bot.events.upsert_records` — a file sent in chat is read by
`bot.importer.parse.parse_bytes`, exactly as `python -m bot import` reads it. Subscribers hear about
changes and cancellations through bot.subscriptions.on_import (the same change notices as any import).

Uids of events published by an organization are namespaced "o<org id>/<uid>": two organizations
using the same uid in their files can never touch each other's events.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import organizers as orgs
from bot.event_fields import Place, When
from bot.events import ImportReport, upsert_records
from bot.geo.gazetteer import Gazetteer
from bot.importer.records import CANCELLED, SCHEDULED, EventRecord, NotACalendarError, Rejection
from bot.nlu import lexicon
from bot.organizers import Action, Actor, Owned
from bot.services import EventView, event_view
from bot.store.models import Event, EventOwner, OrgPrompt, Organization, PublishDraft, Submission, Subscription

MAX_FILE_BYTES = 5 * 1024 * 1024

STEPS = ("title", "when", "place", "topics", "audience", "online", "register", "descr", "preview")
FIELDS = STEPS[:-1]  # what can be edited later, in the dialog's order
OPTIONAL = frozenset({"topics", "audience", "online", "register", "descr"})


# ---------------------------------------------------------------- the environment of an action

@dataclass(frozen=True)
class Env:
    """What every action needs besides the session: settings, the gazetteer, and the time (aware UTC)."""

    settings: Any  # bot.config.Settings
    gazetteer: Gazetteer | None  # None where no place is named (closing broadcasts)
    now: datetime

    @property
    def admin_ids(self) -> frozenset[int]:
        return frozenset(self.settings.admin_ids)

    def place_name(self, code: str | None, lang: str) -> str | None:
        division = self.gazetteer.get(code) if code and self.gazetteer else None
        return self.gazetteer.display_name(division, lang) if division else None

    @property
    def rules(self):
        from bot.reminders import Rules

        return Rules.from_settings(self.settings, place_name=self.place_name)



# ---------------------------------------------------------------- records: to and from the store

def record_to_json(r: EventRecord) -> dict:
    d = asdict(r)
    d["starts_at"], d["ends_at"] = r.starts_at.isoformat(), r.ends_at.isoformat()
    return d


def record_from_json(d: dict) -> EventRecord:
    d = dict(d)
    d["starts_at"], d["ends_at"] = datetime.fromisoformat(d["starts_at"]), datetime.fromisoformat(d["ends_at"])
    return EventRecord(**d)


def _names(ids: list[str] | tuple[str, ...], vocabulary) -> list[str]:
    """Taxonomy ids → their Chinese names, which bot.events.tag classifies back to the same ids."""
    return [vocabulary.get(t).zh for t in ids if vocabulary.get(t)]


def record_from_draft(data: dict, *, uid: str, organizer: str) -> EventRecord:
    when = When.from_json(data["when"])
    place = data.get("place") or {}
    online_url = data.get("online_url")
    return EventRecord(
        uid=uid, title=data["title"], starts_at=when.starts_at, ends_at=when.ends_at, tz=when.tz, all_day=when.all_day,
        description=data.get("description") or "", venue=place.get("venue"), address=place.get("address"),
        city_hint=place.get("city_hint"), lat=place.get("lat"), lon=place.get("lon"),
        online=bool(place.get("online") or online_url), online_url=online_url, url=data.get("url"),
        categories=_names(data.get("topics") or [], lexicon.topics()),
        audiences=_names(data.get("audiences") or [], lexicon.audiences()),
        organizer=organizer, status=SCHEDULED, where="chat")


def record_from_event(ev: Event, gazetteer: Gazetteer) -> EventRecord:
    """The stored event as a record again, so an edit goes through the importer's own upsert."""
    division = gazetteer.get(ev.district_code or ev.city_code or ev.province_code or "")
    return EventRecord(
        uid=ev.uid, title=ev.title, starts_at=ev.starts_at, ends_at=ev.ends_at, tz=ev.tz or "Asia/Shanghai",
        all_day=ev.all_day, description=ev.description or "", venue=ev.venue, address=ev.address,
        city_hint=division.name if division else None, lat=ev.lat, lon=ev.lon, online=ev.online,
        online_url=ev.online_url, url=ev.url, categories=[c for c in (ev.categories or "").split("|") if c],
        audiences=_names(ev.audiences.split(), lexicon.audiences()), organizer=ev.organizer, status=ev.status,
        series_uid=ev.series_uid, where="chat")


def draft_from_event(ev: Event, gazetteer: Gazetteer) -> dict:
    """The fields of an existing event as dialog data (for duplicating it)."""
    division = gazetteer.get(ev.district_code or ev.city_code or ev.province_code or "")
    place = Place(venue=ev.venue, address=ev.address, city_hint=division.name if division else None, lat=ev.lat,
                  lon=ev.lon, online=ev.online and not (ev.venue or ev.address or ev.lat is not None))
    description = ev.description or ""
    if description.startswith(CANCEL_PREFIX):  # the copy is not cancelled
        description = description.partition("\n\n")[2]
    return {"title": ev.title, "place": place.to_json(), "topics": ev.topics.split(), "audiences": ev.audiences.split(),
            "online_url": ev.online_url, "url": ev.url, "description": description, "given": list(FIELDS)}


def apply_field(record: EventRecord, name: str, value: Any) -> EventRecord:
    """A record with one dialog field replaced (value as validated above)."""
    if name == "title":
        return replace(record, title=value)
    if name == "when":
        return replace(record, starts_at=value.starts_at, ends_at=value.ends_at, all_day=value.all_day, tz=value.tz)
    if name == "place":
        return replace(record, venue=value.venue, address=value.address, city_hint=value.city_hint, lat=value.lat,
                       lon=value.lon, online=bool(value.online or record.online_url))
    if name == "topics":
        return replace(record, categories=_names(value, lexicon.topics()))
    if name == "audience":
        return replace(record, audiences=_names(value, lexicon.audiences()))
    if name == "online":
        has_place = bool(record.venue or record.address or record.lat is not None)
        return replace(record, online_url=value, online=bool(value) or not has_place)
    if name == "register":
        return replace(record, url=value)
    if name == "descr":
        return replace(record, description=value or "")
    raise ValueError(f"unknown field {name!r}")


# ---------------------------------------------------------------- writing events

@dataclass
class Stored:
    report: ImportReport
    event_ids: list[int]


async def store_records(session: AsyncSession, org_id: int, author_id: int, records: list[EventRecord],
                        env: Env) -> Stored:
    """Upsert records of one organization (uids already namespaced), record the owner of new events,
    and let subscribers and followers hear about it at once."""
    from bot.subscriptions import on_import

    report = await upsert_records(session, records, source="chat", gazetteer=env.gazetteer)
    uids = [r.uid for r in records]
    ids = list((await session.scalars(select(Event.id).where(Event.uid.in_(uids)))).all()) if uids else []
    owned = set((await session.scalars(select(EventOwner.event_id).where(EventOwner.event_id.in_(ids)))).all()) if ids else set()
    await orgs.claim_events(session, org_id, [i for i in ids if i not in owned], by=author_id)
    await on_import(session, report, env.now, env.rules, gazetteer=env.gazetteer)
    return Stored(report, ids)


def org_uid(org_id: int, uid: str) -> str:
    prefix = f"o{org_id}/"
    return uid if uid.startswith(prefix) else (prefix + uid)[:255]


async def _org(session: AsyncSession, org_id: int) -> Organization:
    org = await session.get(Organization, org_id)
    if org is None:
        raise orgs.Forbidden("org", "no_target")
    return org


# ---------------------------------------------------------------- the dialog

@dataclass
class Draft:
    user_id: int
    org_id: int
    step: str
    data: dict
    source_event_id: int | None = None

    @property
    def given(self) -> set[str]:
        return set(self.data.get("given", []))

    @property
    def when(self) -> When | None:
        return When.from_json(self.data["when"]) if self.data.get("when") else None

    @property
    def pending_when(self) -> When | None:
        return When.from_json(self.data["when_pending"]) if self.data.get("when_pending") else None


def _draft(row: PublishDraft) -> Draft:
    try:
        data = json.loads(row.data or "{}")
    except ValueError:
        data = {}
    return Draft(row.user_id, row.org_id, row.step, data if isinstance(data, dict) else {}, row.source_event_id)


async def get_draft(session: AsyncSession, user_id: int) -> Draft | None:
    row = await session.get(PublishDraft, user_id)
    return _draft(row) if row is not None else None


async def save_draft(session: AsyncSession, draft: Draft, now: datetime) -> Draft:
    row = await session.get(PublishDraft, draft.user_id)
    payload = json.dumps(draft.data, ensure_ascii=False)
    if row is None:
        session.add(PublishDraft(user_id=draft.user_id, org_id=draft.org_id, source_event_id=draft.source_event_id,
                                 step=draft.step, data=payload, updated_at=now))
    else:
        row.org_id, row.source_event_id, row.step, row.data, row.updated_at = (
            draft.org_id, draft.source_event_id, draft.step, payload, now)
    await session.flush()
    return draft


async def drop_draft(session: AsyncSession, user_id: int) -> bool:
    result = await session.execute(delete(PublishDraft).where(PublishDraft.user_id == user_id))
    return bool(result.rowcount)


async def start_draft(session: AsyncSession, actor: Actor, env: Env) -> Draft:
    await orgs.check(session, actor, Action.PUBLISH, now=env.now)
    await drop_draft(session, actor.user_id)
    draft = Draft(actor.user_id, actor.org_id, "title", {"given": []})
    await orgs.log(session, actor, "draft_start", now=env.now)
    return await save_draft(session, draft, env.now)


async def live_draft(session: AsyncSession, actor: Actor, env: Env) -> Draft | None:
    """The actor's draft, if they may still publish for its organization (re-checked at every step)."""
    draft = await get_draft(session, actor.user_id)
    if draft is None:
        return None
    await orgs.check(session, actor, Action.PUBLISH, now=env.now)
    if draft.org_id != actor.org_id:  # moved to another organization since: the draft is not theirs to publish
        await drop_draft(session, actor.user_id)
        raise orgs.Forbidden(Action.PUBLISH, "other_org")
    return draft


def next_step(draft: Draft) -> str:
    """After a field: back to the preview when editing from it, else the next field not given yet."""
    if draft.data.get("back_to_preview"):
        draft.data.pop("back_to_preview", None)
        return "preview"
    given = draft.given
    for step in STEPS:
        if step == "preview" or step not in given:
            return step
    return "preview"


def set_value(draft: Draft, name: str, value: Any) -> Draft:
    """Store a validated field value in the draft (not saved) and move to the next step."""
    d = draft.data
    if name == "when":
        d["when"] = value.to_json()
        d.pop("when_pending", None)
    elif name == "place":
        d["place"] = value.to_json()
    elif name == "topics":
        d["topics"] = list(value)
    elif name == "audience":
        d["audiences"] = list(value)
    elif name == "online":
        d["online_url"] = value
    elif name == "register":
        d["url"] = value
    elif name == "descr":
        d["description"] = value or ""
    elif name == "title":
        d["title"] = value
    else:
        raise ValueError(name)
    if name not in d.setdefault("given", []):
        d["given"].append(name)
    draft.step = next_step(draft)
    return draft


def draft_view(draft: Draft, org_name: str, gazetteer: Gazetteer) -> EventView:
    """The draft as the event card will show it (id 0: not stored yet)."""
    record = record_from_draft(draft.data, uid="draft", organizer=org_name)
    division = gazetteer.resolve_address(record.address or record.city_hint, record.lat, record.lon)
    from bot.events import tag

    topics, audiences = tag(record)
    province = city = district = None
    if division is not None:
        province = division.province_code or division.code
        city = division.code if division.level == "city" else division.city_code
        district = division.code if division.level == "district" else None
    return EventView(id=0, uid="draft", title=record.title, description=record.description,
                     starts_at=record.starts_at, ends_at=record.ends_at, tz=record.tz, all_day=record.all_day,
                     venue=record.venue, address=record.address, province_code=province, city_code=city,
                     district_code=district, lat=record.lat, lon=record.lon, online=record.online,
                     online_url=record.online_url, url=record.url, organizer=org_name, topics=tuple(topics),
                     audiences=tuple(audiences), cancelled=False)


@dataclass(frozen=True)
class Published:
    status: str  # published | pending
    event_id: int | None = None
    submission_id: int | None = None


async def publish_draft(session: AsyncSession, actor: Actor, env: Env) -> Published | None:
    """Publish (or send for review) the actor's finished draft; None when there is no complete draft."""
    from bot import moderation

    draft = await live_draft(session, actor, env)
    if draft is None or not {"title", "when", "place"} <= draft.given:
        return None
    when = draft.when
    if max(when.starts_at, when.ends_at) <= env.now:
        return Published("past")
    org = await _org(session, draft.org_id)
    record = record_from_draft(draft.data, uid=org_uid(org.id, "chat-" + secrets.token_hex(6)), organizer=org.name)
    await drop_draft(session, actor.user_id)
    if await moderation.needs_review(session, actor, env):
        sub = await moderation.submit(session, actor, "event", [record], record.title, env)
        return Published("pending", submission_id=sub.id)
    stored = await store_records(session, org.id, actor.user_id, [record], env)
    event_id = stored.event_ids[0]
    await orgs.log(session, actor, Action.PUBLISH, now=env.now, event_id=event_id,
                   detail={"title": record.title, "duplicate_of": draft.source_event_id})
    return Published("published", event_id=event_id)


# ---------------------------------------------------------------- existing events

async def owned_event(session: AsyncSession, actor: Actor, action: Action, event_id: int, env: Env) -> Event:
    """The event, if `actor` may do `action` to it; Forbidden otherwise (also for events that don't exist)."""
    owner = await orgs.event_owner(session, event_id)
    await orgs.check(session, actor, action, owner, now=env.now, target=f"event:{event_id}")
    ev = await session.get(Event, event_id)
    if ev is None:
        raise orgs.Forbidden(action, "no_target")
    return ev


async def edit_event(session: AsyncSession, actor: Actor, event_id: int, name: str, value: Any, env: Env) -> EventView:
    """Change one field of an event (value as validated above); subscribers hear of time/place changes."""
    if name not in FIELDS:
        raise ValueError(f"unknown field {name!r}")
    ev = await owned_event(session, actor, Action.EDIT, event_id, env)
    before = event_view(ev)
    record = apply_field(record_from_event(ev, env.gazetteer), name, value)
    owner = await session.get(EventOwner, ev.id)
    if owner is not None:
        await store_records(session, owner.org_id, actor.user_id, [record], env)
    else:
        await _store_unowned(session, record, env)
    await session.refresh(ev)
    after = event_view(ev)
    await orgs.log(session, actor, Action.EDIT, now=env.now, org_id=owner.org_id if owner else None, event_id=ev.id,
                   detail={"field": name, "before": _field_text(before, name), "after": _field_text(after, name)})
    return after


async def _store_unowned(session: AsyncSession, record: EventRecord, env: Env) -> None:
    """An admin's edit of an event nobody owns (CLI import, sample): it stays nobody's."""
    from bot.subscriptions import on_import

    report = await upsert_records(session, [record], source="chat", gazetteer=env.gazetteer)
    await on_import(session, report, env.now, env.rules, gazetteer=env.gazetteer)


def _field_text(ev: EventView, name: str) -> str:
    values = {"title": ev.title, "when": f"{ev.starts_at.isoformat()}/{ev.ends_at.isoformat()}",
              "place": " ".join(p for p in (ev.venue or "", ev.address or "", ev.city_code or "") if p),
              "topics": " ".join(ev.topics), "audience": " ".join(ev.audiences), "online": ev.online_url or "",
              "register": ev.url or "", "descr": ev.description[:200]}
    return values.get(name, "")


CANCEL_PREFIX = "❌ 已取消 / Cancelled: "


async def cancel_event(session: AsyncSession, actor: Actor, event_id: int, reason: str, env: Env) -> tuple[EventView, bool]:
    """Cancel with a reason (shown at the top of the description); (event, cancelled now)."""
    ev = await owned_event(session, actor, Action.CANCEL, event_id, env)
    if ev.status == CANCELLED:
        return event_view(ev), False
    record = record_from_event(ev, env.gazetteer)
    body = record.description.strip()
    record = replace(record, status=CANCELLED, description=f"{CANCEL_PREFIX}{reason}" + (f"\n\n{body}" if body else ""))
    owner = await session.get(EventOwner, ev.id)
    if owner is not None:
        owner.cancel_reason = reason
        await store_records(session, owner.org_id, actor.user_id, [record], env)
    else:
        await _store_unowned(session, record, env)
    await session.refresh(ev)
    await orgs.log(session, actor, Action.CANCEL, now=env.now, org_id=owner.org_id if owner else None, event_id=ev.id,
                   detail={"reason": reason, "title": ev.title})
    return event_view(ev), True


async def duplicate_event(session: AsyncSession, actor: Actor, event_id: int, env: Env) -> Draft:
    """A new draft with everything of the event but its date, which is asked next."""
    ev = await owned_event(session, actor, Action.DUPLICATE, event_id, env)
    data = draft_from_event(ev, env.gazetteer)
    zone = ZoneInfo(ev.tz or env.settings.default_tz)
    local = ev.starts_at.astimezone(zone)
    if not ev.all_day:
        data["default_clock"] = [local.strftime("%H:%M"), int((ev.ends_at - ev.starts_at).total_seconds())]
    data["given"] = [f for f in FIELDS if f != "when"]
    await drop_draft(session, actor.user_id)
    draft = Draft(actor.user_id, actor.org_id, "when", data, source_event_id=ev.id)
    await orgs.log(session, actor, Action.DUPLICATE, now=env.now, event_id=ev.id, detail={"title": ev.title})
    return await save_draft(session, draft, env.now)


def default_clock(draft: Draft) -> tuple[time, timedelta] | None:
    raw = draft.data.get("default_clock")
    if not raw:
        return None
    try:
        return time.fromisoformat(raw[0]), timedelta(seconds=int(raw[1]))
    except (ValueError, TypeError, IndexError):
        return None


# ---------------------------------------------------------------- /myevents

@dataclass(frozen=True)
class MyEvent:
    event: EventView
    subscribers: int


async def my_events(session: AsyncSession, actor: Actor, env: Env, *, offset: int = 0, limit: int = 8,
                    past: bool = False) -> tuple[list[MyEvent], int, int]:
    """The organization's events (upcoming first, or past), with their subscriber counts;
    (page, total, submissions waiting for review)."""
    await orgs.check(session, actor, Action.LIST_OWN, now=env.now)
    base = select(Event).join(EventOwner, EventOwner.event_id == Event.id).where(EventOwner.org_id == actor.org_id)
    base = base.where(Event.ends_at <= env.now) if past else base.where(Event.ends_at > env.now)
    total = int(await session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    order = (Event.starts_at.desc(),) if past else (Event.starts_at, Event.id)
    rows = list(await session.scalars(base.order_by(*order).offset(offset).limit(limit)))
    counts: dict[int, int] = {}
    if rows:
        counts = dict((await session.execute(
            select(Subscription.event_id, func.count()).where(Subscription.event_id.in_([e.id for e in rows]))
            .group_by(Subscription.event_id))).all())
    waiting = int(await session.scalar(select(func.count()).select_from(Submission).where(
        Submission.org_id == actor.org_id, Submission.status == "pending")) or 0)
    return [MyEvent(event_view(e), int(counts.get(e.id, 0))) for e in rows], total, waiting


async def subscriber_count(session: AsyncSession, event_id: int) -> int:
    return int(await session.scalar(select(func.count()).select_from(Subscription)
                                    .where(Subscription.event_id == event_id)) or 0)


# ---------------------------------------------------------------- files

@dataclass
class FileReport:
    filename: str
    error: str | None = None  # the whole file could not be read
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    held: int = 0  # new events waiting for an admin's approval
    submission_id: int | None = None
    rejected: list[Rejection] = field(default_factory=list)


async def import_file(session: AsyncSession, actor: Actor, data: bytes, filename: str, env: Env) -> FileReport:
    """An organizer's .ics/.csv/.json file: read by the command line's parser, stored for their
    organization. Uids are the file's own, namespaced by organization, so sending a changed file again
    updates the same events; records marked cancelled cancel them (subscribers are told). New events
    wait for review when the organization is not trusted yet; changes to its events apply at once."""
    from bot import moderation
    from bot.importer.parse import parse_bytes

    await orgs.check(session, actor, Action.IMPORT, now=env.now, detail={"file": filename[:100]})
    report = FileReport(filename)
    if len(data) > MAX_FILE_BYTES:
        report.error = "too_big"
        return report
    try:
        parsed = parse_bytes(data, filename, now=env.now, default_tz=env.settings.default_tz,
                             horizon_days=env.settings.import_horizon_days)
    except NotACalendarError as exc:
        report.error = str(exc)
        await orgs.log(session, actor, Action.IMPORT, now=env.now, detail={"file": filename[:100], "error": str(exc)[:200]})
        return report
    org = await _org(session, actor.org_id)
    report.rejected = list(parsed.rejected)
    records = []
    for r in parsed.records:
        records.append(replace(r, uid=org_uid(org.id, r.uid), organizer=org.name,
                               series_uid=org_uid(org.id, r.series_uid) if r.series_uid else None))
    existing = dict((await session.execute(
        select(Event.uid, EventOwner.org_id).outerjoin(EventOwner, EventOwner.event_id == Event.id)
        .where(Event.uid.in_([r.uid for r in records])))).all()) if records else {}
    mine, fresh = [], []
    for r in records:
        if r.uid not in existing:
            fresh.append(r)
            continue
        try:  # the same check as a button press, per event
            orgs.authorize(actor, Action.EDIT, Owned(existing[r.uid]))
        except orgs.Forbidden:
            report.rejected.append(Rejection(r.where or filename, "this event belongs to another organization"))
            continue
        mine.append(r)
    held: list[EventRecord] = []
    if fresh and await moderation.needs_review(session, actor, env):
        held, fresh = [r for r in fresh if r.status != CANCELLED], []
    if mine or fresh:
        stored = await store_records(session, org.id, actor.user_id, mine + fresh, env)
        rep = stored.report
        report.new, report.updated, report.unchanged, report.cancelled = rep.new, rep.updated, rep.unchanged, rep.cancelled
        report.rejected += rep.rejected
    if held:
        summary = f"{filename[:200]} ({len(held)})"
        sub = await moderation.submit(session, actor, "file", held, summary, env)
        report.held, report.submission_id = len(held), sub.id
    await orgs.log(session, actor, Action.IMPORT, now=env.now,
                   detail={"file": filename[:100], "new": report.new, "updated": report.updated,
                           "unchanged": report.unchanged, "cancelled": report.cancelled, "held": report.held,
                           "rejected": len(report.rejected)})
    return report


# ---------------------------------------------------------------- one-step prompts (edit a field, a reason, a text)

@dataclass
class Prompt:
    user_id: int
    kind: str  # edit | cancel | bcast | reject
    ref_id: int
    arg: str = ""
    data: dict = field(default_factory=dict)


async def set_prompt(session: AsyncSession, prompt: Prompt, now: datetime) -> Prompt:
    row = await session.get(OrgPrompt, prompt.user_id)
    payload = json.dumps(prompt.data, ensure_ascii=False)
    if row is None:
        session.add(OrgPrompt(user_id=prompt.user_id, kind=prompt.kind, ref_id=prompt.ref_id, arg=prompt.arg,
                              data=payload, updated_at=now))
    else:
        row.kind, row.ref_id, row.arg, row.data, row.updated_at = prompt.kind, prompt.ref_id, prompt.arg, payload, now
    await session.flush()
    return prompt


async def get_prompt(session: AsyncSession, user_id: int) -> Prompt | None:
    row = await session.get(OrgPrompt, user_id)
    if row is None:
        return None
    try:
        data = json.loads(row.data or "{}")
    except ValueError:
        data = {}
    return Prompt(row.user_id, row.kind, row.ref_id, row.arg, data if isinstance(data, dict) else {})


async def drop_prompt(session: AsyncSession, user_id: int) -> bool:
    result = await session.execute(delete(OrgPrompt).where(OrgPrompt.user_id == user_id))
    return bool(result.rowcount)


# ---------------------------------------------------------------- /forget

def _register_forget() -> None:
    from sqlalchemy import update

    from bot.store.models import BroadcastDelivery, Organizer
    from bot.subscriptions import on_forget

    @on_forget
    async def forget_organizer_data(session: AsyncSession, user_id: int) -> None:
        """/forget: the user's draft, open question and organizer role go; the events and submissions they
        made stay their organization's (without their id), and the audit log keeps its record."""
        for stmt in (delete(PublishDraft).where(PublishDraft.user_id == user_id),
                     delete(OrgPrompt).where(OrgPrompt.user_id == user_id),
                     delete(Organizer).where(Organizer.user_id == user_id),
                     delete(BroadcastDelivery).where(BroadcastDelivery.chat_id == user_id),
                     update(EventOwner).where(EventOwner.created_by == user_id).values(created_by=None)):
            await session.execute(stmt.execution_options(synchronize_session=False))


_register_forget()
