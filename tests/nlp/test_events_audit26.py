"""Real-news precision audit: weapons sent abroad, their makers and carriers, purposes a
gathering already voices, and stated openness to talks."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import GBR, POL, UKR, Actor, Layers, countries, happened, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Norway announced that it will send air defence missiles and artillery shells to Moldova.",
        "The Dutch government is sending more military aid to Georgia, including armoured cars.",
        "Canada will send four fighter jets and two transport helicopters to Ghana.",
    ],
)
def test_weapons_sent_to_another_country_are_aid(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert of_type(events, "AID")
    assert not of_type(events, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sent more troops and tanks to the border region.",
        "The general sent tanks to the front line overnight.",
        "Paris will send two hundred soldiers to Estonia.",
    ],
)
def test_forces_sent_somewhere_still_mobilize(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert of_type(events, "MOBILIZE")
    assert not of_type(events, "AID")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hundreds of students gathered outside parliament to protest the media law.", "PROTEST"),
        ("Farmers marched through the capital to demand lower fuel prices.", "REQUEST"),
        ("Three coastal states wrote to the council to denounce the raid on the port.", "ACCUSE"),
        ("Nurses rallied in front of the ministry in order to oppose the wage freeze.", "REJECT"),
    ],
)
def test_what_a_gathering_gathers_to_voice_is_voiced(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = of_type(Layers(text).run(pipeline), kind)
    assert events and happened(tuple(events))


@pytest.mark.parametrize(
    ("text", "kind", "aux"),
    [
        ("Militants gathered near the base to attack it.", "ASSAULT", "hypothetical"),
        ("Students will gather outside the parliament to protest the law.", "PROTEST", "future"),
    ],
)
def test_other_purposes_of_a_gathering_stay_unreported(
    pipeline: Pipeline, text: str, kind: str, aux: str
) -> None:
    events = of_type(Layers(text).run(pipeline), kind)
    assert events and aux in events[0].aux


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said Oslo is open to talks with the rebels.",
        "The president said she was open to holding a meeting with her Serbian counterpart.",
        "The government says it is open to exchanging the prisoners.",
    ],
)
def test_being_open_to_an_act_reports_none(pipeline: Pipeline, text: str) -> None:
    events = Layers(text).run(pipeline)
    assert events and not happened(events)


def test_opening_talks_still_reports_them(pipeline: Pipeline) -> None:
    events = Layers("Kenya opened talks with the rebel delegation on Monday.").run(pipeline)
    assert of_type(events, "CONSULT") and happened(events)


LTU = Actor("LTU-NAV", "Lithuanian Navy", "LTU", "MIL")


@pytest.mark.parametrize(
    ("text", "named", "actor"),
    [
        ("Britain will donate two Lithuanian Navy minehunters to Ukraine.", "Lithuanian Navy", LTU),
        ("Britain is sending twelve Polish Arms howitzers to Ukraine.", "Polish Arms", POL),
    ],
)
def test_who_is_named_in_the_gift_receives_nothing(
    pipeline: Pipeline, text: str, named: str, actor: Actor
) -> None:
    layers = Layers(text).actor("Britain", GBR).actor("Ukraine", UKR).actor(named, actor, "ORG")
    [aid] = of_type(layers.run(pipeline), "AID")
    assert countries(aid.recipient) == {"UKR"}


def test_the_aided_object_still_receives(pipeline: Pipeline) -> None:
    layers = Layers("Britain funded Ukraine for a second year.").actor("Britain", GBR)
    [aid] = of_type(layers.actor("Ukraine", UKR).run(pipeline), "AID")
    assert countries(aid.recipient) == {"UKR"}
