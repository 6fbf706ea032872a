"""Attackers written before the attack noun and scenes the small model tags badly.

The sentences are written for these tests in the style of wire briefs (not from any outlet):
a nationality the parser hangs on a weapon or misreads before a gerund, a town and the area
holding it tagged as one organisation, a building and its town tagged as one name, and the
toll of a participle whose governing verb is no attack of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 5, 15)


def main_attack(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.annotate(Document("s", text, DAY)).annotations.events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks, [e.type for e in events]
    return max(attacks, key=lambda e: e.confidence)


def place_of(event: Event) -> str | None:
    return event.location.place.name if event.location else None


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "Russian" on "cruise missile", inside "a series of"
        "A series of Russian cruise missile and drone strikes hit power plants across the "
        "country, killing four workers.",
        # "Russian" read as the object of "in" and "shelling" as a verb
        "Two guards were hurt on Tuesday in Russian shelling that damaged a depot in Kramatorsk.",
        # "Russian" tagged as a language before a time word and a weapon
        "Four workers died in Russian overnight drone strikes on the Odesa region.",
        # the subject is a quantity: its "of" phrase holds the weapons and their side
        "A pair of Russian missiles hit a bus depot in Sumy, killing six drivers.",
        # an armed body before the noun, which the parser reads as a verb with no subject
        "Three guards are hurt by a series of Russian Air Force strikes on depots in Kyiv.",
    ],
)
def test_a_nationality_before_the_attack_noun_is_the_attacker(
    pipeline: Pipeline, text: str
) -> None:
    assert {p.country for p in main_attack(pipeline, text).actor} == {"RUS"}


def test_a_shelling_clause_misread_as_a_complement_still_places_it(pipeline: Pipeline) -> None:
    text = "Two guards were hurt on Tuesday in Russian shelling that damaged a depot in Kramatorsk."
    assert place_of(main_attack(pipeline, text)) == "Kramatorsk"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A drone struck a warehouse in Pavlohrad, Dnipropetrovsk Oblast, injuring two guards.",
            "Pavlohrad",
        ),
        (
            "Two guards were hurt when shells hit a depot in Brovary, Kyiv Oblast, on Tuesday.",
            "Brovary",
        ),
    ],
)
def test_a_town_and_its_area_tagged_as_one_name_are_two_places(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert place_of(main_attack(pipeline, text)) == town


def test_a_building_and_its_town_tagged_as_one_name_place_the_attack(pipeline: Pipeline) -> None:
    text = "Rockets hit the Holy Trinity Cathedral in Odesa on Sunday, injuring a priest."
    assert place_of(main_attack(pipeline, text)) == "Odesa"


def test_a_toll_participle_is_placed_where_its_governing_verb_struck(pipeline: Pipeline) -> None:
    # "hits" with a country as subject is no attack of its own here; its target's town is
    # still the toll's scene, not another event's phrase
    text = "Russia hits a grain terminal in Izmail overnight, killing two dockers, wounding five."
    assert place_of(main_attack(pipeline, text)) == "Izmayil"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Separatist officials accused Ukrainian troops of a rocket attack on a bakery in "
            "Horlivka.",
            "UKR",
        ),
        (
            "Separatist leaders accuse Ukrainian forces of shelling a coal mine near Horlivka.",
            "UKR",
        ),
    ],
)
def test_the_accused_is_the_side_of_the_alleged_attack(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert {p.country for p in main_attack(pipeline, text).actor} == {country}
