"""The sample article's events, end to end (needs the actors, geo and timex layers).

The seed is read from ../shared at run time (never copied). These checks need the layers
that resolve actors, places and dates: they are skipped, with the reason, while those
components are missing from the default pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.ingest.dated_text import parse_dated_text
from dateline.model import Event
from dateline.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_c3de11c9f0166d7f.txt"
NEEDED = {"actors", "geo", "timex"}


@pytest.fixture(scope="module")
def seed_events(pipeline: Pipeline) -> tuple[Event, ...]:
    missing = NEEDED - {c.name for c in pipeline.components}
    if missing:
        pytest.skip(f"needs the {', '.join(sorted(missing))} layers in the default pipeline")
    if not SEED.is_file():
        pytest.skip(f"seed not found at {SEED}")
    doc = parse_dated_text(SEED.read_text(encoding="utf-8"), "seed", str(SEED))
    return pipeline.annotate(doc).annotations.events


def countries(ps: tuple) -> set[str]:
    return {p.country for p in ps if p.country}


def test_russian_assault_over_the_weekend_in_kyiv(seed_events: tuple[Event, ...]) -> None:
    found = [
        e
        for e in seed_events
        if e.type == "ASSAULT" and not e.aux and "RUS" in countries(e.actor) and e.size.dead == 1
    ]
    assert found, "no ASSAULT by RUS with one dead"
    e = found[0]
    assert e.date.value == "2026-W08-WE"
    assert e.location is not None and e.location.place.name == "Kyiv"


def test_planned_british_meeting_on_tuesday(seed_events: tuple[Event, ...]) -> None:
    meetings = [
        e
        for e in seed_events
        if e.type in ("CONSULT", "AGREE") and "GBR" in countries(e.actor) and "future" in e.aux
    ]
    assert any(e.date.start_date == dt.date(2026, 2, 24) for e in meetings)


def test_britain_accuses_russia(seed_events: tuple[Event, ...]) -> None:
    assert any(
        e.type == "ACCUSE" and "GBR" in countries(e.actor) and "RUS" in countries(e.recipient)
        for e in seed_events
    )


def test_no_british_assault(seed_events: tuple[Event, ...]) -> None:
    assert not [e for e in seed_events if e.type == "ASSAULT" and "GBR" in countries(e.actor)]
