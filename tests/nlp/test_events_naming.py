"""Words that say what something is name no event, a verb that names its object neither
stages nor plans it, and a phrase about a subject or an owner is no scene.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Actor, Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import UKR, Layers, countries, happened, of_type

IRN = Actor("IRN", "Iran", "IRN", "GOV")
DAY = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The final communique described Russia as a long-term threat to European security.",
        "Several governments now see Russia as a threat to the whole continent.",
        "Diplomats said the drone flights posed a threat to civil aviation.",
        "Analysts regard the missile tests as a threat to regional stability.",
    ],
)
def test_a_threat_that_describes_something_is_no_threat_event(
    pipeline: Pipeline, text: str
) -> None:
    assert of_type(Layers(text).run(pipeline), "THREATEN") == []


def test_an_issued_threat_is_still_a_threat(pipeline: Pipeline) -> None:
    text = "Iran issued a threat to close the strait to tankers."
    events = Layers(text).actor("Iran", IRN).run(pipeline)
    threats = of_type(events, "THREATEN")
    assert len(threats) == 1
    assert countries(threats[0].actor) == {"IRN"}


def test_the_one_who_names_an_attack_did_not_carry_it_out(pipeline: Pipeline) -> None:
    text = "Ukraine's foreign minister called Saturday's missile attack on the port a war crime."
    events = Layers(text).actor("Ukraine", UKR).run(pipeline)
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].actor == ()
    assert attacks[0].aux == ()


def test_a_named_attack_is_reported_not_requested(pipeline: Pipeline) -> None:
    text = "The mayor called the attack on the market a deliberate strike on civilians."
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert len(attacks) == 1
    assert happened(tuple(attacks)) == attacks


def test_witnesses_describing_an_attack_keep_the_attack(pipeline: Pipeline) -> None:
    text = "Witnesses described the attack on the market, which killed 12 people."
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].size is not None and attacks[0].size.dead == 12


# -- where a meeting or a proposal is ----------------------------------------------------


def _event(pipeline: Pipeline, text: str, kind: str) -> Event:
    found = [e for e in pipeline.annotate(Document("n", text, DAY)).annotations.events]
    return next(e for e in found if e.type == kind)


def test_a_summit_happens_where_its_travellers_fly(pipeline: Pipeline) -> None:
    text = "The president left Ankara on Monday, flying to Doha for a summit on the future of Gaza."
    loc = _event(pipeline, text, "CONSULT").location
    assert loc is not None and loc.place.country == "QAT"


def test_a_meeting_on_a_situation_is_not_held_there(pipeline: Pipeline) -> None:
    text = "Diplomats met in Geneva on Friday for talks on the situation in Sudan."
    loc = _event(pipeline, text, "CONSULT").location
    assert loc is not None and loc.place.country == "CHE"


def test_a_country_that_owns_a_proposal_is_not_its_place(pipeline: Pipeline) -> None:
    text = "Ukraine said on Tuesday that it was ready to accept a US proposal for a truce."
    assert _event(pipeline, text, "AGREE").location is None


def test_bases_a_country_owns_lie_where_the_text_puts_them(pipeline: Pipeline) -> None:
    text = "Iranian missiles struck US bases in Qatar on Monday night."
    loc = _event(pipeline, text, "ASSAULT").location
    assert loc is not None and loc.place.country == "QAT"


def test_a_border_keeps_its_country(pipeline: Pipeline) -> None:
    text = "Gunmen fired rockets across the Afghanistan border at a police post on Sunday."
    loc = _event(pipeline, text, "ASSAULT").location
    assert loc is not None and loc.place.country == "AFG"


def test_a_joined_reporting_verb_lends_its_subject_to_its_forces(pipeline: Pipeline) -> None:
    text = (
        "Moscow denied the report on Wednesday and said its drones had been attacking "
        "military sites in western Ukraine."
    )
    attacks = of_type(pipeline.annotate(Document("n", text, DAY)).annotations.events, "ASSAULT")
    assert attacks and countries(attacks[0].actor) == {"RUS"}


# -- attacks that are only feared, allowed or banned ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president lifted restrictions on the use of long-range weapons for deep attacks.",
        "Officials said the invasion could come at any moment.",
    ],
)
def test_an_allowed_or_feared_attack_is_not_reported(pipeline: Pipeline, text: str) -> None:
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert attacks and all(a.aux for a in attacks)


def test_a_known_invasion_named_without_its_target_is_background(pipeline: Pipeline) -> None:
    text = "Refugees from regions directly affected by the Russian invasion lost their support."
    day = dt.date(2024, 8, 21)
    events = pipeline.annotate(Document("n", text, day)).annotations.events
    invasion = of_type(events, "ASSAULT")
    assert invasion and invasion[0].aux == ("historical",)
    assert invasion[0].date.value == "2022-02-24"


def test_a_known_event_is_not_named_before_it_happened(pipeline: Pipeline) -> None:
    text = "Diplomats warned that the Russian invasion could come within days."
    events = pipeline.annotate(Document("n", text, dt.date(2022, 1, 20))).annotations.events
    invasion = of_type(events, "ASSAULT")
    assert invasion and invasion[0].date.value != "2022-02-24"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody attacked the convoy on its way to the border.",
        "Hundreds gathered at the gates, but no one tried to storm the base.",
        "No militants attacked the village that night.",
    ],
)
def test_an_attack_nobody_made_is_negated(pipeline: Pipeline, text: str) -> None:
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert attacks and all("negation" in a.aux for a in attacks)


def test_nobody_killed_in_an_attack_keeps_the_attack(pipeline: Pipeline) -> None:
    text = "No one was killed in the attack on the convoy."
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert attacks and happened(tuple(attacks)) == attacks


@pytest.mark.parametrize(
    "text",
    [
        "The driver struck a guard rail and flipped the truck.",
        "The tanker struck a reef off the coast.",
    ],
)
def test_striking_an_obstacle_is_an_accident(pipeline: Pipeline, text: str) -> None:
    assert of_type(Layers(text).run(pipeline), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Did the army shell the village last night?",
        "Will the rebels attack the capital again?",
        "Which of the president's decisions do you support?",
    ],
)
def test_a_question_reports_nothing(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert events and all(e.aux for e in events)


def test_a_question_about_who_attacked_keeps_the_attack(pipeline: Pipeline) -> None:
    attacks = of_type(Layers("Who attacked the convoy near the border?").run(pipeline), "ASSAULT")
    assert attacks and happened(tuple(attacks)) == attacks


def test_findings_that_support_a_claim_are_no_support_event(pipeline: Pipeline) -> None:
    text = "A UN report concluded that the evidence supported his account of the killing."
    assert of_type(Layers(text).run(pipeline), "SUPPORT") == []


def test_two_titled_leaders_who_meet_are_both_actors(pipeline: Pipeline) -> None:
    text = (
        "President Donald Trump and President Vladimir Putin met for nearly three hours "
        "at a military base in Alaska on Friday."
    )
    events = pipeline.annotate(Document("n", text, DAY)).annotations.events
    meetings = of_type(events, "CONSULT")
    assert meetings and countries(meetings[0].actor) == {"USA", "RUS"}


def test_a_toll_the_ministry_gave_on_a_later_day_counts_the_attack_told_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Militants attacked an army outpost in western Niger on Friday. Ten soldiers were "
        "killed and 13 wounded, the defence ministry said in a statement on Sunday."
    )
    events = pipeline.annotate(Document("n", text, dt.date(2023, 2, 12))).annotations.events
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].size is not None and attacks[0].size.dead == 10
    assert attacks[0].date.value == "2023-02-10"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Saudi-led coalition bombed a bus in the north on Thursday, killing 40.", "SAU"),
        ("A US-led coalition air strike killed 20 civilians near the town on Thursday.", "USA"),
    ],
)
def test_the_side_that_leads_a_coalition_is_its_actor(
    pipeline: Pipeline, text: str, country: str
) -> None:
    events = pipeline.annotate(Document("n", text, DAY)).annotations.events
    attacks = of_type(events, "ASSAULT")
    assert attacks and countries(attacks[0].actor) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire in the old town on Monday evening, killing four people before "
        "police shot him dead.",
        "Gunmen stormed a hotel in the capital, killing nine guests before soldiers killed them.",
    ],
)
def test_who_kills_the_attacker_is_not_the_attacker(pipeline: Pipeline, text: str) -> None:
    attacks = of_type(Layers(text).run(pipeline), "ASSAULT")
    assert len(attacks) == 1
    assert not any(p.name in ("police", "soldiers") for p in attacks[0].actor)


def test_a_scene_the_parser_hangs_on_the_means_is_the_events(pipeline: Pipeline) -> None:
    text = "Thousands of farmers blocked roads with tractors across Poland on Tuesday."
    events = pipeline.annotate(Document("n", text, DAY)).annotations.events
    protests = of_type(events, "PROTEST")
    assert protests and protests[0].location is not None
    assert protests[0].location.place.country == "POL"
    assert countries(protests[0].actor) == {"POL"}


def test_an_occupation_official_names_no_occupation(pipeline: Pipeline) -> None:
    # the trigger noun only says which official: no COERCE of its own
    text = "The occupation official said the bridge had been closed for repairs."
    assert not of_type(Layers(text).run(pipeline), "COERCE")


def test_a_fighting_age_names_no_fight(pipeline: Pipeline) -> None:
    text = "Thousands of fighting-age men crossed the border into Georgia."
    assert not of_type(Layers(text).run(pipeline), "ASSAULT")
