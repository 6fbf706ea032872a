"""Event queries on real databases (SQLite file; PostgreSQL schema when configured)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from dateline.errors import StoreError
from dateline.model import Size
from dateline.store import Store, database
from dateline.store.events import (
    EventQuery,
    Near,
    count_events,
    distance_km,
    find_events,
    get_event,
    scan_refusal,
)
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


def test_aux_marks_are_added_one_by_one(store: Store) -> None:
    assert "plan" not in ids(find_events(store.engine, EventQuery()))
    assert "plan" in ids(find_events(store.engine, EventQuery(aux=("future",))))
    assert "plan" not in ids(find_events(store.engine, EventQuery(aux=("hypothetical",))))


def test_marked_events_interleave_by_date_page_after_page(store: Store) -> None:
    # Events that happened and marked ones are read as two parts; pages merge them in order.
    # More than a batch (50) of each, so that each part is cut short before the merge.
    visit = "France may send its foreign minister to Kyiv for talks."
    for n in range(90):
        mark = ("future",) if n % 3 == 0 else ("hypothetical",) if n % 5 == 0 else ()
        day = dt.date(2024, 10, 1) + dt.timedelta(days=n // 2)
        planned = stored_event(visit, "CONSULT", "send", day, aux=mark)
        store.write(annotated(f"visit-{n}", visit, day, (planned,)))
    every = find_events(store.engine, EventQuery(include_aux=True, limit=500))
    expected = [(r.doc_id, r.index) for r in every if set(r.aux) <= {"future"}]
    assert {r.aux for r in every} >= {(), ("future",)}
    paged, after = [], None
    while True:
        page = find_events(store.engine, EventQuery(aux=("future",), limit=7, after=after))
        if not page:
            break
        paged += [(r.doc_id, r.index) for r in page]
        after = page[-1].cursor
    assert paged == expected
    whole = find_events(store.engine, EventQuery(aux=("future",), limit=500))
    assert [(r.doc_id, r.index) for r in whole] == expected


def test_dates_filter_on_the_day_an_event_starts(store: Store) -> None:
    day = dt.date(2025, 3, 7)
    assert ids(find_events(store.engine, EventQuery(start=day, end=day))) == ["kharkiv"]
    assert find_events(store.engine, EventQuery(start=dt.date(2025, 3, 8), end=day)) == []


def test_every_actor_id_of_an_event_is_indexed_and_filters_exactly(store: Store) -> None:
    # The second of two actors is found by its id too, through the participant index.
    assert ids(find_events(store.engine, EventQuery(actor_id="LTU"))) == ["talks"]
    assert ids(find_events(store.engine, EventQuery(recipient_id="RUS"))) == ["kharkiv"]
    assert find_events(store.engine, EventQuery(recipient_id="LTU")) == []
    both = EventQuery(actor_id="UKR", recipient_id="RUS")
    assert ids(find_events(store.engine, both)) == ["kharkiv"]
    with store.engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM event_actors")).scalar_one()
    assert n == 6  # odesa 1, kharkiv 2, plan 1, talks 2


def test_replacing_a_document_replaces_its_participants(store: Store) -> None:
    [odesa] = [d for d in sample_documents() if d.document.id == "odesa"]
    changed = dataclasses.replace(
        odesa, document=dataclasses.replace(odesa.document, text=odesa.document.text + " ")
    )
    store.write(changed, force=True)
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT actor_id FROM event_actors WHERE actor_id = 'RUS' AND role = 'actor'")
        ).all()
    assert len(rows) == 1


def test_scan_refusal_names_the_unindexed_filter(store: Store) -> None:
    assert scan_refusal(EventQuery()) is None
    assert scan_refusal(EventQuery(type="ASSAULT", country="UKR")) is None
    assert scan_refusal(EventQuery(actor="c:RUS/MIL")) is None
    reason = scan_refusal(EventQuery(text="port"))
    assert reason and "text" in reason and "366" in reason
    assert "actor" in (scan_refusal(EventQuery(actor="Russia")) or "")
    window = EventQuery(text="port", start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert scan_refusal(window) is None
    too_long = EventQuery(text="port", start=dt.date(2024, 1, 1), end=dt.date(2025, 1, 1))
    assert scan_refusal(too_long)
    assert scan_refusal(EventQuery(), counting=True)
    assert scan_refusal(window, counting=True) is None


def test_counts_per_day_and_week_match_the_listing(store: Store) -> None:
    q = EventQuery(start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), include_aux=True)
    with store.engine.connect() as conn:
        days = count_events(conn, q, "day")
        weeks = count_events(conn, q, "week")
    assert [(c.period.isoformat(), c.type, c.count) for c in days] == [
        ("2025-03-01", "ASSAULT", 1),
        ("2025-03-07", "ASSAULT", 1),
        ("2025-03-12", "CONSULT", 1),
        ("2025-03-12", "MOBILIZE", 1),
    ]
    # 1 March 2025 is a Saturday: its week starts on Monday 24 February.
    assert [(c.period.isoformat(), c.type, c.count) for c in weeks] == [
        ("2025-02-24", "ASSAULT", 1),
        ("2025-03-03", "ASSAULT", 1),
        ("2025-03-10", "CONSULT", 1),
        ("2025-03-10", "MOBILIZE", 1),
    ]
    assert sum(c.count for c in days) == len(find_events(store.engine, q))
    near = dataclasses.replace(q, near=Near(ODESA.lat, ODESA.lon, 25))
    with store.engine.connect() as conn:
        assert [c.count for c in count_events(conn, near)] == [1]


def test_one_event_by_document_and_index(store: Store) -> None:
    with store.engine.connect() as conn:
        found = get_event(conn, "kharkiv", 0)
        assert get_event(conn, "kharkiv", 1) is None
        assert get_event(conn, "nope", 0) is None
    assert found is not None and found.type == "ASSAULT" and found.doc.id == "kharkiv"
    assert found.doc.source == "Test Wire" and found.doc.date == dt.date(2025, 3, 7)


def test_migration_0006_indexes_participants_of_older_databases(db_location: str) -> None:
    s = Store.open(db_location)
    for doc in sample_documents():
        s.write(doc)
    database.downgrade(s.engine, "0004")
    s.close()
    again = Store.open(db_location)
    assert ids(find_events(again.engine, EventQuery(actor_id="LTU"))) == ["talks"]
    again.close()
