"""The country index also holds the event type, so a country's timeline reads no table rows.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD = (
    "ix_events_happened_location_country_start_date",
    ["happened", "location_country", "start_date"],
)
NEW = (
    "ix_events_happened_location_country_start_date_type",
    ["happened", "location_country", "start_date", "type"],
)


def upgrade() -> None:
    op.create_index(NEW[0], "events", NEW[1])
    op.drop_index(OLD[0], table_name="events")


def downgrade() -> None:
    op.create_index(OLD[0], "events", OLD[1])
    op.drop_index(NEW[0], table_name="events")
