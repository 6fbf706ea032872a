"""Serving indexes: event participants, speakers, roles and dates by actor id; timeline orders.

Revision ID: 0006
Revises: 0004

``event_actors`` holds one row per (event, role, actor id); ``quotes.speaker_id``, the
speaker's actor id; ``entities.actor_role``, the role the mention gives its actor; and
``doc_date`` on entities and quotes, the publication date. All are filled here from the
stored JSON, so older databases answer the actor pages too. The new indexes let the timeline
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
    ("ix_entities_actor_id_doc_date_doc_pk", "entities", ["actor_id", "doc_date", "doc_pk"]),
    (
        "ix_entities_actor_id_actor_role_doc_date",
        "entities",
        ["actor_id", "actor_role", "doc_date"],
    ),
    (
        "ix_quotes_speaker_id_doc_date_doc_pk_idx",
        "quotes",
        ["speaker_id", "doc_date", "doc_pk", "idx"],
    ),
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
        batch.add_column(sa.Column("doc_date", sa.Date))
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("doc_date", sa.Date))
        batch.add_column(sa.Column("actor_role", sa.String(64)))
    _backfill()
    _backfill_speakers()
    _backfill_entities()
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


def _backfill_entities() -> None:
    bind = op.get_bind()
    for name in ("entities", "quotes"):
        # Table names from this fixed tuple only; no value is spliced into the SQL.
        day = f"(SELECT d.date FROM documents d WHERE d.pk = {name}.doc_pk)"
        bind.execute(sa.text(f"UPDATE {name} SET doc_date = {day}"))
    entities = sa.table(
        "entities",
        sa.column("doc_pk"),
        sa.column("idx"),
        sa.column("data"),
        sa.column("actor_id"),
        sa.column("actor_role"),
    )
    rows = bind.execute(
        sa.select(entities.c.doc_pk, entities.c.idx, entities.c.data).where(
            entities.c.actor_id.is_not(None)
        )
    ).all()
    for row in rows:
        role = (json.loads(row.data).get("actor") or {}).get("role")
        if role:
            bind.execute(
                entities.update()
                .where(entities.c.doc_pk == row.doc_pk, entities.c.idx == row.idx)
                .values(actor_role=role)
            )


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index("ix_event_actors_actor", table_name="event_actors")
    op.drop_table("event_actors")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("doc_date")
        batch.drop_column("speaker_id")
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("actor_role")
        batch.drop_column("doc_date")
