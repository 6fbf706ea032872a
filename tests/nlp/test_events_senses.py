"""Trigger senses and roles that keep figurative, natural and accidental uses out of the count.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.model import Actor, Event, Place
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import RUS, UKR, Layers, countries, of_type

ISR = Actor("ISR", "Israel", "ISR", "GOV")
BORNO = Place("Borno", 11.8, 13.1, None, "NGA", None, "admin1")
MILITANTS = Actor("g:REB", "militants", None, "REB")
GUNMEN = Actor("g:UAF", "Gunmen", None, "UAF")
POL = Actor("POL", "Poland", "POL", "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "Opposition lawmakers attacked the inquiry and called it a sham.",
        "The senator attacked the investigation as a partisan exercise.",
        "The president attacked the proclamation of the region as foreign territory.",
    ],
)
def test_attacking_an_inquiry_is_an_accusation(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert of_type(events, "ASSAULT") == []
    assert len(of_type(events, "ACCUSE")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A powerful earthquake struck the southern coast on Wednesday, killing five people.",
        "Lightning struck a church in the village, killing two worshippers.",
        "The storm destroyed hundreds of houses along the river.",
        "Floods killed seven soldiers at a camp near the border.",
        "A teenager was struck by a car on the wrong side of the road.",
        "Aftershocks of the earthquake that struck on Wednesday raised the death toll to six.",
        "Water bombing by aircraft was ruled out to protect the old cathedral.",
        "She was the subject of a heavily publicized custody battle.",
        "A military helicopter crashed in the north on Tuesday, killing all five soldiers.",
        "An airliner crashed shortly after take-off, killing all 120 people on board.",
        "Eleven soldiers died when their transport plane crashed in the mountains.",
        "A ferry capsized on the river, killing at least 40 passengers.",
        "The plane crashed near the runway on landing and struck a hangar at the airport.",
        "A cyclist was struck by a Volvo driving on the wrong side of the road.",
    ],
)
def test_natural_and_accidental_harm_is_no_assault(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "An army truck struck a landmine near the village, killing three soldiers.",
        "Rockets struck a fuel depot on the edge of the city overnight.",
        "Militants set fire to a school and destroyed two houses in the village.",
        "A Russian drone crashed into an apartment block on Tuesday, killing two people.",
        "Warplanes bombed the market on Monday, killing 12 people.",
    ],
)
def test_weapons_still_make_an_assault(pipeline: Pipeline, text: str) -> None:
    assert len(of_type(Layers(text).run(pipeline), "ASSAULT")) >= 1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police seized assault rifles and ammunition at the house.", "assault"),
        ("The navy ordered new attack submarines from the shipyard.", "attack"),
        ("An invasion force of 40,000 troops gathered at the border.", "invasion"),
    ],
)
def test_a_trigger_naming_a_kind_of_thing_is_no_event(
    pipeline: Pipeline, text: str, word: str
) -> None:
    events = Layers(text).run(pipeline)
    assert all(text[e.trigger.start : e.trigger.end] != word for e in events)


def _by_trigger(events: tuple[Event, ...], text: str, word: str) -> list[Event]:
    return [e for e in events if text[e.trigger.start : e.trigger.end] == word]


def test_the_possessor_of_a_killing_is_its_victim(pipeline: Pipeline) -> None:
    text = "Crowds in Kyiv mourned the Ukrainian journalist's killing on Sunday."
    layers = Layers(text).actor("Ukrainian", UKR, "NORP")
    [killing] = _by_trigger(layers.run(pipeline), text, "killing")
    assert countries(killing.actor) == set()
    assert countries(killing.recipient) == {"UKR"}


def test_with_an_of_phrase_the_possessor_is_the_killer(pipeline: Pipeline) -> None:
    text = "Israel's killing of three militants drew protests."
    layers = Layers(text).actor("Israel", ISR)
    [killing] = _by_trigger(layers.run(pipeline), text, "killing")
    assert countries(killing.actor) == {"ISR"}


def test_an_active_participle_acts_for_the_noun_it_modifies(pipeline: Pipeline) -> None:
    text = "Belgrade warned its citizens not to join Russian forces invading Ukraine."
    layers = Layers(text).actor("Russian", RUS, "NORP").actor("Ukraine", UKR)
    [invading] = _by_trigger(layers.run(pipeline), text, "invading")
    assert countries(invading.actor) == {"RUS"}
    assert countries(invading.recipient) == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "The ruling demonstrated a shocking ignorance of the technology.",
        "No drug has been demonstrated suitable for treating the disease.",
        "Many saw the result as a protest vote against the government.",
        "Police arrived at the scene within minutes.",
        "The survey team deployed a camera to film the wreck.",
    ],
)
def test_showing_voting_and_arriving_are_no_protest_or_mobilization(
    pipeline: Pipeline, text: str
) -> None:
    events = Layers(text).run(pipeline)
    assert of_type(events, "PROTEST") == [] and of_type(events, "MOBILIZE") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of students demonstrated outside parliament on Friday.", "PROTEST"),
        ("The troops will deploy near the border next week.", "MOBILIZE"),
        ("Peacekeepers arrived in the town on Monday.", "MOBILIZE"),
    ],
)
def test_protests_and_deployments_still_count(pipeline: Pipeline, text: str, kind: str) -> None:
    assert len(of_type(Layers(text).run(pipeline), kind)) == 1


def test_an_armed_group_known_by_kind_is_of_the_place(pipeline: Pipeline) -> None:
    text = "Militants ambushed a convoy in Borno on Sunday."
    layers = Layers(text).actor("Militants", MILITANTS, "GROUP").place("Borno", BORNO)
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"NGA"}
    assert [p.sector for p in attack.actor] == ["REB"]  # still the group, not "unidentified"


def test_gunmen_named_as_the_means_get_an_unidentified_actor(pipeline: Pipeline) -> None:
    text = "Gunmen killed a village chief in Borno on Sunday."
    layers = Layers(text).actor("Gunmen", GUNMEN, "GROUP").place("Borno", BORNO)
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"NGA"}


def test_a_named_group_keeps_its_own_side(pipeline: Pipeline) -> None:
    text = "Russian troops shelled a village in Borno on Sunday."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Borno", BORNO)
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "The travelator allows passengers to transfer between the two lines.",
        "One of the classes allowed attendees to make pottery.",
    ],
)
def test_letting_is_a_concession_only_by_a_side(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "CONCEDE") == []


def test_a_government_letting_the_opposition_rally_concedes(pipeline: Pipeline) -> None:
    text = "Ukraine allowed the opposition to hold a rally in the capital."
    [concede] = of_type(Layers(text).actor("Ukraine", UKR).run(pipeline), "CONCEDE")
    assert countries(concede.actor) == {"UKR"}


@pytest.mark.parametrize(
    ("words", "sector"), [("The Supreme Court", "JUD"), ("The parliament", "LEG")]
)
def test_a_state_organ_letting_someone_act_concedes(
    pipeline: Pipeline, words: str, sector: str
) -> None:
    # A court or a parliament is the state's side as much as its government is.
    text = f"{words} allowed the opposition candidate to run in the election."
    organ = Actor(f"c:UKR/{sector}", "Ukraine", "UKR", sector)
    [concede] = of_type(Layers(text).actor(words, organ, "ORG").run(pipeline), "CONCEDE")
    assert countries(concede.actor) == {"UKR"}


def test_a_business_letting_someone_act_concedes_nothing(pipeline: Pipeline) -> None:
    text = "The company allowed its staff to work from home."
    firm = Actor("c:UKR/BUS", "Ukraine", "UKR", "BUS")
    assert of_type(Layers(text).actor("The company", firm, "ORG").run(pipeline), "CONCEDE") == []


@pytest.mark.parametrize(
    "text",
    [
        "A grain freighter travelling to Izmail struck a drifting mine overnight.",
        "An aid convoy travelling to the border came under fire on Monday.",
    ],
)
def test_a_craft_travelling_somewhere_visits_nobody(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "CONSULT") == []


def test_a_leader_travelling_to_a_capital_visits_it(pipeline: Pipeline) -> None:
    text = "The Polish president will travel to Vilnius on Friday."
    assert of_type(Layers(text).run(pipeline), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Security cameras captured their arrival at the building shortly after midnight.",
        "The cargo plane overran the runway in heavy rain.",
        "Engineers replaced the angle of attack sensor on the jet.",
        "The vehicle could serve assault or transport purposes, the maker said.",
        "A cyclone with wind speeds of 200 km/h that struck the coast left thousands homeless.",
    ],
)
def test_non_attacks_that_look_like_attacks(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "ASSAULT") == []


def test_hacking_people_to_death_is_a_killing(pipeline: Pipeline) -> None:
    events = Layers("Raiders hacked nine farmers to death with machetes.").run(pipeline)
    (attack,) = of_type(events, "ASSAULT")
    assert attack.size.dead == 9
    assert (
        of_type(Layers("Hackers hacked the ministry's email servers.").run(pipeline), "ASSAULT")
        == []
    )


def test_a_munition_crashing_into_a_target_strikes_it(pipeline: Pipeline) -> None:
    struck = Layers("Two drones crashed into a fuel depot outside the city overnight.")
    assert of_type(struck.run(pipeline), "ASSAULT")
    mishap = Layers("A small plane crashed into a house in the suburbs, killing the pilot.")
    assert of_type(mishap.run(pipeline), "ASSAULT") == []


def test_battling_an_armed_side_is_fighting_and_battling_a_fire_is_not(
    pipeline: Pipeline,
) -> None:
    assert of_type(
        Layers("Government troops battled with rebel fighters overnight.").run(pipeline), "ASSAULT"
    )
    assert (
        of_type(Layers("Firefighters battled a wildfire near the town.").run(pipeline), "ASSAULT")
        == []
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Government troops continued to press their offensive near the river.", "ASSAULT"),
        ("The envoy pressed the rebels to accept the truce.", "REQUEST"),
        ("Farmers pressed for lower fuel prices.", "REQUEST"),
    ],
)
def test_pressing_an_offensive_is_fighting_and_pressing_someone_a_demand(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = Layers(text).run(pipeline)
    assert [e.type for e in events] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the threat of escalation was now greater than ever.",
        "The country faces an existential threat, the president said.",
        "Troops are authorized to defend the country from threats.",
        "The regulator banned channels that threaten the territorial integrity of a state.",
        "Heavy rains threaten the harvest in the south.",
    ],
)
def test_a_danger_is_no_threat_made(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "THREATEN") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's threats against Kyiv have grown louder.",
        "The minister condemned threats to target the capital.",
        "Iran issued a threat against shipping in the Gulf.",
        "The Kremlin threatened Lithuania with retaliation.",
    ],
)
def test_a_threat_someone_makes_is_a_threat(pipeline: Pipeline, text: str) -> None:
    assert len(of_type(Layers(text).run(pipeline), "THREATEN")) == 1


def test_who_receives_aid_is_its_recipient_and_who_sends_it_the_actor(
    pipeline: Pipeline,
) -> None:
    text = "Ukraine received a shipment of artillery shells from Poland on Monday."
    events = Layers(text).actor("Ukraine", UKR).actor("Poland", POL).run(pipeline)
    aid = of_type(events, "AID")
    assert len(aid) == 1
    assert countries(aid[0].actor) == {"POL"}
    assert countries(aid[0].recipient) == {"UKR"}


def test_what_is_sent_is_the_direct_object_not_the_one_sent_to(pipeline: Pipeline) -> None:
    text = "The organisers had sent the police a plan for the march."
    assert of_type(Layers(text).run(pipeline), "MOBILIZE") == []


def test_a_country_sent_something_is_its_recipient(pipeline: Pipeline) -> None:
    text = "Poland sent Ukraine new air defence systems."
    events = Layers(text).actor("Poland", POL).actor("Ukraine", UKR).run(pipeline)
    aid = of_type(events, "AID")
    assert len(aid) == 1 and countries(aid[0].recipient) == {"UKR"}


@pytest.mark.parametrize("text", ["Over 40,000 chicks have been banded at the colony."])
def test_a_word_is_not_read_as_a_shorter_verb_it_merely_starts_with(
    pipeline: Pipeline, text: str
) -> None:
    assert Layers(text).run(pipeline) == ()


def test_a_blast_that_hits_a_hospital_is_an_attack(pipeline: Pipeline) -> None:
    text = "Dozens of people were killed when a blast hit a hospital in the city on Tuesday."
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert len(attacks) == 1 and attacks[0].size is not None and attacks[0].size.dead == 12


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion hit an apartment block on Tuesday, killing three residents.",
        "An explosion at a chemical plant killed 12 workers.",
        "A boiler blast killed two people at the school.",
    ],
)
def test_an_accidental_explosion_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "ASSAULT") == []


def test_missiles_fired_into_the_sea_are_a_show_of_force(pipeline: Pipeline) -> None:
    text = "The North fired two ballistic missiles into the sea off its east coast on Monday."
    events = Layers(text).run(pipeline)
    assert of_type(events, "ASSAULT") == [] and len(of_type(events, "MOBILIZE")) == 1


def test_missiles_fired_at_a_ship_at_sea_are_an_attack(pipeline: Pipeline) -> None:
    text = "Rebels fired two missiles at a tanker in the Red Sea on Monday."
    assert len(of_type(Layers(text).run(pipeline), "ASSAULT")) == 1


def test_sanctions_over_a_war_are_not_placed_in_it(pipeline: Pipeline) -> None:
    text = "The bloc imposed sanctions on 200 people over Russia's war in Ukraine on Friday."
    sanctions = of_type(Layers(text).run(pipeline), "SANCTION")
    assert sanctions and sanctions[0].location is None


@pytest.mark.parametrize(
    "text",
    [
        "The government rarely comments on individual strikes across the border.",
        "Militants typically ambush convoys on this road.",
        "Rebels usually attack army posts at night.",
    ],
)
def test_a_habit_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert Layers(text).run(pipeline) == ()


def test_repeated_shelling_on_a_day_is_an_event(pipeline: Pipeline) -> None:
    text = "Government forces repeatedly shelled the town on Monday, killing two."
    assert len(of_type(Layers(text).run(pipeline), "ASSAULT")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Poland sent 300 peacekeepers to Lebanon last week.",
        "Poland deployed a peacekeeping battalion to Lebanon.",
        "The deployment of Polish peacekeepers to Lebanon began on Monday.",
    ],
)
def test_peacekeepers_sent_abroad_are_aid_in_personnel(pipeline: Pipeline, text: str) -> None:
    # PLOVER AID: "provide military and police assistance including arms and personnel"
    layers = Layers(text)
    for words in ("Poland", "Polish"):
        if words in text:
            layers.actor(words, POL, "GPE" if words == "Poland" else "NORP")
    events = layers.run(pipeline)
    (aid,) = of_type(events, "AID")
    assert countries(aid.actor) == {"POL"}
    assert not of_type(events, "MOBILIZE")


def test_troops_that_keep_no_peace_are_still_mobilized(pipeline: Pipeline) -> None:
    text = "Poland deployed 300 troops to its border with Belarus."
    events = Layers(text).actor("Poland", POL).run(pipeline)
    assert len(of_type(events, "MOBILIZE")) == 1
    assert not of_type(events, "AID")
