"""Actor columns on entities: who each mention denotes, indexed for the actor queries.

Revision ID: 0003
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("actor_id", sa.String(160)))
        batch.add_column(sa.Column("actor_name", sa.Text))
        batch.add_column(sa.Column("actor_country", sa.String(8)))
        batch.add_column(sa.Column("actor_sector", sa.String(8)))
    op.create_index("ix_entities_actor_id", "entities", ["actor_id"])


def downgrade() -> None:
    op.drop_index("ix_entities_actor_id", table_name="entities")
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("actor_sector")
        batch.drop_column("actor_country")
        batch.drop_column("actor_name")
        batch.drop_column("actor_id")
