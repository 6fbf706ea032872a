"""Property: every mention (including ones the actors and geo layers add) points at its text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import Document
from dateline.pipeline import Pipeline

FRAGMENTS = [
    "The Prime Minister",
    "Sir Keir Starmer",
    "Mr Healey",
    "Defence Secretary John Healey",
    "Ukrainian officials",
    "British troops",
    "Downing Street",
    "accused Moscow",
    "in Kyiv",
    "near Robotyne",
    "the Kharkiv region",
    "Odessa, Texas",
    "the “coalition of the willing”",
    "former prime minister Boris Johnson",
    "said",
    "on Tuesday",
    ",",
    ".",
    "\n\n",
    "é",
    "🙂",
    "Jane Roe, the deputy mayor of Lviv,",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14))
def test_mention_text_matches_offsets(pipeline: Pipeline, parts: list[str]) -> None:
    text = " ".join(parts)
    result = pipeline.annotate(Document("p", text, dt.date(2025, 1, 1)))
    for m in result.annotations.entities:
        assert text[m.span.start : m.span.end] == m.text
        for span in m.evidence:
            assert 0 <= span.start <= span.end <= len(text)
