"""Readings found by running the component over modern news (our own sentences here).

Names that hold a time word, numbers that only look like years or days, and clock times
of a day told in an earlier sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, value_of

MONDAY = dt.date(2026, 2, 23)

# -- time words inside names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The statues on Easter Island face inland.", "Easter"),
        ("The finale of the Great Orchestra of Christmas Charity raised money.", "Christmas"),
        ("The scoop was first reported by the Daily Telegraph.", "Daily"),
        ("News site Daily Maverick said the pleas gave solace.", "Daily"),
        ("A letter ran in the Communist Party daily Granma.", "daily"),
        ("USA Today noted the commission's scope.", "Today"),
        ("Fans dressed as Marty McFly from Back to the Future.", "the Future"),
        ("The uprisings of the Arab Spring began in Tunisia.", "Spring"),
        ("He named the offensive Operation Peace Spring.", "Spring"),
    ],
)
def test_time_word_inside_a_name_is_no_timex(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in found(pipeline, text, MONDAY)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shops close early on Christmas Eve.", "Christmas Eve", "2025-12-24"),
        ("Crowds gathered for Easter Sunday mass.", "Easter Sunday", None),
        ("Migrants drown in the Mediterranean daily.", "daily", "P1D"),
        ("The mayor spoke. Today, the city mourns.", "Today", "2026-02-23"),
        ("Further charges may be laid in the future, police said.", "the future", "FUTURE_REF"),
        ("Last Spring the river flooded.", "Last Spring", "2025-SP"),
        ("Prices rose in Spring 2025.", "Spring 2025", "2025-SP"),
    ],
)
def test_the_same_words_outside_names_stay(
    pipeline: Pipeline, text: str, phrase: str, value: str | None
) -> None:
    got = found(pipeline, text, MONDAY)
    assert phrase in got
    assert value is None or got[phrase][1] == value


# -- numbers that are no years or days -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The island lies 1,100 miles (1770 km) from its neighbour.", "1770"),
        ("The march drew 1500 people to the square.", "1500"),
        ("As of late Tuesday, 20 bodies had been recovered.", "late Tuesday, 20"),
        ("On Friday, 28-year-old Ali Khan stabbed two people.", "Friday, 28"),
        ("Suicides by 10-19 year olds rose.", "10-19 year"),
        ("Congress approved about a quarter as much money as he sought.", "a quarter"),
        ("The city marked the quarter century anniversary of the fair.", "the quarter"),
    ],
)
def test_number_is_no_time(pipeline: Pipeline, text: str, number: str) -> None:
    assert number not in found(pipeline, text, MONDAY)


def test_weekday_before_a_count_keeps_the_weekday(pipeline: Pipeline) -> None:
    assert found(pipeline, "As of late Tuesday, 20 bodies had been recovered.", MONDAY)[
        "late Tuesday"
    ] == ("DATE", "2026-02-17")


def test_the_year_still_reads_before_a_place(pipeline: Pipeline) -> None:
    assert value_of(pipeline, "The ship was built in 1993 in Japan.", "1993", MONDAY) == "1993"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He arrived on Tuesday the 17th.", "Tuesday the 17th", "2026-02-17"),
        ("The vote is on Thursday 26th.", "Thursday 26th", "2026-02-26"),
    ],
)
def test_weekday_with_an_ordinal_day(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


# -- clock times of the day the story tells -------------------------------------------


def test_past_clock_time_takes_the_day_of_an_earlier_sentence(pipeline: Pipeline) -> None:
    text = "A fire yesterday morning destroyed 200 homes. It broke out at around 3:30am."
    got = found(pipeline, text, MONDAY)
    assert got["3:30am"] == ("TIME", "2026-02-22T03:30")


def test_coming_clock_time_stays_on_the_publication_day(pipeline: Pipeline) -> None:
    text = "Police made arrests on Saturday. The minister will speak at 5 p.m."
    assert value_of(pipeline, text, "5 p.m.", MONDAY) == "2026-02-23T17:00"


def test_day_word_after_a_clock_times_parenthesis(pipeline: Pipeline) -> None:
    text = "The storm warning starts at 6 p.m. local time (1700 UTC) tomorrow."
    assert value_of(pipeline, text, "6 p.m. local time", MONDAY) == "2026-02-24T18:00"


# -- seasons and holidays --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The aid package includes winter clothing and drone cameras.", "winter"),
        ("The ministry overpaid for summer camouflage kits.", "summer"),
        ("Twenty athletes will go to the upcoming Winter Paralympics.", "the upcoming Winter"),
    ],
)
def test_season_naming_a_kind_or_an_event_is_no_timex(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert word not in found(pipeline, text, MONDAY)


@pytest.mark.parametrize(
    ("date", "text", "phrase", "value"),
    [
        (dt.date(2026, 3, 10), "The team will tour next summer.", "next summer", "2026-SU"),
        (dt.date(2026, 10, 10), "The team will tour next summer.", "next summer", "2027-SU"),
        (
            dt.date(2026, 3, 10),
            "Fighting may ease in the upcoming winter.",
            "the upcoming winter",
            "2026-WI",
        ),
        (dt.date(2026, 1, 10), "Prices will fall next winter.", "next winter", "2026-WI"),
    ],
)
def test_next_season_is_the_next_to_begin(
    pipeline: Pipeline, date: dt.date, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, date) == value


def test_orthodox_christmas_is_the_seventh_of_january(pipeline: Pipeline) -> None:
    text = "The ceasefire was tied to Orthodox Christmas."
    assert found(pipeline, text, dt.date(2026, 1, 5))["Orthodox Christmas"] == (
        "DATE",
        "2026-01-07",
    )


# -- the future perfect -----------------------------------------------------------------


def test_will_have_points_ahead(pipeline: Pipeline) -> None:
    text = "The agency forecasts that by the year's end, food imports will have risen 10 percent."
    assert value_of(pipeline, text, "the year's end", dt.date(2026, 11, 11)) == "2026"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The advisory, released at 8:00 p.m. AST on Wednesday, placed the storm near Bermuda.",
            "8:00 p.m. AST on Wednesday",
            "2026-02-18T20:00",
        ),
        ("The quake struck at 10:12 NZDT on Sunday.", "10:12 NZDT on Sunday", "2026-02-22T10:12"),
    ],
)
def test_more_zone_words_keep_the_day_in_the_clock_time(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "My favourite time of the day is just after sunset.",
        "The model ignores seasons and the day/night cycle.",
        "She said she longs for the day she can hug them again.",
    ],
)
def test_a_day_of_no_date_is_no_timex(pipeline: Pipeline, text: str) -> None:
    # Any day, a kind of cycle, or a day its own clause defines: not the day told about.
    got = found(pipeline, f"The rescue ended on Friday. {text}", dt.date(2026, 2, 23))
    assert "the day" not in got


def test_the_day_after_a_day_told_about_stays(pipeline: Pipeline) -> None:
    got = found(pipeline, "Shares fell on Friday, ending the day 3% lower.", dt.date(2026, 2, 23))
    assert got["the day"] == ("DATE", "2026-02-20")
