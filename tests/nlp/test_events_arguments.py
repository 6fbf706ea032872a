"""Event arguments: whom a demand is made of, residents coded where they act, affiliations,
reported possessives, places' authorities, a place's country as recipient, dates that are
no participants, counts of attempted and partial casualties, reported dates as bounds.

Fixture sentences are written for these tests (reporting events in our own words).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Actor, Mention, Place
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import (
    BELGOROD,
    KHARKIV,
    ODESA,
    POL,
    RUS,
    TEST,
    Layers,
    countries,
    find,
    of_type,
)

CHN = Actor("CHN", "China", "CHN", "GOV")
USA = Actor("USA", "United States", "USA", "GOV")
ALB = Actor("c:ALB", "Albania", "ALB", None)
PSE_REB = Actor("o:hamas", "Hamas", "PSE", "REB")
GUNMEN = Actor("g:UAF", "gunmen", None, "UAF")
POLES = Actor("c:POL", "Poland", None, None)  # a minority: no country of its own
LTU_STATE = Actor("c:LTU", "Lithuania", "LTU", None)
NOWAK = Actor("local:anna-nowak", "Anna Nowak", None, None)  # a person of no known side
POL_GOV = Actor("c:POL/GOV", "Poland (GOV)", "POL", "GOV")
RIGHTS_GROUP = Actor("g:NGO", "rights group", None, "NGO")
SERBIA = Place("Serbia", 44.0, 21.0, 6290252, "SRB", None, "country")
ISTANBUL = Place("Istanbul", 41.01, 28.95, 745044, "TUR", "Istanbul", "city")
MOUNDOU = Place("Moundou", 8.57, 16.08, 2427455, "TCD", None, "city")


def test_the_subject_of_a_demanded_clause_is_the_recipient(pipeline: Pipeline) -> None:
    text = "China demanded that the United States cancel the arms sale."
    layers = Layers(text).actor("China", CHN).actor("the United States", USA)
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"CHN"}
    assert countries(request.recipient) == {"USA"}


def test_protesters_are_coded_by_the_country_where_they_act(pipeline: Pipeline) -> None:
    text = "Protesters blocked the main road in Kharkiv on Tuesday."
    layers = Layers(text).place("Kharkiv", KHARKIV)
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert countries(protest.actor) == {"UKR"}
    assert text[protest.actor[0].span.start : protest.actor[0].span.end] == "Protesters"


def test_gunmen_are_the_attackers_not_an_instrument(pipeline: Pipeline) -> None:
    # "gunmen" is also in the weapon list (it gives the attack its firearms mode); as the
    # subject it is the armed group, coded by the place, with its own words as evidence.
    text = "On Sunday, gunmen killed nine people in Kharkiv."
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("gunmen", GUNMEN)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"UKR"}
    assert [text[p.span.start : p.span.end] for p in attack.actor] == ["gunmen"]
    assert "firearms" in attack.modes


def test_protesters_nowhere_named_are_of_the_state_they_protest_to(pipeline: Pipeline) -> None:
    # CAMEO codes a domestic protest by the country whose authorities it targets
    text = "Ethnic Poles rallied on Friday against Lithuania's new language law."
    layers = Layers(text).actor("Poles", POLES, "NORP").actor("Lithuania", LTU_STATE)
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert countries(protest.actor) == {"LTU"}


def test_a_protest_at_a_foreign_firm_says_nothing_of_the_protesters(pipeline: Pipeline) -> None:
    text = "Ethnic Poles protested against a Lithuanian newspaper's cartoons."
    layers = Layers(text).actor("Poles", POLES, "NORP").actor("Lithuanian", LTU_STATE, "NORP")
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert not countries(protest.actor)


def test_an_inquiry_into_a_states_officials_by_someone_of_no_side_is_that_states(
    pipeline: Pipeline,
) -> None:
    text = "Judge Anna Nowak opened an inquiry into five Polish government ministers."
    layers = Layers(text).actor("Anna Nowak", NOWAK, "PERSON")
    layers.actor("Polish government ministers", POL_GOV, "ORG")
    (inquiry,) = of_type(layers.run(pipeline), "ACCUSE")
    assert countries(inquiry.actor) == {"POL"}


def test_an_inquiry_by_a_rights_group_says_nothing_of_its_side(pipeline: Pipeline) -> None:
    text = "A rights group opened an inquiry into five Polish government ministers."
    layers = Layers(text).actor("rights group", RIGHTS_GROUP, "ORG")
    layers.actor("Polish government ministers", POL_GOV, "ORG")
    (inquiry,) = of_type(layers.run(pipeline), "ACCUSE")
    assert not countries(inquiry.actor)


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner died under torture in Russian police custody.",
        "An activist was beaten to death in the custody of Russian police.",
    ],
)
def test_whoever_holds_a_victim_in_custody_attacked_him(pipeline: Pipeline, text: str) -> None:
    layers = Layers(text).actor("Russian", RUS, "NORP")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}


def test_a_death_in_custody_alone_is_no_attack(pipeline: Pipeline) -> None:
    text = "An activist died in Russian police custody on Monday."
    layers = Layers(text).actor("Russian", RUS, "NORP")
    assert not of_type(layers.run(pipeline), "ASSAULT")


def test_an_armed_group_known_by_kind_takes_the_country_where_it_attacks(
    pipeline: Pipeline,
) -> None:
    # CAMEO and ACLED code unidentified gunmen by the country where they act.
    text = "Gunmen attacked a convoy near Kharkiv."
    layers = Layers(text).actor("Gunmen", GUNMEN, "GROUP").place("Kharkiv", KHARKIV)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"UKR"}


def test_an_ethnic_minority_is_coded_where_it_lives(pipeline: Pipeline) -> None:
    text = "Ethnic Albanians in Serbia demanded autonomy."
    layers = Layers(text).actor("Albanians", ALB, "NORP").place("Serbia", SERBIA)
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"SRB"}


def test_an_ethnic_minority_without_a_residence_has_no_country(pipeline: Pipeline) -> None:
    text = "Ethnic Albanians demanded autonomy."
    layers = Layers(text).actor("Albanians", ALB, "NORP")
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == set()


def test_a_group_loyal_to_a_side_is_that_side(pipeline: Pipeline) -> None:
    text = "Militants loyal to Hamas attacked a checkpoint."
    layers = Layers(text).actor("Hamas", PSE_REB, "ORG")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"PSE"}


def test_a_group_suspected_of_belonging_to_a_side_is_that_side(pipeline: Pipeline) -> None:
    text = "Gunmen suspected of belonging to Hamas attacked a checkpoint."
    layers = Layers(text).actor("Hamas", PSE_REB, "ORG")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"PSE"}


def test_a_reported_possessive_is_the_reporting_subject(pipeline: Pipeline) -> None:
    text = "Russia said on Tuesday its forces had completed their withdrawal from the town."
    layers = Layers(text).actor("Russia", RUS)
    (retreat,) = of_type(layers.run(pipeline), "RETREAT")
    assert countries(retreat.actor) == {"RUS"}


def test_the_authorities_of_a_place_belong_to_its_country(pipeline: Pipeline) -> None:
    text = "The administration of Kharkiv imposed a curfew."
    layers = Layers(text).place("Kharkiv", KHARKIV)
    (curfew,) = of_type(layers.run(pipeline), "COERCE")
    assert countries(curfew.actor) == {"UKR"}


def test_a_place_of_one_sides_action_is_the_recipient_but_a_venue_is_not(
    pipeline: Pipeline,
) -> None:
    text = "Russia lifted the curfew in Kharkiv."
    layers = Layers(text).actor("Russia", RUS).place("Kharkiv", KHARKIV)
    (eased,) = of_type(layers.run(pipeline), "CONCEDE")
    assert countries(eased.recipient) == {"UKR"}
    talks = "Russia held talks in Istanbul."
    layers = Layers(talks).actor("Russia", RUS).place("Istanbul", ISTANBUL)
    (meeting,) = of_type(layers.run(pipeline), "CONSULT")
    assert countries(meeting.recipient) == set()


def test_a_date_named_like_a_town_is_neither_place_nor_participant(pipeline: Pipeline) -> None:
    text = "Russian drones struck Odesa on Monday."
    day = dt.date(2025, 3, 10)
    layers = (
        Layers(text, day)
        .actor("Russian", RUS, "NORP")
        .place("Odesa", ODESA)
        .place("Monday", MOUNDOU)
        .timex("Monday", "2025-03-10", day, day)
    )
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.location is not None and attack.location.place.name == "Odesa"
    assert all(p.name != "Moundou" for p in (*attack.actor, *attack.recipient))


def test_an_attempted_killing_is_an_attack_with_no_count(pipeline: Pipeline) -> None:
    text = "Gunmen attempted to assassinate the mayor."
    layers = Layers(text).actor("Gunmen", GUNMEN, "GROUP")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.size.dead is None


def test_a_total_that_has_risen_is_the_count(pipeline: Pipeline) -> None:
    text = "The number of people killed by a Russian missile strike in Odesa has risen to 13."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Odesa", ODESA)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.size.dead == 13


def test_a_part_named_after_among_them_is_not_added(pipeline: Pipeline) -> None:
    text = "Russian strikes on Kharkiv killed 20 people, among them five children."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Kharkiv", KHARKIV)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.size.dead == 20


def test_a_reported_day_bounds_the_casualties_it_reports(pipeline: Pipeline) -> None:
    text = (
        "Russian missiles struck Odesa on Friday. Twelve people were killed, the governor "
        "said on Saturday."
    )
    day = dt.date(2025, 3, 9)
    friday, saturday = dt.date(2025, 3, 7), dt.date(2025, 3, 8)
    layers = (
        Layers(text, day)
        .actor("Russian", RUS, "NORP")
        .place("Odesa", ODESA)
        .timex("Friday", "2025-03-07", friday, friday)
        .timex("Saturday", "2025-03-08", saturday, saturday)
    )
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.date.value == "2025-03-07"
    assert attack.size.dead == 12


def test_an_attack_noun_subject_carries_the_place(pipeline: Pipeline) -> None:
    text = "Ukrainian shelling of the city of Belgorod killed two people."
    ukr = Actor("c:UKR", "Ukraine", "UKR", None)
    layers = Layers(text).actor("Ukrainian", ukr, "NORP").place("Belgorod", BELGOROD)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.location is not None and attack.location.place.name == "Belgorod"
    assert countries(attack.actor) == {"UKR"}


def test_weapons_slamming_into_a_building_attack_it(pipeline: Pipeline) -> None:
    text = "Russian missiles slammed into a hospital in Kharkiv."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Kharkiv", KHARKIV)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}
    critic = "The minister slammed the decision."
    assert not of_type(Layers(critic).run(pipeline), "ASSAULT")


NGA_REB = Actor("o:boko-haram", "Boko Haram", "NGA", "REB")


def test_an_unnamed_bomber_is_an_unidentified_actor_of_the_place(pipeline: Pipeline) -> None:
    text = "A car bomb exploded in a market in Moundou on Friday, killing six people."
    layers = Layers(text).place("Moundou", MOUNDOU)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert [(p.country, p.sector) for p in attack.actor] == [("TCD", "UNK")]


def test_a_missile_strike_gets_no_actor_from_its_target(pipeline: Pipeline) -> None:
    text = "Missiles struck Kharkiv overnight, killing three people."
    layers = Layers(text).place("Kharkiv", KHARKIV)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == set()


def test_a_group_claiming_the_attack_replaces_the_unidentified_actor(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded in a market in Moundou on Friday, killing six people. "
        "Boko Haram said it carried out the attack."
    )
    layers = Layers(text).place("Moundou", MOUNDOU).actor("Boko Haram", NGA_REB, "ORG")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert [(p.country, p.sector) for p in attack.actor] == [("NGA", "REB")]
    assert attack.location is not None and attack.location.place.name == "Moundou"


def test_a_rejected_call_is_made_by_the_recipient(pipeline: Pipeline) -> None:
    text = "China rejected calls by the United States for new talks."
    layers = Layers(text).actor("China", CHN).actor("the United States", USA)
    (reject,) = of_type(layers.run(pipeline), "REJECT")
    assert countries(reject.actor) == {"CHN"}
    assert countries(reject.recipient) == {"USA"}


def test_a_country_possessing_a_demand_is_its_maker(pipeline: Pipeline) -> None:
    text = "China rejected Serbia's demand for compensation."
    layers = Layers(text).actor("China", CHN).place("Serbia", SERBIA)
    (reject,) = of_type(layers.run(pipeline), "REJECT")
    assert countries(reject.recipient) == {"SRB"}


def test_a_promise_is_made_to_whom_the_promised_action_is_for(pipeline: Pipeline) -> None:
    text = "China promised to send food aid to Serbia."
    layers = Layers(text).actor("China", CHN).place("Serbia", SERBIA)
    (agree,) = of_type(layers.run(pipeline), "AGREE")
    assert countries(agree.actor) == {"CHN"}
    assert countries(agree.recipient) == {"SRB"}


def test_a_refusal_is_aimed_at_the_object_of_the_refused_action(pipeline: Pipeline) -> None:
    text = "China refused to condemn the United States."
    layers = Layers(text).actor("China", CHN).actor("the United States", USA)
    (reject,) = of_type(layers.run(pipeline), "REJECT")
    assert countries(reject.recipient) == {"USA"}


def test_a_group_based_in_a_place_is_of_its_country(pipeline: Pipeline) -> None:
    text = "A militia based in Istanbul attacked a convoy."
    layers = Layers(text).place("Istanbul", ISTANBUL)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"TUR"}


def test_an_ethnic_minority_group_operating_in_a_country_is_coded_there(
    pipeline: Pipeline,
) -> None:
    text = "Ethnic Albanian guerrillas operating in Serbia attacked a police station."
    layers = (
        Layers(text)
        .actor("Ethnic Albanian guerrillas", Actor("c:ALB/REB", "Albania", "ALB", "REB"), "GROUP")
        .place("Serbia", SERBIA)
    )
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"SRB"}


def test_an_apposition_says_whom_a_person_acts_for(pipeline: Pipeline) -> None:
    text = "Wang Lei, the UN envoy, demanded a ceasefire."
    layers = (
        Layers(text)
        .actor("Wang Lei", Actor("local:wang-lei", "Wang Lei"), "PERSON")
        .actor("UN", Actor("o:un", "United Nations", "UNO", "GOV"), "ORG")
    )
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert [(p.name, p.country) for p in request.actor] == [("Wang Lei", "UNO")]


def test_an_investigation_into_abuses_targets_who_committed_them(pipeline: Pipeline) -> None:
    text = "China opened an investigation into abuses by the United States."
    layers = Layers(text).actor("China", CHN).actor("the United States", USA)
    (accuse,) = of_type(layers.run(pipeline), "ACCUSE")
    assert countries(accuse.actor) == {"CHN"}
    assert countries(accuse.recipient) == {"USA"}


def test_an_attack_in_another_country_targets_that_country(pipeline: Pipeline) -> None:
    text = "Russian tanks fired shells at targets in Kharkiv."
    layers = Layers(text).actor("Russian", RUS, "NORP").place("Kharkiv", KHARKIV)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}
    assert countries(attack.recipient) == {"UKR"}


def test_a_participle_with_an_object_is_the_clause_verb_not_a_passive(
    pipeline: Pipeline,
) -> None:
    # The small model reads "killed" as a reduced relative on "motorcycles".
    text = "Boko Haram fighters on motorcycles killed at least 81 people in an attack on Mafa."
    boko = Actor("o:boko-haram", "Boko Haram", "NGA", "REB")
    [attack] = of_type(Layers(text).actor("Boko Haram", boko, "ORG").run(pipeline), "ASSAULT")
    assert [p.country for p in attack.actor] == ["NGA"]
    assert attack.size.dead == 81


def test_each_nationality_coordinated_before_a_group_noun_is_a_side(pipeline: Pipeline) -> None:
    # One mention names the group; "British" is a second side with the group's sector.
    text = "US and British activists protested outside the embassy on Monday."
    usa_cvl = Actor("c:USA/CVL", "United States (CVL)", "USA", "CVL")
    layers = Layers(text).actor("US and British activists", usa_cvl, "GROUP")
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert countries(protest.actor) == {"USA", "GBR"}
    british = next(p for p in protest.actor if p.country == "GBR")
    assert text[british.span.start : british.span.end] == "British"
    assert british.sector == "CVL"


def test_coordinated_demonyms_before_a_plain_noun_both_act(pipeline: Pipeline) -> None:
    text = "Russian and Chinese leaders signed a pact."
    chn = Actor("c:CHN", "China", "CHN", None)
    layers = Layers(text).actor("Russian", RUS, "NORP").actor("Chinese", chn, "NORP")
    (event,) = of_type(layers.run(pipeline), "SUPPORT")
    assert countries(event.actor) == {"RUS", "CHN"}


def test_one_nationality_before_a_group_noun_is_one_side(pipeline: Pipeline) -> None:
    text = "British activists protested outside the embassy on Monday."
    gbr_cvl = Actor("c:GBR/CVL", "United Kingdom (CVL)", "GBR", "CVL")
    layers = Layers(text).actor("British activists", gbr_cvl, "GROUP")
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert countries(protest.actor) == {"GBR"}
    assert len(protest.actor) == 1


def test_fighting_between_two_sides_has_both_as_actors(pipeline: Pipeline) -> None:
    text = "Fighting between separatists and Ukrainian troops killed 17 people on Monday."
    layers = Layers(text).actor(
        "Ukrainian troops", Actor("UKR-MIL", "Ukrainian troops", "UKR", "MIL"), "GROUP"
    )
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert "UKR" in countries(attack.actor)
    assert attack.size.dead == 17


def test_who_reports_a_passive_attack_is_not_its_actor(pipeline: Pipeline) -> None:
    text = "The Corrections Department issued a statement that a guard had been stabbed on Friday."
    dept = Actor("o:corrections", "Corrections Department", None, "GOV")
    layers = Layers(text).actor("Corrections Department", dept, "ORG")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.actor == ()


def test_it_never_stands_for_a_plural_speaker(pipeline: Pipeline) -> None:
    text = (
        "An air strike early on Sunday destroyed at least 80 shacks in a settlement outside Durban."
        "\n\nOfficials said it killed four people and injured dozens."
    )
    officials = Actor("g:GOV", "Officials", None, "GOV")
    attacks = of_type(Layers(text).actor("Officials", officials, "GROUP").run(pipeline), "ASSAULT")
    assert attacks and all(not any(p.name == "Officials" for p in a.actor) for a in attacks)


@pytest.mark.parametrize(
    ("text", "group", "actor", "country"),
    [
        # the small parser makes "believed" the main verb and the killing its clause
        (
            "Gunmen believed to be members of Islamic State killed nine herders in Tillaberi.",
            "Islamic State",
            Actor("o:isis", "Islamic State", "IMG", "REB"),
            "IMG",
        ),
        (
            "Militants thought to be linked to Boko Haram abducted 20 students on Sunday.",
            "Boko Haram",
            Actor("o:boko-haram", "Boko Haram", "NGA", "REB"),
            "NGA",
        ),
    ],
)
def test_a_hedged_description_gives_the_side(
    pipeline: Pipeline, text: str, group: str, actor: Actor, country: str
) -> None:
    layers = Layers(text).actor(group, actor, "ORG")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert country in countries(attack.actor)


def test_police_in_a_town_are_that_countrys_police(pipeline: Pipeline) -> None:
    text = "Police in Mombasa fired live rounds at protesters, killing two."
    police = Actor("g:COP", "Police", None, "COP")
    mombasa = Place("Mombasa", -4.05, 39.66, 186301, "KEN", None, "city")
    layers = Layers(text).actor("Police", police, "GROUP").place("Mombasa", mombasa)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"KEN"}


def test_the_side_fought_with_is_the_recipient(pipeline: Pipeline) -> None:
    text = "Army troops clashed with Hamas fighters near the crossing on Tuesday."
    hamas = Actor("o:hamas", "Hamas", "PSE", "REB")
    layers = Layers(text).actor("Hamas fighters", hamas, "GROUP")
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert "PSE" in countries(attack.recipient)


def test_whoever_raises_tariffs_imposes_them(pipeline: Pipeline) -> None:
    text = "The EU hiked tariffs on Chinese electric cars on Tuesday."
    eu = Actor("o:eu", "European Union", "EUR", "GOV")
    chinese = Actor("c:CHN", "China", "CHN", None)
    layers = Layers(text).actor("EU", eu, "ORG").actor("Chinese", chinese, "NORP")
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert "EUR" in countries(sanction.actor)


DUPONT = Actor("p:jean-dupont", "Jean Dupont", "FRA", "GOV")


def test_an_active_verb_joined_to_a_passive_shares_its_subject_not_its_agent(
    pipeline: Pipeline,
) -> None:
    # "was booed by protesters and then accused": the one booed accuses, not the booers
    text = (
        "Ambassador Jean Dupont was booed by protesters and then accused the opposition of lying."
    )
    layers = Layers(text).actor("Jean Dupont", DUPONT)
    (accusation,) = of_type(layers.run(pipeline), "ACCUSE")
    assert countries(accusation.actor) == {"FRA"}


def test_a_subject_hung_on_the_auxiliary_still_refers_to_the_reporter(pipeline: Pipeline) -> None:
    # the small parser attaches "he" to "was"; he is still the envoy who called for a truce
    text = (
        "The envoy, Jean Dupont, said he was gravely alarmed by the fighting "
        "and called for a truce."
    )
    layers = Layers(text).actor("Jean Dupont", DUPONT)
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"FRA"}


def test_it_said_by_a_named_spokesman_is_the_body_he_speaks_for(pipeline: Pipeline) -> None:
    # "it" cannot be the man; it is the movement he speaks for, coded as his side
    text = "Houthi military spokesman Ali Karim said it had fired three missiles at the port."
    karim = Actor("local:ali-karim", "Ali Karim", "YEM", "REB")
    layers = Layers(text).person("Ali Karim", karim)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert [(p.name, p.country, p.sector) for p in attack.actor] == [
        ("Houthi military", "YEM", "REB")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the adjective's clause: the subject of "was" acts
        ("Poland was the first to expel the Russian diplomats.", "SANCTION"),
        ("Poland was more vocal in blaming Russia for the sabotage.", "ACCUSE"),
    ],
)
def test_an_adjectives_clause_takes_the_subject_of_its_verb(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    layers = Layers(text).actor("Poland", POL).actor("Russia", RUS)
    (event,) = of_type(layers.run(pipeline), kind)
    assert countries(event.actor) == {"POL"}


def test_a_participle_in_a_passives_agent_is_what_the_agents_do(pipeline: Pipeline) -> None:
    # "by protesting farmers" read as a gerund with an object: the farmers protest, and
    # the minister interrupted is not the protester
    text = "Minister Jan Nowak was interrupted by protesting farmers."
    layers = Layers(text).person("Jan Nowak", POL)
    events = layers.run(pipeline)
    assert events
    assert all(not countries(e.actor) for e in events)


def test_the_governor_of_a_place_acts_for_its_country(pipeline: Pipeline) -> None:
    text = "The governor of Kharkiv urged residents to stay in shelters."
    layers = Layers(text).place("Kharkiv", KHARKIV)
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "About 40 people died in the Kharkiv market airstrike.",
        "The Kharkiv market airstrike killed 40 people.",
    ],
)
def test_a_town_named_before_an_attack_says_where_not_who(pipeline: Pipeline, text: str) -> None:
    # the actors layer may read a bare town name tagged ORG as its civilians; before an
    # attack noun it is the scene, never the attacker
    layers = Layers(text)
    span = find(text, "Kharkiv")
    civilians = Actor("c:UKR/CVL", "Ukraine (CVL)", "UKR", "CVL")
    layers.entities.append(Mention(span, "Kharkiv", "ORG", TEST, actor=civilians, place=KHARKIV))
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert not attack.actor
    assert attack.location is not None and attack.location.place.name == "Kharkiv"


def test_personnel_from_an_armed_force_are_its_side(pipeline: Pipeline) -> None:
    text = "Military personnel from the Estonian Defence Forces were deployed to the islands."
    est = Actor("c:EST/MIL", "Estonia (MIL)", "EST", "MIL")
    layers = Layers(text).actor("the Estonian Defence Forces", est, label="ORG")
    (deployment,) = of_type(layers.run(pipeline), "MOBILIZE")
    assert countries(deployment.actor) == {"EST"}


def test_a_marked_gerund_clause_shares_its_heads_subject(pipeline: Pipeline) -> None:
    # "accused Moscow of lying while shelling ports": Moscow shells them
    text = "Warsaw accused Moscow of lying while shelling Ukrainian ports."
    layers = Layers(text).actor("Warsaw", POL).actor("Moscow", RUS)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}
