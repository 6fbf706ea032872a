"""Table definitions for queries (SQLAlchemy Core). Migrations create and evolve them.

Each layer table keeps the full contract JSON of an item in ``data`` (so export returns
exactly what extract printed) and real, indexed columns for what is filtered on.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(512), nullable=False, unique=True),
    Column("date", Date, nullable=False, index=True),
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("duplicate_of", String(512)),
    Column("duplicate_similarity", Float),
    Column("minhash", LargeBinary, nullable=False),
    Column("pipeline", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

# MinHash LSH bands for near-duplicate candidates (see dateline.ingest.dedup).
document_bands = Table(
    "document_bands",
    metadata,
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
    Index("ix_document_bands_band_value", "band", "value"),
)


def _layer(name: str, *columns: Column, indexes: tuple[tuple[str, ...], ...] = ()) -> Table:
    table = Table(
        name,
        metadata,
        Column(
            "doc_pk",
            Integer,
            ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("idx", Integer, primary_key=True),
        *columns,
        Column("data", Text, nullable=False),
    )
    for cols in indexes:
        Index(f"ix_{name}_{'_'.join(cols)}", *(table.c[c] for c in cols))
    return table


entities = _layer(
    "entities",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("actor_id", String(160)),
    Column("actor_name", Text),
    Column("actor_country", String(8)),
    Column("actor_sector", String(8)),
    # Migration 0006: the publication date and the actor's role, so that an actor's counts,
    # mentions by date and roles over time are read from indexes alone.
    Column("doc_date", Date),
    Column("actor_role", String(64)),
    indexes=(
        ("label",),
        ("actor_id",),
        ("actor_id", "doc_date", "doc_pk"),
        ("actor_id", "actor_role", "doc_date"),
    ),
)

timexes = _layer(
    "timexes",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64), nullable=False),
    Column("start_date", Date),
    Column("end_date", Date),
    indexes=(("start_date", "end_date"),),
)

quotes = _layer(
    "quotes",
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker_name", Text),
    Column("text", Text),
    Column("speaker_text", Text),
    # Migration 0006: the speaker's actor id and the publication date, for an actor's
    # newest quotes in index order.
    Column("speaker_id", String(160)),
    Column("doc_date", Date),
    indexes=(("speaker_name",), ("speaker_id", "doc_date", "doc_pk", "idx")),
)

events = _layer(
    "events",
    Column("type", String(16), nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("lat", Float),
    Column("lon", Float),
    Column("dead", Integer),
    # Added by migration 0005 for the event queries (dateline/store/events.py).
    Column("happened", Boolean),  # no aux mark: reported as having happened
    Column("aux", String(64)),
    Column("actor_country", String(8)),
    Column("actor_countries", Text),  # " RUS BLR ": every actor's country, space-delimited
    Column("actor_names", Text),
    Column("recipient_country", String(8)),
    Column("recipient_countries", Text),
    Column("recipient_names", Text),
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("date_source", String(16)),
    Column("date_precision", String(16)),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("confidence", Float),
    Column("evidence_text", Text),
    indexes=(
        ("type", "start_date"),
        ("start_date",),
        ("happened", "type", "start_date"),
        ("actor_country",),
        ("recipient_country",),
        ("location_country",),
        ("lat", "lon"),
        # Migrations 0006 and 0007: the timeline without a type, and the country filter,
        # by date, answered from the index alone.
        ("happened", "start_date", "type"),
        ("happened", "location_country", "start_date", "type"),
    ),
)

# Who took part in each event, one row per (event, role, actor), for the actor pages and
# the actor-id filter (migration 0006). Filled from the events layer when a document is
# stored (dateline.store.events.participant_rows); deleted with its document.
event_actors = Table(
    "event_actors",
    metadata,
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("role", String(16), primary_key=True),  # "actor" or "recipient"
    Column("actor_id", String(160), primary_key=True),
    Column("start_date", Date),
    Index("ix_event_actors_actor", "actor_id", "role", "start_date", "doc_pk", "idx"),
)

LAYER_TABLES: dict[str, Table] = {
    "entities": entities,
    "timexes": timexes,
    "quotes": quotes,
    "events": events,
}

# How often each actor is mentioned and in how many documents (migration 0008), kept up to
# date as documents are written and replaced (dateline.store.actor_counts), so the actors
# list reads its top rows from one index instead of counting every linked mention.
actor_counts = Table(
    "actor_counts",
    metadata,
    Column("actor_id", String(160), primary_key=True),
    Column("name", Text),
    Column("country", String(8)),
    Column("sector", String(8)),
    Column("mentions", BigInteger, nullable=False),
    Column("documents", BigInteger, nullable=False),
)
# Most mentioned first, ties by id: the list's order, read from the index without a sort.
Index("ix_actor_counts_mentions", actor_counts.c.mentions.desc(), actor_counts.c.actor_id)
