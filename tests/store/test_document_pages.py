"""Keyset listing and ranked search pages in the store (the one query layer)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store


@pytest.fixture
def store(db_location: str, pipeline: Pipeline) -> Store:
    s = Store.open(db_location)
    days = [dt.date(2025, 1, d) for d in (3, 1, 3, 2, 3, 1)]
    for i, day in enumerate(days):
        text = f"Delegates met in Oslo on day {i} to talk about fishing quotas number {i}."
        s.write(pipeline.annotate(Document(f"d{i}", text, day)))
    yield s
    s.close()


def keys(rows: list) -> list[tuple[dt.date, str]]:
    return [(r.date, r.id) for r in rows]


def test_keyset_pages_follow_the_listing_order(store: Store) -> None:
    whole = keys(store.list_documents())
    assert whole == sorted(whole, key=lambda k: (-k[0].toordinal(), k[1]))
    paged, after = [], None
    while True:
        page = keys(store.list_documents(2, after=after))
        if not page:
            break
        paged += page
        after = page[-1]
    assert paged == whole


def test_date_bounds_are_inclusive(store: Store) -> None:
    rows = store.list_documents(date_from=dt.date(2025, 1, 2), date_to=dt.date(2025, 1, 2))
    assert [r.id for r in rows] == ["d3"]
    assert {r.id for r in store.list_documents(date_to=dt.date(2025, 1, 1))} == {"d1", "d5"}


def test_search_offset_pages_the_ranking(store: Store) -> None:
    whole = [h.id for h in store.search("Oslo fishing", limit=10)]
    assert sorted(whole) == [f"d{i}" for i in range(6)]
    paged = [h.id for k in range(0, 6, 4) for h in store.search("Oslo fishing", 4, offset=k)]
    assert paged == whole
