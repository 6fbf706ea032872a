"""The API load benchmark's synthetic data: what it bulk-inserts is a valid store."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

from dateline.api.contract_models import EventModel
from dateline.store import Store

BENCH = Path(__file__).parents[2] / "bench" / "api_load.py"


def load_bench() -> object:
    spec = importlib.util.spec_from_file_location("api_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_synthetic_documents_and_events_read_back_through_the_store(db_location: str) -> None:
    bench = load_bench()
    store = Store.open(db_location)
    try:
        data = bench.populate(store, 120)
        stats = store.stats()
        assert stats.documents == 120 and dict(stats.layers)["events"] >= 120
        assert data.sample_ids
        record = store.get_document(data.sample_ids[0][1])
        assert record["events"]
        for event in record["events"]:
            EventModel.model_validate(event)
        rare = data.word(3000)
        hits = store.search(rare, limit=5)
        assert all(rare in (store.get_document(h.id)["text"].lower()) for h in hits)
        assert len(store.list_documents(10)) == 10
        top = store.actors(1)[0]
        assert top.id == bench.actor_id(0)
        profile = store.actor(top.id)
        assert profile.roles and profile.quotes and profile.mentions_by_date
        # Events name the documents' actors, indexed as Store.write indexes them.
        assert profile.events_as_actor and profile.event_totals[0] >= len(profile.events_as_actor)
        assert profile.quote_total >= len(profile.quotes)
        assert data.sample_events and data.events == dict(stats.layers)["events"]
    finally:
        store.close()


def test_every_query_has_a_path_for_the_data() -> None:
    bench = load_bench()
    data = bench.Dataset(
        10,
        bench.vocabulary(random.Random(1)),
        [("2022-01-01", "syn-0000001")],
        [["2022-01-01", 1, 0]],
    )
    for query in bench.QUERIES:
        assert query.path(random.Random(0), data).startswith("/")
