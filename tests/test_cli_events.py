"""`dateline events`: a thin listing over the event queries, with one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store
from tests.nlp.events_helpers import sample_documents


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "events.db")
    with Store.open(path) as store:
        for doc in sample_documents():
            store.write(doc)
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_lists_events_one_per_line(db: str) -> None:
    result = run("events", "--db", db)
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert len(out) == 3
    assert out[-1].startswith("2025-03-01  ASSAULT  Russia (RUS) -> ?  @ Odesa  dead=3")


def test_filters_and_include_future(db: str) -> None:
    assert "Odesa" in run("events", "--db", db, "--actor", "RUS").stdout
    assert "No events match." in run("events", "--db", db, "--actor", "GBR").stdout
    planned = run("events", "--db", db, "--actor", "GBR", "--include-future").stdout
    assert "MOBILIZE [future]" in planned
    near = run("events", "--db", db, "--near", "Odesa", "--km", "25").stdout
    assert len(near.splitlines()) == 1
    dated = run("events", "--db", db, "--from", "2025-03-05", "--to", "2025-03-08").stdout
    assert "Kharkiv" in dated and "Odesa" not in dated


def test_bad_input_is_one_line_error(db: str) -> None:
    result = run("events", "--db", db, "--from", "2025-02-30")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--from" in result.stderr
    unknown = run("events", "--db", db, "--near", "Qzxwvborg")
    assert unknown.exit_code == 2 and "Qzxwvborg" in unknown.stderr


def test_export_formats_from_the_cli(db: str) -> None:
    csv_out = run("export", "--format", "acled-csv", "--db", db).stdout
    assert csv_out.splitlines()[0].startswith("event_id,event_date,time_precision")
    jsonl = run("export", "--format", "plover-jsonl", "--db", db).stdout
    assert len(jsonl.splitlines()) == 4
