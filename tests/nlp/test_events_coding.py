"""PLOVER coding of demands, orders, permissions and retreats, and phrases the parser splits.

"called for X to do Y" (the parser hangs "for" on the clause), orders ("requests, demands,
and orders" are REQUEST), permissions (a concession), the side that withdraws when nobody
is named as withdrawing it, partitive subjects ("half of the soldiers"), two-word
prepositions ("outside of"). Fixture sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.model import Actor, Place
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import Layers, countries, of_type

DEU = Actor("DEU", "Germany", "DEU", "GOV")
FRA = Actor("FRA", "France", "FRA", "GOV")
BRA = Actor("BRA", "Brazil", "BRA", "GOV")
UNO = Actor("o:un", "United Nations", "UNO", "GOV")
KEN_JUD = Actor("c:KEN/JUD", "Kenya (JUD)", "KEN", "JUD")
POL_GOV = Actor("c:POL/GOV", "Poland (GOV)", "POL", "GOV")
TUR = Actor("TUR", "Turkey", "TUR", "GOV")
SRB_MIL = Actor("c:SRB/MIL", "Serbia (MIL)", "SRB", "MIL")
TCD_MIL = Actor("c:TCD/MIL", "Chad (MIL)", "TCD", "MIL")
NIC_GOV = Actor("c:NIC/GOV", "Nicaragua (GOV)", "NIC", "GOV")
MANBIJ = Place("Manbij", 36.53, 37.95, 166365, "SYR", "Aleppo", "city")


def test_a_call_for_a_clause_is_a_request_to_its_subject(pipeline: Pipeline) -> None:
    text = "Germany called for the United Nations to send observers to the border."
    layers = Layers(text).actor("Germany", DEU).actor("the United Nations", UNO, "ORG")
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"DEU"}
    assert countries(request.recipient) == {"UNO"}
    assert text[request.trigger.start : request.trigger.end].startswith("called")


def test_pushing_hard_for_a_clause_is_a_request(pipeline: Pipeline) -> None:
    text = "France is pushing hard for Brazil to back its climate plan."
    layers = Layers(text).actor("France", FRA).actor("Brazil", BRA)
    events = layers.run(pipeline)
    (request,) = of_type(events, "REQUEST")
    assert countries(request.actor) == {"FRA"}
    assert countries(request.recipient) == {"BRA"}
    assert not of_type(events, "SUPPORT")  # the backing asked for is no event of Brazil's


def test_an_order_to_a_person_is_a_request(pipeline: Pipeline) -> None:
    text = "A Kenyan court ordered the former minister to appear for questioning."
    layers = Layers(text).actor("Kenyan court", KEN_JUD, "ORG")
    (request,) = of_type(layers.run(pipeline), "REQUEST")
    assert countries(request.actor) == {"KEN"}


def test_an_ordered_action_stays_the_event_of_who_ordered_it(pipeline: Pipeline) -> None:
    text = "The Nicaraguan government ordered the newspaper to suspend publication."
    layers = Layers(text).actor("Nicaraguan government", NIC_GOV, "ORG")
    events = layers.run(pipeline)
    main = max(events, key=lambda e: e.confidence)
    assert main.type == "COERCE"
    assert countries(main.actor) == {"NIC"}


def test_an_order_without_an_action_to_do_is_no_event(pipeline: Pipeline) -> None:
    text = "The Kenyan court ordered a new hearing."
    layers = Layers(text).actor("Kenyan court", KEN_JUD, "ORG")
    assert not of_type(layers.run(pipeline), "REQUEST")


def test_letting_someone_act_is_a_concession(pipeline: Pipeline) -> None:
    text = "The Polish government allowed the opposition party to hold its congress."
    layers = Layers(text).actor("Polish government", POL_GOV, "ORG")
    (concede,) = of_type(layers.run(pipeline), "CONCEDE")
    assert countries(concede.actor) == {"POL"}
    assert not concede.aux


def test_a_permission_announced_for_the_future_is_marked_future(pipeline: Pipeline) -> None:
    text = "Turkey will allow up to 5,000 refugees to return home."
    layers = Layers(text).actor("Turkey", TUR)
    (concede,) = of_type(layers.run(pipeline), "CONCEDE")
    assert countries(concede.actor) == {"TUR"}
    assert concede.aux == ("future",)


def test_whom_one_lets_act_is_the_concessions_recipient(pipeline: Pipeline) -> None:
    # the small parser reads the permitted party as the subject of "hold", not as an object
    text = "The Polish government allowed Chad's army chief to hold a parade in Warsaw."
    layers = Layers(text).actor("Polish government", POL_GOV, "ORG")
    layers.actor("Chad's army chief", TCD_MIL, "ORG")
    (concede,) = of_type(layers.run(pipeline), "CONCEDE")
    assert countries(concede.recipient) == {"TCD"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Germany announced it would impose sanctions on Serbia.", "SANCTION"),
        ("Germany announced that it would expel two Serbian diplomats.", "SANCTION"),
        ("Germany decided to expel two Serbian diplomats.", "SANCTION"),
        ("Germany decided to allow Serbian lorries to cross the border.", "CONCEDE"),
        ("Germany decided to ban the Serbian party's rallies.", "COERCE"),
    ],
)
def test_an_act_of_authority_is_done_by_deciding_it(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    layers = Layers(text).actor("Germany", DEU)
    (event,) = of_type(layers.run(pipeline), kind)
    assert countries(event.actor) == {"DEU"}
    assert "future" not in event.aux  # coded as the sanction itself, not as a threat


@pytest.mark.parametrize(
    "text",
    [
        "Germany said it would impose sanctions on Serbia.",  # a stated intent: a threat
        "Germany will decide to impose sanctions on Serbia.",  # no decision taken yet
        "Germany announced it would send troops to Lithuania.",  # not an act of authority
        "Germany decided to attack the Serbian positions.",
    ],
)
def test_a_decision_not_taken_or_not_of_authority_stays_planned(
    pipeline: Pipeline, text: str
) -> None:
    layers = Layers(text).actor("Germany", DEU)
    main = max(layers.run(pipeline), key=lambda e: e.confidence)
    assert "future" in main.aux


def test_a_modal_act_on_a_condition_is_a_warning_of_the_future(pipeline: Pipeline) -> None:
    # PLOVER: a threat is a coercive warning; "could X if Y" says what will follow Y
    text = "Germany could impose sanctions on Serbia if the talks fail."
    layers = Layers(text).actor("Germany", DEU)
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert set(sanction.aux) == {"future", "hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany would have imposed sanctions on Serbia if the talks had failed.",
        "Germany could impose sanctions on Serbia, officials said.",
    ],
)
def test_a_counterfactual_or_a_bare_possibility_warns_of_nothing(
    pipeline: Pipeline, text: str
) -> None:
    layers = Layers(text).actor("Germany", DEU)
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert "future" not in sanction.aux


def test_troops_withdrawn_by_nobody_named_are_the_side_that_retreats(pipeline: Pipeline) -> None:
    text = "About 200 Serbian soldiers were withdrawn from the border area."
    layers = Layers(text).actor("Serbian soldiers", SRB_MIL, "NORP")
    (retreat,) = of_type(layers.run(pipeline), "RETREAT")
    assert countries(retreat.actor) == {"SRB"}
    assert not retreat.recipient


def test_the_withdrawal_of_troops_is_their_retreat(pipeline: Pipeline) -> None:
    text = "The withdrawal of Serbian soldiers from the border began on Friday."
    layers = Layers(text).actor("Serbian soldiers", SRB_MIL, "NORP")
    (retreat,) = of_type(layers.run(pipeline), "RETREAT")
    assert countries(retreat.actor) == {"SRB"}


def test_released_prisoners_are_never_the_side_that_releases(pipeline: Pipeline) -> None:
    text = "Thirty Serbian soldiers were released on Monday."
    layers = Layers(text).actor("Serbian soldiers", SRB_MIL, "NORP")
    (retreat,) = of_type(layers.run(pipeline), "RETREAT")
    assert not retreat.actor
    assert countries(retreat.recipient) == {"SRB"}


def test_a_part_of_a_group_acts_for_the_group(pipeline: Pipeline) -> None:
    text = "Half of the Chadian soldiers were withdrawn last month."
    layers = Layers(text).actor("Chadian soldiers", TCD_MIL, "NORP")
    (retreat,) = of_type(layers.run(pipeline), "RETREAT")
    assert countries(retreat.actor) == {"TCD"}


def test_outside_of_a_town_is_where_the_event_happened(pipeline: Pipeline) -> None:
    text = "Two soldiers were killed by a roadside bomb outside of the town of Manbij."
    layers = Layers(text).place("Manbij", MANBIJ)
    (attack,) = of_type(layers.run(pipeline), "ASSAULT")
    assert attack.location is not None and attack.location.place == MANBIJ
    # a local bomb with nobody named: an unidentified actor of the place's country
    assert countries(attack.actor) == {"SYR"}


UNO_REF = Actor("o:unhcr", "UNHCR", "UNO", "REF")
MLI = Actor("MLI", "Mali", "MLI", "GOV")
PSE_CVL = Actor("c:PSE/CVL", "Palestinian youths", "PSE", "CVL")


def test_forcing_an_agency_out_is_an_expulsion(pipeline: Pipeline) -> None:
    text = "Mali forced the UN refugee agency out of the country."
    layers = Layers(text).actor("Mali", MLI).actor("UN refugee agency", UNO_REF, "ORG")
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert sanction.modes == ("expel",)
    assert countries(sanction.actor) == {"MLI"}
    assert countries(sanction.recipient) == {"UNO"}


def test_forcing_people_out_stays_coercion(pipeline: Pipeline) -> None:
    text = "Mali forced hundreds of families out of the village."
    layers = Layers(text).actor("Mali", MLI)
    events = layers.run(pipeline)
    assert of_type(events, "COERCE") and not of_type(events, "SANCTION")


def test_stone_throwing_youths_are_rioters(pipeline: Pipeline) -> None:
    text = "Palestinian youths threw stones at soldiers near the checkpoint."
    layers = Layers(text).actor("Palestinian youths", PSE_CVL, "NORP")
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert "riot" in protest.modes
    assert countries(protest.actor) == {"PSE"}


def test_a_gerund_adjunct_shares_its_verb_subject(pipeline: Pipeline) -> None:
    text = "Palestinian youths resorted to throwing stones during the march."
    layers = Layers(text).actor("Palestinian youths", PSE_CVL, "NORP")
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert countries(protest.actor) == {"PSE"}


def test_a_gerund_after_for_is_not_the_subject_s(pipeline: Pipeline) -> None:
    text = "Mali arrested three students for throwing stones at a convoy."
    layers = Layers(text).actor("Mali", MLI)
    (protest,) = of_type(layers.run(pipeline), "PROTEST")
    assert not countries(protest.actor)  # the students threw, not Mali


BLR_JRN = Actor("c:BLR/JRN", "Belarusian journalist", "BLR", "JRN")
MINSK = Place("Minsk", 53.9, 27.57, 625144, "BLR", "Minsk City", "city")
KHERSON = Place("Kherson", 46.64, 32.61, 706448, "UKR", "Kherson Oblast", "city")
RUS_MIL = Actor("RUS-MIL", "Russian armed forces", "RUS", "MIL")


def test_an_arrest_nobody_is_named_for_is_the_state_s_where_it_happens(
    pipeline: Pipeline,
) -> None:
    text = "A Belarusian journalist was arrested in Minsk on Monday."
    layers = Layers(text).actor("Belarusian journalist", BLR_JRN, "NORP").place("Minsk", MINSK)
    (arrest,) = of_type(layers.run(pipeline), "COERCE")
    assert [(p.country, p.sector) for p in arrest.actor] == [("BLR", "GOV")]
    assert text[arrest.actor[0].span.start : arrest.actor[0].span.end] == "arrested"


def test_an_inquiry_in_a_country_is_that_state_s(pipeline: Pipeline) -> None:
    text = "A Russian officer was put under investigation in Minsk for spying."
    layers = Layers(text).actor("Russian", RUS_MIL, "NORP").place("Minsk", MINSK)
    (inquiry,) = of_type(layers.run(pipeline), "ACCUSE")
    assert countries(inquiry.actor) == {"BLR"}


def test_a_named_arrester_keeps_its_own_country(pipeline: Pipeline) -> None:
    text = "Russian forces detained three men in Kherson."
    layers = Layers(text).actor("Russian forces", RUS_MIL, "NORP").place("Kherson", KHERSON)
    (arrest,) = of_type(layers.run(pipeline), "COERCE")
    assert countries(arrest.actor) == {"RUS"}


def test_a_deportation_nobody_is_named_for_has_no_actor(pipeline: Pipeline) -> None:
    text = "Three Belarusian journalists were deported from Minsk."
    layers = Layers(text).place("Minsk", MINSK)
    (deport,) = of_type(layers.run(pipeline), "COERCE")
    assert not deport.actor  # only arrests and inquiries are the state's by convention


USA = Actor("USA", "United States", "USA", "GOV")
RUS = Actor("RUS", "Russia", "RUS", "GOV")
CHE = Actor("CHE", "Switzerland", "CHE", "GOV")
ITA = Actor("ITA", "Italy", "ITA", "GOV")
UNO_HUM = Actor("o:ocha", "UN humanitarian office", "UNO", "GOV")


def test_a_list_the_parser_reads_as_an_apposition_is_coordinated(pipeline: Pipeline) -> None:
    text = "The US, Russia, and Switzerland met in Geneva yesterday."
    layers = Layers(text).actor("US", USA).actor("Russia", RUS).actor("Switzerland", CHE)
    (talks,) = of_type(layers.run(pipeline), "CONSULT")
    assert countries(talks.actor) == {"USA", "RUS", "CHE"}


def test_a_title_in_apposition_is_no_second_actor(pipeline: Pipeline) -> None:
    text = "Jan Egeland, the UN humanitarian chief, met Russia's foreign minister."
    layers = Layers(text).person("Jan Egeland").actor("UN humanitarian", UNO_HUM, "ORG")
    layers.actor("Russia", RUS)
    (talks,) = of_type(layers.run(pipeline), "CONSULT")
    assert countries(talks.actor) == {"UNO"}
    assert len(talks.actor) == 1


def test_troops_from_several_countries_are_all_actors(pipeline: Pipeline) -> None:
    text = "Troops from France, Germany and Italy were deployed along the border."
    layers = Layers(text).actor("France", FRA).actor("Germany", DEU).actor("Italy", ITA)
    (deployment,) = of_type(layers.run(pipeline), "MOBILIZE")
    assert countries(deployment.actor) == {"FRA", "DEU", "ITA"}


LTU = Actor("LTU", "Lithuania", "LTU", "GOV")
BLR = Actor("BLR", "Belarus", "BLR", "GOV")
PAK = Actor("PAK", "Pakistan", "PAK", "GOV")


def test_a_recipient_hung_on_the_object_is_the_recipient(pipeline: Pipeline) -> None:
    text = "Lithuania cut diplomatic ties with Belarus on Monday."
    layers = Layers(text).actor("Lithuania", LTU).actor("Belarus", BLR)
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert countries(sanction.actor) == {"LTU"}
    assert countries(sanction.recipient) == {"BLR"}


def test_a_threatened_action_s_recipient_on_its_object(pipeline: Pipeline) -> None:
    text = "Pakistan threatened to break relations with Belarus over the border dispute."
    layers = Layers(text).actor("Pakistan", PAK).actor("Belarus", BLR)
    (threat,) = of_type(layers.run(pipeline), "THREATEN")
    assert countries(threat.recipient) == {"BLR"}


def test_a_noun_event_s_object_phrase_names_the_recipient(pipeline: Pipeline) -> None:
    text = "Lithuania announced a suspension of air links with Belarus."
    layers = Layers(text).actor("Lithuania", LTU).actor("Belarus", BLR)
    (sanction,) = of_type(layers.run(pipeline), "SANCTION")
    assert countries(sanction.recipient) == {"BLR"}


CAN = Actor("CAN", "Canada", "CAN", "GOV")
NOR = Actor("NOR", "Norway", "NOR", "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "Canada approved new sanctions on Norway on Friday.",
        "Canada agreed fresh sanctions against Norway on Friday.",
        "Canada adopted a third package of sanctions against Norway on Friday.",
    ],
)
def test_an_enacted_measure_is_the_event(pipeline: Pipeline, text: str) -> None:
    layers = Layers(text).actor("Canada", CAN).actor("Norway", NOR)
    events = layers.run(pipeline)
    (sanction,) = of_type(events, "SANCTION")
    assert countries(sanction.actor) == {"CAN"}
    assert countries(sanction.recipient) == {"NOR"}
    assert not of_type(events, "AGREE") and not of_type(events, "SUPPORT")


def test_an_agreed_ceasefire_stays_an_agreement(pipeline: Pipeline) -> None:
    text = "Canada and Norway agreed a ceasefire on Friday."
    layers = Layers(text).actor("Canada", CAN).actor("Norway", NOR)
    assert of_type(layers.run(pipeline), "AGREE")


def test_a_verb_of_enacting_leaves_other_nouns_alone(pipeline: Pipeline) -> None:
    # "authorize" enacts measures only: the investigation keeps its reading under "Until ..."
    text = (
        "Until the senate votes to authorize an investigation, no panel can open a formal "
        "investigation."
    )
    first = text.index("investigation")
    (probe,) = [
        e for e in of_type(Layers(text).run(pipeline), "ACCUSE") if e.trigger.start == first
    ]
    assert "hypothetical" in probe.aux
