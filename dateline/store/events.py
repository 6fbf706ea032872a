"""Event queries: by type, actor, recipient, country, dates, distance to a place, modality, text.

Filters run on the indexed real columns of the ``events`` table (migrations 0005, 0006)
and on ``event_actors`` for actor ids, never on the JSON. Results come newest first, in
keyset order (date, document, index), so a caller pages with ``after=last_row.cursor``
instead of offsets. Events marked future, hypothetical, negated or historical are left
out unless ``include_aux`` is set or their mark is listed in ``aux``: they did not happen
as stated. Dates filter on the day an event starts (``from <= start_date <= to``).
Filters no index serves (words, actor names, distance) need a bounded date window;
``scan_refusal`` says why a query is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Subquery,
    and_,
    exists,
    func,
    or_,
    select,
    tuple_,
    union_all,
)

from dateline.contract import JsonObject
from dateline.errors import StoreError
from dateline.kb.gazetteer import Gazetteer, distance_km
from dateline.store.schema import documents, event_actors, events

_ISO3 = re.compile(r"^[A-Z]{3}$")
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
KM_PER_DEGREE = 111.2
EVIDENCE_CHARS = 1000
MAX_WINDOW_DAYS = 366  # the longest date window for filters no index serves, and timelines


def _delimited(values: list[str]) -> str | None:
    return f" {' '.join(values)} " if values else None


def event_columns(item: JsonObject, text: str) -> dict[str, Any]:
    """The real columns of one event row, from its contract JSON and the document text."""
    location = item["location"] or {}
    actors = [p["country"] for p in item["actor"] if p["country"]]
    recipients = [p["country"] for p in item["recipient"] if p["country"]]
    evidence = " … ".join(text[s:e] for s, e in item["evidence"])[:EVIDENCE_CHARS]
    day = item["date"]
    return {
        "type": item["type"],
        "trigger_start": item["trigger"]["start"],
        "trigger_end": item["trigger"]["end"],
        "start_date": _day(day["start_date"]),
        "end_date": _day(day["end_date"]),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "dead": item["size"]["dead"],
        "happened": not item["aux"],
        "aux": " ".join(item["aux"]),
        "actor_country": actors[0] if actors else None,
        "actor_countries": _delimited(actors),
        "actor_names": _delimited([p["name"].casefold() for p in item["actor"]]),
        "recipient_country": recipients[0] if recipients else None,
        "recipient_countries": _delimited(recipients),
        "recipient_names": _delimited([p["name"].casefold() for p in item["recipient"]]),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "date_source": day["source"],
        "date_precision": day["precision"],
        "injured": item["size"]["injured"],
        "arrested": item["size"]["arrested"],
        "confidence": item["confidence"],
        "evidence_text": evidence,
    }


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class EventCursor:
    """Where a page of results ended: pass it as ``after`` to get the next page."""

    start_date: dt.date
    doc_pk: int
    idx: int


@dataclass(frozen=True, slots=True)
class Near:
    """A point and a radius: events located within ``km`` of (lat, lon)."""

    lat: float
    lon: float
    km: float


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for ``query_events``; unset fields do not filter."""

    type: str | None = None
    actor: str | None = None  # ISO3 code or (part of) a name
    recipient: str | None = None
    country: str | None = None  # ISO3 of the place the event happened
    start: dt.date | None = None  # events overlapping [start, end]
    end: dt.date | None = None
    near: Near | None = None
    include_aux: bool = False
    text: str | None = None  # words in the evidence sentence
    limit: int = 100
    after: EventCursor | None = None
    aux: tuple[str, ...] = ()  # also events with these marks (e.g. "future")
    actor_id: str | None = None  # an exact actor id (whatever it looks like)
    recipient_id: str | None = None
    # Listings page by date, so an event without a start day is shown on its document only.
    dated_only: bool = True


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The document an event comes from (what exports cite)."""

    id: str
    date: dt.date
    title: str | None
    source: str | None
    url: str | None
    language: str
    pipeline: str  # JSON: component name -> version


@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event, with what a listing shows and the JSON for the rest."""

    doc_id: str
    index: int
    date: dt.date | None
    type: str
    aux: tuple[str, ...]
    actors: str
    recipients: str
    place: str | None
    lat: float | None
    lon: float | None
    dead: int | None
    evidence: str
    cursor: EventCursor
    data: JsonObject
    doc: DocumentInfo

    def line(self) -> str:
        """A one-line summary: date, type, actor -> recipient, place, dead, evidence."""
        day = self.date.isoformat() if self.date else "?"
        kind = self.type + (f" [{','.join(self.aux)}]" if self.aux else "")
        place = self.place or "-"
        dead = "-" if self.dead is None else str(self.dead)
        who = f"{self.actors or '?'} -> {self.recipients or '?'}"
        evidence = " ".join(self.evidence.split())
        return f"{day}  {kind}  {who}  @ {place}  dead={dead}  {self.doc_id}: {evidence}"


