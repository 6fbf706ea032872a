"""dates28: event dates on unseen text: a sentence's opening month or year, known events
named with a possessive or bare, and atrocities named in passing (own sentences)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event
from dateline.nlp.known_events import KnownEvents
from dateline.pipeline import Pipeline
from dateline.rules import load_rules

PUBLISHED = dt.date(2024, 3, 15)


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, Event]]:
    result = pipeline.annotate(Document("d", text, PUBLISHED))
    return [(text[e.trigger.start : e.trigger.end], e) for e in result.annotations.events]


def _one(pipeline: Pipeline, text: str, trigger: str) -> Event:
    (event,) = [e for word, e in _events(pipeline, text) if word == trigger]
    return event


def test_an_opening_month_dates_a_noun_under_another_verb(pipeline: Pipeline) -> None:
    text = "In August, the envoy helped arrange a meeting between the two delegations."
    meeting = _one(pipeline, text, "meeting")
    assert (meeting.date.value, meeting.date.source) == ("2023-08", "text")
    # a relative clause keeps its own time: the opening year is not the treaty's
    text = "Last year the mayor quit a pact with Ruritania, which had been agreed under his rival."
    for _, e in _events(pipeline, text):
        if e.type == "AGREE":
            assert e.date.source == "publication"


def test_an_opening_year_after_a_lead_in_dates_a_loose_conjunct(pipeline: Pipeline) -> None:
    text = (
        "To rebuild its navy, in 2017, Ruritania bought two frigates from a Dutch yard, "
        "then agreed with Norway to build a third."
    )
    agreed = _one(pipeline, text, "agreed")
    assert (agreed.date.value, agreed.date.source) == ("2017", "text")
    assert "historical" in agreed.aux
    # the year of a clause with its own subject is that clause's
    text = "Although rebels attacked the town in 2019, the army later signed a truce with them."
    for word, e in _events(pipeline, text):
        if e.type != "ASSAULT":
            assert e.date.source == "publication", word


def test_a_possessive_names_the_full_scale_invasion(pipeline: Pipeline) -> None:
    text = "A court in The Hague told Moscow to halt its invasion of Ukraine."
    invasion = _one(pipeline, text, "invasion")
    assert invasion.date.start_date == dt.date(2022, 2, 24)


def test_a_bare_invasion_in_a_text_about_ukraine_is_the_full_scale_one(
    pipeline: Pipeline,
) -> None:
    text = "Grain exports from Ukraine have halved since the invasion began."
    invasion = _one(pipeline, text, "invasion")
    assert invasion.date.start_date == dt.date(2022, 2, 24)
    # a text that names another invasion keeps the bare phrase its own
    others = (
        "The invasion of Grenada was brief; Ukraine's envoy said the invasion was legal.",
        "The army began a ground invasion; Ukraine said the invasion must stop.",
    )
    for other in others:
        for word, e in _events(pipeline, other):
            assert e.date.start_date != dt.date(2022, 2, 24), word


def test_an_atrocity_named_in_passing_is_background(pipeline: Pipeline) -> None:
    massacre = _one(pipeline, "Investigators are still examining the Bucha massacre.", "massacre")
    assert "historical" in massacre.aux
    text = "The ombudsman has documented the abduction of Ukrainian children by the occupiers."
    assert "historical" in _one(pipeline, text, "abduction").aux
    # a meeting a name qualifies is the day's news, not background
    summit = _one(pipeline, "Leaders at the G7 summit pledge more aid to Ukraine.", "summit")
    assert "historical" not in summit.aux


def test_the_annexation_of_crimea_with_its_year() -> None:
    known = KnownEvents.from_rules(load_rules("timex_events"))
    text = "Sanctions date from the 2014 annexation of Crimea by Russia."
    (found,) = known.mentions(text)
    assert found.date == dt.date(2014, 3, 18)


def test_an_attack_inside_what_it_was_refers_back(pipeline: Pipeline) -> None:
    """Once "the invasion" is a known event it no longer carries this attack into the one
    reported: the attack must refer back on its own (it failed with the known-event change
    alone, two attacks)."""
    text = (
        "Rebels shelled a barracks near Kharkiv on Monday, killing 40 Ukrainian recruits. It "
        "is the largest loss of life for Ukraine's army in a single attack since the "
        "invasion began."
    )
    attacks = [w for w, e in _events(pipeline, text) if e.type == "ASSAULT" and w != "invasion"]
    assert attacks == ["shelled"]


def test_a_past_month_inside_an_event_nouns_phrase_dates_it(pipeline: Pipeline) -> None:
    text = (
        "The agency released files from an investigation launched in June by the security "
        "service into a former deputy minister."
    )
    inquiry = _one(pipeline, text, "investigation")
    assert (inquiry.date.value, inquiry.date.source) == ("2023-06", "text")
    # a clause deeper in the phrase tells another act's time
    text = (
        "Officials opened an investigation into the sinking of the ferry, which was built in 1985."
    )
    for word, e in _events(pipeline, text):
        assert e.date.value != "1985", word
