"""Rules of the events26 round: a town's "area", attackers shot dead by a verb the tagger
misreads as a noun, groups linked to a country or to the Islamic State ("IS"), and "the
Navy" right after another country's navy.

Sentences written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

from dateline.model import AnnotatedDocument
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import (
    actor_countries,
    annotate_text,
    main_attack,
    mentions_by_text,
    top_attack,
)

DAY = dt.date(2024, 6, 5)  # a Wednesday


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return annotate_text(pipeline, text, DAY)


# ---------------------------------------------------------------- "the X area" is town X
def test_a_towns_area_is_placed_at_the_town_not_its_state(pipeline: Pipeline) -> None:
    # the tagger reads "Funtua" as an organisation; "area" after it names the land around
    # the town, so the town (not the whole state named after it) locates the attack
    result = annotate(
        pipeline,
        "Gunmen raided a church during a Sunday service in a village in the Funtua area of "
        "Nigeria's Katsina state, killing nine worshippers, police said.",
    )
    town = mentions_by_text(result)["Funtua"]
    assert town.actor is None
    assert town.place is not None and town.place.feature == "city"
    where = top_attack(result).location
    assert where is not None and where.place.name == "Funtua"


def test_an_unknown_village_in_a_towns_area_is_placed_at_the_town(pipeline: Pipeline) -> None:
    # the village is in no gazetteer: the town whose area it lies in is the finest place
    result = annotate(
        pipeline,
        "Suspected Maoist rebels ambushed a police patrol near Bhendikhal, a hamlet in the "
        "Kurkheda area of India's Gadchiroli district, on Monday, killing four officers.",
    )
    where = top_attack(result).location
    assert where is not None and where.place.feature == "city"
    assert abs(where.place.lat - 20.6) < 0.1 and abs(where.place.lon - 80.2) < 0.1


def test_the_area_alone_names_no_group(pipeline: Pipeline) -> None:
    # "area" after a town's name is a place word: no group of people "of the area" is made
    result = annotate(
        pipeline,
        "Bandits stormed a market in the Funtua area on Tuesday and shot dead six traders.",
    )
    assert all(m.label != "GROUP" or "Funtua" not in m.text for m in result.annotations.entities)


# ---------------------------------------------------------------- "shot both attackers dead"
def test_attackers_shot_dead_by_a_misread_verb_add_to_the_toll(pipeline: Pipeline) -> None:
    # the tagger reads "a civilian shot" as a noun phrase; "shot" still takes "both
    # attackers" as its object, and ACLED counts the perpetrators' deaths too (4 + 2)
    result = annotate(
        pipeline,
        "Two gunmen opened fire on passengers at a tram stop in Haifa on Sunday, killing four "
        "before a reservist and a civilian shot both attackers dead, police said.",
    )
    assert top_attack(result).size.dead == 6


def test_the_misread_verb_counts_once_below_two_triggers(pipeline: Pipeline) -> None:
    # "stabbed" and "killing" both tell the attack: the two assailants are added once
    result = annotate(
        pipeline,
        "Two men stabbed shoppers at a mall in Beersheba on Friday, killing three before a "
        "guard and a civilian shot both assailants dead.",
    )
    assert top_attack(result).size.dead == 5


# ---------------------------------------------------------------- "-linked" to a country
def test_a_group_linked_to_a_country_is_coded_as_a_backed_one(pipeline: Pipeline) -> None:
    # a country's link, like its backing, does not make the group the country's: an armed
    # group of no country is coded by the place it attacks
    linked = main_attack(
        pipeline,
        "Iran-linked militias fired rockets at an airbase in western Iraq on Monday, "
        "wounding three contractors.",
        DAY,
    )
    backed = main_attack(
        pipeline,
        "Iran-backed militias fired rockets at an airbase in western Iraq on Monday, "
        "wounding three contractors.",
        DAY,
    )
    assert actor_countries(linked) == actor_countries(backed) == {"IRQ"}
    assert [p.sector for p in linked.actor] == ["PRM"]


def test_a_body_before_linked_still_gives_its_side(pipeline: Pipeline) -> None:
    # only a country's name is a mere link; a known body's stays the group's side
    attack = main_attack(
        pipeline,
        "Hezbollah-linked gunmen shot dead two guards near Quneitra in Syria on Monday.",
        DAY,
    )
    assert actor_countries(attack) == {"LBN"}


def test_is_before_linked_is_the_islamic_state_and_no_dateline(pipeline: Pipeline) -> None:
    # "IS" is the wire's short name of the Islamic State; "IS-linked" opening the text is one
    # hyphenated word, not a dateline "IS -" naming a Russian village called Is
    attack = main_attack(
        pipeline,
        "IS-linked fighters burned homes and killed seven farmers in Cabo Delgado province "
        "in Mozambique on Saturday.",
        DAY,
    )
    assert actor_countries(attack) == {"IMG"}


# ---------------------------------------------------------------- "the Navy" named just before
def test_a_capitalised_service_is_the_one_just_named(pipeline: Pipeline) -> None:
    # "the Navy" is the proper name of one country's service: the one the text has just
    # named (here Britain's), not the country of the place it attacks (Crimea is UKR)
    attack = main_attack(
        pipeline,
        "Moscow accuses the United Kingdom's Royal Navy of cutting an undersea cable in the "
        "North Sea in June. Russia's Defence Ministry says the Navy also carried out recent "
        "attacks on Russian Navy bases in Crimea.",
        DAY,
    )
    assert actor_countries(attack) == {"GBR"}
    navy = next(p for p in attack.actor if p.country == "GBR")
    assert navy.sector == "MIL"


def test_a_lower_case_force_keeps_its_caution(pipeline: Pipeline) -> None:
    # "the military" after another side's forces may be either side's: it takes no country
    # from them (the rule is for a service's proper name only)
    result = annotate(
        pipeline,
        "Russian forces shelled Kharkiv on Monday. The military said two people were killed.",
    )
    military = mentions_by_text(result)["military"]
    assert military.actor is None or military.actor.country != "RUS"


def test_a_capitalised_seat_is_no_service(pipeline: Pipeline) -> None:
    # "the Kremlin" is one word after "the" too, but no force: it stays Russia's government
    # however many officials of another country the sentence names before it
    result = annotate(
        pipeline,
        "Italian Prime Minister Giorgia Meloni said European governments were ready to "
        "negotiate a ceasefire with the Kremlin.",
    )
    kremlin = mentions_by_text(result)["Kremlin"]
    assert kremlin.actor is not None and kremlin.actor.country == "RUS"


# ---------------------------------------------------------------- "..., killing 19 people"
def test_a_toll_hung_above_a_relative_clause_counts_for_its_attack(pipeline: Pipeline) -> None:
    # the parser hangs "killing" on "was" of "it was behind", not on "struck"
    result = annotate(
        pipeline,
        "A separatist militant group said on Friday it was behind the car bomb that struck a "
        "convoy of army trucks in the heart of the Turkish capital on Wednesday, killing 19 "
        "people, most of them soldiers.",
    )
    assert top_attack(result).size.dead == 19


def test_a_toll_read_as_the_reporters_subject_still_counts(pipeline: Pipeline) -> None:
    # the parser makes "17 traders" a subject of "said", joined to the witnesses and the
    # chief who report it: the participle's object is counted, its reporters are not
    result = annotate(
        pipeline,
        "Soldiers raided a market in Kala in northern Cameroon on Tuesday, killing at least 17 "
        "traders, witnesses and a local chief said on Wednesday.",
    )
    assert top_attack(result).size.dead == 17


# ---------------------------------------------------------------- a town inside the area
def test_a_later_mentions_town_inside_the_area_places_the_attack(pipeline: Pipeline) -> None:
    # the lead names only the state; the group's claim tells the same raids "around" a town
    # of that state, which is where they happened
    result = annotate(
        pipeline,
        "LASHIO, Aug 26 - Ethnic rebels attacked about 20 police posts in Myanmar's northern "
        "Shan state before dawn on Friday, killing 9 officers, the government said. The "
        "Ta'ang National Liberation Army said on Twitter that its fighters had carried out "
        "the raids around Kutkai to defend villagers from army abuses.",
    )
    where = top_attack(result).location
    assert where is not None and where.place.name == "Kutkai"
