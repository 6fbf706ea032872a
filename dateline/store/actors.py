"""Actor queries: who is mentioned how often, and one actor's roles, mentions, quotes, events.

They read indexed actor ids: ``entities.actor_id`` (migration 0003, with ``doc_pk`` in
0006 so counts come from the index), ``quotes.speaker_id`` and ``event_actors`` (0006).
Roles are grouped in SQL from the item JSON, so a profile touches only its actor's rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from dateline.contract import JsonObject
from dateline.store.events import EventQuery, EventRow, query_events
from dateline.store.schema import actor_counts, documents, entities, event_actors, quotes

EVIDENCE_PER_ROLE = 3
EVIDENCE_SCAN = 20  # rows read per role for its evidence (most have none beyond the name)
PROFILE_LIMIT = 50  # newest quotes and events of each kind shown in a profile


@dataclass(frozen=True, slots=True)
class ActorCount:
    """One actor with how many mentions and documents name it."""

    id: str
    name: str
    country: str | None
    sector: str | None
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """A role the actor had in the stored texts, first and last seen, with evidence."""

    role: str
    sector: str | None
    first: dt.date
    last: dt.date
    evidence: tuple[tuple[str, str], ...]  # (document id, the words saying so)


@dataclass(frozen=True, slots=True)
class QuoteBy:
    """A quote attributed to the actor."""

    doc_id: str
    date: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything ``dateline actor NAME`` and the actor page show."""

    actor: ActorCount
    roles: tuple[RoleSpell, ...]
    mentions_by_date: tuple[tuple[dt.date, int], ...]
    quotes: tuple[QuoteBy, ...]  # the newest PROFILE_LIMIT, oldest first
    events_as_actor: tuple[EventRow, ...] = ()  # newest first
    events_as_recipient: tuple[EventRow, ...] = ()
    event_totals: tuple[int, int] = (0, 0)  # (as actor, as recipient)
    quote_total: int = 0


def speaker_id(quote: JsonObject) -> str | None:
    """The canonical actor id of a quote's speaker, if resolved."""
    return (quote.get("speaker_actor") or {}).get("id")


def entity_role(entity: JsonObject) -> str | None:
    """The role (e.g. "minister") an entity's actor is said to hold, if any."""
    return (entity.get("actor") or {}).get("role")


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def list_actors(conn: Connection, limit: int = 50, offset: int = 0) -> list[ActorCount]:
    """Actors by number of mentions, most mentioned first (ties by id).

    Read from the maintained counts (migration 0008) in index order.
    """
    c = actor_counts.c
    rows = conn.execute(
        select(c.actor_id, c.name, c.country, c.sector, c.mentions, c.documents)
        .order_by(c.mentions.desc(), c.actor_id)
        .limit(limit)
        .offset(offset)
    ).all()
    return [ActorCount(*row) for row in rows]


def _match(conn: Connection, query: str) -> ActorCount | None:
    """The actor whose id is ``query``, else the most mentioned one named (or partly named) so.

    The id is looked up on the index first; names are read only when no id matches.
    """
    found = _counts_for(conn, query)
    if found:
        return found[0]
    exact = func.lower(entities.c.actor_name) == query.lower()
    partial = func.lower(entities.c.actor_name).contains(query.lower(), autoescape=True)
    for condition in (exact, partial):
        row = conn.execute(
            select(entities.c.actor_id, func.count().label("n"))
            .where(condition, entities.c.actor_id.is_not(None))
            .group_by(entities.c.actor_id)
            .order_by(func.count().desc(), entities.c.actor_id)
            .limit(1)
        ).first()
        if row is not None:
            counts = _counts_for(conn, row.actor_id)
            return counts[0] if counts else None
    return None


def _counts_for(conn: Connection, actor_id: str) -> list[ActorCount]:
    """The actor's maintained counts and name, if it is mentioned at all."""
    c = actor_counts.c
    row = conn.execute(
        select(c.actor_id, c.name, c.country, c.sector, c.mentions, c.documents).where(
            c.actor_id == actor_id
        )
    ).first()
    return [ActorCount(*row)] if row is not None else []


