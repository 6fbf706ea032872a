"""The phrase resolver: titles, deputies, state media, head nouns, misspellings, body names."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Actor
from dateline.nlp.actors import ActorResolver
from dateline.pipeline import Pipeline

DAY = dt.date(2022, 11, 1)


@pytest.fixture(scope="module")
def resolver(pipeline: Pipeline) -> ActorResolver:
    return pipeline.components[2].resolver  # type: ignore[attr-defined,no-any-return]


def read(
    resolver: ActorResolver, pipeline: Pipeline, text: str, day: dt.date = DAY
) -> Actor | None:
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    return resolver.phrase.resolve(nlp(text)[:], day)


def codes(actor: Actor | None) -> tuple[str | None, str | None]:
    return (actor.country, actor.sector) if actor else (None, None)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Gen. Jane Roe", "MIL"),
        ("Sen. John Doe", "LEG"),
        ("Minister Jane Roe", "GOV"),
        ("Reverend John Doe", "REL"),
        ("Mr John Doe", None),
    ],
)
def test_a_leading_title_gives_an_unknown_person_a_sector(
    resolver: ActorResolver, pipeline: Pipeline, text: str, sector: str | None
) -> None:
    assert codes(read(resolver, pipeline, text))[1] == sector


def test_title_and_surname_find_the_office_holder(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    actor = read(resolver, pipeline, "Deputy Secretary Hicks")
    assert actor is not None and actor.id == "p:kathleen-hicks"
    # No one called Hicks held an office in 2030 as far as we know: no person.
    later = read(resolver, pipeline, "Deputy Secretary Hicks", dt.date(2030, 1, 1))
    assert later is None or not later.id.startswith("p:")


def test_a_deputy_is_never_the_holder(resolver: ActorResolver, pipeline: Pipeline) -> None:
    actor = read(resolver, pipeline, "Russia's deputy foreign minister")
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "GOV")
    assert actor.id == "office:RUS/deputy-foreign-minister"
    minister = read(resolver, pipeline, "Russia's foreign minister")
    assert minister is not None and minister.id == "p:sergey-lavrov"


def test_state_media_is_the_government(resolver: ActorResolver, pipeline: Pipeline) -> None:
    assert codes(read(resolver, pipeline, "the official news agency"))[1] == "GOV"
    assert codes(read(resolver, pipeline, "Iranian state television")) == ("IRN", "GOV")
    assert codes(read(resolver, pipeline, "an independent newspaper"))[1] == "JRN"
    assert codes(read(resolver, pipeline, "TASS")) == ("RUS", "GOV")
    assert codes(read(resolver, pipeline, "Reuters"))[1] == "JRN"


def test_the_last_noun_heads_a_compound(resolver: ActorResolver, pipeline: Pipeline) -> None:
    assert codes(read(resolver, pipeline, "crowd control police"))[1] == "COP"
    assert codes(read(resolver, pipeline, "army accountant"))[1] == "MIL"
    assert codes(read(resolver, pipeline, "foreign military intelligence agency"))[1] == "SPY"


def test_a_misspelt_demonym_still_names_its_country(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    assert codes(read(resolver, pipeline, "Kazahks"))[0] == "KAZ"
    assert read(resolver, pipeline, "Frank") is None


def test_a_place_inside_a_body_name_gives_its_country(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    assert codes(read(resolver, pipeline, "Santa Marta Self Defense Forces")) == ("COL", "PRM")
    assert codes(read(resolver, pipeline, "Madras High Court")) == ("IND", "JUD")
    # A first name that is also a capital is not a place inside a person's name.
    assert codes(read(resolver, pipeline, "Victoria Nuland"))[0] is None


def test_names_without_accents_or_in_another_case(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    actor = read(resolver, pipeline, "Ukhnaagiin Khurelsukh")
    assert actor is not None and (actor.country, actor.sector) == ("MNG", "GOV")


def test_out_of_office_party_figures_stay_party_figures(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    kurti = read(resolver, pipeline, "Albin Kurti", dt.date(2021, 1, 1))
    assert codes(kurti) == ("XKX", "PTY")
    assert codes(read(resolver, pipeline, "Albin Kurti", dt.date(2021, 10, 1))) == ("XKX", "GOV")
    thaci = read(resolver, pipeline, "Hashim Thaci", dt.date(2022, 11, 1))
    assert codes(thaci) == ("XKX", "ELI")


def test_a_pronoun_alone_is_an_unidentified_actor(
    resolver: ActorResolver, pipeline: Pipeline
) -> None:
    assert codes(read(resolver, pipeline, "he")) == (None, "UNK")
    assert read(resolver, pipeline, "it") is None
    assert read(resolver, pipeline, "yesterday") is None


def test_ordinary_people_are_civilians(resolver: ActorResolver, pipeline: Pipeline) -> None:
    assert codes(read(resolver, pipeline, "ordinary Kazakhs")) == ("KAZ", "CVL")
    assert codes(read(resolver, pipeline, "Two subjects")) == (None, None)


def test_office_phrases_of_bodies_and_cities(resolver: ActorResolver, pipeline: Pipeline) -> None:
    leader = read(resolver, pipeline, "the Hezbollah leader", dt.date(2023, 5, 1))
    assert leader is not None and (leader.id, leader.sector) == ("p:hassan-nasrallah", "REB")
    mayor = read(resolver, pipeline, "the Kyiv mayor", dt.date(2024, 5, 1))
    assert mayor is not None and mayor.id == "p:vitali-klitschko"


def test_the_role_nominal_in_a_story(pipeline: Pipeline) -> None:
    from dateline.model import Document

    text = "Greek officials met in Athens. The Prime Minister said talks would go on."
    result = pipeline.annotate(Document("g", text, dt.date(2024, 2, 1)))
    role = next(m for m in result.annotations.entities if m.text == "The Prime Minister")
    assert role.actor is not None and role.actor.id == "p:kyriakos-mitsotakis"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Florida Governor John Doe", "USA"),
        ("the Texas attorney general", "USA"),
        ("Kano State police", "NGA"),
        ("Norte de Santander police", "COL"),  # not Guinea-Bissau's Norte region
    ],
)
def test_an_area_named_in_a_title_gives_its_country(
    resolver: ActorResolver, pipeline: Pipeline, text: str, country: str
) -> None:
    # "Florida" is also a Colombian town and a Uruguayan department: the US state has the people.
    assert codes(read(resolver, pipeline, text))[0] == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gang members", (None, "CRM")), ("Militia fighters", (None, "PRM"))],
)
def test_a_sentence_initial_common_noun_is_no_name(
    resolver: ActorResolver, pipeline: Pipeline, text: str, expected: tuple[str | None, str]
) -> None:
    # "Gang" opening a sentence is the noun, not the given name of a Chinese minister.
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    doc = nlp(f"{text} opened fire.")
    assert codes(resolver.phrase.resolve(doc[:2], DAY)) == expected
