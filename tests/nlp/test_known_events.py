"""Known dated events: the phrases that name one event wherever they appear
(dateline.nlp.known_events), and the event dates they give."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document
from dateline.nlp.known_events import KnownEvents
from dateline.pipeline import Pipeline
from dateline.rules import load_rules


def test_only_phrases_marked_as_one_event_are_used() -> None:
    raw = {
        "events": [
            {"name": "a siege", "date": "1999-03-01", "of": ["the\\s+siege\\s+of\\s+Xland"]},
            {
                "name": "an invasion",
                "date": "2001-05-02",
                "of": ["the\\s+invasion\\s+of\\s+Yland"],
                "one_event": True,
            },
        ]
    }
    known = KnownEvents.from_rules(raw)
    text = "After the siege of Xland and the invasion of Yland, talks began."
    (found,) = known.mentions(text)
    assert text[found.start : found.end] == "the invasion of Yland"
    assert found.date == dt.date(2001, 5, 2)


def test_a_cue_gates_its_phrases_case_blind() -> None:
    spec = {"name": "a siege", "date": "1999-03-01", "of": ["the\\s+siege\\s+of\\s+Xland"]}
    raw = {"events": [{**spec, "one_event": True, "cue": "siege"}]}
    known = KnownEvents.from_rules(raw)
    assert len(known.mentions("Since THE SIEGE OF XLAND the road is shut.")) == 1
    # a cue the phrases do not share hides them: the cue really is a gate
    hidden = KnownEvents.from_rules({"events": [{**spec, "one_event": True, "cue": "zzz"}]})
    assert hidden.mentions("Since the siege of Xland the road is shut.") == ()


def test_the_shipped_rules_name_the_invasion_of_ukraine() -> None:
    known = KnownEvents.from_rules(load_rules("timex_events"))
    text = "It was his first visit since Russia's full-scale invasion of Ukraine."
    (found,) = known.mentions(text)
    assert found.date == dt.date(2022, 2, 24)
    assert text[found.start : found.end] == "Russia's full-scale invasion of Ukraine"


def _invasions(pipeline: Pipeline, text: str, published: dt.date) -> list[object]:
    result = pipeline.annotate(Document("d", text, published))
    return [e for e in result.annotations.events if e.type == "ASSAULT"]


def test_a_mention_of_a_known_invasion_years_later_is_background(pipeline: Pipeline) -> None:
    text = (
        "The chancellor travelled to Kyiv on Monday, her first trip there since the start "
        "of the Russian invasion of Ukraine."
    )
    (event,) = _invasions(pipeline, text, dt.date(2024, 5, 20))
    assert event.date.value == "2022-02-24" and event.date.source == "text"
    assert event.date.span is not None
    assert text[event.date.span.start : event.date.span.end] == "the Russian invasion of Ukraine"
    assert "historical" in event.aux


def test_a_known_invasion_reported_the_next_day_is_dated_to_its_day(pipeline: Pipeline) -> None:
    text = "Russia's invasion of Ukraine killed dozens of soldiers, officials said."
    (event,) = _invasions(pipeline, text, dt.date(2022, 2, 25))
    assert event.date.value == "2022-02-24"
    assert event.aux == ()


def test_a_known_event_named_beside_a_report_does_not_lend_it_its_day(
    pipeline: Pipeline,
) -> None:
    text = (
        "Romanian jets shot down a drone over the delta overnight, the first such "
        "interception since the start of the full-scale invasion of Ukraine."
    )
    events = _invasions(pipeline, text, dt.date(2025, 10, 2))
    reported = [e for e in events if not e.aux]
    background = [e for e in events if "historical" in e.aux]
    assert reported and all(e.date.value == "2025-10-02" for e in reported)
    assert [e.date.value for e in background] == ["2022-02-24"]


def test_an_attack_with_an_old_written_date_does_not_join_todays(pipeline: Pipeline) -> None:
    text = (
        "It was reported on Monday that Marcus Hale was stabbed in the neck while in prison. "
        "Hale, 71, is serving a life sentence for the 1979 assassination of Governor Ellis Park."
    )
    events = _invasions(pipeline, text, dt.date(2024, 3, 6))
    today = [e for e in events if not e.aux]
    assert [e.date.value for e in today] == ["2024-03-04"]
    assert any(e.date.value == "1979" and "historical" in e.aux for e in events)
