"""Actors a news reader knows without a name in the knowledge base: peoples who live mostly
in one country, civil-society bodies named by their kind (PLOVER's NGO), country names
misspelt by one letter.

Fixture sentences are written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import countries, of_type
from tests.nlp.test_actors_conventions import Y2000, country_of, mention


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Igbo community leaders demanded new elections.", "Igbo community leaders", "NGA"),
        ("Yoruba elders called for calm in the city.", "Yoruba elders", "NGA"),
        ("Chechen fighters ambushed a convoy near the border.", "Chechen fighters", "RUS"),
        ("Kikuyu farmers protested over land titles.", "Kikuyu farmers", "KEN"),
        ("Uyghur activists urged a boycott of the games.", "Uyghur activists", "CHN"),
    ],
)
def test_a_people_of_one_country_is_coded_by_it(
    pipeline: Pipeline, text: str, words: str, country: str
) -> None:
    assert country_of(pipeline, text, words) == country


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A human rights group accused the army of torture.", "human rights group"),
        (
            "The Association for Clean Water criticised the new law.",
            "The Association for Clean Water",
        ),
        ("The Asian Water Forum urged rich nations to pay more.", "The Asian Water Forum"),
    ],
)
def test_a_civil_society_body_of_no_country_is_an_ngo(
    pipeline: Pipeline, text: str, words: str
) -> None:
    result = pipeline.annotate(Document("t", text, Y2000))
    actor = mention(result, words).actor
    assert actor is not None
    assert (actor.country, actor.sector) == ("NGO", "SOC")


def test_civil_society_people_and_national_bodies_are_no_ngo(pipeline: Pipeline) -> None:
    text = "Kenyan rights groups and campaigners accused the police of abuses."
    assert country_of(pipeline, text, "Kenyan rights groups") == "KEN"
    result = pipeline.annotate(Document("t", "Campaigners accused the police of abuses.", Y2000))
    assert all(m.actor is None or m.actor.country != "NGO" for m in result.annotations.entities)


def test_the_ngo_acts_in_its_event(pipeline: Pipeline) -> None:
    text = "A rights group accused the government of jailing journalists."
    events = pipeline.annotate(Document("t", text, Y2000)).annotations.events
    (accuse, *_) = of_type(events, "ACCUSE")
    assert countries(accuse.actor) == {"NGO"}


def test_a_country_misspelt_by_one_letter_is_that_country(pipeline: Pipeline) -> None:
    text = "Ethopia has agreed to reopen its border crossings."
    assert country_of(pipeline, text, "Ethopia") == "ETH"
    events = pipeline.annotate(Document("t", text, Y2000)).annotations.events
    (agree,) = of_type(events, "AGREE")
    assert countries(agree.actor) == {"ETH"}


def test_a_town_that_looks_like_a_country_stays_a_town(pipeline: Pipeline) -> None:
    # Oran (Algeria) is one letter from Iran: a place of that name is never the country.
    result = pipeline.annotate(Document("t", "Oran hosted the regional talks on Monday.", Y2000))
    assert all(m.actor is None or m.actor.country != "IRN" for m in result.annotations.entities)


def test_a_misspelling_needs_a_long_enough_word(pipeline: Pipeline) -> None:
    # "Chaad" is no Chad: words shorter than the misspelling floor are not read so.
    result = pipeline.annotate(Document("t", "Omar Chaad signed the accord.", dt.date(2020, 1, 1)))
    assert all(m.actor is None or m.actor.country != "TCD" for m in result.annotations.entities)


def test_an_extremist_organization_is_no_ngo(pipeline: Pipeline) -> None:
    text = "The government outlawed the largest loyalist extremist organization in the province."
    result = pipeline.annotate(Document("t", text, Y2000))
    assert all(m.actor is None or m.actor.country != "NGO" for m in result.annotations.entities)


def test_a_known_person_tagged_as_a_place_is_that_person(pipeline: Pipeline) -> None:
    # the small model tags the one-word spelling "Zelenskyy" as a place here
    text = "After a stop in London, Zelenskyy visits Paris to meet the French president."
    result = pipeline.annotate(Document("t", text, dt.date(2023, 2, 8)))
    actor = mention(result, "Zelenskyy").actor
    assert actor is not None and actor.country == "UKR"


def test_a_body_of_other_countries_never_takes_the_storys_country(pipeline: Pipeline) -> None:
    # the story is Lebanon's, but these embassies are Armenia's and Georgia's
    text = (
        "Lebanon's army said shelling near Tyre had intensified. The embassies of "
        "Armenia and Georgia urged their citizens to leave Lebanon."
    )
    assert country_of(pipeline, text, "embassies", dt.date(2024, 11, 20)) is None
    result = pipeline.annotate(Document("t", text, dt.date(2024, 11, 20)))
    (request,) = of_type(result.annotations.events, "REQUEST")
    assert countries(request.actor) == {"ARM", "GEO"}


def test_a_nationality_tagged_as_a_language_before_a_noun_is_the_people(
    pipeline: Pipeline,
) -> None:
    # the small model tags "Russian" here as a language; before a noun it is the people
    text = "Four workers died in Russian overnight drone strikes on the Odesa region."
    found = [m for m in pipeline.annotate(Document("n", text, Y2000)).annotations.entities]
    russian = [m for m in found if m.text == "Russian"]
    assert russian and russian[0].label == "NORP"
    assert russian[0].actor is not None and russian[0].actor.country == "RUS"


def test_a_group_noun_opening_a_sentence_is_a_group(pipeline: Pipeline) -> None:
    # The tagger reads a capitalised plural opening a sentence as a proper name; it is still
    # the group the vocabulary names, and acts in its attack.
    text = "Militiamen killed 11 villagers in Tshikapa on Saturday."
    result = pipeline.annotate(Document("t", text, Y2000))
    actor = mention(result, "Militiamen").actor
    assert actor is not None and actor.sector == "PRM"
    (attack,) = of_type(result.annotations.events, "ASSAULT")
    assert countries(attack.actor) == {"COD"}
