"""Readings the actors layer must not make (``dateline/nlp/actor_guards.py``), in our words."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import AnnotatedDocument, Mention
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 5, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    from dateline.model import Document

    return pipeline.annotate(Document("t", text, DAY))


def find(result: AnnotatedDocument, text: str) -> Mention:
    found = [m for m in result.annotations.entities if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in result.annotations.entities]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "role", "other"),
    [
        (
            "The foreign minister flew to Ankara for talks with his Turkish counterpart.",
            "The foreign minister",
            "TUR",
        ),
        (
            "The defence minister met his Japanese counterpart in Tokyo on Friday.",
            "The defence minister",
            "JPN",
        ),
    ],
)
def test_a_counterparts_country_is_never_the_officials_own(
    pipeline: Pipeline, text: str, role: str, other: str
) -> None:
    actor = find(annotate(pipeline, text), role).actor
    assert actor is not None and actor.sector == "GOV"
    assert actor.country != other


def test_an_officials_own_country_still_counts_beside_a_counterpart(pipeline: Pipeline) -> None:
    text = "Poland's foreign minister flew to Ankara for talks with his Turkish counterpart."
    actor = find(annotate(pipeline, text), "Poland's foreign minister").actor
    assert actor is not None and actor.country == "POL"


def test_an_unknown_name_is_not_the_country_the_story_is_about(pipeline: Pipeline) -> None:
    text = "Russian officials in Moscow said the Vostok Commodity Exchange would halt trading."
    actor = find(annotate(pipeline, text), "the Vostok Commodity Exchange").actor
    assert actor is None or actor.id.startswith("local:")


def test_a_capitalised_group_word_names_a_body_not_unidentified_people(
    pipeline: Pipeline,
) -> None:
    text = "Czech officials in Prague said the Morava Arms Group would open a plant in Brno."
    actor = find(annotate(pipeline, text), "the Morava Arms Group").actor
    assert actor is None or actor.sector != "UNK"


def test_a_known_party_name_inside_a_longer_name_is_another_party(pipeline: Pipeline) -> None:
    text = "Drones hit an office of the Kurdistan Democratic Party of Iran near Erbil on Sunday."
    actor = find(annotate(pipeline, text), "the Kurdistan Democratic Party").actor
    assert actor is None or actor.country != "USA"


def test_groups_of_states_take_plovers_group_codes(pipeline: Pipeline) -> None:
    text = "Western governments imposed new sanctions on Belarus, and European leaders backed them."
    result = annotate(pipeline, text)
    western = find(result, "Western governments").actor
    assert western is not None and (western.country, western.sector) == ("IGO", "GOV")
    european = find(result, "European").actor
    assert european is not None and european.country == "EUR"


def test_a_things_origin_is_no_group_of_states(pipeline: Pipeline) -> None:
    text = "Russian troops destroyed two Western-made tanks near Avdiivka."
    result = annotate(pipeline, text)
    assert all(m.actor is None or m.actor.country != "IGO" for m in result.annotations.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Poland sent more Leopard 2 tanks to Ukraine on Monday.", "Leopard 2"),
        ("Germany pledged Javelin anti-tank missiles to Ukraine.", "Javelin anti-tank"),
        ("Washington approved a second Patriot missile system for Kyiv.", "Patriot"),
        ("Polish President Andrzej Duda flew from Warsaw Chopin to Kyiv.", "Warsaw Chopin"),
        ("Moldova reaffirmed its Euro-Atlantic course on Friday.", "Euro-Atlantic"),
    ],
)
def test_names_of_things_are_no_actors(pipeline: Pipeline, text: str, name: str) -> None:
    m = find(annotate(pipeline, text), name)
    assert m.actor is None and m.label != "PERSON"


def test_the_military_after_another_sides_troops_is_not_the_home_side(pipeline: Pipeline) -> None:
    text = (
        "Ukrainian officials said Ukrainian troops held the line near Kupiansk. Russian troops "
        "shelled Kharkiv on Monday. The military said two people were wounded."
    )
    actor = find(annotate(pipeline, text), "military").actor
    assert actor is not None and actor.sector == "MIL" and actor.country != "UKR"


def test_the_military_after_the_home_sides_troops_is_the_home_side(pipeline: Pipeline) -> None:
    text = (
        "Ukrainian officials said Ukrainian troops held the line near Kupiansk on Monday. "
        "The military said two soldiers were wounded."
    )
    actor = find(annotate(pipeline, text), "military").actor
    assert actor is not None and (actor.country, actor.sector) == ("UKR", "MIL")


def test_a_group_named_before_its_attacks_stays_an_actor(pipeline: Pipeline) -> None:
    text = "Jaish al-Adl rocket attacks killed two guards, Iranian officials said."
    m = find(annotate(pipeline, text), "Jaish al-Adl")
    assert m.actor is not None and m.label != "PRODUCT"


def test_a_thing_noun_after_a_verb_leaves_the_name_a_person(pipeline: Pipeline) -> None:
    text = "Mayor Jane Roe opened the bridge on Thursday."
    m = find(annotate(pipeline, text), "Jane Roe")
    assert m.label == "PERSON" and m.actor is not None


def test_a_name_before_a_compounded_camp_word_is_a_place(pipeline: Pipeline) -> None:
    text = "Air strikes killed 30 people in the Nuseirat refugee camp in central Gaza overnight."
    camp = find(annotate(pipeline, text), "Nuseirat")
    assert camp.place is not None and camp.place.country == "PSE"