def _roles(conn: Connection, actor_id: str) -> tuple[RoleSpell, ...]:
    """Each role with its first and last day, read from the (actor, role, date) index;
    evidence and sector from a few rows of each role."""
    e = entities.c
    spans = conn.execute(
        select(e.actor_role, func.min(e.doc_date), func.max(e.doc_date))
        .where(e.actor_id == actor_id, e.actor_role.is_not(None))
        .group_by(e.actor_role)
        .order_by(func.min(e.doc_date), e.actor_role)
    ).all()
    out = []
    for name, first, last in spans:
        rows = conn.execute(
            select(documents.c.id, documents.c.text, e.data)
            .join(documents, documents.c.pk == e.doc_pk)
            .where(e.actor_id == actor_id, e.actor_role == name)
            .order_by(e.doc_date, e.doc_pk, e.idx)
            .limit(EVIDENCE_SCAN)
        ).all()
        sector, evidence = None, []
        for doc_id, text, data in rows:
            item = json.loads(data)
            sector = sector or item["actor"].get("sector")
            for start, end in item.get("evidence", [])[1:]:
                if len(evidence) < EVIDENCE_PER_ROLE:
                    evidence.append((doc_id, text[start:end]))
        out.append(RoleSpell(name, sector, _day(first), _day(last), tuple(evidence)))
    return tuple(out)


def _mentions_by_date(conn: Connection, actor_id: str) -> tuple[tuple[dt.date, int], ...]:
    e = entities.c
    rows = conn.execute(
        select(e.doc_date, func.count())
        .where(e.actor_id == actor_id)
        .group_by(e.doc_date)
        .order_by(e.doc_date)
    ).all()
    return tuple((_day(d), n) for d, n in rows)


def actor_profile(conn: Connection, query: str, limit: int = PROFILE_LIMIT) -> ActorProfile | None:
    """Roles over time (with evidence), mentions by date, quotes, and events as actor and
    as recipient (the newest ``limit`` of each, with totals) of one actor."""
    actor = _match(conn, query)
    if actor is None:
        return None
    as_actor = query_events(conn, EventQuery(actor_id=actor.id, include_aux=True, limit=limit))
    as_recipient = query_events(
        conn, EventQuery(recipient_id=actor.id, include_aux=True, limit=limit)
    )
    return ActorProfile(
        actor,
        _roles(conn, actor.id),
        _mentions_by_date(conn, actor.id),
        _quotes_by(conn, actor.id, limit),
        tuple(as_actor),
        tuple(as_recipient),
        _event_totals(conn, actor.id),
        _quote_total(conn, actor.id),
    )


def _event_totals(conn: Connection, actor_id: str) -> tuple[int, int]:
    p = event_actors.c
    rows = dict(
        conn.execute(
            select(p.role, func.count()).where(p.actor_id == actor_id).group_by(p.role)
        ).all()
    )
    return rows.get("actor", 0), rows.get("recipient", 0)


def _quote_total(conn: Connection, actor_id: str) -> int:
    stmt = select(func.count()).select_from(quotes).where(quotes.c.speaker_id == actor_id)
    return int(conn.execute(stmt).scalar_one())


def _quotes_by(conn: Connection, actor_id: str, limit: int) -> tuple[QuoteBy, ...]:
    """The newest ``limit`` quotes of the actor (read in index order), oldest first."""
    q = quotes.c
    rows = conn.execute(
        select(documents.c.id, q.doc_date, q.data)
        .join(documents, documents.c.pk == q.doc_pk)
        .where(q.speaker_id == actor_id)
        .order_by(q.doc_date.desc(), q.doc_pk.desc(), q.idx.desc())
        .limit(limit)
    ).all()
    out = [QuoteBy(doc_id, _day(date), json.loads(data)["text"]) for doc_id, date, data in rows]
    return tuple(reversed(out))
