"""Actor queries: who is mentioned how often, and one actor's roles, mentions and quotes.

They read the indexed ``actor_id`` column of ``entities`` (migration 0003) and the item JSON
for roles and evidence, so a query touches only the rows of the actors it asks about.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, distinct, func, or_, select

from dateline.store.schema import documents, entities, quotes

EVIDENCE_PER_ROLE = 3


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
    """Everything ``dateline actor NAME`` shows."""

    actor: ActorCount
    roles: tuple[RoleSpell, ...]
    mentions_by_date: tuple[tuple[dt.date, int], ...]
    quotes: tuple[QuoteBy, ...]


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def list_actors(conn: Connection, limit: int = 50) -> list[ActorCount]:
    """Actors by number of mentions, most mentioned first."""
    n = func.count().label("n")
    stmt = (
        select(
            entities.c.actor_id,
            func.max(entities.c.actor_name),
            func.max(entities.c.actor_country),
            func.max(entities.c.actor_sector),
            n,
            func.count(distinct(entities.c.doc_pk)),
        )
        .where(entities.c.actor_id.is_not(None))
        .group_by(entities.c.actor_id)
        .order_by(n.desc(), entities.c.actor_id)
        .limit(limit)
    )
    return [ActorCount(*row) for row in conn.execute(stmt).all()]


def _match(conn: Connection, query: str) -> ActorCount | None:
    """The most mentioned actor whose id or name is ``query`` (else whose name contains it)."""
    exact = or_(entities.c.actor_id == query, func.lower(entities.c.actor_name) == query.lower())
    partial = func.lower(entities.c.actor_name).contains(query.lower(), autoescape=True)
    for condition in (exact, partial):
        row = conn.execute(
            select(entities.c.actor_id, func.count().label("n"))
            .where(condition)
            .group_by(entities.c.actor_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        if row is not None:
            counts = [a for a in _counts_for(conn, row.actor_id)]
            return counts[0] if counts else None
    return None


def _counts_for(conn: Connection, actor_id: str) -> list[ActorCount]:
    stmt = (
        select(
            entities.c.actor_id,
            func.max(entities.c.actor_name),
            func.max(entities.c.actor_country),
            func.max(entities.c.actor_sector),
            func.count(),
            func.count(distinct(entities.c.doc_pk)),
        )
        .where(entities.c.actor_id == actor_id)
        .group_by(entities.c.actor_id)
    )
    return [ActorCount(*row) for row in conn.execute(stmt).all()]


def actor_profile(conn: Connection, query: str) -> ActorProfile | None:
    """Roles over time (with evidence), mentions by date and quotes of one actor."""
    actor = _match(conn, query)
    if actor is None:
        return None
    rows = conn.execute(
        select(documents.c.id, documents.c.date, documents.c.text, entities.c.data)
        .join(documents, documents.c.pk == entities.c.doc_pk)
        .where(entities.c.actor_id == actor.id)
        .order_by(documents.c.date, documents.c.id, entities.c.idx)
    ).all()
    spells: dict[str, dict] = {}
    by_date: dict[dt.date, int] = {}
    for doc_id, date, text, data in rows:
        day = _day(date)
        by_date[day] = by_date.get(day, 0) + 1
        item = json.loads(data)
        role = (item.get("actor") or {}).get("role")
        if not role:
            continue
        spell = spells.setdefault(
            role, {"sector": item["actor"].get("sector"), "first": day, "last": day, "ev": []}
        )
        spell["last"] = day
        for start, end in item.get("evidence", [])[1:]:
            if len(spell["ev"]) < EVIDENCE_PER_ROLE:
                spell["ev"].append((doc_id, text[start:end]))
    roles = tuple(
        RoleSpell(role, s["sector"], s["first"], s["last"], tuple(s["ev"]))
        for role, s in sorted(spells.items(), key=lambda kv: kv[1]["first"])
    )
    return ActorProfile(actor, roles, tuple(sorted(by_date.items())), _quotes_by(conn, actor.id))


def _quotes_by(conn: Connection, actor_id: str) -> tuple[QuoteBy, ...]:
    needle = json.dumps({"id": actor_id})[1:-1]  # '"id": "p:x"' as json.dumps writes it
    compact = needle.replace(": ", ":")
    rows = conn.execute(
        select(documents.c.id, documents.c.date, quotes.c.data)
        .join(documents, documents.c.pk == quotes.c.doc_pk)
        .where(
            or_(
                quotes.c.data.contains(compact, autoescape=True),
                quotes.c.data.contains(needle, autoescape=True),
            )
        )
        .order_by(documents.c.date, documents.c.id, quotes.c.idx)
    ).all()
    out = []
    for doc_id, date, data in rows:
        item = json.loads(data)
        speaker = item.get("speaker_actor") or {}
        if speaker.get("id") == actor_id:
            out.append(QuoteBy(doc_id, _day(date), item.get("text", "")))
    return tuple(out)
