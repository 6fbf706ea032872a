"""Documents, the four annotation layers, and full-text search.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _layer(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column(
            "doc_pk",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("idx", sa.Integer, primary_key=True),
        *columns,
        sa.Column("data", sa.Text, nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(512), nullable=False, unique=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("duplicate_of", sa.String(512)),
        sa.Column("duplicate_similarity", sa.Float),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
        sa.Column("pipeline", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_table(
        "document_bands",
        sa.Column(
            "doc_pk",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_document_bands_band_value", "document_bands", ["band", "value"])

    _layer(
        "entities",
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
    )
    op.create_index("ix_entities_label", "entities", ["label"])
    _layer(
        "timexes",
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
    )
    op.create_index("ix_timexes_start_date_end_date", "timexes", ["start_date", "end_date"])
    _layer(
        "quotes",
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker_name", sa.Text),
    )
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])
    _layer(
        "events",
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("dead", sa.Integer),
    )
    op.create_index("ix_events_type_start_date", "events", ["type", "start_date"])
    op.create_index("ix_events_start_date", "events", ["start_date"])
    _create_search()


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Rows are written by the store (same transaction as the document), keyed by pk.
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text)")
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED"
        )
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE documents_fts")
    for name in ("events", "quotes", "timexes", "entities", "document_bands", "documents"):
        op.drop_table(name)
