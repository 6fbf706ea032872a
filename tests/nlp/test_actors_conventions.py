"""Actor conventions for coded events: peoples named by demonyms, misspelt and past
leaders, administrations named by a leader, stances that are no nationality.

Fixture sentences are written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import AnnotatedDocument, Document, Mention
from dateline.pipeline import Pipeline

Y2000 = dt.date(2000, 1, 1)


def mention(result: AnnotatedDocument, text: str) -> Mention:
    found = [m for m in result.annotations.entities if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in result.annotations.entities]}"
    return found[0]


def country_of(pipeline: Pipeline, text: str, words: str, day: dt.date = Y2000) -> str | None:
    result = pipeline.annotate(Document("t", text, day))
    actor = mention(result, words).actor
    return actor.country if actor is not None else None


def test_a_people_named_by_two_demonyms_is_the_first_ones(pipeline: Pipeline) -> None:
    assert country_of(pipeline, "Bosnian Serbs demanded a truce.", "Bosnian Serbs") == "BIH"


def test_a_leader_misspelt_by_one_letter_is_still_known(pipeline: Pipeline) -> None:
    text = "President Abdelaziz Bouteflicka threatened to impose a curfew."
    assert country_of(pipeline, text, "Abdelaziz Bouteflicka") == "DZA"


def test_a_titled_surname_of_past_presidents_keeps_their_country(pipeline: Pipeline) -> None:
    # No Bush was in office in 2000, but every president Bush we know was American.
    text = "President Bush threatened further action against Iraq."
    assert country_of(pipeline, text, "Bush") == "USA"


def test_a_leaders_administration_is_that_leaders_country(pipeline: Pipeline) -> None:
    text = "The Bush administration said China must drop its barriers."
    result = pipeline.annotate(Document("t", text, Y2000))
    countries = {m.actor.country for m in result.annotations.entities if m.actor is not None}
    assert "USA" in countries
    assert "EGY" not in countries  # not the Egyptian town of Bush


def test_a_pro_country_stance_is_not_that_country(pipeline: Pipeline) -> None:
    text = "The pro-Iranian Hizbollah group declared a ceasefire in south Lebanon."
    result = pipeline.annotate(Document("t", text, Y2000))
    countries = {m.actor.country for m in result.annotations.entities if m.actor is not None}
    assert "IRN" not in countries
    assert "LBN" in countries


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("Ukrainian troops fired Russian-made rockets at the bridge.", "RUS"),
        ("Ukrainian gunners fired Soviet-era howitzers at the town.", "SUN"),
        ("Leaders of post-Soviet states met in Minsk.", "SUN"),
    ],
)
def test_a_things_origin_or_a_past_state_is_no_nationality(
    pipeline: Pipeline, text: str, foreign: str
) -> None:
    result = pipeline.annotate(Document("t", text, Y2000))
    countries = {m.actor.country for m in result.annotations.entities if m.actor is not None}
    assert foreign not in countries


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("The Soviet Union accused West Germany of spying.", "The Soviet Union", "SUN"),
        ("The Soviet Union accused West Germany of spying.", "West Germany", "DEU"),
        ("East German troops closed the border crossing.", "East German troops", "DDR"),
        ("Yugoslavia and Czechoslovakia signed a trade pact.", "Czechoslovakia", "CSK"),
    ],
)
def test_a_former_state_is_coded_as_itself(
    pipeline: Pipeline, text: str, words: str, code: str
) -> None:
    assert country_of(pipeline, text, words) == code


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Syrian-backed gunmen shelled the camp at dawn.", "Syrian-backed gunmen"),
        ("Turkey-backed militias fired mortars at the village.", "Turkey-backed militias"),
        ("Pro-Iran militias fired drones at the airport.", "Pro-Iran militias"),
        ("Hezbollah-allied fighters shelled the border town.", "Hezbollah-allied fighters"),
    ],
)
def test_a_group_named_by_its_backer_is_a_group_of_no_country(
    pipeline: Pipeline, text: str, words: str
) -> None:
    # the backer's name stays inside the group's mention and gives it no nationality
    result = pipeline.annotate(Document("t", text, Y2000))
    [group] = [m for m in result.annotations.entities if m.text == words]
    assert group.actor is not None and group.actor.country is None
    assert group.actor.sector in {"PRM", "UAF", "REB"}
