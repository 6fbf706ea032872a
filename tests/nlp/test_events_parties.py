"""Who the parties of diplomatic events are: "the two sides" told after their talks, and
where a delegation travelled (the place of the talks, not a party to them).

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event, Span
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import countries, of_type

PUBLISHED = dt.date(2024, 9, 18)  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    return pipeline.annotate(Document("p", text, PUBLISHED)).annotations.events


def _covers(event: Event, span: Span) -> bool:
    return any(e.start <= span.start and span.end <= e.end for e in event.evidence)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Serbian and Kosovar negotiators met in Brussels on Tuesday for EU-led talks.\n\n"
            "The two sides agreed to set up a joint commission on missing persons, an EU "
            "official said.",
            {"SRB", "XKX"},
        ),
        (
            "Indian and Chinese commanders held a fresh round of talks at the border on "
            "Monday. Both sides agreed to keep the disengagement process going.",
            {"IND", "CHN"},
        ),
    ],
)
def test_the_two_sides_are_the_parties_of_the_talks_told_before(
    pipeline: Pipeline, text: str, parties: set[str]
) -> None:
    (agreed,) = of_type(_events(pipeline, text), "AGREE")
    assert countries(agreed.actor) == parties
    # the sentence that names them is part of the evidence
    for p in agreed.actor:
        assert _covers(agreed, p.span), p


def test_the_two_sides_are_left_unnamed_when_the_talks_had_more_parties(
    pipeline: Pipeline,
) -> None:
    text = (
        "Envoys from Egypt, Qatar and Jordan met in Amman on Tuesday. "
        "The two sides agreed to meet again next week."
    )
    (agreed,) = of_type(_events(pipeline, text), "AGREE")
    assert not agreed.actor


def test_the_two_sides_with_nobody_named_before_stay_unnamed(pipeline: Pipeline) -> None:
    text = "The two sides agreed on Tuesday to reopen the border crossing."
    (agreed,) = of_type(_events(pipeline, text), "AGREE")
    assert not agreed.actor


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch foreign minister flew to Vienna for talks with her Iranian counterpart.",
        "The Turkish president flew to Budapest on Tuesday for a summit of regional leaders.",
    ],
)
def test_where_a_delegation_travelled_for_talks_is_their_place_not_a_party(
    pipeline: Pipeline, text: str
) -> None:
    (talks,) = of_type(_events(pipeline, text), "CONSULT")
    assert talks.location is not None
    assert talks.location.place.country == ("AUT" if "Vienna" in text else "HUN")
    assert talks.location.place.country not in countries(talks.recipient)


def test_the_host_of_a_visit_is_still_visited(pipeline: Pipeline) -> None:
    text = "The Brazilian president flew to Beijing on Tuesday for a state visit."
    (visit,) = of_type(_events(pipeline, text), "CONSULT")
    assert "CHN" in countries(visit.recipient)


def test_who_acts_under_a_phase_of_a_deal_is_a_party_to_it(pipeline: Pipeline) -> None:
    text = (
        "Colombia freed 15 jailed guerrillas on Tuesday under the first phase of an "
        "agreement brokered by Cuba."
    )
    (deal,) = of_type(_events(pipeline, text), "AGREE")
    assert "COL" in countries(deal.actor)


def test_attacks_the_other_side_confirms_are_the_attack_told_before(pipeline: Pipeline) -> None:
    text = (
        "Ukraine's navy said on Tuesday that its sea drones had struck two patrol boats off "
        "Crimea.\n\nRussia's defence ministry confirmed attacks on its vessels and said one "
        "sailor was wounded."
    )
    attacks = of_type(_events(pipeline, text), "ASSAULT")
    assert len(attacks) == 1
    assert countries(attacks[0].actor) == {"UKR"}


def test_a_bare_definite_reference_joins_the_event_however_far_back(pipeline: Pipeline) -> None:
    text = (
        "Ukraine said on Sunday that its drones had hit two oil depots in Russia's Bryansk "
        "region. Russian officials did not comment. Fuel prices rose in the region. Analysts "
        "said supplies would recover. Traders expected more disruption. The strikes came a "
        "day before the two countries were due to swap prisoners."
    )
    attacks = of_type(_events(pipeline, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert countries(attacks[0].actor) == {"UKR"}


def test_who_acts_after_talks_with_someone_took_part_in_them(pipeline: Pipeline) -> None:
    text = (
        "Georgia said on Tuesday that it would reopen its embassy in Kyiv, after six hours of "
        "talks with Ukrainian officials in Batumi."
    )
    (talks,) = of_type(_events(pipeline, text), "CONSULT")
    assert countries(talks.actor) == {"GEO"}
    assert countries(talks.recipient) == {"UKR"}


def test_talks_with_nobody_named_give_the_clause_no_part_in_them(pipeline: Pipeline) -> None:
    text = "The foreign minister resigned on Tuesday after the talks in Batumi collapsed."
    assert all(not t.actor for t in of_type(_events(pipeline, text), "CONSULT"))


def test_a_meeting_after_a_meeting_with_someone_else_is_another_meeting(
    pipeline: Pipeline,
) -> None:
    # PUBLISHED is a Wednesday: "on Monday" is two days before it
    text = (
        "Slovakia's prime minister meets the Chinese president in Beijing, after meeting "
        "Ukraine's president on Monday."
    )
    talks = of_type(_events(pipeline, text), "CONSULT")
    by_counterpart = {frozenset(countries(t.recipient)): t for t in talks}
    assert set(by_counterpart) == {frozenset({"CHN"}), frozenset({"UKR"})}, talks
    assert by_counterpart[frozenset({"UKR"})].date.start_date == dt.date(2024, 9, 16)
    beijing = by_counterpart[frozenset({"CHN"})].date
    assert beijing.start_date != dt.date(2024, 9, 16), beijing
