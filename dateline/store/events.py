"""Event queries: by type, actor, recipient, country, dates, distance to a place, modality, text.

Filters run on the indexed real columns of the ``events`` table (migration 0005), never
on the JSON. Results come newest first, in keyset order (date, document, index), so a
caller pages with ``after=last_row.cursor`` instead of offsets. Events marked future,
hypothetical, negated or historical are left out unless ``include_aux`` is set: they did
not happen as stated.
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

from sqlalchemy import Connection, Engine, Select, func, select, tuple_

from dateline.contract import JsonObject
from dateline.errors import StoreError
from dateline.kb.gazetteer import Gazetteer, distance_km
from dateline.store.schema import documents, events

_ISO3 = re.compile(r"^[A-Z]{3}$")
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
KM_PER_DEGREE = 111.2
EVIDENCE_CHARS = 1000


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

    def line(self) -> str:
        """A one-line summary: date, type, actor -> recipient, place, dead, evidence."""
        day = self.date.isoformat() if self.date else "?"
        kind = self.type + (f" [{','.join(self.aux)}]" if self.aux else "")
        place = self.place or "-"
        dead = "-" if self.dead is None else str(self.dead)
        who = f"{self.actors or '?'} -> {self.recipients or '?'}"
        evidence = " ".join(self.evidence.split())
        return f"{day}  {kind}  {who}  @ {place}  dead={dead}  {self.doc_id}: {evidence}"


def _like(value: str) -> str:
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _participant_filter(value: str, countries: Any, names: Any) -> Any:
    value = value.strip()
    if _ISO3.match(value):
        return countries.like(f"% {value} %")
    return names.like(_like(value), escape="\\")


def _statement(q: EventQuery) -> Select[Any]:
    c = events.c
    stmt = select(events, documents.c.id.label("doc_id")).join(
        documents, documents.c.pk == c.doc_pk
    )
    conds = []
    if not q.include_aux:
        conds.append(c.happened.is_(True))
    if q.type:
        conds.append(c.type == q.type.upper())
    if q.actor:
        conds.append(_participant_filter(q.actor, c.actor_countries, c.actor_names))
    if q.recipient:
        conds.append(_participant_filter(q.recipient, c.recipient_countries, c.recipient_names))
    if q.country:
        conds.append(c.location_country == q.country.upper())
    if q.start:
        conds.append(c.end_date >= q.start)
    if q.end:
        conds.append(c.start_date <= q.end)
    if q.text:
        for word in q.text.split():
            conds.append(func.lower(c.evidence_text).like(_like(word), escape="\\"))
    if q.near:
        conds += _box(q.near)
    if q.after:
        a = q.after
        conds.append(tuple_(c.start_date, c.doc_pk, c.idx) < tuple_(a.start_date, a.doc_pk, a.idx))
    return stmt.where(*conds).order_by(c.start_date.desc(), c.doc_pk.desc(), c.idx.desc())


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
        page = conn.execute(_statement(replace(q, after=after)).limit(batch)).all()
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


def _row(row: Any) -> EventRow:
    data = json.loads(row.data)
    start = row.start_date
    if isinstance(start, str):
        start = dt.date.fromisoformat(start)
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
    )


def _label(p: JsonObject) -> str:
    return f"{p['name']} ({p['country']})" if p["country"] else p["name"]


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
