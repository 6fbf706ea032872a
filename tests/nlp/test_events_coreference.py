"""One event per real event: later mentions join the attack they refer to, unless marked.

Fixture texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Place, Timex
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import TEST, Layers, find, happened, of_type

DAY = dt.date(2025, 3, 10)
SATURDAY = dt.date(2025, 3, 8)
TOWN = Place("Mopti", 14.49, -4.19, 2453348, "MLI", "Mopti", "city")
OTHER = Place("Segou", 13.43, -6.26, 2451185, "MLI", "Segou", "city")

LEAD = "Gunmen attacked a market in Mopti on Saturday, killing nine people."


def _layers(text: str) -> Layers:
    layers = Layers(text, day=DAY).place("Mopti", TOWN)
    return layers.timex("Saturday", "2025-03-08", SATURDAY, SATURDAY)


def test_a_bare_clock_time_does_not_split_the_attack(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nThe attack began at 10:40 a.m., police said."
    layers = _layers(text)
    clock = find(text, "10:40 a.m.")
    layers.timexes.append(Timex(clock, "10:40 a.m.", "TIME", "2025-03-10T10:40", TEST, DAY, DAY))
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.date.value == "2025-03-08"
    assert attack.size.dead == 9


def test_a_marker_in_another_clause_does_not_split_the_attack(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nThe attack lasted an hour, said residents, who fled later."
    assert len(of_type(_layers(text).run(pipeline), "ASSAULT")) == 1


def test_another_attack_stays_apart(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nTwo people were killed in another attack in Segou."
    layers = _layers(text).place("Segou", OTHER)
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert len(attacks) == 2
    assert {a.size.dead for a in attacks} == {9, 2}


def test_an_opening_marker_sets_the_sentence_apart(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nSeparately, the attack on a convoy killed two soldiers."
    assert len(of_type(_layers(text).run(pipeline), "ASSAULT")) == 2


def test_a_repelled_attack_takes_the_repelling_day_and_place(pipeline: Pipeline) -> None:
    text = "Soldiers repelled an attack near Mopti on Saturday, officials said."
    [attack] = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert attack.date.value == "2025-03-08"
    assert attack.location is not None and attack.location.place.name == "Mopti"


def test_a_condemned_attack_does_not_take_the_condemning_day(pipeline: Pipeline) -> None:
    text = "Officials condemned the attack near Mopti on Saturday."
    for attack in of_type(_layers(text).run(pipeline), "ASSAULT"):
        assert attack.date.source == "publication"


def test_a_town_and_its_area_are_one_place(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nThe attack in central Mali also wounded five."
    area = Place("central Mali", 14.0, -4.0, None, "MLI", None, "region")
    layers = _layers(text).place("central Mali", area)
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.size.dead == 9 and attack.size.injured == 5


def test_places_in_two_countries_stay_two_attacks(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nThe attack in northern Niger also wounded five."
    area = Place("northern Niger", 17.0, 9.0, None, "NER", None, "region")
    layers = _layers(text).place("northern Niger", area)
    assert len(of_type(layers.run(pipeline), "ASSAULT")) == 2


def test_a_bare_clock_time_leaves_the_publication_date(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a market in Mopti at 10:40 a.m., police said."
    layers = Layers(text, day=DAY).place("Mopti", TOWN)
    clock = find(text, "10:40 a.m.")
    layers.timexes.append(Timex(clock, "10:40 a.m.", "TIME", "2025-03-10T10:40", TEST, DAY, DAY))
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    # the contract's publication date: no span, ACLED's week precision
    assert (attack.date.source, attack.date.span, attack.date.precision) == (
        "publication",
        None,
        "week",
    )


def test_attackers_named_only_by_a_definite_description_continue_the_attack(
    pipeline: Pipeline,
) -> None:
    text = LEAD + "\n\nThe fighters then set fire to the market and two houses."
    [attack] = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert attack.size.dead == 9
    assert "destroy" in attack.modes  # the arson's evidence and mode joined the attack
    assert len(attack.evidence) == 2


def test_a_definite_description_does_not_join_a_separate_attack(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nIn a separate attack, the fighters burned two houses in Segou."
    layers = _layers(text).place("Segou", OTHER)
    assert len(of_type(layers.run(pipeline), "ASSAULT")) == 2


def test_naming_an_attack_stages_nothing(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nThe president called the attack a deliberate strike on civilians."
    [attack] = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert all(p.name.casefold() != "president" for p in attack.actor)
    assert attack.size.dead == 9


def test_fighting_back_against_the_attackers_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "Suicide bombers rammed an explosive-laden truck into a base in Mopti on Saturday. "
        "Four soldiers were killed, and troops shot dead six attackers, the army said."
    )
    [attack] = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert attack.date.value == "2025-03-08"
    assert attack.size.dead == 10  # perpetrators count too (ACLED)
    assert all(p.name != "troops" for p in attack.actor)


def test_saying_what_the_attack_was_reports_no_new_attack(pipeline: Pipeline) -> None:
    text = LEAD + '\n\n"This was a deliberate strike on a market full of people," the mayor said.'
    [attack] = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert attack.size.dead == 9


def test_the_attackers_told_later_are_the_lead_attack(pipeline: Pipeline) -> None:
    # the lead dates only the report ("said on Monday"); the attackers' sentence the attack
    text = (
        "Gunmen killed nine people in a raid on Mopti, the government said on Monday.\n\n"
        "The attackers went from house to house late on Saturday, shooting the men they found."
    )
    layers = _layers(text).timex("Monday", "2025-03-10", DAY, DAY)
    [attack] = happened(tuple(of_type(layers.run(pipeline), "ASSAULT")))
    assert attack.date.value == "2025-03-08"
    assert attack.size.dead == 9


def test_fighting_does_not_continue_a_planned_attack(pipeline: Pipeline) -> None:
    text = (
        "A flat in Mopti was used as a depot ahead of a planned market bombing, police said. "
        "Three militants were killed in a firefight on Saturday night."
    )
    attacks = of_type(_layers(text).run(pipeline), "ASSAULT")
    assert any(not a.aux and a.size.dead == 3 for a in attacks)
