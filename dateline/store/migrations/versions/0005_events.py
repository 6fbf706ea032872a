"""Event query columns: modality, actor and recipient countries and names, place, sizes.

Revision ID: 0005
Revises: 0003

Existing event rows are filled from their stored contract JSON, so older databases answer
the new queries too.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = (
    ("happened", sa.Boolean),
    ("aux", sa.String(64)),
    ("actor_country", sa.String(8)),
    ("actor_countries", sa.Text),
    ("actor_names", sa.Text),
    ("recipient_country", sa.String(8)),
    ("recipient_countries", sa.Text),
    ("recipient_names", sa.Text),
    ("location_name", sa.Text),
    ("location_country", sa.String(8)),
    ("date_source", sa.String(16)),
    ("date_precision", sa.String(16)),
    ("injured", sa.Integer),
    ("arrested", sa.Integer),
    ("confidence", sa.Float),
    ("evidence_text", sa.Text),
)
INDEXES = (
    ("ix_events_happened_type_start_date", ["happened", "type", "start_date"]),
    ("ix_events_actor_country", ["actor_country"]),
    ("ix_events_recipient_country", ["recipient_country"]),
    ("ix_events_location_country", ["location_country"]),
    ("ix_events_lat_lon", ["lat", "lon"]),
)


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name, type_ in COLUMNS:
            batch.add_column(sa.Column(name, type_))
    for name, cols in INDEXES:
        op.create_index(name, "events", cols)
    _backfill()


def _backfill() -> None:
    # Imported here: the migration must not depend on the package at import time.
    from dateline.store.events import event_columns

    bind = op.get_bind()
    events = sa.table(
        "events",
        sa.column("doc_pk"),
        sa.column("idx"),
        sa.column("data"),
        *(sa.column(name) for name, _ in COLUMNS),
    )
    documents = sa.table("documents", sa.column("pk"), sa.column("text"))
    rows = bind.execute(
        sa.select(events.c.doc_pk, events.c.idx, events.c.data, documents.c.text).join(
            documents, documents.c.pk == events.c.doc_pk
        )
    ).all()
    for row in rows:
        values = event_columns(json.loads(row.data), row.text)
        bind.execute(
            events.update()
            .where(events.c.doc_pk == row.doc_pk, events.c.idx == row.idx)
            .values(**{k: v for k, v in values.items() if k in dict(COLUMNS)})
        )


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, table_name="events")
    with op.batch_alter_table("events") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
