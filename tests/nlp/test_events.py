"""The events layer: types, modes, arguments tied to the trigger, dates, places, sizes.

Fixture sentences are written for these tests (reporting events in our own words).
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Mention, Place
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import (
    BELGOROD,
    BLR,
    FRA,
    GBR,
    KHARKIV,
    LTU,
    LVIV,
    ODESA,
    RUS,
    SUMY,
    TEST,
    UKR,
    Layers,
    countries,
    find,
    happened,
    of_type,
)


def test_weapons_casualties_and_damage_make_one_assault(pipeline: Pipeline) -> None:
    text = (
        "Russian missiles and drones killed two people in Odesa over the weekend and "
        "damaged the city's port."
    )
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .place("Odesa", ODESA)
        .timex("the weekend", "2025-W10-WE", dt.date(2025, 3, 8), dt.date(2025, 3, 9))
    )
    events = layers.run(pipeline)
    [assault] = of_type(events, "ASSAULT")
    assert countries(assault.actor) == {"RUS"}
    assert {"aerial", "drone", "destroy"} <= set(assault.modes)
    assert assault.size.dead == 2
    assert assault.date.value == "2025-W10-WE" and assault.date.source == "text"
    assert assault.location is not None and assault.location.place.name == "Odesa"
    assert assault.aux == ()
    assert text[assault.trigger.start : assault.trigger.end] == "killed"


def test_planned_meeting_is_future_consult_with_its_date(pipeline: Pipeline) -> None:
    text = "The French president will host a summit of European allies in Paris on Friday."
    layers = (
        Layers(text)
        .actor("French", FRA, "NORP")
        .timex("Friday", "2025-03-14", dt.date(2025, 3, 14), dt.date(2025, 3, 14))
    )
    [consult] = of_type(layers.run(pipeline), "CONSULT")
    assert consult.aux == ("future",)
    assert "multilateral" in consult.modes
    assert consult.date.start_date == dt.date(2025, 3, 14)
    assert countries(consult.actor) == {"FRA"}


def test_accusation_names_actor_and_recipient(pipeline: Pipeline) -> None:
    text = "Lithuania accused Minsk of staging provocations on the border."
    layers = Layers(text).actor("Lithuania", LTU).actor("Minsk", BLR)
    [accuse] = of_type(layers.run(pipeline), "ACCUSE")
    assert countries(accuse.actor) == {"LTU"}
    assert countries(accuse.recipient) == {"BLR"}


def test_actor_in_another_sentence_is_never_attached(pipeline: Pipeline) -> None:
    text = "Belarus moved troops to the border. A drone struck a fuel depot in Lviv."
    layers = Layers(text).actor("Belarus", BLR).place("Lviv", LVIV)
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.actor == ()
    assert assault.location is not None and assault.location.place.name == "Lviv"
    assert "drone" in assault.modes


def test_attacker_is_the_subject_not_the_victim(pipeline: Pipeline) -> None:
    text = "Ukrainian drones struck an oil refinery in Belgorod, Russian officials said."
    layers = (
        Layers(text)
        .actor("Ukrainian", UKR, "NORP")
        .actor("Russian", RUS, "NORP")
        .place("Belgorod", BELGOROD)
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(assault.actor) == {"UKR"}
    assert assault.location is not None and assault.location.place.country == "RUS"


def test_passive_agent_is_the_actor(pipeline: Pipeline) -> None:
    text = "Three civilians were killed by Russian shelling in Kharkiv on Monday."
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .place("Kharkiv", KHARKIV)
        .timex("Monday", "2025-03-10", dt.date(2025, 3, 10), dt.date(2025, 3, 10))
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(assault.actor) == {"RUS"}
    assert assault.size.dead == 3
    assert assault.date.value == "2025-03-10"


def test_two_attackers_stay_two_events(pipeline: Pipeline) -> None:
    text = "Russian drones hit Sumy, while Ukrainian drones struck Belgorod."
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .actor("Ukrainian", UKR, "NORP")
        .place("Sumy", SUMY)
        .place("Belgorod", BELGOROD)
    )
    assaults = of_type(layers.run(pipeline), "ASSAULT")
    assert sorted(tuple(countries(a.actor)) for a in assaults) == [("RUS",), ("UKR",)]
    places = {a.actor[0].country: a.location.place.name for a in assaults if a.location}
    assert places == {"RUS": "Sumy", "UKR": "Belgorod"}


def test_coreferent_attack_merges_and_joins_evidence(pipeline: Pipeline) -> None:
    text = (
        "A Russian missile struck a school in Kharkiv on Monday, killing four people. "
        "The attack also wounded eleven others, officials said."
    )
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .place("Kharkiv", KHARKIV)
        .timex("Monday", "2025-03-10", dt.date(2025, 3, 10), dt.date(2025, 3, 10))
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.size.dead == 4
    assert assault.size.injured == 11
    assert len(assault.evidence) == 2
    assert countries(assault.actor) == {"RUS"}


def test_without_a_date_in_the_clause_the_publication_date_is_used(pipeline: Pipeline) -> None:
    text = "Police arrested twelve protesters in Minsk."
    layers = Layers(text, day=dt.date(2025, 6, 1))
    [coerce] = of_type(layers.run(pipeline), "COERCE")
    assert coerce.date.source == "publication"
    assert coerce.date.value == "2025-06-01"
    assert coerce.date.precision == "week"
    assert coerce.date.span is None
    assert coerce.size.arrested == 12
    assert "arrest" in coerce.modes


def test_a_date_in_another_clause_does_not_govern(pipeline: Pipeline) -> None:
    text = "On Sunday the minister flew home, and later a drone hit a depot in Lviv."
    layers = (
        Layers(text)
        .place("Lviv", LVIV)
        .timex("Sunday", "2025-03-09", dt.date(2025, 3, 9), dt.date(2025, 3, 9))
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.date.source == "publication"


def test_arguments_stay_in_their_paragraph(pipeline: Pipeline) -> None:
    # The parser may run one sentence across a blank line; arguments never do.
    text = "\u201cWe will stand with Ukraine.\u201d\n\nRussian drones struck Kyiv over the weekend."
    layers = (
        Layers(text)
        .actor("Ukraine", UKR)
        .actor("Russian", RUS, "NORP")
        .timex("the weekend", "2025-W10-WE", dt.date(2025, 3, 8), dt.date(2025, 3, 9))
    )
    events = layers.run(pipeline)
    [support] = of_type(events, "SUPPORT")
    assert support.date.source == "publication"
    assert support.evidence[0].end <= text.index("\n\n")
    [assault] = of_type(events, "ASSAULT")
    assert assault.date.value == "2025-W10-WE"
    assert countries(assault.actor) == {"RUS"}


def test_a_boundary_date_is_not_the_events_date(pipeline: Pipeline) -> None:
    text = "Drones attacked the port in the first attack on the city since February."
    layers = Layers(text).timex("February", "2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    for event in of_type(layers.run(pipeline), "ASSAULT"):
        assert event.date.source == "publication"


def test_a_weapon_named_like_an_organisation_is_no_actor(pipeline: Pipeline) -> None:
    text = "An MLRS attack on Kharkiv killed five people."
    layers = Layers(text).place("Kharkiv", KHARKIV)
    layers.entities.append(
        Mention(find(text, "MLRS"), "MLRS", "ORG", TEST, actor=None)  # as NER may label it
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.actor == ()
    assert "heavy-weapons" in assault.modes
    assert assault.size.dead == 5


def test_a_flag_state_is_not_the_place(pipeline: Pipeline) -> None:
    palau = Place("Palau", 7.5, 134.5, 1559582, "PLW", None, "country")
    text = "Russian missiles struck a Palau-flagged ship."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Palau", palau)
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.location is None
    text = "Russian missiles struck a Palau-flagged ship in the port of Odesa."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Palau", palau).place("Odesa", ODESA)
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.location is not None and assault.location.place.name == "Odesa"


def test_explicit_date_wins_over_a_relative_one(pipeline: Pipeline) -> None:
    text = "On 3 March 2025, a Russian drone struck a hospital in Sumy last week."
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .place("Sumy", SUMY)
        .timex("3 March 2025", "2025-03-03", dt.date(2025, 3, 3), dt.date(2025, 3, 3))
        .timex("last week", "2025-W10", dt.date(2025, 3, 3), dt.date(2025, 3, 9))
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.date.value == "2025-03-03"
    assert assault.date.precision == "day"


def test_reported_event_keeps_its_quote(pipeline: Pipeline) -> None:
    text = "The governor said that Russian troops shelled Kharkiv overnight."
    layers = (
        Layers(text)
        .actor("Russian", RUS, "NORP")
        .place("Kharkiv", KHARKIV)
        .quote("Russian troops shelled Kharkiv overnight", "The governor", "said", None)
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert assault.quote_index == 0
    assert countries(assault.actor) == {"RUS"}


def test_first_person_in_a_quote_is_its_speaker(pipeline: Pipeline) -> None:
    text = "The spokesman added: we will stand with Ukraine."
    layers = (
        Layers(text)
        .actor("Ukraine", UKR)
        .quote("we will stand with Ukraine", "The spokesman", "added", GBR)
    )
    [support] = of_type(layers.run(pipeline), "SUPPORT")
    assert countries(support.actor) == {"GBR"}
    assert countries(support.recipient) == {"UKR"}
    assert support.aux == ("future",)


def test_end_to_end_extract_produces_events(pipeline: Pipeline) -> None:
    # Whatever the other layers find, the trigger, modality and size are the events layer's.
    text = "Gunmen killed at least 16 villagers in an attack on Monday."
    events = pipeline.annotate(Document("e", text, dt.date(2025, 3, 11))).annotations.events
    [assault] = of_type(events, "ASSAULT")
    assert assault.size.dead == 16
    assert happened(events) == [assault]
    assert "firearms" in assault.modes


def test_meeting_a_demand_is_a_concession_not_a_meeting(pipeline: Pipeline) -> None:
    text = "Britain met the demands of the striking miners on Tuesday."
    events = Layers(text).actor("Britain", GBR).run(pipeline)
    assert [e.type for e in events] == ["CONCEDE"]
    assert not of_type(events, "CONSULT")
