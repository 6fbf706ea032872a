"""The store: SQLite by default, PostgreSQL by URL, through SQLAlchemy Core and Alembic."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Row, Table, func, or_, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from dateline.contract import JsonObject
from dateline.errors import StoreError
from dateline.model import AnnotatedDocument
from dateline.store import database
from dateline.store.actors import (
    ActorCount,
    ActorProfile,
    actor_profile,
    list_actors,
)
from dateline.store.quotes import QuoteHit, find_quotes
from dateline.store.schema import LAYER_TABLES, documents
from dateline.store.search import search_documents
from dateline.store.writer import WriteResult, write_document

LEAD_CHARS = 90

DocumentKey = tuple[dt.date, str]
"""The position of a document in listing order: (date, id)."""

__all__ = [
    "ActorCount",
    "ActorProfile",
    "DocumentKey",
    "DocumentSummary",
    "QuoteHit",
    "SearchHit",
    "Store",
    "StoreStats",
    "WriteResult",
]


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of ``dateline docs``: id, date, title and counts per layer."""

    id: str
    date: dt.date
    title: str | None
    counts: tuple[tuple[str, int], ...]
    duplicate_of: str | None = None
    lead: str = ""  # the start of the text, for documents without a title


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text search result with a short snippet."""

    id: str
    date: dt.date
    title: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Totals for ``dateline stats``."""

    documents: int
    first_date: dt.date | None
    last_date: dt.date | None
    layers: tuple[tuple[str, int], ...]
    labels: tuple[tuple[str, int], ...]
    schema_version: str | None


class Store:
    """A migrated database holding documents and their layers."""

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only

    @classmethod
    def open(cls, location: str, read_only: bool = False) -> Store:
        """Open (and, unless read-only, create or migrate) the store at ``location``."""
        engine = database.create_store_engine(location, read_only)
        try:
            if read_only:
                found = database.current_revision(engine)
                if found != database.head_revision():
                    raise StoreError(
                        f"database {location!r} has schema {found!r}, expected "
                        f"{database.head_revision()!r}; open it writable once to migrate"
                    )
            else:
                database.migrate(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {location!r}: {exc.orig}") from None
        return cls(engine, read_only)

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> str | None:
        """The Alembic revision stored in the database."""
        return database.current_revision(self.engine)

    def write(self, annotated: AnnotatedDocument, force: bool = False) -> WriteResult:
        """Store one annotated document in its own transaction (all or nothing)."""
        if self.read_only:
            raise StoreError("the store is open read-only")
        try:
            with self.engine.begin() as conn:
                return write_document(conn, annotated, force)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store {annotated.document.id!r}: {exc}") from None

    def get_document(self, doc_id: str) -> JsonObject | None:
        """The stored contract object for ``doc_id``, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
            return None if row is None else _assemble(conn, row)

    def iter_documents(self) -> Iterator[JsonObject]:
        """Every stored document as a contract object, by date then id."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents).order_by(documents.c.date, documents.c.id))
            for row in rows.all():
                yield _assemble(conn, row)

    def list_documents(
        self,
        limit: int = 100,
        offset: int = 0,
        *,
        after: DocumentKey | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[DocumentSummary]:
        """Document summaries with their per-layer counts, newest first (then by id).

        ``after`` is the (date, id) of the last row already seen: a keyset cursor, so
        pages stay stable while documents are added. ``date_from``/``date_to`` are inclusive.
        """
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    documents.c.pk,
                    documents.c.id,
                    documents.c.date,
                    documents.c.title,
                    documents.c.duplicate_of,
                    func.substr(documents.c.text, 1, LEAD_CHARS).label("lead"),
                )
                .where(*_document_conditions(after, date_from, date_to))
                .order_by(documents.c.date.desc(), documents.c.id)
                .limit(limit)
                .offset(offset)
            ).all()
            pks = [r.pk for r in rows]
            counts = {name: _counts(conn, table, pks) for name, table in LAYER_TABLES.items()}
        return [
            DocumentSummary(
                r.id,
                r.date,
                r.title,
                tuple((name, counts[name].get(r.pk, 0)) for name in LAYER_TABLES),
                r.duplicate_of,
                " ".join(r.lead.split()),
            )
            for r in rows
        ]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over titles and texts, best first (ties by id)."""
        with self.engine.connect() as conn:
            return [SearchHit(*hit) for hit in search_documents(conn, query, limit, offset)]

    def quotes(
        self,
        speaker: str | None = None,
        contains: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int | None = 100,
    ) -> list[QuoteHit]:
        """Stored quotes filtered by speaker, quoted text and publication date."""
        with self.engine.connect() as conn:
            return find_quotes(conn, speaker, contains, date_from, date_to, limit)

    def actors(self, limit: int = 50, offset: int = 0) -> list[ActorCount]:
        """Actors with their mention and document counts, most mentioned first."""
        with self.engine.connect() as conn:
            return list_actors(conn, limit, offset)

    def actor(self, query: str) -> ActorProfile | None:
        """One actor (by id or name): roles over time, mentions by date, quotes."""
        with self.engine.connect() as conn:
            return actor_profile(conn, query)

    def stats(self) -> StoreStats:
        """Document and layer totals."""
        with self.engine.connect() as conn:
            n, first, last = conn.execute(
                select(func.count(), func.min(documents.c.date), func.max(documents.c.date))
            ).one()
            layers = tuple(
                (name, conn.execute(select(func.count()).select_from(t)).scalar_one())
                for name, t in LAYER_TABLES.items()
            )
            ent = LAYER_TABLES["entities"]
            labels = conn.execute(
                select(ent.c.label, func.count())
                .group_by(ent.c.label)
                .order_by(func.count().desc())
            ).all()
        return StoreStats(
            n, first, last, layers, tuple((lb, c) for lb, c in labels), self.schema_version()
        )


def _document_conditions(
    after: DocumentKey | None, date_from: dt.date | None, date_to: dt.date | None
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if date_from is not None:
        conds.append(documents.c.date >= date_from)
    if date_to is not None:
        conds.append(documents.c.date <= date_to)
    if after is not None:
        day, doc_id = after
        # Written as a range on the date index plus a tie-break, which both databases use.
        conds.append(documents.c.date <= day)
        conds.append(or_(documents.c.date < day, documents.c.id > doc_id))
    return conds


def _counts(conn: Connection, table: Table, pks: list[int]) -> dict[int, int]:
    if not pks:
        return {}
    stmt = (
        select(table.c.doc_pk, func.count()).where(table.c.doc_pk.in_(pks)).group_by(table.c.doc_pk)
    )
    return {pk: n for pk, n in conn.execute(stmt).all()}


def _assemble(conn: Connection, row: Row[Any]) -> JsonObject:
    record: JsonObject = {
        "id": row.id,
        "date": row.date.isoformat(),
        "title": row.title,
        "source": row.source,
        "url": row.url,
        "language": row.language,
        "text": row.text,
    }
    for name, table in LAYER_TABLES.items():
        items = conn.execute(
            select(table.c.data).where(table.c.doc_pk == row.pk).order_by(table.c.idx)
        ).scalars()
        record[name] = [json.loads(d) for d in items]
    record["pipeline"] = json.loads(row.pipeline)
    return record
