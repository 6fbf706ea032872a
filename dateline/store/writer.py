"""Writing annotated documents: one transaction each, idempotent, ``force`` replaces atomically."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, delete, insert, select, text, tuple_

from dateline.contract import (
    JsonObject,
    document_json,
    dumps,
)
from dateline.errors import ConflictError
from dateline.ingest.dedup import NEAR_JACCARD, Signature, signature
from dateline.model import AnnotatedDocument, Document
from dateline.store.actor_counts import add_document, remove_document
from dateline.store.actors import entity_role, speaker_id
from dateline.store.events import event_columns, participant_rows
from dateline.store.schema import LAYER_TABLES, document_bands, documents, event_actors

WriteStatus = Literal["stored", "skipped", "replaced"]
NEAR_WINDOW = dt.timedelta(days=7)  # wire copies of one story appear within days

# Statements built once: building one costs more in SQLAlchemy than running it in SQLite,
# and a built statement keeps its cache key, so each write only binds new values.
_EXISTING = select(documents.c.pk, documents.c.content_hash).where(
    documents.c.id == bindparam("doc_id")
)
_SAME_CONTENT = (
    select(documents.c.id)
    .where(documents.c.content_hash == bindparam("digest"), documents.c.id != bindparam("doc_id"))
    .order_by(documents.c.pk)
    .limit(1)
)
_CANDIDATES = (
    select(documents.c.id, documents.c.minhash)
    .where(
        documents.c.pk.in_(
            select(document_bands.c.doc_pk).where(
                tuple_(document_bands.c.band, document_bands.c.value).in_(
                    bindparam("keys", expanding=True)
                )
            )
        ),
        documents.c.id != bindparam("doc_id"),
        documents.c.date.between(bindparam("low"), bindparam("high")),
    )
    .order_by(documents.c.pk)
)
_INSERT_DOCUMENT = insert(documents).returning(documents.c.pk)
_INSERT_BANDS = insert(document_bands)
_INSERT_LAYER = {layer: insert(table) for layer, table in LAYER_TABLES.items()}
_INSERT_PARTICIPANTS = insert(event_actors)
_INSERT_FTS = text("INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)")


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What happened to one document on ingest."""

    id: str
    status: WriteStatus
    duplicate_of: str | None = None
    similarity: float | None = None  # 1.0: same content; else estimated Jaccard


def write_document(conn: Connection, annotated: AnnotatedDocument, force: bool) -> WriteResult:
    """Store one document and its layers inside the caller's transaction."""
    doc = annotated.document
    digest = doc.content_hash
    existing = conn.execute(_EXISTING, {"doc_id": doc.id}).first()
    if existing is not None and not force:
        if existing.content_hash == digest:
            return WriteResult(doc.id, "skipped")
        raise ConflictError(
            f"document {doc.id!r} is already stored with different content (use --force to replace)"
        )
    if existing is not None:
        _delete(conn, existing.pk)
    sig = signature(doc.text)
    bands = sig.bands()
    twin, similarity = _find_twin(conn, doc, digest, sig, bands)
    record = document_json(annotated)
    pk = _insert_document(conn, record, digest, sig, (twin, similarity))
    conn.execute(
        _INSERT_BANDS, [{"doc_pk": pk, "band": i, "value": v} for i, v in enumerate(bands)]
    )
    _insert_layers(conn, pk, record, doc.date)
    add_document(conn, pk)
    if conn.dialect.name == "sqlite":
        conn.execute(_INSERT_FTS, {"pk": pk, "title": doc.title or "", "text": doc.text})
    status: WriteStatus = "replaced" if existing is not None else "stored"
    return WriteResult(doc.id, status, twin, similarity)


def _find_twin(
    conn: Connection, doc: Document, digest: str, sig: Signature, bands: tuple[int, ...]
) -> tuple[str | None, float | None]:
    """An earlier document with the same content, or the most similar near-duplicate."""
    exact = conn.execute(_SAME_CONTENT, {"digest": digest, "doc_id": doc.id}).scalar()
    if exact is not None:
        return exact, 1.0
    window = {"low": doc.date - NEAR_WINDOW, "high": doc.date + NEAR_WINDOW}
    candidates = conn.execute(
        _CANDIDATES, {"keys": list(enumerate(bands)), "doc_id": doc.id, **window}
    ).all()
    best: tuple[float, str] | None = None
    for cand in candidates:
        score = sig.similarity(Signature.from_bytes(cand.minhash))
        if score >= NEAR_JACCARD and (best is None or score > best[0]):
            best = (score, cand.id)
    return (best[1], best[0]) if best else (None, None)


