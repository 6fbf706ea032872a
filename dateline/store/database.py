"""Opening a store: SQLite file or PostgreSQL URL, migrated to the current schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from dateline.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(location: str) -> str:
    """Turn a ``--db`` value (a file path or a URL) into a SQLAlchemy URL."""
    if "://" in location:
        if location.startswith("postgresql://"):
            # Use psycopg 3, the driver dateline ships with.
            return "postgresql+psycopg://" + location[len("postgresql://") :]
        return location
    return f"sqlite:///{Path(location).expanduser()}"


def create_store_engine(location: str, read_only: bool = False) -> Engine:
    """Create an engine with the pragmas and options dateline relies on."""
    url = database_url(location)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"invalid database URL {location!r}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed.database or "", read_only)
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r} (use SQLite or PostgreSQL)"
        )
    engine = create_engine(parsed, pool_pre_ping=True)
    if read_only:
        event.listen(engine, "connect", _pg_read_only)
    return engine


def _sqlite_engine(path: str, read_only: bool) -> Engine:
    if read_only:
        if not Path(path).is_file():
            hint = f"create it with: dateline ingest PATH --db {path}"
            raise StoreError(f"database {path!r} does not exist; {hint}")
        engine = create_engine(
            f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true",
            connect_args={"check_same_thread": False},
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas(read_only))
    return engine


def _sqlite_pragmas(read_only: bool) -> Any:
    def on_connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if not read_only:
            # WAL lets the web app read while an ingest writes.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


def _pg_read_only(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    dbapi_conn.commit()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The schema version this code expects."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise StoreError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema version recorded in the database (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the database schema to the head revision, in one transaction."""
    cfg = _alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot prepare the database: {exc.orig}") from None


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Downgrade the schema (used by migration tests)."""
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
