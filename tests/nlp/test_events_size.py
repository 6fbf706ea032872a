"""Casualty and arrest counts: digits, words, vague plurals (ACLED), no double counting."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import KHARKIV, RUS_MIL, UKR, Layers, countries, of_type

CASES = [
    ("A missile strike killed one person in the city.", "ASSAULT", "dead", 1),
    ("Gunmen killed at least 16 people near the market.", "ASSAULT", "dead", 16),
    ("Militants killed more than 130 soldiers in the raid.", "ASSAULT", "dead", 130),
    ("Dozens of people were killed in the air strike.", "ASSAULT", "dead", 12),
    ("Hundreds of civilians were wounded in the shelling.", "ASSAULT", "injured", 100),
    ("Tens of soldiers died in the attack.", "ASSAULT", "dead", 10),
    ("Three soldiers and two civilians were killed in the drone attack.", "ASSAULT", "dead", 5),
    ("The bombing killed 12 people, including five children.", "ASSAULT", "dead", 12),
    ("Artillery fire killed 1,200 troops during the offensive.", "ASSAULT", "dead", 1200),
    ("The rocket attack killed twenty-five people.", "ASSAULT", "dead", 25),
    ("A bomb killed a civilian in the square.", "ASSAULT", "dead", 1),
    ("Gunmen shot dead a village chief near the market.", "ASSAULT", "dead", 1),
    ("Gunmen killed the chief and his wife near the market.", "ASSAULT", "dead", 2),
    ("Police shot him dead on the bridge.", "ASSAULT", "dead", 1),
    ("Insurgents killed an Italian nun at the mission.", "ASSAULT", "dead", 1),
    ("Police detained 48 protesters in the capital.", "COERCE", "arrested", 48),
    # a participle after its nouns counts them, never a conjunct hung after it
    (
        "The ministry put the losses at 300 fighters killed and 900 fighters wounded.",
        "ASSAULT",
        "dead",
        300,
    ),
    (
        "Medics said 20 soldiers and 30 civilians killed in the raid were buried.",
        "ASSAULT",
        "dead",
        50,
    ),
    ("Two hundred people were arrested by police overnight.", "COERCE", "arrested", 200),
]


@pytest.mark.parametrize(("text", "kind", "column", "value"), CASES)
def test_counts(pipeline: Pipeline, text: str, kind: str, column: str, value: int) -> None:
    [event] = of_type(Layers(text).run(pipeline), kind)
    assert getattr(event.size, column) == value


def test_perpetrator_deaths_add_to_the_toll(pipeline: Pipeline) -> None:
    text = "A bomb attack killed nine people at the station. The attacker was also killed."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 10


def test_a_repeated_total_is_not_counted_twice(pipeline: Pipeline) -> None:
    text = (
        "Shelling killed four people in the town. The attack killed four civilians, officials said."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 4


def test_shot_dead_counts_the_dead(pipeline: Pipeline) -> None:
    for text in ("Gunmen shot dead ten villagers.", "Ten protesters were shot dead by troops."):
        [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
        assert event.size.dead == 10


def test_a_separate_attack_is_not_merged(pipeline: Pipeline) -> None:
    text = (
        "Shelling killed two civilians in the city on Monday. "
        "Separately, four people were killed in drone attacks in the south."
    )
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert sorted(e.size.dead for e in events) == [2, 4]


def test_a_death_toll_counts(pipeline: Pipeline) -> None:
    text = "The death toll from the missile strikes rose to seven, officials said."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 7


def test_a_couple_and_a_wife_count(pipeline: Pipeline) -> None:
    text = "A couple were killed and his wife was injured by the shelling."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert (event.size.dead, event.size.injured) == (2, 1)


def test_unreported_counts_stay_unknown(pipeline: Pipeline) -> None:
    [event] = of_type(Layers("Russian drones struck the power plant.").run(pipeline), "ASSAULT")
    assert (event.size.dead, event.size.injured, event.size.arrested) == (None, None, None)


def test_killing_and_injuring_fill_their_own_columns(pipeline: Pipeline) -> None:
    text = "The missile strike killed seven civilians and injured 16 others."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert (event.size.dead, event.size.injured) == (7, 16)


def test_sources_that_disagree_keep_the_conservative_count(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded outside a courthouse in the city on Friday. Police said seven "
        "people were killed, while a hospital doctor put the death toll at 19."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 7


def test_victims_and_attackers_are_both_counted(pipeline: Pipeline) -> None:
    text = (
        "Gunmen stormed a police post in the town on Monday. Four officers and two "
        "civilians were killed, and police shot dead three attackers, officials said."
    )
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert 9 in [e.size.dead for e in events]


def test_both_counts_two(pipeline: Pipeline) -> None:
    text = (
        "Two gunmen attacked a checkpoint in the city on Monday. Three guards were "
        "killed, and both attackers were killed, police said."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 5


def test_a_toll_from_a_weapon_described_by_a_relative_clause(pipeline: Pipeline) -> None:
    text = (
        "The death toll from a rocket that hit a market in the town on Sunday rose to "
        "eleven, medics said on Monday."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 11


def test_a_later_toll_sentence_sizes_the_attack(pipeline: Pipeline) -> None:
    text = (
        "A missile hit a shopping street in the city on Friday. By Saturday the death toll "
        "had reached 14, officials said."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 14


def test_a_death_toll_without_an_attack_makes_no_attack(pipeline: Pipeline) -> None:
    text = "The death toll from the floods rose to 40 on Monday, officials said."
    assert of_type(Layers(text).run(pipeline), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen killed five people at a cafe in the town before they were shot dead.",
        "Police shot dead three gunmen after they killed five people at a cafe in the town.",
    ],
)
def test_gunmen_shot_dead_add_to_their_victims(pipeline: Pipeline, text: str) -> None:
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert 8 in [e.size.dead for e in events]


def test_a_misparsed_number_killed_is_the_total_not_the_actor(pipeline: Pipeline) -> None:
    text = (
        "The ministry said on Friday the number of Ukrainians killed when soldiers opened "
        "fire on a crowd in Kharkiv on Thursday had risen to 112."
    )
    layers = Layers(text).actor("soldiers", RUS_MIL, "GROUP").place("Kharkiv", KHARKIV)
    layers.actor("Ukrainians", UKR, "NORP")
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert [a.size.dead for a in attacks] == [112]
    assert countries(attacks[0].actor) == {"RUS"}


def test_a_verb_with_an_object_counts_it_when_parsed_as_a_reduced_relative(
    pipeline: Pipeline,
) -> None:
    # the small parser reads "motorcycles killed ..." as "motorcycles [that were] killed"
    text = (
        "Fighters on motorcycles killed at least 81 people in an attack on the town on "
        "Tuesday, a local official said."
    )
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert [e.size.dead for e in events] == [81]


def test_a_part_parsed_as_a_second_object_is_not_added(pipeline: Pipeline) -> None:
    text = "A missile struck a block of flats, killing 23 people, among them four children."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 23


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        (
            "A car bomb exploded at a checkpoint on Tuesday. Seven people were killed and 15 "
            "wounded, officials said.",
            7,
            15,
        ),
        (
            "Militants attacked an army post on Monday. One soldier was killed and another "
            "wounded, the army said.",
            1,
            1,
        ),
    ],
)
def test_a_gapped_participle_counts_its_own_subject(
    pipeline: Pipeline, text: str, dead: int, injured: int
) -> None:
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert (event.size.dead, event.size.injured) == (dead, injured)


def test_a_toll_that_later_rose_updates_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a church in the town on Sunday, killing 12 people, officials said."
        "\n\nThe death toll later rose to 20, the state governor said."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 20


def test_a_toll_sentence_sizes_the_attack_the_next_sentence_tells(pipeline: Pipeline) -> None:
    text = (
        "The death toll from a gang attack on a town in the north rose to 115, officials "
        "said on Friday. Gunmen from the gang stormed the town before dawn on Thursday, "
        "shooting residents."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 115
    assert text[event.trigger.start : event.trigger.end] == "stormed"


def test_a_toll_is_not_given_to_a_separate_attack(pipeline: Pipeline) -> None:
    text = (
        "The death toll from a gang attack on a town in the north rose to 115, officials "
        "said on Friday. Separately, gunmen stormed a village in the south on Thursday."
    )
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert sorted((e.size.dead or 0) for e in events) == [0, 115]


def test_a_source_that_later_put_the_toll_lower_is_the_conservative_count(
    pipeline: Pipeline,
) -> None:
    text = (
        "A suicide bomber blew himself up in a mosque on Monday. Hospital officials said "
        "100 people had died, while the police chief later put the toll at 84."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 84


def test_a_claim_made_later_refers_back_to_the_attack(pipeline: Pipeline) -> None:
    text = (
        "The death toll from an attack by rebels on a church in the town rose to 43 on "
        "Tuesday. The fighters attacked worshippers during a vigil on Sunday, and the group "
        "later claimed the massacre."
    )
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 43


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rescuers pulled 12 bodies from the rubble of a building hit by a missile.", 12),
        (
            "Rescuers recovered 28 bodies from the ruins of a bakery in the town that was hit "
            "by rockets on Saturday, officials said.",
            28,
        ),
        ("Firefighters searched the ruins of a school hit by a missile on Monday.", None),
    ],
)
def test_bodies_recovered_from_a_place_an_attack_hit_are_its_dead(
    pipeline: Pipeline, text: str, dead: int | None
) -> None:
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == dead


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a hotel on Friday, killing nine people. Four of the attackers were killed.",
        "Gunmen stormed a hotel on Friday, killing nine people; the attackers, four of whom "
        "were killed, held out for hours.",
    ],
)
def test_attackers_counted_as_a_part_add_to_the_victims(pipeline: Pipeline, text: str) -> None:
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 13


def test_a_part_of_the_victims_is_not_an_attacker_count(pipeline: Pipeline) -> None:
    text = "Gunmen stormed a hotel on Friday. Four of the guests were killed."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 4


@pytest.mark.parametrize(
    "text",
    [
        "A rocket attack on a market in the city killed 10 people, the governor said, while "
        "prosecutors said the toll was eight.",
        "A rocket attack on a market in the city killed 10 people, the governor said, while "
        "prosecutors put the toll at eight.",
    ],
)
def test_a_second_source_on_the_reporting_verb_keeps_the_conservative_count(
    pipeline: Pipeline, text: str
) -> None:
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert event.size.dead == 8


def test_an_attack_that_left_people_dead_and_wounded(pipeline: Pipeline) -> None:
    text = "The attack on a police station on Monday left five officers dead and 12 wounded."
    [event] = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert (event.size.dead, event.size.injured) == (5, 12)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "A strike on a market in the city killed 16 people on Monday, raising the death "
            "toll from attacks this week to 40.",
            16,
        ),
        (
            "A drone strike hit a hospital in the city on Saturday, killing three more people "
            "and bringing the toll from this week's attacks to 40.",
            3,
        ),
    ],
)
def test_a_toll_over_several_attacks_is_not_the_attack_count(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    events = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert dead in [e.size.dead for e in events] and 40 not in [e.size.dead for e in events]


def test_a_participle_counts_only_the_conjuncts_before_it() -> None:
    # The small parser sometimes hangs "and 90 soldiers" on the first noun and both
    # participles on it too ("40 soldiers killed and 90 soldiers injured"): the dead are 40.
    import spacy
    from spacy.tokens import Doc

    from dateline.nlp.events_lexicon import EventLexicon
    from dateline.nlp.events_size import SizeReader
    from dateline.rules import load_rules

    words = ["at", "40", "soldiers", "killed", "and", "90", "soldiers", "injured"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 2, 0, 2, 3, 6, 2, 2],
        deps=["ROOT", "nummod", "pobj", "acl", "cc", "nummod", "conj", "acl"],
        pos=["ADP", "NUM", "NOUN", "VERB", "CCONJ", "NUM", "NOUN", "VERB"],
        tags=["IN", "CD", "NNS", "VBN", "CC", "CD", "NNS", "VBN"],
    )
    rules = EventLexicon.from_rules(
        load_rules("events"), load_rules("events_modality"), load_rules("events_size")
    ).size
    sizer = SizeReader(rules, frozenset())
    assert sizer.np_count(doc[2]) == 130
    assert sizer.np_count(doc[2], before=doc[3].i) == 40