def is_actor_id(value: str) -> bool:
    """True for a canonical actor id ("c:RUS/MIL", "p:keir-starmer"), not a name or code."""
    return ":" in value and " " not in value.strip()


def participant_rows(
    doc_pk: int, idx: int, item: JsonObject, start_date: dt.date | None
) -> list[dict[str, Any]]:
    """The ``event_actors`` rows of one event: one per (role, actor id), ids only."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for role in ("actor", "recipient"):
        for p in item[role]:
            if p.get("actor_id"):
                key = (role, p["actor_id"])
                rows[key] = {"doc_pk": doc_pk, "idx": idx, "role": role}
                rows[key] |= {"actor_id": p["actor_id"], "start_date": start_date}
    return list(rows.values())


def _like(value: str) -> str:
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _participant_filter(value: str, countries: Any, names: Any) -> Any:
    value = value.strip()
    if _ISO3.match(value):
        return countries.like(f"% {value} %")
    return names.like(_like(value), escape="\\")


def _ids(q: EventQuery) -> dict[str, str]:
    """The exact actor ids ``q`` asks for, by role (given as ids, or values that look so)."""
    found = {}
    for role, exact, value in (
        ("actor", q.actor_id, q.actor),
        ("recipient", q.recipient_id, q.recipient),
    ):
        if exact:
            found[role] = exact
        elif value and is_actor_id(value):
            found[role] = value.strip()
    return found


def _driving_role(q: EventQuery) -> tuple[str, str] | None:
    """The (role, actor id) a listing is driven by, read from ``event_actors`` in order."""
    return next(iter(_ids(q).items()), None)


def _has_participant(role: str, actor_id: str) -> Any:
    # An alias, so the subquery correlates with events only (event_actors may be joined).
    p = event_actors.alias(f"has_{role}").c
    return exists().where(
        p.doc_pk == events.c.doc_pk, p.idx == events.c.idx, p.role == role, p.actor_id == actor_id
    )


def _participant_conditions(q: EventQuery, driven: str | None) -> list[Any]:
    """Actor and recipient filters: ids on ``event_actors``, codes and names on columns."""
    c = events.c
    ids = _ids(q)
    conds = [_has_participant(role, i) for role, i in ids.items() if role != driven]
    if q.actor and "actor" not in ids:
        conds.append(_participant_filter(q.actor, c.actor_countries, c.actor_names))
    if q.recipient and "recipient" not in ids:
        conds.append(_participant_filter(q.recipient, c.recipient_countries, c.recipient_names))
    return conds


def _happened(q: EventQuery, driven: bool) -> list[Any]:
    """The modality conditions: events that happened, plus those with the marks asked for."""
    c = events.c
    if q.include_aux:
        return []
    if not q.aux and driven:
        # Driven by the participant index: an expression no index matches, so that the
        # planner keeps walking event_actors instead of the (happened, ...) indexes.
        return [func.coalesce(c.happened, False) == True]  # noqa: E712
    if not q.aux:
        return [c.happened == True]  # noqa: E712 - "= true" is what indexes match
    # "happened IN (true, false)" always holds (the column is always set), but lets the
    # planner read both halves of the (happened, ...) indexes instead of scanning.
    kept = [c.aux.like(f"%{mark}%") for mark in q.aux]
    return [c.happened.in_([True, False]), or_(c.happened == True, *kept)]  # noqa: E712


def _halves(q: EventQuery) -> list[list[Any]]:
    """The modality conditions of ``q`` split by the ``happened`` column (one or two parts).

    Events with marks asked for are read as two index ranges, each already in date order,
    so a page takes its first rows from each instead of sorting every candidate.
    """
    c = events.c
    if q.include_aux or not q.aux:
        return [_happened(q, False)]
    kept = [c.aux.like(f"%{mark}%") for mark in q.aux]
    return [[c.happened == True], [c.happened == False, or_(*kept)]]  # noqa: E712


def _conditions(
    q: EventQuery, driven: str | None = None, modality: list[Any] | None = None
) -> list[Any]:
    """The WHERE conditions of ``q`` except the keyset position (and the driving role).

    When a participant drives the query, days are read from ``event_actors`` (the same
    values), so the date window is a range on its index. ``modality`` replaces the
    modality conditions (one of ``_halves``).
    """
    c = events.c
    day = event_actors.c.start_date if driven else c.start_date
    conds: list[Any] = [day.is_not(None)] if q.dated_only else []
    conds += _happened(q, driven is not None) if modality is None else modality
    if q.type:
        conds.append(c.type == q.type.upper())
    conds += _participant_conditions(q, driven)
    if q.country:
        conds.append(c.location_country == q.country.upper())
    if q.start:
        conds.append(day >= q.start)
    if q.end:
        conds.append(day <= q.end)
    if q.text:
        for word in q.text.split():
            conds.append(func.lower(c.evidence_text).like(_like(word), escape="\\"))
    if q.near:
        conds += _box(q.near)
    return conds


def _full_rows() -> Select[Any]:
    """Every column a listing shows: the event row and its document's."""
    return select(
        events,
        documents.c.id.label("doc_id"),
        documents.c.date.label("doc_date"),
        documents.c.title,
        documents.c.source,
        documents.c.url,
        documents.c.language,
        documents.c.pipeline,
    ).join(documents, documents.c.pk == events.c.doc_pk)


