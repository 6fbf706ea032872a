"""Time expressions by calendar interval, from a real store, through the library and the CLI."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store.queries import sentence_around, timexes_between

ARTICLES = [
    Document(
        "north",
        "Rebels shelled the port on Saturday. Aid convoys will resume on Thursday.",
        dt.date(2026, 2, 23),
    ),
    Document("south", "The treaty was signed on 24 February 2022 in Minsk.", dt.date(2026, 2, 23)),
]


def _store(pipeline: Pipeline, location: str) -> None:
    with Store.open(location) as store:
        for doc in ARTICLES:
            store.write(pipeline.annotate(doc))


def test_timexes_between_overlapping_interval(pipeline: Pipeline, db_location: str) -> None:
    _store(pipeline, db_location)
    with Store.open(db_location, read_only=True) as store:
        hits = timexes_between(store.engine, dt.date(2026, 2, 20), dt.date(2026, 2, 28))
        old = timexes_between(store.engine, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert [(h.doc_id, h.text, h.value) for h in hits] == [
        ("north", "Saturday", "2026-02-21"),
        ("north", "Thursday", "2026-02-26"),
    ]
    assert hits[0].sentence == "Rebels shelled the port on Saturday."
    assert [h.doc_id for h in old] == ["south"]


def test_cli_lists_timexes_with_sentence(pipeline: Pipeline, db_location: str) -> None:
    _store(pipeline, db_location)
    result = CliRunner().invoke(
        main, ["timexes", "--from", "2026-02-20", "--to", "2026-02-28", "--db", db_location]
    )
    assert result.exit_code == 0, result.output
    assert "2026-02-21" in result.output
    assert "Rebels shelled the port on Saturday." in result.output
    assert "Minsk" not in result.output


def test_cli_rejects_a_bad_interval(pipeline: Pipeline, db_location: str) -> None:
    _store(pipeline, db_location)
    result = CliRunner().invoke(
        main, ["timexes", "--from", "2026-02-28", "--to", "2026-02-01", "--db", db_location]
    )
    assert result.exit_code == 2
    bad = CliRunner().invoke(main, ["timexes", "--from", "Feb 1", "--to", "2026-02-01"])
    assert bad.exit_code == 2


def test_sentence_around_stops_at_sentence_ends() -> None:
    text = "First one. The second sentence has 24 February in it! Third."
    start = text.index("24")
    assert sentence_around(text, start, start + 2) == "The second sentence has 24 February in it!"
