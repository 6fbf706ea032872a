"""Readings found by auditing the component on real news (our own sentences here).

Clock times after a weekday, race times and sentences of several units, weekdays of an
earlier meeting in a summary told in the present, plans in a clause told in the present,
"after weeks of fighting" and "until early evening".
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import VALUE, found, timexes

MONDAY = dt.date(2026, 2, 23)


def test_a_clock_time_after_a_weekday_is_no_day_of_the_month(pipeline: Pipeline) -> None:
    got = found(pipeline, "Aftershocks were counted as of Saturday 9:00 p.m. local time.", MONDAY)
    assert got.get("Saturday") == ("DATE", "2026-02-21")
    assert not any(t.startswith("Saturday 9") for t in got)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Her winning time was 2 hours 14 minutes 5 seconds.",
            "2 hours 14 minutes 5 seconds",
            "PT2H14M5S",
        ),
        (
            "The record stood at 1 hour 58 minutes 12.5 seconds.",
            "1 hour 58 minutes 12.5 seconds",
            "PT1H58M12.5S",
        ),
        ("He served three years and six months in prison.", "three years and six months", "P3Y6M"),
    ],
)
def test_units_in_a_row_are_one_duration(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DURATION", value)


def test_units_in_no_order_stay_apart(pipeline: Pipeline) -> None:
    got = found(pipeline, "The curfew lasts two days, three weeks in some towns.", MONDAY)
    assert got.get("two days") == ("DURATION", "P2D")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A summary told in the present: the meeting it follows has taken place.
        (
            "The premier visits Beijing following talks with the president on Thursday.",
            "Thursday",
            "2026-02-19",
        ),
        (
            "The minister flies to Kyiv after meeting with his counterpart on Friday.",
            "Friday",
            "2026-02-20",
        ),
        # Scheduled in the present with nothing before it: still ahead.
        ("The minister flies to Kyiv on Friday.", "Friday", "2026-02-27"),
    ],
)
def test_a_weekday_of_what_a_present_summary_follows_is_past(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DATE", value)


def test_a_plan_inside_a_present_clause_lies_ahead(pipeline: Pipeline) -> None:
    text = "The federation strips the city of the games scheduled for August."
    assert found(pipeline, text, MONDAY).get("August") == ("DATE", "2026-08")


def test_a_plan_inside_a_past_clause_is_the_clause_s(pipeline: Pipeline) -> None:
    text = "The rally planned for November was cancelled."
    assert found(pipeline, text, MONDAY).get("November") == ("DATE", "2025-11")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Rebels retook the town after weeks of fighting.", "weeks", "PXW"),
        ("Talks resumed following months of deadlock.", "months", "PXM"),
    ],
)
def test_units_of_a_struggle_before_an_act_are_durations(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DURATION", value)


def test_years_of_a_thing_stay_out(pipeline: Pipeline) -> None:
    assert "years" not in found(pipeline, "The archive holds years of letters.", MONDAY)


def test_early_evening_of_the_day_told(pipeline: Pipeline) -> None:
    text = "On Sunday, marchers walked from the park until early evening."
    assert found(pipeline, text, MONDAY).get("early evening") == ("TIME", "2026-02-22TEV")


def test_early_evening_of_no_day_told_stays_out(pipeline: Pipeline) -> None:
    assert "early evening" not in found(pipeline, "Bats hunt until early evening.", MONDAY)


def test_a_record_set_on_a_day_is_past(pipeline: Pipeline) -> None:
    text = "The index ends the day near the record high set on Aug. 6."
    assert found(pipeline, text, MONDAY).get("Aug. 6") == ("DATE", "2025-08-06")


def test_a_weekday_the_tense_leaves_open_is_the_one_named_before(pipeline: Pipeline) -> None:
    text = (
        "The regulator on Wednesday grounded the airline. 'The carrier moves arms and "
        "fighters,' according to a post on Wednesday by the minister."
    )
    got = [t.value for t in timexes(pipeline, text, MONDAY) if t.text == "Wednesday"]
    assert got == ["2026-02-18", "2026-02-18"]


def test_this_weekday_told_in_the_past_has_passed(pipeline: Pipeline) -> None:
    tuesday = dt.date(2026, 2, 24)
    text = "This Sunday, a swimmer crossed the channel on a jet board."
    assert found(pipeline, text, tuesday).get("This Sunday") == ("DATE", "2026-02-22")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The quake struck at 4:15 local time on Sunday (2015 Saturday, UTC).", "2015"),
        ("The tremor hit at 4:40 a.m. Monday (2040 Sunday night, GMT).", "2040"),
        ("The Hungarian daily newspaper Hirlap broke the story.", "daily"),
        ("The story also ran in the daily Népszava.", "daily"),
        ("Students joined the Fridays for Future movement.", "Fridays"),
    ],
)
def test_words_that_only_look_like_times(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in found(pipeline, text, MONDAY)


def test_a_daily_count_is_still_a_set(pipeline: Pipeline) -> None:
    assert found(pipeline, "Crowds protested daily outside the court.", MONDAY).get("daily") == (
        "SET",
        "P1D",
    )


def test_a_date_after_a_clock_s_parenthesis_is_its_day(pipeline: Pipeline) -> None:
    text = "The crash happened around 8:30 p.m. local time (1930 UTC) on August 27."
    got = found(pipeline, text, MONDAY)
    assert got.get("8:30 p.m. local time") == ("TIME", "2025-08-27T20:30")
    assert got.get("1930 UTC") == ("TIME", "2025-08-27T19:30Z")


def test_the_first_day_of_a_story_told_in_the_past(pipeline: Pipeline) -> None:
    text = (
        "She began her sit-in on March 3, 2024, at the town hall. She sat alone on the first day."
    )
    assert found(pipeline, text, MONDAY).get("the first day") == ("DATE", "2024-03-03")


def test_a_running_count_is_still_today(pipeline: Pipeline) -> None:
    text = "Drones struck the city for a second consecutive day."
    assert found(pipeline, text, MONDAY).get("a second consecutive day") == ("DATE", "2026-02-23")


def test_the_day_of_the_thing_a_clock_time_times(pipeline: Pipeline) -> None:
    tuesday = dt.date(2026, 2, 24)
    text = "The agency's 5 p.m. update on Monday put the storm 120 miles offshore."
    assert found(pipeline, text, tuesday).get("5 p.m.") == ("TIME", "2026-02-23T17:00")


@pytest.mark.parametrize(
    "text",
    [
        "It took 0 hours 0 minutes 1.5.5 seconds, then 3 years, 2 years 4 hours.",
        "A wait of 99999999 years 13 months 400 days and 2.5 weeks 3 days ended.",
        "He ran 2 hours 1 minute 39 seconds 12 seconds on Saturday 8:00:00.",
        "Talks after weeks of of fighting until early early evening.",
    ],
)
def test_odd_runs_of_units_stay_valid(pipeline: Pipeline, text: str) -> None:
    for t in timexes(pipeline, text, MONDAY):
        assert VALUE.match(t.value), t.value
        assert text[t.span.start : t.span.end] == t.text
