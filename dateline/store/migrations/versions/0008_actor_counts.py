"""Actor counts kept in their own table, so the actors list does not count every mention.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_counts",
        sa.Column("actor_id", sa.String(160), primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(8)),
        sa.Column("mentions", sa.BigInteger, nullable=False),
        sa.Column("documents", sa.BigInteger, nullable=False),
    )
    op.create_index(
        "ix_actor_counts_mentions", "actor_counts", [sa.text("mentions DESC"), "actor_id"]
    )
    # Imported here: the migration must not depend on the package at import time.
    from dateline.store.actor_counts import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_actor_counts_mentions", table_name="actor_counts")
    op.drop_table("actor_counts")
