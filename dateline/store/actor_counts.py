"""Maintained actor counts: mentions and documents per actor, kept with every write.

The actors list ranks every linked actor by mentions. Counting the entities index for each
request grows with the archive (0.6 s at a million events), so the counts live in their own
table (migration 0008): a written document adds its actors' counts, a replaced one takes
them away, both inside the document's transaction. Rows are touched in actor-id order so
that concurrent writers on PostgreSQL lock them in one order and cannot deadlock.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import (
    Connection,
    Insert,
    Row,
    Select,
    bindparam,
    case,
    delete,
    distinct,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from dateline.store.schema import actor_counts, entities

_COLUMNS = ("actor_id", "name", "country", "sector", "mentions", "documents")


def _per_actor() -> Select:
    """Mentions and documents per actor id over the whole store."""
    e = entities.c
    return (
        select(
            e.actor_id,
            func.min(e.actor_name),
            func.min(e.actor_country),
            func.min(e.actor_sector),
            func.count(),
            func.count(distinct(e.doc_pk)),
        )
        .where(e.actor_id.is_not(None))
        .group_by(e.actor_id)
        .order_by(e.actor_id)
    )


# Built once: it runs for every stored document, and building costs more than running it.
_PER_DOCUMENT = _per_actor().where(entities.c.doc_pk == bindparam("doc_pk"))


def add_document(conn: Connection, doc_pk: int) -> None:
    """Add one just-written document's mentions to the counts (caller's transaction)."""
    found = conn.execute(_PER_DOCUMENT, {"doc_pk": doc_pk})
    rows = [dict(zip(_COLUMNS, row, strict=True)) for row in found]
    if rows:
        conn.execute(_upsert(conn.dialect.name), rows)


@cache
def _upsert(dialect_name: str) -> Insert:
    """The counts upsert for one dialect, built once (it runs for every stored document)."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    stmt = dialect.insert(actor_counts)
    c, new = actor_counts.c, stmt.excluded
    # The smallest name wins, as in rebuild(), so counts built either way read the same.
    name = case((or_(c.name.is_(None), new.name < c.name), new.name), else_=c.name)
    return stmt.on_conflict_do_update(
        index_elements=[c.actor_id],
        set_={
            "mentions": c.mentions + new.mentions,
            "documents": c.documents + new.documents,
            "name": name,
        },
    )


def remove_document(conn: Connection, doc_pk: int) -> None:
    """Take a stored document's mentions out of the counts before it is deleted."""
    c = actor_counts.c
    found: list[Row] = list(conn.execute(_PER_DOCUMENT, {"doc_pk": doc_pk}))
    for actor_id, _name, _country, _sector, mentions, docs in found:
        conn.execute(
            update(actor_counts)
            .where(c.actor_id == actor_id)
            .values(mentions=c.mentions - mentions, documents=c.documents - docs)
        )
    if found:
        conn.execute(delete(actor_counts).where(c.mentions <= 0))


def rebuild(conn: Connection) -> None:
    """Recount every actor from the entities layer (migration 0008, bulk loads, repair)."""
    conn.execute(delete(actor_counts))
    conn.execute(insert(actor_counts).from_select(list(_COLUMNS), _per_actor()))
