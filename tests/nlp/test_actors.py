"""The actors layer: metonymy, titles and appositions, short forms, role nominals, groups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.model import AnnotatedDocument, Document, Mention, Span
from dateline.pipeline import Pipeline

# A story written for these tests (not from any outlet), dated in Keir Starmer's premiership.
UK_STORY = (
    "Sir Keir Starmer will host European leaders in London on Thursday to discuss air defence "
    "for Ukraine.\n\n"
    "The Prime Minister said the talks would focus on winter protection for Ukrainian cities. "
    "Downing Street also criticised Moscow for delaying a prisoner exchange.\n\n"
    "Overnight, a drone strike killed two people in Kharkiv, regional officials said.\n\n"
    "Defence Secretary John Healey visited troops in Estonia on Monday. Asked about the "
    "strike, Mr Healey said Britain would send more interceptors. Former prime minister "
    "Theresa May urged patience.\n\n"
    "Maria Kovalenko, the deputy mayor of Lutsk, said Ukrainian officials were grateful. "
    "Sir Keir's official spokesman said the Prime Minister had spoken to Mr Zelensky."
)
UK_DAY = dt.date(2025, 11, 20)


def annotate(pipeline: Pipeline, text: str, day: dt.date = UK_DAY) -> AnnotatedDocument:
    return pipeline.annotate(Document("t", text, day))


def find(result: AnnotatedDocument, text: str, nth: int = 0) -> Mention:
    found = [m for m in result.annotations.entities if m.text == text]
    assert len(found) > nth, (
        f"no mention {text!r} in {[m.text for m in result.annotations.entities]}"
    )
    return found[nth]


@pytest.fixture(scope="module")
def story(pipeline: Pipeline) -> AnnotatedDocument:
    return annotate(pipeline, UK_STORY)


def test_components_are_in_order(pipeline: Pipeline) -> None:
    names = [c.name for c in pipeline.components]
    assert names[:4] == ["parse", "entities", "actors", "geo"]


def test_full_name_and_short_forms_share_one_actor(story: AnnotatedDocument) -> None:
    full = find(story, "Sir Keir Starmer").actor
    assert full is not None and (full.id, full.country, full.sector) == (
        "p:keir-starmer",
        "GBR",
        "GOV",
    )
    short = [m for m in story.annotations.entities if m.text in ("Keir", "Sir Keir")]
    assert short and all(m.actor == full for m in short)


def test_role_nominal_goes_to_the_office_holder(story: AnnotatedDocument) -> None:
    role = find(story, "The Prime Minister")
    assert role.label == "ROLE"
    assert role.actor is not None and role.actor.id == "p:keir-starmer"


def test_capital_as_agent_is_the_government(story: AnnotatedDocument) -> None:
    moscow = find(story, "Moscow")
    assert moscow.actor is not None
    assert (moscow.actor.country, moscow.actor.sector) == ("RUS", "GOV")
    assert moscow.place is None
    seat = find(story, "Downing Street")
    assert seat.actor is not None and (seat.actor.country, seat.actor.sector) == ("GBR", "GOV")


def test_city_as_location_is_a_place_not_an_actor(story: AnnotatedDocument) -> None:
    kharkiv = find(story, "Kharkiv")
    assert kharkiv.actor is None
    assert kharkiv.place is not None and kharkiv.place.country == "UKR"


def test_title_before_a_name_is_evidence(story: AnnotatedDocument) -> None:
    healey = find(story, "John Healey")
    assert healey.actor is not None and healey.actor.id == "p:john-healey"
    assert healey.actor.country == "GBR"
    titles = [UK_STORY[s.start : s.end] for s in healey.evidence[1:]]
    assert titles == ["Defence Secretary"]
    assert find(story, "Healey").actor == healey.actor


def test_former_title_makes_an_elite(story: AnnotatedDocument) -> None:
    may = find(story, "Theresa May").actor
    assert may is not None and (may.country, may.sector) == ("GBR", "ELI")


def test_unknown_person_with_apposition_keeps_a_local_actor(story: AnnotatedDocument) -> None:
    person = find(story, "Maria Kovalenko")
    assert person.actor is not None
    assert person.actor.id == "local:maria-kovalenko"
    assert person.actor.sector == "GOV"
    assert "mayor" in (person.actor.role or "")


def test_group_nominal_with_demonym(story: AnnotatedDocument) -> None:
    group = find(story, "Ukrainian officials")
    assert group.label == "GROUP"
    assert group.actor is not None and (group.actor.country, group.actor.sector) == ("UKR", "GOV")


def test_country_names(story: AnnotatedDocument) -> None:
    britain = find(story, "Britain").actor
    assert britain is not None and britain.country == "GBR"


def test_resolve_span_for_a_spokesman(pipeline: Pipeline, story: AnnotatedDocument) -> None:
    start = UK_STORY.index("Sir Keir's official spokesman")
    span = Span(start, start + len("Sir Keir's official spokesman"))
    resources = pipeline.components[2].resolver  # type: ignore[attr-defined]
    actor = resources.resolve_span(story.document, story.annotations, span)
    assert actor is not None
    assert actor.country == "GBR" and actor.sector == "GOV"
    assert actor.id.startswith("office:GBR/prime-minister")
    assert actor.role == "official spokesman"


def test_resolve_span_reads_phrases(pipeline: Pipeline) -> None:
    text = "Russian troops and two Chinese warplanes were seen near the border."
    result = annotate(pipeline, text)
    resolver = pipeline.components[2].resolver  # type: ignore[attr-defined]
    end = text.index(" were")
    actor = resolver.resolve_span(result.document, result.annotations, Span(18, end))
    assert actor is not None and (actor.country, actor.sector) == ("CHN", "MIL")


def test_title_in_text_wins_over_shipped_data(pipeline: Pipeline) -> None:
    text = "Foreign Minister John Healey met his counterparts in Rome on Friday."
    actor = find(annotate(pipeline, text), "John Healey").actor
    assert actor is not None and actor.id == "p:john-healey"
    assert actor.role == "foreign minister"


def test_role_nominal_with_explicit_country(pipeline: Pipeline) -> None:
    text = "The Russian President spoke by phone with the German chancellor on Tuesday."
    result = annotate(pipeline, text, dt.date(2024, 3, 5))
    assert find(result, "The Russian President").actor.id == "p:vladimir-putin"  # type: ignore[union-attr]
    assert find(result, "the German chancellor").actor.id == "p:olaf-scholz"  # type: ignore[union-attr]


def test_place_named_like_a_person_is_relabelled(pipeline: Pipeline) -> None:
    text = "Air raid sirens sounded across Kyiv, and Kyiv's mayor urged residents to shelter."
    for m in annotate(pipeline, text).annotations.entities:
        if m.text.startswith("Kyiv"):
            assert m.label != "PERSON"


def test_user_knowledge_extension(tmp_path: Path) -> None:
    extra = tmp_path / "kb.yaml"
    extra.write_text(
        "people:\n"
        "  - id: olaf-testperson\n"
        "    name: Olaf Testperson\n"
        "    country: ISL\n"
        "    offices:\n"
        "      - {role: prime minister, title: Prime Minister, from: 2020-01-01}\n",
        encoding="utf-8",
    )
    settings = Settings.load({"kb_extra": (str(extra),)}, env={})
    pipe = Pipeline.build(settings, ("parse", "entities", "actors"))
    actor = find(annotate(pipe, "Olaf Testperson said no."), "Olaf Testperson").actor
    assert actor is not None and (actor.id, actor.country) == ("p:olaf-testperson", "ISL")


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        (
            "Russia's defence ministry said it had shot down 40 drones.",
            "defence ministry",
            "RUS",
            "GOV",
        ),
        ("Britain's Foreign Office summoned the Iranian envoy.", "Foreign Office", "GBR", "GOV"),
    ],
)
def test_possessor_gives_a_body_its_country(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str
) -> None:
    result = annotate(pipeline, text)
    m = find(result, mention)
    assert m.actor is not None
    assert (m.actor.country, m.actor.sector) == (country, sector)
    # the possessor is part of the evidence, and every evidence span is real text
    assert any(text[e.start : e.end].startswith(text.split("'")[0]) for e in m.evidence)


def test_possessive_person_is_not_a_country(pipeline: Pipeline) -> None:
    m = find(
        annotate(pipeline, "Mr Smith's lawyers appealed against the ruling."), "Mr Smith's lawyers"
    )
    assert m.actor is None or m.actor.country is None


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        (
            "Chinese foreign ministry spokesperson Mao Ning said Beijing opposed the sanctions.",
            "Mao Ning",
            "CHN",
            "GOV",
        ),
        (
            "Israeli military spokesman Nadav Shoshani said troops had entered the town.",
            "Nadav Shoshani",
            "ISR",
            "MIL",
        ),
    ],
)
def test_role_noun_before_an_unknown_name(
    pipeline: Pipeline, text: str, name: str, country: str, sector: str
) -> None:
    m = find(annotate(pipeline, text), name)
    assert m.actor is not None
    assert (m.actor.country, m.actor.sector) == (country, sector)
    assert m.actor.role is not None and "spokes" in m.actor.role


def test_known_organisation_tagged_as_a_person_is_the_organisation(pipeline: Pipeline) -> None:
    text = "Boko Haram fighters on motorbikes stormed a village near Maiduguri, residents said."
    actor = find(annotate(pipeline, text, dt.date(2024, 6, 1)), "Boko Haram fighters").actor
    assert actor is not None and (actor.country, actor.sector) == ("NGA", "REB")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Missiles hit Kyiv's main children's hospital on Monday.", "Kyiv"),
        ("A drone struck Kyiv's Solomianskyi district overnight.", "Kyiv"),
    ],
)
def test_capital_owning_a_place_is_a_place(pipeline: Pipeline, text: str, town: str) -> None:
    m = find(annotate(pipeline, text), town)
    assert m.actor is None and m.place is not None


def test_capital_owning_a_policy_is_its_government(pipeline: Pipeline) -> None:
    m = find(annotate(pipeline, "Moscow's foreign policy chief rejected the plan."), "Moscow")
    assert m.actor is not None and m.actor.id == "c:RUS/GOV"


def test_an_unknown_nationality_is_not_the_country_the_text_is_about(pipeline: Pipeline) -> None:
    # "the Ruritanian news agency" in a story about Afghanistan names another people
    result = annotate(
        pipeline, "Afghan rebels attacked Kabul, the Ruritanian news agency reported."
    )
    assert find(result, "Afghan rebels").actor.country == "AFG"
    unknown = find(result, "Ruritanian").actor
    assert unknown is None or unknown.country is None


def test_a_known_name_the_tagger_split_is_one_actor(pipeline: Pipeline) -> None:
    text = "The group, the Islamic State of Iraq and the Levant, claimed the bombing."
    result = annotate(pipeline, text, dt.date(2019, 7, 8))
    ids = {m.actor.id for m in result.annotations.entities if m.actor is not None}
    assert "o:isis" in ids
    assert not any(m.text == "Levant" for m in result.annotations.entities)


def test_a_known_group_tagged_with_its_article_is_the_group(pipeline: Pipeline) -> None:
    # The small model tags "An al-Shabaab" (suicide bomber) as a person.
    text = "An al-Shabaab suicide bomber killed 12 people at a restaurant in Mogadishu."
    result = annotate(pipeline, text, dt.date(2024, 6, 1))
    [mention] = [m for m in result.annotations.entities if "Shabaab" in m.text]
    assert mention.actor is not None and mention.actor.id == "o:al-shabaab"