def _delete(conn: Connection, pk: int) -> None:
    remove_document(conn, pk)
    for table in (*LAYER_TABLES.values(), document_bands):
        conn.execute(delete(table).where(table.c.doc_pk == pk))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM documents_fts WHERE rowid = :pk"), {"pk": pk})
    conn.execute(delete(documents).where(documents.c.pk == pk))


def _insert_document(
    conn: Connection,
    record: JsonObject,
    digest: str,
    sig: Signature,
    twin: tuple[str | None, float | None],
) -> int:
    values = {
        "id": record["id"],
        "date": dt.date.fromisoformat(record["date"]),
        "title": record["title"],
        "source": record["source"],
        "url": record["url"],
        "language": record["language"],
        "text": record["text"],
        "content_hash": digest,
        "duplicate_of": twin[0],
        "duplicate_similarity": twin[1],
        "minhash": sig.to_bytes(),
        "pipeline": json.dumps(record["pipeline"], sort_keys=True),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    return int(conn.execute(_INSERT_DOCUMENT, values).scalar_one())


def _insert_layers(conn: Connection, pk: int, record: JsonObject, day: dt.date) -> None:
    """Insert every layer's rows with their index columns filled from the item JSON.

    The columns the actor pages read (publication date, entity role, quote speaker id,
    ``event_actors``) are computed here rather than updated afterwards: each extra
    statement costs more in SQLAlchemy than in SQLite, and this runs for every document.
    """
    participants: list[dict[str, Any]] = []
    for layer, insert_rows in _INSERT_LAYER.items():
        rows = [
            {
                "doc_pk": pk,
                "idx": i,
                **layer_row(layer, item, record["text"], day),
                "data": dumps(item),
            }
            for i, item in enumerate(record[layer])
        ]
        if layer == "events":
            participants = [
                p
                for row, item in zip(rows, record[layer], strict=True)
                for p in participant_rows(pk, row["idx"], item, row["start_date"])
            ]
        if rows:
            conn.execute(insert_rows, rows)
    if participants:
        conn.execute(_INSERT_PARTICIPANTS, participants)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _entity_row(item: JsonObject, day: dt.date) -> dict[str, Any]:
    actor = item.get("actor") or {}
    return {
        "doc_date": day,
        "actor_role": entity_role(item),
        "start": item["start"],
        "end": item["end"],
        "text": item["text"],
        "label": item["label"],
        "actor_id": actor.get("id"),
        "actor_name": actor.get("name"),
        "actor_country": actor.get("country"),
        "actor_sector": actor.get("sector"),
    }


def _timex_row(item: JsonObject, day: dt.date) -> dict[str, Any]:
    return {
        "start": item["start"],
        "end": item["end"],
        "text": item["text"],
        "type": item["type"],
        "value": item["value"],
        "start_date": _day(item["start_date"]),
        "end_date": _day(item["end_date"]),
    }


def _quote_row(item: JsonObject, day: dt.date) -> dict[str, Any]:
    return {
        "doc_date": day,
        "speaker_id": speaker_id(item),
        "content_start": item["content_start"],
        "content_end": item["content_end"],
        "kind": item["kind"],
        "speaker_name": item["speaker_name"],
        "text": item["text"],
        "speaker_text": item["speaker_text"],
    }


def layer_row(layer: str, item: JsonObject, text: str, day: dt.date) -> dict[str, Any]:
    """The real columns of one layer item (besides ``doc_pk``, ``idx`` and ``data``)."""
    if layer == "events":
        return event_columns(item, text)  # events also keep their evidence sentence
    return ROW_BUILDERS[layer](item, day)


ROW_BUILDERS = {
    "entities": _entity_row,
    "timexes": _timex_row,
    "quotes": _quote_row,
}
