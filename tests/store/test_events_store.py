"""Event queries on real databases (SQLite file; PostgreSQL schema when configured)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from dateline.errors import StoreError
from dateline.model import Size
from dateline.store import Store, database
from dateline.store.events import EventQuery, distance_km, find_events
from tests.nlp.events_helpers import (
    KHARKIV,
    ODESA,
    ODESA_TEXT,
    annotated,
    sample_documents,
    stored_event,
)


@pytest.fixture
def store(db_location: str) -> Iterator[Store]:
    s = Store.open(db_location)
    for doc in sample_documents():
        s.write(doc)
    yield s
    s.close()


def ids(rows: list) -> list[str]:
    return [r.doc_id for r in rows]


def test_default_lists_only_events_that_happened_newest_first(store: Store) -> None:
    rows = find_events(store.engine, EventQuery())
    assert ids(rows) == ["talks", "kharkiv", "odesa"]
    assert ids(find_events(store.engine, EventQuery(include_aux=True)))[0] in {"plan", "talks"}
    assert "plan" in ids(find_events(store.engine, EventQuery(include_aux=True)))


def test_filter_by_type_actor_code_and_name(store: Store) -> None:
    assert ids(find_events(store.engine, EventQuery(type="assault"))) == ["kharkiv", "odesa"]
    assert ids(find_events(store.engine, EventQuery(actor="RUS"))) == ["odesa"]
    assert ids(find_events(store.engine, EventQuery(actor="ukrain"))) == ["kharkiv"]
    # The second of two actors matches too.
    assert ids(find_events(store.engine, EventQuery(actor="LTU"))) == ["talks"]
    assert ids(find_events(store.engine, EventQuery(recipient="RUS"))) == ["kharkiv"]
    assert find_events(store.engine, EventQuery(actor="GBR")) == []
    assert ids(find_events(store.engine, EventQuery(actor="GBR", include_aux=True))) == ["plan"]


def test_filter_by_dates_and_country(store: Store) -> None:
    q = EventQuery(start=dt.date(2025, 3, 2), end=dt.date(2025, 3, 10))
    assert ids(find_events(store.engine, q)) == ["kharkiv"]
    assert ids(find_events(store.engine, EventQuery(country="ukr"))) == ["kharkiv", "odesa"]


def test_near_a_place_by_name_or_coordinates(store: Store) -> None:
    rows = find_events(store.engine, EventQuery(), place="Odesa", km=25)
    assert ids(rows) == ["odesa"]
    near_kharkiv = f"{KHARKIV.lat},{KHARKIV.lon}"
    assert ids(find_events(store.engine, EventQuery(), place=near_kharkiv, km=10)) == ["kharkiv"]
    # Odesa and Kharkiv are ~560 km apart.
    assert 500 < distance_km(ODESA.lat, ODESA.lon, KHARKIV.lat, KHARKIV.lon) < 620
    both = find_events(store.engine, EventQuery(), place="Odesa", km=700)
    assert ids(both) == ["kharkiv", "odesa"]
    # A place no stored event names is looked up in the gazetteer (Mykolaiv, ~110 km
    # from Odesa).
    assert ids(find_events(store.engine, EventQuery(), place="Mykolaiv", km=150)) == ["odesa"]
    with pytest.raises(StoreError, match="Qzxwvborg"):
        find_events(store.engine, EventQuery(), place="Qzxwvborg", km=10)


def test_text_filter_reads_the_evidence_and_ignores_like_syntax(store: Store) -> None:
    assert ids(find_events(store.engine, EventQuery(text="port"))) == ["odesa"]
    assert find_events(store.engine, EventQuery(text="%")) == []
    assert find_events(store.engine, EventQuery(text="_")) == []


def test_keyset_pages_cover_everything_once(store: Store) -> None:
    first = find_events(store.engine, EventQuery(limit=2, include_aux=True))
    rest = find_events(store.engine, EventQuery(limit=10, include_aux=True, after=first[-1].cursor))
    assert len(first) == 2
    assert sorted(ids(first + rest)) == ["kharkiv", "odesa", "plan", "talks"]


def test_row_line_shows_date_type_participants_place_dead_evidence(store: Store) -> None:
    [row] = find_events(store.engine, EventQuery(actor="RUS"))
    line = row.line()
    assert line.startswith("2025-03-01  ASSAULT  Russia (RUS) -> ?  @ Odesa  dead=3")
    assert "killing three people" in line


def test_migration_backfills_events_stored_before_0005(db_location: str) -> None:
    s = Store.open(db_location)
    s.write(
        annotated(
            "old",
            ODESA_TEXT,
            dt.date(2025, 3, 1),
            (
                stored_event(
                    ODESA_TEXT, "ASSAULT", "struck", dt.date(2025, 3, 1), size=Size(dead=3)
                ),
            ),
        )
    )
    database.downgrade(s.engine, "0001")
    with s.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM events")).scalar_one() == 1
    s.close()
    again = Store.open(db_location)
    [row] = find_events(again.engine, EventQuery())
    assert row.doc_id == "old" and row.dead == 3
    assert "port of Odesa" in row.evidence
    again.close()
