"""Arguments the small parser hangs in the wrong place: a passive's "by" agent on the
clause around it, a subject joined to a fronted phrase, a reporter after the sentence read
as a side; and who acts on an accusation or under a deal.

Fixture sentences are written for these tests (reporting events in our own words).
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import countries, of_type

DAY = dt.date(2000, 1, 1)


def events_of(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    return pipeline.annotate(Document("t", text, DAY)).annotations.events


def test_a_passive_agent_hung_on_the_outer_clause_is_still_the_agent(pipeline: Pipeline) -> None:
    text = (
        "The governor has been accused of misusing up to 5 million dollars in state funds, "
        "much of it thought to have been hidden, by Bolivian opposition lawmakers."
    )
    (accuse,) = of_type(events_of(pipeline, text), "ACCUSE")
    assert countries(accuse.actor) == {"BOL"}


def test_a_passive_agent_after_a_reporting_aside_is_the_agent(pipeline: Pipeline) -> None:
    text = "The village was shelled, residents said, by Sudanese government forces."
    (attack,) = of_type(events_of(pipeline, text), "ASSAULT")
    assert countries(attack.actor) == {"SDN"}


def test_a_by_phrase_of_an_active_clause_is_no_agent(pipeline: Pipeline) -> None:
    # "by night" belongs to the advance; the capture keeps no agent from it.
    text = "The town was captured as Chadian troops advanced by night."
    for event in events_of(pipeline, text):
        assert all(p.text != "night" for p in event.actor)


def test_the_subject_joined_to_a_fronted_phrase_acts(pipeline: Pipeline) -> None:
    text = (
        "With the signing of a Memorandum of Understanding on Border Security, the Malian "
        "government and the rebels have agreed to reopen the roads."
    )
    agree = [e for e in events_of(pipeline, text) if e.type == "AGREE" and e.actor]
    assert agree
    assert "MLI" in countries(agree[0].actor)


def test_who_acts_on_allegations_makes_them(pipeline: Pipeline) -> None:
    text = "Kenyan authorities detained 30 students on allegations of sedition."
    events = events_of(pipeline, text)
    (accuse,) = of_type(events, "ACCUSE")
    assert countries(accuse.actor) == {"KEN"}
    (coerce,) = of_type(events, "COERCE")
    assert countries(coerce.actor) == {"KEN"}


def test_allegations_in_a_passive_clause_have_no_maker(pipeline: Pipeline) -> None:
    text = "Thirty students were detained in Nairobi on allegations of sedition."
    for accuse in of_type(events_of(pipeline, text), "ACCUSE"):
        assert not [p for p in accuse.actor if p.text == "Thirty students"]


def test_a_reporter_after_the_sentence_is_no_second_object(pipeline: Pipeline) -> None:
    text = (
        "Police officers beat the detained migrants with impunity, a human rights "
        "organization charged on Saturday."
    )
    events = events_of(pipeline, text)
    assert of_type(events, "ASSAULT")
    for event in events:
        assert "NGO" not in countries(event.recipient)


def test_a_reporter_read_as_a_participle_acts_in_its_report(pipeline: Pipeline) -> None:
    text = (
        "The Zambian authorities are failing to protect the land rights of Zambian farmers, "
        "a human rights group protested here on Monday."
    )
    events = events_of(pipeline, text)
    for event in events:
        assert "NGO" not in countries(event.recipient)
    (accuse,) = of_type(events, "ACCUSE")
    assert countries(accuse.actor) == {"NGO"}


def test_who_acts_under_a_deal_is_a_party_to_it(pipeline: Pipeline) -> None:
    text = "Colombian rebels released 40 prisoners under a deal brokered by Cuba."
    (agree,) = of_type(events_of(pipeline, text), "AGREE")
    assert countries(agree.actor) == {"COL"}


def test_who_acts_as_part_of_a_deal_is_a_party_to_it(pipeline: Pipeline) -> None:
    text = "Ethiopia will reopen the border crossings as part of a deal with Eritrea."
    (agree,) = of_type(events_of(pipeline, text), "AGREE")
    assert countries(agree.actor) == {"ETH"}
    assert countries(agree.recipient) == {"ERI"}
