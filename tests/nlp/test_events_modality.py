"""Modality: planned, conditional, negated and background events are never reported as done."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import GBR, POL, RUS, UKR, Layers, countries, happened, of_type

CASES = [
    # (text, type, expected aux)
    ("The prime minister will chair a meeting of allies.", "CONSULT", {"future"}),
    (
        "The prime minister is set to convene a virtual meeting of the coalition.",
        "CONSULT",
        {"future"},
    ),
    ("Preparations for the deployment of Polish troops continue.", "MOBILIZE", {"future"}),
    (
        "The alliance would deploy peacekeeping forces if a deal is reached.",
        "AID",  # peacekeepers sent are assistance in personnel
        {"hypothetical"},
    ),
    ("The army did not attack the town.", "ASSAULT", {"negation"}),
    ("Moscow denied striking the hospital.", "ASSAULT", {"negation"}),
    # "without" governing the trigger: the accord was not signed (CAMEO 057: SUPPORT), no
    # shot was fired
    ("The delegation left Geneva without signing the accord.", "SUPPORT", {"negation"}),
    ("Soldiers entered the village without firing a shot.", "ASSAULT", {"negation"}),
    ("Local reports described a pause in the shelling of the town.", "ASSAULT", {"negation"}),
    ("He said he wanted to send soldiers to the front.", "MOBILIZE", {"hypothetical"}),
    ("Officials plan to impose new sanctions on the regime.", "SANCTION", {"future"}),
    # stated readiness is an announced intention, "prepared" as "ready" (PLOVER: a threat)
    ("The government said it was prepared to impose a curfew.", "COERCE", {"future"}),
    ("The government said it was ready to impose a curfew.", "COERCE", {"future"}),
    ("Warsaw is expected to expel two diplomats next week.", "SANCTION", {"future"}),
    # "prior to" looks ahead, as "ahead of" does
    (
        "Prior to a meeting with the Kenyan president, the envoy toured the port.",
        "CONSULT",
        {"future"},
    ),
    # a purpose is not a report: the sending happened, the fighting is only its aim
    (
        "The junta has deployed mercenaries to the north to fight the rebels.",
        "ASSAULT",
        {"hypothetical"},
    ),
    (
        "The army moved artillery to the ridge in order to shell the rebel positions.",
        "ASSAULT",
        {"hypothetical"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "aux"), CASES)
def test_modality_marks(pipeline: Pipeline, text: str, kind: str, aux: set[str]) -> None:
    events = of_type(Layers(text).run(pipeline), kind)
    assert events, f"no {kind} event in {text!r}"
    assert set(events[0].aux) >= aux
    assert not happened(tuple(events))


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the town overnight.",
        "The army began to shell the town at dawn.",
        "Police used tear gas to disperse the crowd.",
        "Soldiers opened fire to disperse the crowd.",
        "An attempt to assassinate the governor was foiled by his guards.",
        # "set" and "go" plan things only with a complement, not as phrasal verbs
        "Militants set off two car bombs at the ministry, killing 100 people.",
        "A bomb went off in a crowded market, killing seven people.",
        "A drone strike set a fuel depot on fire overnight.",
        # "quick to", "the first to": the act was done
        "Poland was quick to condemn the shelling of the town.",
        "Estonia was the first to expel the diplomats.",
    ],
)
def test_reports_carry_no_aux(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert events and all(e.aux == () for e in events)


def test_historical_background_by_its_date(pipeline: Pipeline) -> None:
    text = "Kyiv has fought on since the 2022 invasion."
    layers = Layers(text, day=dt.date(2026, 2, 23)).timex(
        "2022", "2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)
    )
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert "historical" in assault.aux
    assert assault.date.value == "2022"


def test_anniversary_marks_the_event_as_background(pipeline: Pipeline) -> None:
    text = "Leaders met to mark the fourth anniversary of Russia's invasion."
    layers = Layers(text).actor("Russia", RUS)
    [assault] = of_type(layers.run(pipeline), "ASSAULT")
    assert "historical" in assault.aux
    assert countries(assault.actor) == {"RUS"}


def test_a_date_after_publication_makes_an_event_future(pipeline: Pipeline) -> None:
    text = "Polish and Ukrainian ministers meet in Lublin on Thursday."
    layers = (
        Layers(text, day=dt.date(2025, 3, 10))
        .actor("Polish", POL, "NORP")
        .actor("Ukrainian", UKR, "NORP")
        .timex("Thursday", "2025-03-13", dt.date(2025, 3, 13), dt.date(2025, 3, 13))
    )
    [consult] = of_type(layers.run(pipeline), "CONSULT")
    assert consult.aux == ("future",)


def test_should_under_a_speaker_is_a_request_by_the_speaker(pipeline: Pipeline) -> None:
    text = "Former minister Jan Nowak said Britain should send more troops to Estonia."
    layers = Layers(text).person("Jan Nowak", POL).actor("Britain", GBR)
    events = layers.run(pipeline)
    [request] = of_type(events, "REQUEST")
    assert countries(request.actor) == {"POL"}
    assert countries(request.recipient) == {"GBR"}
    assert request.aux == ()
    assert not of_type(events, "MOBILIZE")


def test_the_speakers_own_duty_is_no_demand_on_himself(pipeline: Pipeline) -> None:
    # "we must send": the speaker's side is bound, so nobody is asked and nothing was sent
    text = '"We must send more air defence systems to Kyiv," Jan Nowak said on Monday.'
    layers = (
        Layers(text)
        .person("Jan Nowak", POL)
        .quote("We must send more air defence systems to Kyiv", "Jan Nowak", "said", POL)
    )
    events = layers.run(pipeline)
    assert events
    assert not of_type(events, "REQUEST")
    assert not happened(events)


def test_threatened_action_is_the_threat_not_the_action(pipeline: Pipeline) -> None:
    text = "Moscow threatened to strike government buildings in Kyiv."
    layers = Layers(text).actor("Moscow", RUS)
    events = layers.run(pipeline)
    [threat] = of_type(events, "THREATEN")
    assert "violence" in threat.modes
    assert not of_type(events, "ASSAULT")


def test_reference_ahead_of_a_meeting_joins_the_planned_meeting(pipeline: Pipeline) -> None:
    text = (
        "The prime minister will chair a meeting of allies on Tuesday. "
        "Ahead of the meeting, his office issued a statement."
    )
    layers = Layers(text).timex("Tuesday", "2025-03-11", dt.date(2025, 3, 11), dt.date(2025, 3, 11))
    [consult] = of_type(layers.run(pipeline), "CONSULT")
    assert consult.aux == ("future",)
    assert len(consult.evidence) == 2


def test_a_tally_since_the_fighting_began_is_background(pipeline: Pipeline) -> None:
    text = (
        "Militants fired on the village, killing two people.\n\n"
        "More than 200 people have been killed in the state since fighting broke out last year."
    )
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    [attack] = happened(tuple(attacks))
    assert attack.size.dead == 2
    assert all("historical" in a.aux for a in attacks if a is not attack)


def test_a_tally_joined_to_a_running_total_is_background(pipeline: Pipeline) -> None:
    # the second perfect hangs on the "since" clause; it tallies the same period
    text = (
        "The governor said 300 civilians have been killed since Russia invaded the region "
        "in 2022 and that 900 have been injured."
    )
    attacks = of_type(Layers(text).actor("Russia", RUS).run(pipeline), "ASSAULT")
    assert attacks
    assert not happened(tuple(attacks))


@pytest.mark.parametrize(
    "text",
    [
        # a period that starts on a date may be the event's own
        "At least 40 people have been killed since Saturday in clashes in the city.",
        "Rebels have been disarmed since the August 13 peace accord.",
    ],
)
def test_a_dated_start_is_no_background_tally(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert events and all("historical" not in e.aux for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a planned attack on a market in the capital was foiled.",
        "The cell planned an attack on a market in the capital, police said.",
        "The militants were preparing a bombing of the market, police said.",
    ],
)
def test_a_planned_attack_is_future(pipeline: Pipeline, text: str) -> None:
    events = pipeline.annotate(Document("m", text, dt.date(2025, 3, 10))).annotations.events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all("future" in e.aux for e in attacks)


def test_a_tally_since_a_day_long_past_is_background(pipeline: Pipeline) -> None:
    text = (
        "Airstrikes on the port city killed six people on Monday, the ministry said. "
        "More than 1,900 people have been killed in the country since March last year, "
        "the ministry says."
    )
    result = pipeline.annotate(Document("t", text, dt.date(2024, 11, 4)))
    reported = [e for e in result.annotations.events if e.type == "ASSAULT" and not e.aux]
    assert reported and all(e.size.dead == 6 for e in reported)


def test_a_total_since_a_recent_day_is_still_a_report(pipeline: Pipeline) -> None:
    text = "Five people have been killed since Monday in clashes between rival gangs."
    result = pipeline.annotate(Document("t", text, dt.date(2024, 6, 12)))
    reported = [e for e in result.annotations.events if e.type == "ASSAULT" and not e.aux]
    assert [e.size.dead for e in reported] == [5]
