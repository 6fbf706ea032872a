"""Recipients named outside the trigger's own phrases: a threat's condition, a protest's
purpose clause and place, the phrases on a demanded or refused thing, a two-word trigger's
noun ("issued an ultimatum to").

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline

PUBLISHED = dt.date(2024, 6, 8)


def _events(pipeline: Pipeline, text: str, kind: str) -> list[Event]:
    events = pipeline.annotate(Document("r", text, PUBLISHED)).annotations.events
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} event in {text!r}"
    return found


def _recipients(pipeline: Pipeline, text: str, kind: str) -> set[str | None]:
    return {p.country for e in _events(pipeline, text, kind) for p in e.recipient}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ankara threatened to close its airspace unless Athens withdrew the ships.", "GRC"),
        ("Moscow threatened to cut gas supplies if Ukraine did not pay its debts.", "UKR"),
        ("China threatened to halt rare earth exports if Japan imposed new tariffs.", "JPN"),
        ("Tehran threatened to expel inspectors unless France lifted its sanctions.", "FRA"),
        ("The rebels threatened to resume fighting unless Nigeria freed their leader.", "NGA"),
        ("India threatened to suspend the water treaty if Pakistan kept backing militants.", "PAK"),
        ("Serbia threatened to recall its ambassador if Croatia arrested the officers.", "HRV"),
        ("Venezuela threatened to seize the refinery unless Canada returned the gold.", "CAN"),
        ("Egypt threatened to cancel the gas deal if Israel delayed the payments.", "ISR"),
        ("Kenya threatened to close the border unless Somalia stopped the raids.", "SOM"),
    ],
)
def test_a_threat_is_made_to_whom_its_condition_binds(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "THREATEN")


def test_a_threatened_action_keeps_its_own_recipient_over_the_condition(
    pipeline: Pipeline,
) -> None:
    text = "Poland threatened to cut ties with Belarus unless the Kremlin freed the activist."
    assert _recipients(pipeline, text, "THREATEN") == {"BLR"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Farmers began a hunger strike to protest against Poland's grain policy.", "POL"),
        ("Students staged a rally to demand the resignation of the Serbian president.", "SRB"),
        ("Dockers went on strike on Monday calling for higher wages from Kenya.", "KEN"),
        ("Nurses held a rally to demand the removal of the Nigerian health minister.", "NGA"),
        ("Fishermen blocked the harbour to protest against France's new quotas.", "FRA"),
        ("Miners began a strike to demand better pay from the Chilean government.", "CHL"),
        ("Teachers held a rally to demand the dismissal of the Greek school minister.", "GRC"),
        ("Truckers blocked a motorway to protest against Spain's fuel tax.", "ESP"),
        ("Villagers staged a march to protest at Chinese mining in the valley.", "CHN"),
        ("Activists held a protest to demand the ouster of the Thai prime minister.", "THA"),
    ],
)
def test_a_protest_is_aimed_at_what_its_purpose_clause_names(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "PROTEST")


def test_a_reason_clause_is_no_purpose(pipeline: Pipeline) -> None:
    text = "Dockers went on strike after Greece's government cut their pensions."
    assert "GRC" not in _recipients(pipeline, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of students marched in Nairobi on Tuesday.", "KEN"),
        ("Hundreds of workers demonstrated in Lagos over fuel prices.", "NGA"),
        ("Crowds rallied in Santiago on Sunday.", "CHL"),
        ("Farmers protested in Warsaw on Monday.", "POL"),
        ("Opposition supporters demonstrated in Dhaka on Friday.", "BGD"),
        ("Taxi drivers staged a protest in Madrid.", "ESP"),
        ("Pensioners held a rally in Athens on Thursday.", "GRC"),
        ("Doctors went on strike in Seoul on Monday.", "KOR"),
        ("Thousands of people rallied in Lima on Saturday.", "PER"),
        ("Teachers demonstrated in Bogota on Wednesday.", "COL"),
    ],
)
def test_a_protest_aimed_at_nobody_named_is_aimed_at_where_it_is_held(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The opposition demanded the resignation of the Peruvian interior minister.", "PER"),
        ("Protesters demanded the removal of the Sudanese army chief.", "SDN"),
        ("Parliament demanded the withdrawal of Russian troops from the region.", "RUS"),
        ("The union demanded an apology by the Italian government.", "ITA"),
        ("Seoul demanded the expulsion of North Korean diplomats.", "PRK"),
        ("The rebels demanded the departure of French soldiers.", "FRA"),
        ("The council demanded an explanation by the Turkish embassy.", "TUR"),
        ("Lawmakers demanded the dismissal of the Mexican police chief.", "MEX"),
        ("The committee demanded the ouster of the Zambian president.", "ZMB"),
        ("Kyiv demanded a full explanation by Belarus.", "BLR"),
    ],
)
def test_a_demand_is_made_of_whom_the_demanded_thing_removes_or_binds(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "REQUEST")


def test_released_prisoners_are_not_the_ones_asked(pipeline: Pipeline) -> None:
    text = "The rebels demanded the release of Colombian prisoners."
    assert "COL" not in _recipients(pipeline, text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Peru issued an ultimatum to Bolivia over the river.", "THREATEN", "BOL"),
        ("Ghana issued an ultimatum to Togo on Monday.", "THREATEN", "TGO"),
        ("Hungary is opposed to German plans for the pipeline.", "REJECT", "DEU"),
        ("Chile refused entry to Bolivian lorries.", "REJECT", "BOL"),
        ("Oman denied visas to Iranian journalists.", "REJECT", "IRN"),
        ("Mexico was opposed to American plans for the border wall.", "REJECT", "USA"),
        ("The government accepted demands from Ukrainian farmers.", "CONCEDE", "UKR"),
        ("Police confiscated weapons from Palestinian militants.", "COERCE", "PSE"),
        ("Customs officers seized drugs from Colombian smugglers.", "COERCE", "COL"),
        ("The students said they would boycott all contact with Israel.", "PROTEST", "ISR"),
    ],
)
def test_phrases_on_the_acted_on_thing_name_the_recipient(
    pipeline: Pipeline, text: str, kind: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, kind)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Crowds rallied in Tbilisi in opposition to Russian influence.", "RUS"),
        ("Farmers held a rally in Madrid in anger at French import rules.", "FRA"),
        ("Students marched in Minsk in protest against the Russian army.", "RUS"),
        ("People blocked streets in Macau in defiance of Chinese officials.", "CHN"),
        ("Workers went on strike in outrage over Italian pension cuts.", "ITA"),
    ],
)
def test_a_protest_is_aimed_at_what_its_stance_noun_names_before_its_place(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Britain mobilized reservists for a possible war against Iraq.", "IRQ"),
        ("Japan deployed warships for patrols against Chinese vessels.", "CHN"),
        ("Greece mobilized its navy for a standoff against Turkey.", "TUR"),
        ("Armenia mobilized troops for a campaign against Azerbaijan.", "AZE"),
        ("Chad deployed soldiers for operations against Sudanese rebels.", "SDN"),
    ],
)
def test_a_mobilization_is_against_whom_its_purpose_phrase_names(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "MOBILIZE")


def test_a_mobilization_near_a_border_names_no_side(pipeline: Pipeline) -> None:
    text = "Poland mobilized troops for exercises near the Belarusian border."
    assert "BLR" not in _recipients(pipeline, text, "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Japan is providing radar data and other intelligence to Taiwan which faces pressure.",
            "TWN",
        ),
        ("Canada gave food and water to Haiti on Monday.", "HTI"),
        (
            "Spain is sending drones and other equipment to Morocco which is fighting a drought.",
            "MAR",
        ),
        ("Britain is giving ambulances and other vehicles to Moldova which requested help.", "MDA"),
        ("France granted asylum to Russian dissidents.", "RUS"),
    ],
)
def test_a_to_phrase_the_parser_reads_as_a_dative_names_the_receiver(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in _recipients(pipeline, text, "AID")


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        ("Kenya deployed 400 police officers to Haiti on Monday.", "MOBILIZE", ["Haiti"]),
        ("Chile will send marines to Peru next month.", "MOBILIZE", ["Peru"]),
        ("The UN deployed peacekeepers in the buffer zone last week.", "AID", []),
        ("Ghana sent peacekeepers to Lebanon in May.", "AID", ["Lebanon"]),
    ],
)
def test_the_forces_a_side_moves_are_never_its_target(
    pipeline: Pipeline, text: str, kind: str, names: list[str]
) -> None:
    (event,) = _events(pipeline, text, kind)
    assert [text[p.span.start : p.span.end] for p in event.recipient] == names
