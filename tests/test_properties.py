"""Property: every fact in every layer points at exactly the characters it claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.contract import document_json
from dateline.model import Document
from dateline.pipeline import Pipeline

FRAGMENTS = [
    "Sir Keir Starmer",
    "The Prime Minister",
    "President Zelensky",
    "Mr Johnson",
    "he",
    "She",
    "Russia",
    "Ukraine's",
    "Moscow",
    "Kyiv",
    "Kiev",
    "Downing Street",
    "NATO",
    "the Kremlin",
    "Odesa",
    "Kharkiv region",
    "the UN Security Council",
    "Ukrainian officials",
    "said",
    "told reporters",
    "added:",
    "according to",
    "warned",
    "denied",
    "attacked",
    "struck",
    "killed",
    "at least 16 people",
    "dozens of",
    "will meet",
    "would send",
    "on Tuesday",
    "over the weekend",
    "yesterday",
    "tomorrow's",
    "last month",
    "in 2022",
    "24 February 2022",
    "Feb. 24",
    "24/02/2022",
    "at 3pm",
    "for four years",
    "every day",
    "the fourth anniversary of the invasion",
    # this stop's rules: known dated events, hedged descriptions, trailing reporting
    # clauses, long tallies, areas after a possessive
    "since the start of the Russian invasion of Ukraine",
    "gunmen believed to be members of Islamic State",
    "late on Sunday, police said on Tuesday",
    "have been killed since October last year",
    "in eastern Congo's Beni territory",
    "following the killing of",
    "now",
    "recently",
    "May",
    "March",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    ",",
    ".",
    ":",
    ";",
    "(",
    ")",
    "\u2014",
    "\n\n",
    "\n",
    "  ",
    "\t",
    "\U0001f1fa\U0001f1e6",
    "caf\u00e9",
    "e\u0301",
    "\u00a0",
    "99999",
    "<script>alert(1)</script>",
    "&amp;",
    "\u0439",
]

document_texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map(" ".join)


def spans_in(obj: Any) -> Iterator[tuple[int, int, str]]:
    """Every (start, end, text) triple anywhere in a contract object."""
    if isinstance(obj, dict):
        for prefix in ("", "content_", "speaker_", "cue_"):
            start, end = obj.get(f"{prefix}start"), obj.get(f"{prefix}end")
            claimed = obj.get(f"{prefix}text" if prefix else "text")
            if isinstance(start, int) and isinstance(end, int) and isinstance(claimed, str):
                yield start, end, claimed
        for value in obj.values():
            yield from spans_in(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans_in(value)


def pairs_in(record: dict[str, Any]) -> Iterator[list[int]]:
    for quote in record["quotes"]:
        yield from quote["content_spans"]
    for event in record["events"]:
        yield from event["evidence"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=document_texts, day=st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
def test_every_offset_points_at_its_text(pipeline: Pipeline, body: str, day: dt.date) -> None:
    if not body.strip():
        body = "Kyiv."
    record = document_json(pipeline.annotate(Document("p", body, day)))
    text = record["text"]
    assert text == body
    layers = {k: record[k] for k in ("entities", "timexes", "quotes", "events")}
    for start, end, claimed in spans_in(layers):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == claimed
    for start, end in pairs_in(record):
        assert 0 <= start < end <= len(text)