def _statement(q: EventQuery, limit: int) -> Select[Any]:
    """One page of ``q``: its keys in keyset order first, then the full rows of that page.

    Picking the page on the keys alone means that when the database must sort candidates
    it sorts small key tuples, and joins documents for the page only, not for every
    candidate in the window.
    """
    c = events.c
    driving = _driving_role(q)
    if driving:
        return _driven_statement(q, driving).limit(limit)
    page = _page_keys(q, limit)
    k = page.c
    return (
        _full_rows()
        .join(page, and_(k.doc_pk == c.doc_pk, k.idx == c.idx))
        .order_by(k.start_date.desc(), k.doc_pk.desc(), k.idx.desc())
    )


def _page_keys(q: EventQuery, limit: int) -> Subquery:
    """The keys (start_date, doc_pk, idx) of one page of ``q``, newest first."""
    c = events.c
    keys: tuple[Any, Any, Any] = (c.start_date, c.doc_pk, c.idx)
    a = q.after
    after = [tuple_(*keys) < tuple_(a.start_date, a.doc_pk, a.idx)] if a else []
    parts = [
        select(*keys)
        .where(*_conditions(q, modality=half), *after)
        .order_by(*(k.desc() for k in keys))
        .limit(limit)
        for half in _halves(q)
    ]
    if len(parts) == 1:
        return parts[0].subquery("page")
    # Each half is read in order up to a page; the page is the newest of both.
    both = union_all(*(select(p.c).select_from(p) for p in (s.subquery() for s in parts)))
    u = both.subquery("halves").c
    return (
        select(u.start_date, u.doc_pk, u.idx)
        .order_by(u.start_date.desc(), u.doc_pk.desc(), u.idx.desc())
        .limit(limit)
        .subquery("page")
    )


