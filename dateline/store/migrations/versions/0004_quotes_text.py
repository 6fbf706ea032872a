"""Quotes: the quoted text and the speaker mention as columns, for `dateline quotes` queries.

Revision ID: 0004
Revises: 0005
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("text", sa.Text))
        batch.add_column(sa.Column("speaker_text", sa.Text))
    quotes = sa.table(
        "quotes",
        sa.column("doc_pk", sa.Integer),
        sa.column("idx", sa.Integer),
        sa.column("data", sa.Text),
        sa.column("text", sa.Text),
        sa.column("speaker_text", sa.Text),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(quotes.c.doc_pk, quotes.c.idx, quotes.c.data)).all()
    for doc_pk, idx, data in rows:
        item = json.loads(data)
        conn.execute(
            quotes.update()
            .where(quotes.c.doc_pk == doc_pk, quotes.c.idx == idx)
            .values(text=item.get("text"), speaker_text=item.get("speaker_text"))
        )


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("speaker_text")
        batch.drop_column("text")
