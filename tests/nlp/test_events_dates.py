"""Event dates read off the trigger's phrase when a small parser hangs the day elsewhere."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.pipeline import Pipeline


def _attack_day(pipeline: Pipeline, text: str, published: dt.date) -> str:
    result = pipeline.annotate(Document("d", text, published))
    attacks = [e for e in result.annotations.events if e.type == "ASSAULT" and not e.aux]
    assert attacks, [(e.type, e.aux) for e in result.annotations.events]
    return max(attacks, key=lambda e: e.confidence).date.value[:10]


def test_a_day_in_a_participle_describing_the_target_dates_the_attack(
    pipeline: Pipeline,
) -> None:
    # the parser reads "people waiting to collect salaries ... on Tuesday" as a clause of
    # "struck"; it describes the crowd struck, in the same act
    text = (
        "A suicide bomber struck a crowd of people waiting to collect salaries outside a "
        "bank in the city of Kunduz on Tuesday."
    )
    assert _attack_day(pipeline, text, dt.date(2025, 2, 12)) == "2025-02-11"
