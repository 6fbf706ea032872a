"""Document-level merging of event candidates, on candidates built by hand."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, EventDate, EventLocation, Place, Span
from dateline.nlp.events_merge import Candidate, merge_document
from dateline.pipeline import Pipeline

DAY = dt.date(2025, 3, 10)
MOPTI = Place("Mopti", 14.49, -4.19, 2453348, "MLI", "Mopti", "city")
SEGOU = Place("Segou", 13.43, -6.26, 2451185, "MLI", "Segou", "city")


def _candidate(start: int, sentence: int, place: Place, **flags: bool) -> Candidate:
    span = Span(start, start + 5)
    c = Candidate(
        type="ASSAULT",
        trigger=span,
        trigger_index=start,
        sentence=sentence,
        paragraph=sentence,
        sentence_span=Span(start, start + 40),
        path=frozenset({start}),
        actor=[],
        recipient=[],
        date=EventDate(DAY.isoformat(), DAY, DAY, "week", "publication"),
        location=EventLocation(span, place),
        aux=set(),
        modes=[],
        context=[],
        counts=[],
        confidence=0.8,
        quote_index=None,
        **flags,
    )
    c.evidence = [c.sentence_span]
    return c


def test_events_come_in_the_order_the_text_first_tells_them() -> None:
    # a toll told first, an unrelated attack, then the attack the toll counts: the toll's
    # attack is told first, so it comes first (the report's lead event)
    toll = _candidate(0, 0, MOPTI, tally=True)
    other = _candidate(50, 1, SEGOU, distinct=True)
    told = _candidate(100, 2, MOPTI)
    events = merge_document([toll, other, told])
    assert [e.location.place.name for e in events if e.location] == ["Mopti", "Segou"]
    assert Span(0, 40) in events[0].evidence


def test_a_raid_noun_joins_the_killing_a_source_dated(pipeline: Pipeline) -> None:
    # "said on Saturday" bounds the killing's day; the raid noun has only the report's
    text = (
        "Soldiers killed 12 militants in a raid on a hideout near Bannu, the army said on Saturday."
    )
    result = pipeline.annotate(Document("m", text, dt.date(2024, 6, 12)))
    attacks = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].size.dead == 12


def test_a_year_in_a_comparison_does_not_replace_a_reported_day(pipeline: Pipeline) -> None:
    text = (
        "Insurgents have killed 30 herders in Yobe state, the governor said on Sunday, "
        "in one of the deadliest attacks this year."
    )
    result = pipeline.annotate(Document("m", text, dt.date(2024, 6, 12)))
    (attack,) = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert attack.date.value == "2024-06-09"


def test_an_event_named_after_following_is_not_the_clauses_own(pipeline: Pipeline) -> None:
    # "following the killing": the killing came first; the arson is another event
    text = (
        "Settlers set fire to the offices of a charity overnight following the killing of "
        "an Israeli man, residents said Sunday."
    )
    result = pipeline.annotate(Document("m", text, dt.date(2024, 6, 12)))
    arson = [e for e in result.annotations.events if e.type == "ASSAULT" and not e.aux]
    assert arson and all("man" not in text[p.span.start : p.span.end] for p in arson[0].recipient)
