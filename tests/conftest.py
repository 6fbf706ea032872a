"""Shared fixtures: one pipeline per session, and real databases (SQLite, PostgreSQL if set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dateline.config import Settings
from dateline.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
POSTGRES_URL = os.environ.get("DATELINE_TEST_POSTGRES_URL")

DB_BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Settings from defaults only, unaffected by the developer's environment."""
    return Settings.load(env={})


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    """The full default pipeline, built once (loading spaCy is the slow part)."""
    return Pipeline.build(settings)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """Folder of hand-written test articles."""
    return FIXTURES


def _postgres_schema_url(schema: str) -> str:
    assert POSTGRES_URL is not None
    sep = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=DB_BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or its own PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
