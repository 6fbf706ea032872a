"""Maintained actor counts on real databases: writes, forced replacements and migration 0008."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import distinct, func, select

from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store, database
from dateline.store.schema import entities

TEXTS = {
    "a": "Defence Secretary John Healey met Nordic ministers in Oslo. Healey praised Norway.",
    "b": "John Healey said Britain and Norway would train Ukrainian pilots.",
    "c": "President Emmanuel Macron spoke to Chancellor Friedrich Merz about Ukraine.",
}
REPLACEMENT = "Emmanuel Macron met Keir Starmer in Paris to discuss Ukraine."


def _recount(store: Store) -> dict[str, tuple[int, int]]:
    """Counts straight from the entities layer, as the list computed them before 0008."""
    e = entities.c
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(e.actor_id, func.count(), func.count(distinct(e.doc_pk)))
            .where(e.actor_id.is_not(None))
            .group_by(e.actor_id)
        ).all()
    return {actor_id: (n, docs) for actor_id, n, docs in rows}


def _listed(store: Store) -> dict[str, tuple[int, int]]:
    return {a.id: (a.mentions, a.documents) for a in store.actors(limit=1000)}


def _fill(pipeline: Pipeline, store: Store) -> None:
    for doc_id, body in TEXTS.items():
        store.write(pipeline.annotate(Document(doc_id, body, dt.date(2025, 5, 5))))


def test_counts_follow_writes_and_replacements(pipeline: Pipeline, db_location: str) -> None:
    with Store.open(db_location) as store:
        _fill(pipeline, store)
        before = _listed(store)
        assert before == _recount(store) and before
        assert before["p:john-healey"][1] == 2
        replaced = pipeline.annotate(Document("c", REPLACEMENT, dt.date(2025, 5, 6)))
        store.write(replaced, force=True)
        after = _listed(store)
        assert after == _recount(store)
        # Merz was only in the replaced text: his row is gone, not left at zero
        assert not any("merz" in actor_id for actor_id in after)
        assert any("merz" in actor_id for actor_id in before)
        mentions = [a.mentions for a in store.actors(limit=1000)]
        assert mentions == sorted(mentions, reverse=True)


def test_migration_counts_an_existing_archive(pipeline: Pipeline, db_location: str) -> None:
    with Store.open(db_location) as store:
        _fill(pipeline, store)
        expected = _listed(store)
    engine = database.create_store_engine(db_location)
    database.downgrade(engine, "0007")
    database.migrate(engine)
    engine.dispose()
    with Store.open(db_location) as store:
        assert _listed(store) == expected == _recount(store)
