"""Round actors28: who did it. Tellers of a toll are no attackers, a state's force named in
a "by" phrase is that state's, soldiers attacked where they serve are that state's, and an
endorsed use of weapons is neither the endorser's attack nor one that happened.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, of_type

DAY = dt.date(2024, 6, 12)  # a Wednesday


def attacks(pipeline: Pipeline, text: str) -> list[Event]:
    """The full pipeline's ASSAULT events for ``text`` published on ``DAY``."""
    return of_type(pipeline.annotate(Document("a28", text, DAY)).annotations.events, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Russia's emergencies ministry raised the death toll from a Ukrainian rocket "
            "attack on Kursk to 14.",
            "UKR",
        ),
        (
            "The Lebanese health ministry raised the death toll from Israeli air strikes "
            "on Tyre to 31.",
            "ISR",
        ),
        (
            "Russia's defence ministry increased the toll of conscripts from a Ukrainian "
            "missile attack in Makiivka to 63.",
            "UKR",
        ),
    ],
)
def test_the_teller_of_a_toll_is_no_attacker(pipeline: Pipeline, text: str, attacker: str) -> None:
    # the ministry counts the dead; the attack the toll is from names who attacked
    found = attacks(pipeline, text)
    assert found, text
    assert all(actor_countries(e) == {attacker} for e in found), [
        (e.trigger, actor_countries(e)) for e in found
    ]


def test_a_toll_from_an_attack_nobody_names_has_no_teller_as_attacker(
    pipeline: Pipeline,
) -> None:
    text = "Kenya's interior ministry raised the death toll from the bombing to 19."
    for e in attacks(pipeline, text):
        assert "KEN" not in actor_countries(e)


@pytest.mark.parametrize(
    "text",
    [
        "RIA Novosti reported that four civilians were killed in Ukrainian shelling.",
        "According to the agency, two civilians were killed in Ukrainian shelling.",
    ],
)
def test_a_nationality_before_a_misread_gerund_is_the_attacker(
    pipeline: Pipeline, text: str
) -> None:
    # the small parser reads "in Ukrainian shelling" as a verb with "Ukrainian" as the
    # object of "in", and tags the adjective as a place name
    found = attacks(pipeline, text)
    assert [actor_countries(e) for e in found] == [{"UKR"}]


def test_a_state_force_in_a_by_phrase_is_coded_by_the_place(pipeline: Pipeline) -> None:
    text = "Twenty villagers died in a drone strike by the army on a market in Kebbi state."
    (attack,) = attacks(pipeline, text)
    assert actor_countries(attack) == {"NGA"}
    assert {p.sector for p in attack.actor} == {"MIL"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Nine soldiers were killed near Menaka on Sunday when jihadists ambushed their convoy.",
            "MLI",
        ),
        ("Bandits killed seven policemen at a checkpoint in Zamfara state on Tuesday.", "NGA"),
    ],
)
def test_soldiers_attacked_where_they_serve_are_that_states(
    pipeline: Pipeline, text: str, country: str
) -> None:
    (attack,) = attacks(pipeline, text)
    forces = [p for p in attack.recipient if p.sector in ("MIL", "COP")]
    assert forces
    assert {p.country for p in forces} == {country}


def test_soldiers_attacked_by_that_states_own_troops_stay_uncoded(pipeline: Pipeline) -> None:
    # the text names the place's own state as the attacker: its targets are someone else's
    foreign, own = (
        attacks(pipeline, f"{side} troops killed twelve soldiers near Avdiivka on Monday.")[0]
        for side in ("Russian", "Ukrainian")
    )
    assert {p.country for p in foreign.recipient if p.sector == "MIL"} == {"UKR"}
    assert {p.country for p in own.recipient if p.sector == "MIL"} == {None}


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "The alliance backs the use of American missiles by Ukrainian forces to strike "
            "airfields inside Russia.",
            "UKR",
        ),
        (
            "Britain supports the use of its Storm Shadow missiles by Ukraine to strike "
            "bases in Crimea.",
            "UKR",
        ),
    ],
)
def test_an_endorsed_use_of_weapons_is_the_users_and_not_done(
    pipeline: Pipeline, text: str, attacker: str
) -> None:
    (attack,) = attacks(pipeline, text)
    assert actor_countries(attack) == {attacker}
    assert "hypothetical" in attack.aux


