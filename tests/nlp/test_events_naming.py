"""Words that say what something is name no event, and a verb that names its object
neither stages nor plans it.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.model import Actor
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import UKR, Layers, countries, happened, of_type

IRN = Actor("IRN", "Iran", "IRN", "GOV")


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