def _driven_statement(q: EventQuery, driving: tuple[str, str]) -> Select[Any]:
    """A page read from one participant's ``event_actors`` index, in date order."""
    c, p = events.c, event_actors.c
    conds = _conditions(q, driving[0])
    conds += [p.role == driving[0], p.actor_id == driving[1]]
    keys = (p.start_date, p.doc_pk, p.idx)
    if q.after:
        a = q.after
        conds.append(tuple_(*keys) < tuple_(a.start_date, a.doc_pk, a.idx))
    stmt = _full_rows().join(event_actors, and_(p.doc_pk == c.doc_pk, p.idx == c.idx))
    return stmt.where(*conds).order_by(*(k.desc() for k in keys))


def _unindexed(q: EventQuery) -> list[str]:
    """The filters of ``q`` that no index serves (they read candidate rows one by one)."""
    names = [("text", q.text), ("near", q.near)]
    names += [(k, v) for k, v in (("actor", q.actor), ("recipient", q.recipient)) if v]
    return [name for name, value in names if value and not is_actor_id(str(value))]


def scan_refusal(q: EventQuery, counting: bool = False) -> str | None:
    """Why ``q`` would read without bound (None when it would not).

    A listing walks the date index newest first and stops after a page, so it is bounded
    unless a filter no index serves leaves it reading candidate after candidate. Those
    filters, and counting (the timeline), need from and to at most MAX_WINDOW_DAYS apart.
    """
    window = q.start is not None and q.end is not None
    if window and (q.end - q.start).days < MAX_WINDOW_DAYS:  # type: ignore[operator]
        return None
    need = f"from and to at most {MAX_WINDOW_DAYS} days apart"
    if counting:
        return f"counting events reads every event in the window: give {need}"
    unindexed = _unindexed(q)
    if not unindexed:
        return None
    which = ", ".join(unindexed)
    return (
        f"the {which} filter reads events one by one and would scan the whole table: "
        f"give {need} (actor ids such as c:RUS are indexed and need no window)"
    )


def _box(near: Near) -> list[Any]:
    """A bounding box around the point (cheap on the lat/lon index); exact distance later."""
    dlat = near.km / KM_PER_DEGREE
    dlon = near.km / (KM_PER_DEGREE * max(math.cos(math.radians(near.lat)), 0.01))
    c = events.c
    return [
        c.lat.between(near.lat - dlat, near.lat + dlat),
        c.lon.between(near.lon - dlon, near.lon + dlon),
    ]


def query_events(conn: Connection, q: EventQuery) -> list[EventRow]:
    """Events matching ``q``, newest first, at most ``q.limit``."""
    if q.limit <= 0:
        return []
    out: list[EventRow] = []
    after = q.after
    batch = max(q.limit, 50)
    while len(out) < q.limit:
        page = conn.execute(_statement(replace(q, after=after), batch)).all()
        for row in page:
            r = _row(row)
            if q.near is None or _within(r, q.near):
                out.append(r)
                if len(out) == q.limit:
                    break
        if len(page) < batch:
            break
        after = _row(page[-1]).cursor
    return out


def _within(r: EventRow, near: Near) -> bool:
    return (
        r.lat is not None
        and r.lon is not None
        and distance_km(near.lat, near.lon, r.lat, r.lon) <= near.km
    )


def _as_date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _row(row: Any) -> EventRow:
    data = json.loads(row.data)
    start = _as_date(row.start_date)
    doc = DocumentInfo(
        row.doc_id,
        _as_date(row.doc_date),
        row.title,
        row.source,
        row.url,
        row.language,
        row.pipeline,
    )
    return EventRow(
        doc_id=row.doc_id,
        index=row.idx,
        date=start,
        type=row.type,
        aux=tuple(data["aux"]),
        actors=", ".join(_label(p) for p in data["actor"]),
        recipients=", ".join(_label(p) for p in data["recipient"]),
        place=row.location_name,
        lat=row.lat,
        lon=row.lon,
        dead=row.dead,
        evidence=row.evidence_text or "",
        cursor=EventCursor(start, row.doc_pk, row.idx),
        data=data,
        doc=doc,
    )


