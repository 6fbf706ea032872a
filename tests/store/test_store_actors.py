"""Actor queries on a real database: counts, roles over time with evidence, CLI output."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from sqlalchemy import select

from dateline.cli import main
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store.actors import entity_role, speaker_id
from dateline.store.schema import entities, quotes

FIRST = (
    "Defence Secretary John Healey met Nordic ministers in Oslo on Monday. "
    "Mr Healey said Britain would keep supporting Ukraine."
)
SECOND = "John Healey, the defence secretary, told MPs that Russia had lost ground near Kupiansk."


def fill(pipeline: Pipeline, location: str) -> None:
    with Store.open(location) as store:
        store.write(pipeline.annotate(Document("a", FIRST, dt.date(2025, 3, 3))))
        store.write(pipeline.annotate(Document("b", SECOND, dt.date(2025, 4, 7))))


def test_actor_counts_and_profile(pipeline: Pipeline, db_location: str) -> None:
    fill(pipeline, db_location)
    with Store.open(db_location) as store:
        actors = {a.id: a for a in store.actors()}
        healey = actors["p:john-healey"]
        assert (healey.mentions, healey.documents) == (3, 2)
        profile = store.actor("Healey")
    assert profile is not None and profile.actor.id == "p:john-healey"
    assert [d for d, _ in profile.mentions_by_date] == [dt.date(2025, 3, 3), dt.date(2025, 4, 7)]
    role = profile.roles[0]
    assert (role.first, role.last) == (dt.date(2025, 3, 3), dt.date(2025, 4, 7))
    words = {w.lower() for _, w in role.evidence}
    assert "defence secretary" in words
    # the quotes layer attributes both reported statements to him
    assert [(q.doc_id, q.text) for q in profile.quotes] == [
        ("a", "Britain would keep supporting Ukraine"),
        ("b", "that Russia had lost ground near Kupiansk"),
    ]


def test_unknown_actor_is_none(pipeline: Pipeline, db_location: str) -> None:
    fill(pipeline, db_location)
    with Store.open(db_location) as store:
        assert store.actor("Nobody Atall") is None


def test_cli_actors_and_actor(pipeline: Pipeline, tmp_path) -> None:
    location = str(tmp_path / "cli.db")
    fill(pipeline, location)
    runner = CliRunner()
    listed = runner.invoke(main, ["actors", "--db", location])
    assert listed.exit_code == 0 and "p:john-healey" in listed.output
    shown = runner.invoke(main, ["actor", "John Healey", "--db", location])
    assert shown.exit_code == 0 and "defence secretary" in shown.output.lower()
    missing = runner.invoke(main, ["actor", "Nobody Atall", "--db", location])
    assert missing.exit_code == 2 and "no actor matching" in missing.output


def test_index_columns_match_each_rows_json(pipeline: Pipeline, db_location: str) -> None:
    """The per-row index columns (set in one statement per column) agree with every row's JSON."""
    fill(pipeline, db_location)
    with Store.open(db_location) as store, store.engine.connect() as conn:
        ents = conn.execute(select(entities.c.data, entities.c.actor_role, entities.c.doc_date))
        ent_rows = ents.all()
        said = conn.execute(select(quotes.c.data, quotes.c.speaker_id, quotes.c.doc_date)).all()
    assert any(role for _, role, _ in ent_rows) and any(s for _, s, _ in said)
    assert any(role is None for _, role, _ in ent_rows)
    for data, role, day in ent_rows:
        item = json.loads(data)
        assert role == (entity_role(item) if (item.get("actor") or {}).get("id") else None)
        assert day is not None
    for data, speaker, day in said:
        assert speaker == speaker_id(json.loads(data)) and day is not None
