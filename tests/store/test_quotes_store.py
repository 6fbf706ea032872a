"""Quote queries and exports on real databases (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import text

from dateline.cli import main
from dateline.export import export
from dateline.model import Document
from dateline.pipeline import Pipeline
from dateline.store import Store, database

ARTICLES = [
    (
        "a1",
        dt.date(2025, 5, 1),
        "Mayor Lena Fischer opened the bridge on Thursday.\n\n"
        "“It took ten years, but it was worth it,” Ms Fischer said.",
    ),
    (
        "a2",
        dt.date(2025, 5, 20),
        "The port authority said the harbour would close for repairs. "
        "According to the union, 40% of the dockers_ will be affected.",
    ),
]


def _fill(pipeline: Pipeline, location: str) -> None:
    with Store.open(location) as store:
        for doc_id, day, body in ARTICLES:
            store.write(pipeline.annotate(Document(doc_id, body, day)))


def test_quotes_by_speaker_text_and_date(pipeline: Pipeline, db_location: str) -> None:
    _fill(pipeline, db_location)
    with Store.open(db_location, read_only=True) as store:
        fischer = store.quotes(speaker="fischer")
        assert [(h.doc_id, h.quote["speaker_name"]) for h in fischer] == [("a1", "Lena Fischer")]
        assert fischer[0].date == dt.date(2025, 5, 1)
        assert [h.doc_id for h in store.quotes(contains="WORTH IT")] == ["a1"]
        assert [h.doc_id for h in store.quotes(date_from=dt.date(2025, 5, 10))] == ["a2", "a2"]
        assert store.quotes(date_to=dt.date(2025, 4, 30)) == []
        # LIKE wildcards in user input are literal characters
        assert [h.quote["speaker_name"] for h in store.quotes(contains="40%")] == ["union"]
        assert store.quotes(contains="40_") == []


def test_quotes_jsonl_export(pipeline: Pipeline, db_location: str) -> None:
    _fill(pipeline, db_location)
    lines: list[str] = []
    with Store.open(db_location, read_only=True) as store:
        n = export(store, "quotes-jsonl", lines.append)
    records = [json.loads(line) for line in lines]
    assert n == len(records) == 3
    first = records[0]
    assert (first["doc"], first["date"], first["speaker_name"]) == (
        "a1",
        "2025-05-01",
        "Lena Fischer",
    )
    body = ARTICLES[0][2]
    assert body[first["content_start"] : first["content_end"]] == first["text"]


def test_cli_quotes_and_export(pipeline: Pipeline, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    _fill(pipeline, db)
    runner = CliRunner()
    shown = runner.invoke(main, ["quotes", "--speaker", "Fischer", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "Lena Fischer" in shown.output and "a1" in shown.output and "2025-05-01" in shown.output
    none = runner.invoke(main, ["quotes", "--contains", "no such words", "--db", db])
    assert none.exit_code == 0 and "No quotes." in none.output
    bad = runner.invoke(main, ["quotes", "--from", "2025-02-30", "--db", db])
    assert bad.exit_code == 2
    assert "Traceback" not in bad.output
    exported = runner.invoke(main, ["export", "--format", "quotes-jsonl", "--db", db])
    assert exported.exit_code == 0
    assert len(exported.output.strip().splitlines()) == 3


def test_migration_fills_the_new_columns(pipeline: Pipeline, tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    _fill(pipeline, db)
    engine = database.create_store_engine(db)
    try:
        database.downgrade(engine, "0005")
        database.migrate(engine)
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT text, speaker_text FROM quotes ORDER BY doc_pk, idx")
            ).all()
    finally:
        engine.dispose()
    assert rows[0] == ("It took ten years, but it was worth it", "Ms Fischer")
