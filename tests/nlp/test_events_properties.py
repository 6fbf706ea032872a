"""Property: every span an event claims lies in the text and points at what it says."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.contract import event_json
from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import KHARKIV, RUS, UKR, Layers

FRAGMENTS = [
    "Russian",
    "Ukrainian",
    "forces",
    "drones",
    "missiles",
    "killed",
    "struck",
    "shelled",
    "attacked",
    "the attack",
    "at least 16",
    "dozens of",
    "people",
    "civilians",
    "in Kharkiv",
    "on Monday",
    "over the weekend",
    "will meet",
    "would deploy",
    "troops",
    "if a deal is reached",
    "did not",
    "denied",
    "accused",
    "Moscow",
    "of",
    "said",
    "should send",
    "crashed",
    "The fighters then",
    "shot dead six attackers",
    "a planned",
    "claimed the attack",
    "about 40 km (25 miles) southwest of",
    "Mogadishu",
    "Jamal Khashoggi",
    "Jamal's",
    "\u201c",
    "\u201d",
    ",",
    ".",
    "\n\n",
    "caf\u00e9",
    "\U0001f1fa\U0001f1e6",
    "e\u0301",
]

texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map(" ".join)


def _check(text: str, items: list[dict]) -> None:
    for e in items:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
        assert e["trigger"]["text"].strip()
        for s, t in e["evidence"]:
            assert 0 <= s < t <= len(text)
            assert text[s:t].strip() == text[s:t]
        for p in [*e["actor"], *e["recipient"]]:
            assert text[p["start"] : p["end"]] == p["text"]
        if e["location"] is not None:
            loc = e["location"]
            assert text[loc["start"] : loc["end"]] == loc["text"]
        if e["date"]["start"] is not None:
            d = e["date"]
            assert text[d["start"] : d["end"]] == d["text"]
        assert 0 < e["confidence"] <= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts)
def test_event_spans_point_at_their_text_with_layers(pipeline: Pipeline, body: str) -> None:
    layers = Layers(body)
    for words, actor in (("Russian", RUS), ("Ukrainian", UKR), ("Moscow", RUS)):
        if words in body:
            layers.actor(words, actor, "NORP")
    if "Kharkiv" in body:
        layers.place("Kharkiv", KHARKIV)
    if "Monday" in body:
        layers.timex("Monday", "2025-03-10", dt.date(2025, 3, 10), dt.date(2025, 3, 10))
    events = layers.run(pipeline)
    _check(body, [event_json(e, body) for e in events])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts)
def test_event_spans_point_at_their_text_end_to_end(pipeline: Pipeline, body: str) -> None:
    record = pipeline.annotate(Document("p", body, dt.date(2025, 3, 10)))
    _check(body, [event_json(e, body) for e in record.annotations.events])