def test_who_is_pushed_into_an_attack_does_it(pipeline: Pipeline) -> None:
    text = "Minsk accused Warsaw of goading Lithuania into attacking Belarusian border posts."
    found = [e for e in attacks(pipeline, text) if e.trigger.start > text.index("into")]
    assert [actor_countries(e) for e in found] == [{"LTU"}]


def test_a_trigger_before_a_listed_thing_names_no_event(pipeline: Pipeline) -> None:
    # both words hang on "production": "assault" modifies the rifle, not the production
    text = "Poland plans to expand domestic assault rifle production in Radom next year."
    assert attacks(pipeline, text) == []


def test_a_gerund_read_as_a_verb_keeps_its_agent_phrase(pipeline: Pipeline) -> None:
    text = "Eight villagers died in shelling by government troops near Hama on Friday."
    (attack,) = attacks(pipeline, text)
    assert actor_countries(attack) == {"SYR"}


def test_the_air_force_is_a_states_force(pipeline: Pipeline) -> None:
    # "the air force", like "the army", is one body of many people: a group of its own
    text = "The air force bombed a market near Kutum on Sunday, killing 11 people."
    (attack,) = attacks(pipeline, text)
    assert actor_countries(attack) == {"SDN"}
    assert {p.sector for p in attack.actor} == {"MIL"}


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("The air force struck the bridge at dawn.", "air force", "MIL"),
        ("The coast guard boarded the tanker overnight.", "coast guard", "MIL"),
        ("A militia burned the market at dawn.", "militia", "PRM"),
        ("An armed group seized the mine at dawn.", "armed group", "REB"),
    ],
)
def test_a_bodys_multiword_name_is_a_group_mention(
    pipeline: Pipeline, text: str, words: str, sector: str
) -> None:
    found = pipeline.annotate(Document("a28", text, DAY)).annotations.entities
    groups = [m for m in found if m.text == words and m.actor is not None]
    assert [(m.label, m.actor.sector) for m in groups] == [("GROUP", sector)]


@pytest.mark.parametrize(
    ("text", "attacker", "sector"),
    [
        (
            "Gunmen killed nine herders near Menaka on Monday. The army said jihadists were "
            "responsible for the attack.",
            "MLI",
            "REB",
        ),
        (
            "A drone hit a depot in Kursk on Sunday. Russia's defence ministry said Ukraine "
            "was responsible for the attack.",
            "UKR",
            None,
        ),
    ],
)
def test_a_side_said_to_be_responsible_for_an_attack_did_it(
    pipeline: Pipeline, text: str, attacker: str, sector: str | None
) -> None:
    # the gunmen are men nobody names; the side said to be responsible names them
    found = [e for e in attacks(pipeline, text) if not e.aux]
    assert [actor_countries(e) for e in found] == [{attacker}]
    assert [{p.sector for p in e.actor} for e in found] == [{sector}]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A militia killed 17 herders in a village near Djibo on Friday.", "BFA"),
        ("A gang killed 12 people in a village near Port-au-Prince on Friday.", "HTI"),
    ],
)
def test_a_body_named_in_the_singular_is_coded_by_the_place(
    pipeline: Pipeline, text: str, country: str
) -> None:
    (attack,) = attacks(pipeline, text)
    assert actor_countries(attack) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Eleven Palestinians were killed in shelling in Khan Younis on Monday.",
        "RIA reported that nine Ukrainians were killed in shelling in Kherson.",
    ],
)
def test_victims_of_an_attack_they_suffered_are_no_attackers(pipeline: Pipeline, text: str) -> None:
    # the parser gives the gerund the passive verb's subject: the victims suffered it
    for attack in attacks(pipeline, text):
        assert not attack.actor, attack.actor
