"""Attackers named only by a claim of responsibility or by blame; the lead's attack first."""

from __future__ import annotations

from dateline.model import Actor
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import KHARKIV, RUS_MIL, Layers, countries, of_type

IMG = Actor("IMG-IS", "Islamic State", "IMG", "IMG")
TUR = Actor("TUR", "Turkey", "TUR", "GOV")
IRQ = Actor("IRQ", "Iraq", "IRQ", "GOV")
GANG = Actor("g:gunmen", "gunmen", None, None)


def test_a_claim_names_the_attacker_of_an_unnamed_attack(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded in a market in Kharkiv on Sunday, killing six people.\n\n"
        "The Islamic State group claimed responsibility for the bombing on Monday."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("The Islamic State group", IMG, "ORG")
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"IMG"}
    assert len(attack.evidence) == 2  # the claim's sentence is evidence of the attacker


def test_a_claimed_phrase_names_its_own_attack(pipeline: Pipeline) -> None:
    text = (
        "The Islamic State group claimed responsibility on Monday for a bombing at a "
        "market in Kharkiv that killed six people on Sunday."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("The Islamic State group", IMG, "ORG")
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert attacks and all(countries(a.actor) == {"IMG"} for a in attacks)


def test_a_claim_never_overrides_a_named_attacker(pipeline: Pipeline) -> None:
    text = (
        "Russian forces shelled a market in Kharkiv on Sunday, killing six people. "
        "The Islamic State group claimed responsibility for the attack."
    )
    layers = (
        Layers(text)
        .actor("Russian forces", RUS_MIL, "NORP")
        .place("Kharkiv", KHARKIV)
        .actor("The Islamic State group", IMG, "ORG")
    )
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"RUS"}


def test_a_claim_that_is_a_statement_names_nobody(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded in a market in Kharkiv on Sunday, killing six people. "
        "The Islamic State group claimed that dozens had died."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("The Islamic State group", IMG, "ORG")
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert all("IMG" not in countries(a.actor) for a in attacks)


def test_blame_names_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "Artillery shells hit a resort in Kharkiv on Wednesday, killing nine tourists. "
        "Iraq blamed Turkey, which denied involvement."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("Iraq", IRQ).actor("Turkey", TUR)
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"TUR"}


def test_blame_on_a_group_hung_on_the_attack_noun(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire in a church in Kharkiv on Sunday, killing 12 people. "
        "Iraq on Thursday blamed the attack on the Islamic State group."
    )
    layers = (
        Layers(text)
        .actor("Gunmen", GANG, "GROUP")
        .place("Kharkiv", KHARKIV)
        .actor("Iraq", IRQ)
        .actor("the Islamic State group", IMG, "ORG")
    )
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"IMG"}


def test_the_leads_attack_is_more_confident_than_background(pipeline: Pipeline) -> None:
    text = (
        "Russian forces shelled a market in Kharkiv on Sunday, killing six people, the "
        "governor told reporters who had gathered there.\n\n"
        "Officials said the city was calm on Monday.\n\n"
        "In January, Russian forces killed 12 people in a strike on a hotel in Kharkiv."
    )
    layers = Layers(text).actor("Russian forces", RUS_MIL, "NORP").place("Kharkiv", KHARKIV)
    layers.actor("Russian forces", RUS_MIL, "NORP", nth=1).place("Kharkiv", KHARKIV, nth=1)
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    main = max(attacks, key=lambda e: e.confidence)
    assert main.size.dead == 6
