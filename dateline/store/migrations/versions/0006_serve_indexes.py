"""Serving indexes: event participants and quote speakers by actor id, timeline orderings.

Revision ID: 0006
Revises: 0004

``event_actors`` holds one row per (event, role, actor id) and ``quotes.speaker_id`` the
speaker's actor id, both filled here from the stored JSON so older databases answer the
actor pages too. The new indexes let the timeline
without a type, the country filter and the actor counts read an index in query order
instead of sorting or scanning a table (measured by bench/api_load.py).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_entities_actor_id_doc_pk", "entities", ["actor_id", "doc_pk"]),
    ("ix_quotes_speaker_id_doc_pk", "quotes", ["speaker_id", "doc_pk"]),
    ("ix_events_happened_start_date_type", "events", ["happened", "start_date", "type"]),
    (
        "ix_events_happened_location_country_start_date",
        "events",
        ["happened", "location_country", "start_date"],
    ),
)


def upgrade() -> None:
    op.create_table(
        "event_actors",
        sa.Column(
            "doc_pk",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("actor_id", sa.String(160), primary_key=True),
        sa.Column("start_date", sa.Date),
    )
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("speaker_id", sa.String(160)))
    _backfill()
    _backfill_speakers()
    op.create_index(
        "ix_event_actors_actor",
        "event_actors",
        ["actor_id", "role", "start_date", "doc_pk", "idx"],
    )
    for name, table, cols in INDEXES:
        op.create_index(name, table, cols)


def _backfill() -> None:
    # Imported here: the migration must not depend on the package at import time.
    from dateline.store.events import participant_rows

    bind = op.get_bind()
    events = sa.table(
        "events",
        sa.column("doc_pk"),
        sa.column("idx"),
        sa.column("data"),
        sa.column("start_date", sa.Date),
    )
    target = sa.table(
        "event_actors",
        sa.column("doc_pk"),
        sa.column("idx"),
        sa.column("role"),
        sa.column("actor_id"),
        sa.column("start_date", sa.Date),
    )
    rows = bind.execute(
        sa.select(events.c.doc_pk, events.c.idx, events.c.data, events.c.start_date)
    ).all()
    batch: list[dict] = []
    for row in rows:
        batch += participant_rows(row.doc_pk, row.idx, json.loads(row.data), row.start_date)
        if len(batch) >= 5000:
            bind.execute(target.insert(), batch)
            batch = []
    if batch:
        bind.execute(target.insert(), batch)


def _backfill_speakers() -> None:
    bind = op.get_bind()
    quotes = sa.table(
        "quotes", sa.column("doc_pk"), sa.column("idx"), sa.column("data"), sa.column("speaker_id")
    )
    rows = bind.execute(sa.select(quotes.c.doc_pk, quotes.c.idx, quotes.c.data)).all()
    for row in rows:
        speaker = json.loads(row.data).get("speaker_actor") or {}
        if speaker.get("id"):
            bind.execute(
                quotes.update()
                .where(quotes.c.doc_pk == row.doc_pk, quotes.c.idx == row.idx)
                .values(speaker_id=speaker["id"])
            )


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index("ix_event_actors_actor", table_name="event_actors")
    op.drop_table("event_actors")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("speaker_id")