def _label(p: JsonObject) -> str:
    return f"{p['name']} ({p['country']})" if p["country"] else p["name"]


@dataclass(frozen=True, slots=True)
class TypeCount:
    """How many events of one type start in one period (a day, or the week from a Monday)."""

    period: dt.date
    type: str
    count: int


def count_events(conn: Connection, q: EventQuery, by: str = "day") -> list[TypeCount]:
    """Events matching ``q`` counted per start day (or ISO week) and type, oldest first."""
    c = events.c
    counts: dict[tuple[dt.date, str], int] = {}
    if q.near is None:
        stmt = select(c.start_date, c.type, func.count()).where(*_conditions(q))
        for day, kind, n in conn.execute(stmt.group_by(c.start_date, c.type)).all():
            key = (_period(_as_date(day), by), kind)
            counts[key] = counts.get(key, 0) + n
    else:
        # The box comes from the index; the exact distance is checked here.
        stmt = select(c.start_date, c.type, c.lat, c.lon).where(*_conditions(q))
        for day, kind, lat, lon in conn.execute(stmt).all():
            if lat is not None and distance_km(q.near.lat, q.near.lon, lat, lon) <= q.near.km:
                key = (_period(_as_date(day), by), kind)
                counts[key] = counts.get(key, 0) + 1
    return [TypeCount(d, k, n) for (d, k), n in sorted(counts.items())]


def _period(day: dt.date, by: str) -> dt.date:
    return day - dt.timedelta(days=day.weekday()) if by == "week" else day


def get_event(conn: Connection, doc_id: str, index: int) -> EventRow | None:
    """One stored event by its document id and position in the events layer."""
    c = events.c
    stmt = _full_rows().where(documents.c.id == doc_id, c.idx == index)
    row = conn.execute(stmt).first()
    return None if row is None else _row(row)


def resolve_near(conn: Connection, place: str, km: float) -> Near:
    """A ``Near`` for "lat,lon" or for the name of a place events were located at."""
    if km <= 0:
        raise StoreError("--km must be a positive distance")
    literal = _LATLON.match(place)
    if literal:
        return Near(float(literal.group(1)), float(literal.group(2)), km)
    c = events.c
    found = conn.execute(
        select(c.lat, c.lon, func.count().label("n"))
        .where(func.lower(c.location_name) == place.strip().casefold(), c.lat.is_not(None))
        .group_by(c.lat, c.lon)
        .order_by(func.count().desc())
        .limit(1)
    ).first()
    if found is not None:
        return Near(float(found.lat), float(found.lon), km)
    cities = _gazetteer().lookup(place)
    if not cities:
        raise StoreError(f"unknown place {place!r}; give coordinates as LAT,LON")
    return Near(cities[0].lat, cities[0].lon, km)


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


def iter_event_rows(conn: Connection, q: EventQuery) -> Iterator[EventRow]:
    """Every event matching ``q`` (ignoring its limit), page by page."""
    after = q.after
    while True:
        page = query_events(conn, replace(q, limit=500, after=after))
        yield from page
        if len(page) < 500:
            return
        after = page[-1].cursor


def find_events(
    engine: Engine, q: EventQuery, place: str | None = None, km: float = 25.0
) -> list[EventRow]:
    """Run one event query on a store's engine; ``place`` sets ``near`` by name or LAT,LON."""
    with engine.connect() as conn:
        if place is not None:
            q = replace(q, near=resolve_near(conn, place, km))
        return query_events(conn, q)


def document_texts(conn: Connection, doc_ids: list[str]) -> dict[str, str]:
    """The text of each of these documents, by id (for exports quoting evidence)."""
    if not doc_ids:
        return {}
    rows = conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(doc_ids)))
    return {doc_id: text for doc_id, text in rows.all()}
