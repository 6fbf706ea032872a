"""An event's place is not the place of another event named deep inside its phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 3)


def events(pipeline: Pipeline, text: str, kind: str) -> list[Event]:
    result = pipeline.annotate(Document("n", text, DAY))
    found = [e for e in result.annotations.events if e.type == kind]
    assert found, [(e.type, e.trigger) for e in result.annotations.events]
    return found


def place_names(found: list[Event]) -> set[str | None]:
    return {e.location.place.name if e.location else None for e in found}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The finance minister of Moldova resigned on Monday amid criticism of his "
            "handling of the war in Ukraine.",
            "RETREAT",
        ),
        (
            "Latvia withdrew from the trade bloc on Friday amid tensions over Beijing's "
            "support of Russia's war on Ukraine.",
            "RETREAT",
        ),
        (
            "Nigerian airlines suspended flights on Monday in protest of fuel prices driven "
            "up by the war in Ukraine.",
            "PROTEST",
        ),
    ],
)
def test_a_war_nested_in_another_noun_does_not_place_the_event(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert "Ukraine" not in place_names(events(pipeline, text, kind))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A pilot died in an attack in Odesa on Monday.", "Odesa"),
        ("Three journalists were killed during heavy fighting in Kharkiv on Sunday.", "Kharkiv"),
        ("Russia carried out a wave of drone strikes on Kharkiv on Friday.", "Kharkiv"),
    ],
)
def test_an_attack_the_clause_holds_directly_still_places_it(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert town in place_names(events(pipeline, text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Protesters gathered outside the embassy in Vilnius on Monday to protest rising "
            "tensions between Russia and Ukraine.",
            "PROTEST",
        ),
        (
            "Turkey said it would try to mediate a ceasefire between Armenia and Azerbaijan.",
            "CONSULT",
        ),
        (
            "The envoy volunteered to act as a mediator in talks between Aliyev and Armenia.",
            "CONSULT",
        ),
    ],
)
def test_countries_set_against_each_other_are_sides_not_the_place(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    names = place_names(events(pipeline, text, kind))
    assert not names & {"Russia", "Ukraine", "Armenia", "Azerbaijan"}


def test_the_border_between_two_countries_is_a_place(pipeline: Pipeline) -> None:
    text = (
        "Troops fired shells across the border between Armenia and Azerbaijan on Tuesday, "
        "killing two soldiers."
    )
    assert place_names(events(pipeline, text, "ASSAULT")) - {None}


def test_a_target_described_by_its_office_keeps_its_town(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked the offices of the district administration in Kunduz on Monday, "
        "killing four guards."
    )
    assert "Kunduz" in place_names(events(pipeline, text, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "The regional festival in Dubai will go ahead despite the invasion of Georgia.",
        "A court in Tver Oblast sentenced a singer to three years in prison on Monday for "
        "performing songs critical of the Russian invasion of Georgia.",
        "The film festival was moved from Sochi in response to the invasion of Georgia.",
    ],
)
def test_a_war_the_sentence_only_refers_to_takes_no_place_from_it(
    pipeline: Pipeline, text: str
) -> None:
    result = pipeline.annotate(Document("b", text, DAY))
    wars = [
        e for e in result.annotations.events if text[e.trigger.start : e.trigger.end] == "invasion"
    ]
    assert all(e.location is None for e in wars)


def test_an_offensive_a_clause_tells_of_keeps_the_clause_place(pipeline: Pipeline) -> None:
    text = "The army launched an offensive against rebels in Kherson Oblast on Monday."
    assert "Kherson Oblast" in place_names(events(pipeline, text, "ASSAULT"))
