"""Readings of time expressions that depend on the words around them.

Past acts told with verbs whose past form is their base form, days that name known
events, periods counted from the period under discussion, generic "today's", and
weeks counted back. Each test uses our own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc as SpacyDoc

from dateline.nlp.timex_context import PAST, PRESENT, NameGuards, ParseView, TenseCues
from dateline.pipeline import Pipeline
from dateline.rules import load_rules
from tests.nlp.test_timex import found, timexes, value_of

MONDAY = dt.date(2026, 2, 23)


# -- a past act told with an invariant verb form ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants set off car bombs in the market on Saturday.",
        "Gunmen set fire to two buses on Saturday, the police said.",
        "Protesters cut the power line on Saturday and fled.",
    ],
)
def test_an_invariant_past_form_resolves_backwards(pipeline: Pipeline, text: str) -> None:
    assert value_of(pipeline, text, "Saturday", MONDAY) == "2026-02-21"


@pytest.mark.parametrize(
    "text",
    [
        "The vote is set for Saturday.",
        "The council set the vote for Saturday.",
        "The unions planned a large march on Saturday.",
    ],
)
def test_a_date_set_or_planned_still_lies_ahead(pipeline: Pipeline, text: str) -> None:
    assert value_of(pipeline, text, "Saturday", MONDAY) == "2026-02-28"


def _view(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> ParseView:
    """A parse view over a hand-tagged sentence (the tagger's own choice may vary)."""
    rules = load_rules("timex")
    lemmas = [w.lower() for w in words]
    pos = ["VERB" if t.startswith("VB") else "PROPN" if t == "NNP" else "X" for t in tags]
    sdoc = SpacyDoc(
        spacy.blank("en").vocab,
        words=words,
        tags=tags,
        heads=heads,
        deps=deps,
        lemmas=lemmas,
        pos=pos,
    )
    return ParseView(
        sdoc, TenseCues.from_rules(rules["tense"]), NameGuards.from_rules(rules["guards"])
    )


@pytest.mark.parametrize(("verb", "expected"), [("set", PAST), ("meet", PRESENT)])
def test_a_present_tag_on_an_invariant_past_form_reads_as_past(verb: str, expected: int) -> None:
    # "Rebels set off bombs on Saturday" tagged as a present: news tells the act as
    # done; "Rebels meet on Saturday" is a scheduled event.
    words = ["Rebels", verb, "off", "bombs", "on", "Saturday", "."]
    tags = ["NNS", "VBP", "RP", "NNS", "IN", "NNP", "."]
    heads = [1, 1, 1, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "prt", "dobj", "prep", "pobj", "punct"]
    view = _view(words, tags, heads, deps)
    start = len("Rebels ") + len(verb) + len(" off bombs on ")
    assert view.direction(start, start + len("Saturday")) == expected


# -- days that name known events ------------------------------------------------------------


def test_a_day_naming_a_known_event_takes_the_events_year(pipeline: Pipeline) -> None:
    text = "Airline shares had their worst week since the September 11th attacks."
    got = found(pipeline, text, dt.date(2027, 2, 27))
    assert got["September 11th"] == ("DATE", "2001-09-11")


def test_a_day_naming_no_known_event_keeps_the_nearest_year(pipeline: Pipeline) -> None:
    text = "The board will discuss it at the September 11th meeting."
    assert value_of(pipeline, text, "September 11th", dt.date(2027, 8, 20)) == "2027-09-11"


# -- the period before the one under discussion -------------------------------------------


def test_the_year_previous_counts_from_the_year_under_discussion(pipeline: Pipeline) -> None:
    text = "The mill cut its costs by $4 million in 2024, and by $6 million the year previous."
    assert found(pipeline, text, MONDAY)["the year previous"] == ("DATE", "2023")


def test_the_year_before_an_event_is_not_anchored(pipeline: Pipeline) -> None:
    text = "Prices peaked in 2024, the year before the flood."
    assert "the year before" not in found(pipeline, text, MONDAY)


# -- generic "today's" ----------------------------------------------------------------------


def test_generic_todays_is_the_present_not_the_day(pipeline: Pipeline) -> None:
    text = "The singer said the song speaks to today's young people."
    assert found(pipeline, text, MONDAY)["today"] == ("DATE", "PRESENT_REF")


def test_todays_event_is_the_publication_day(pipeline: Pipeline) -> None:
    text = "Today's vote was delayed by a power cut."
    assert found(pipeline, text, MONDAY)["Today"] == ("DATE", "2026-02-23")


# -- weeks counted back ---------------------------------------------------------------------


def test_a_week_ago_is_a_day_and_six_weeks_ago_a_week(pipeline: Pipeline) -> None:
    text = "The storm hit the coast a week ago. The ferry stopped six weeks ago."
    got = found(pipeline, text, dt.date(2026, 3, 18))
    assert got["a week ago"] == ("DATE", "2026-03-11")
    assert got["six weeks ago"] == ("DATE", "2026-W06")
    assert [t.text for t in timexes(pipeline, text, dt.date(2026, 3, 18))] == [
        "a week ago",
        "six weeks ago",
    ]


# -- phrases both corpora annotate whenever they occur --------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ferry sank on Tuesday and divers arrived the next morning.",
            "the next morning",
            "2026-02-18TMO",
        ),
        (
            "The ferry sank on Tuesday. By mid-afternoon the divers had gone.",
            "mid-afternoon",
            "2026-02-17TAF",
        ),
        ("The shares fell 3% by mid-morning yesterday.", "mid-morning yesterday", "2026-02-18TMO"),
        ("Over the next couple of years the mine will close.", "the next couple of years", "P2Y"),
        ("The lease may be extended for an additional year.", "an additional year", "P1Y"),
        ("Funds may sell more bonds in the weeks ahead.", "the weeks ahead", "PXW"),
    ],
)
def test_anchored_parts_of_days_and_loose_durations(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, dt.date(2026, 2, 19)) == value


def test_midnight_stays_a_clock_time(pipeline: Pipeline) -> None:
    got = found(pipeline, "The offer expires at midnight Friday.", dt.date(2026, 2, 19))
    assert got["midnight Friday"] == ("TIME", "2026-02-20T24:00")


def test_the_future_of_something_is_not_a_time(pipeline: Pipeline) -> None:
    text = "The vote will decide the future of the plant. Prices may rise in the future."
    assert [t.text for t in timexes(pipeline, text, MONDAY)] == ["the future"]
    assert timexes(pipeline, text, MONDAY)[0].span.start > text.index("plant")


def test_a_half_of_a_decade_is_the_decade(pipeline: Pipeline) -> None:
    text = "Sales were flat through the last half of the '80s. Profit rose in the first half."
    got = found(pipeline, text, dt.date(1989, 10, 26))
    assert got["the last half of the '80s"] == ("DATE", "198")
    assert got["the first half"] == ("DATE", "1989-H1")
