"""Attackers named only by a claim of responsibility or by blame; the lead's attack first."""

from __future__ import annotations

import datetime as dt

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


REB = Actor("g:REB", "Islamist insurgents", None, "REB")
MILITIA = Actor("g:PRM", "Militiamen", None, "PRM")
CODECO = Actor("o:codeco", "CODECO", "COD", "PRM")


def test_a_claim_replaces_a_group_known_only_by_its_kind(pipeline: Pipeline) -> None:
    text = (
        "Islamist insurgents killed a nun at a mission in Kharkiv on Tuesday night.\n\n"
        "The Islamic State group claimed the attack on Wednesday."
    )
    layers = (
        Layers(text)
        .actor("Islamist insurgents", REB, "GROUP")
        .place("Kharkiv", KHARKIV)
        .actor("The Islamic State group", IMG, "ORG")
    )
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert attacks and all(countries(a.actor) == {"IMG"} for a in attacks)


def test_blame_reaches_the_lead_attack_told_again_before_it(pipeline: Pipeline) -> None:
    text = (
        "Militiamen killed 46 people in an attack on a camp in Kharkiv on Monday.\n\n"
        "A base nearby sent peacekeepers after gunfire was heard.\n\n"
        "Local officials blamed the CODECO militia."
    )
    layers = (
        Layers(text)
        .actor("Militiamen", MILITIA, "GROUP")
        .place("Kharkiv", KHARKIV)
        .actor("the CODECO militia", CODECO, "ORG")
    )
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    [lead] = [a for a in attacks if a.size.dead == 46]
    assert countries(lead.actor) == {"COD"}


def test_a_background_attack_is_never_the_claimed_one(pipeline: Pipeline) -> None:
    text = (
        "In 2019, gunmen killed 12 people in Kharkiv.\n\n"
        "A bomb exploded in a market in Kharkiv on Sunday, killing six people.\n\n"
        "The Islamic State group claimed responsibility for the attack."
    )
    layers = (
        Layers(text)
        .timex("2019", "2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31))
        .place("Kharkiv", KHARKIV)
        .place("Kharkiv", KHARKIV, nth=1)
        .actor("The Islamic State group", IMG, "ORG")
    )
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    [old] = [a for a in attacks if a.size.dead == 12]
    assert "IMG" not in countries(old.actor)


def test_the_group_an_attacker_belonged_to_is_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up inside a church in Kharkiv on Sunday, killing 25 "
        "worshippers. The interior ministry said the attacker belonged to the Islamic State "
        "group."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("the Islamic State group", IMG, "ORG")
    [attack] = of_type(layers.run(pipeline), "ASSAULT")
    assert countries(attack.actor) == {"IMG"}


def test_what_a_thing_belongs_to_names_no_attacker(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded in a market in Kharkiv on Sunday, killing six people. "
        "The market belonged to the Islamic State group."
    )
    layers = Layers(text).place("Kharkiv", KHARKIV).actor("the Islamic State group", IMG, "ORG")
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert all("IMG" not in countries(a.actor) for a in attacks)


TTP = Actor("o:tpp", "Tehrik-i-Taliban Pakistan", "PAK", "REB")


def test_a_claim_names_the_attack_on_its_responsibility_noun(pipeline: Pipeline) -> None:
    text = (
        "The TTP claimed responsibility for a suicide bombing that killed 23 soldiers in "
        "Kharkiv on Tuesday."
    )
    layers = Layers(text).actor("TTP", TTP, "ORG").place("Kharkiv", KHARKIV)
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    assert attacks and all(countries(a.actor) == {"PAK"} for a in attacks)


def test_a_definite_claimed_attack_is_the_one_already_told(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire in a church in Kharkiv on Sunday, killing 12 people.\n\n"
        "The TTP on Tuesday claimed responsibility for Monday's attack."
    )
    layers = (
        Layers(text)
        .actor("Gunmen", GANG, "GROUP")
        .place("Kharkiv", KHARKIV)
        .actor("TTP", TTP, "ORG")
    )
    attacks = of_type(layers.run(pipeline), "ASSAULT")
    [lead] = [a for a in attacks if a.size.dead == 12]
    assert countries(lead.actor) == {"PAK"}
