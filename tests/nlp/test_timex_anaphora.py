"""Expressions that point back at a date the text named, periods being reported, and
time words that are titles.

Each test uses our own sentences; the publication date is a Monday, 2026-02-23.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes, value_of

MONDAY = dt.date(2026, 2, 23)


# -- "by that time" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The deal must close by June 10. If no price is agreed by that time, it ends.",
            "2026-06-10",
        ),
        ("The firm went public in 2004. At that time, it had 40 staff.", "2004"),
        ("Talks resume on March 3, and until that time the border stays shut.", "2026-03-03"),
    ],
)
def test_that_time_is_the_date_just_named(pipeline: Pipeline, text: str, value: str) -> None:
    assert value_of(pipeline, text, "that time", MONDAY) == value


@pytest.mark.parametrize(
    "text",
    [
        "The firm lost money for five years. During that time, it closed ten plants.",
        "At that time, nobody expected the bank to fail.",
    ],
)
def test_that_time_without_a_date_before_it_is_left_out(pipeline: Pipeline, text: str) -> None:
    assert "that time" not in found(pipeline, text, MONDAY)


# -- "later than planned" ---------------------------------------------------------------


def test_a_delay_set_after_a_date_is_that_date(pipeline: Pipeline) -> None:
    text = "The ship docked on November 11, three days later than originally planned."
    assert found(pipeline, text, MONDAY)["three days later"] == ("DATE", "2025-11-11")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The report came out two weeks later than expected.", "two weeks later", "P2W"),
        ("The train left 20 minutes later than scheduled.", "20 minutes later", "PT20M"),
        ("The vote was held a day earlier than planned.", "a day earlier", "P1D"),
    ],
)
def test_a_delay_compared_with_a_plan_is_a_duration(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DURATION", value)


def test_later_without_than_still_counts_from_the_date(pipeline: Pipeline) -> None:
    text = "The ceasefire was signed on March 3, 2024. Two days later, fighting resumed."
    assert value_of(pipeline, text, "Two days later", MONDAY) == "2024-03-05"


# -- "their best week since" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Stocks had their best week since November.", "week", "2026-W09"),
        ("The pound had its worst day in more than a year.", "day", "2026-02-23"),
        ("On Friday, 20 February, oil had its biggest day since 2022.", "day", "2026-02-20"),
        ("Shares posted their best month on record.", "month", "2026-02"),
    ],
)
def test_a_superlative_period_is_the_one_reported(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "It was the best year of his life.",
        "Tuesday is the busiest day for the clinic.",
        "They picked the worst week to travel.",
    ],
)
def test_a_superlative_without_a_comparison_is_no_timex(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipeline, text, MONDAY) if t.text in ("year", "day", "week")]


# -- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister told BBC Radio 4's Today programme that taxes would rise.",
        'The senator said on ABC\'s "This Week" that the bill would pass.',
        'The envoy spoke on "This Week With Anne Smith" about the talks.',
        "She was a guest on the Tonight Show.",
    ],
)
def test_a_programme_title_is_no_timex(pipeline: Pipeline, text: str) -> None:
    assert not timexes(pipeline, text, MONDAY)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('"This week has been hard," she said.', "This week"),
        ("Today, the programme director resigned.", "Today"),
        ('She said the vote was "Tuesday".', "Tuesday"),
    ],
)
def test_time_words_in_quotes_or_before_nouns_stay(
    pipeline: Pipeline, text: str, phrase: str
) -> None:
    assert phrase in found(pipeline, text, MONDAY)


# -- named days and deferrals ----------------------------------------------------------


def test_election_day_is_the_tuesday_after_the_first_monday_of_november(
    pipeline: Pipeline,
) -> None:
    text = "Turnout on Election Day 2024 beat the last record."
    assert found(pipeline, text, MONDAY)["Election Day 2024"] == ("DATE", "2024-11-05")
    october = dt.date(2026, 10, 20)
    text = "Polls will close at 8 p.m. on Election Day."
    assert value_of(pipeline, text, "Election Day", october) == "2026-11-03"


def test_election_day_in_lower_case_is_left_out(pipeline: Pipeline) -> None:
    assert not timexes(pipeline, "Voters in Britain queued on election day.", MONDAY)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The launch slipped to March 10.", "March 10", "2026-03-10"),
        ("The hearing was moved to Thursday.", "Thursday", "2026-02-26"),
        ("Officials pushed the vote back to April 2.", "April 2", "2026-04-02"),
    ],
)
def test_a_date_something_was_pushed_to_lies_ahead(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


# -- days in words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The march is planned for Sunday, March eighth.", "Sunday, March eighth", "2026-03-08"),
        ("The vote is set for March the third.", "March the third", "2026-03-03"),
        ("She was born on April twenty-first, 1990.", "April twenty-first, 1990", "1990-04-21"),
    ],
)
def test_a_day_in_words_after_a_month_is_a_date(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "They may first need to agree.",
        "Sales in March first rose, then fell.",
        "The deal closed in March last year.",
    ],
)
def test_a_month_before_another_ordinal_is_no_day(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipeline, text, MONDAY) if t.value.count("-") == 2]


# -- the present at large, the past then, and amounts that are not times ----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Life in today's Russia is hard for critics.", "PRESENT_REF"),
        ("This is a turning point for today's GM.", "PRESENT_REF"),
        ("The story ran in today's Times.", "2026-02-23"),
        ("Analysts await today's Apple event.", "2026-02-23"),
    ],
)
def test_today_owning_a_place_or_body_is_the_present(
    pipeline: Pipeline, text: str, value: str
) -> None:
    assert [t.value for t in timexes(pipeline, text, MONDAY)] == [value]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Holders were paid at the then current market price.", "then current"),
        ("The then-current chairman resigned in protest.", "then-current"),
    ],
)
def test_then_current_is_the_past(pipeline: Pipeline, text: str, phrase: str) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", "PAST_REF")


@pytest.mark.parametrize(
    "text",
    [
        "The player stores 75 hours of video and 150 hours of audio.",
        "Investigators reviewed 200 hours of footage.",
        "The phone offers 20 hours of battery life.",
        "Critics attacked the antenna on its most recent phone model.",
    ],
)
def test_recorded_material_and_latest_models_are_no_times(pipeline: Pipeline, text: str) -> None:
    assert not timexes(pipeline, text, MONDAY)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The festival offers two days of music.", "two days", "P2D"),
        ("Most recently, she ran the bank's Asian arm.", "recently", "PAST_REF"),
        ("Profit fell in the most recent quarter.", "the most recent quarter", "2025-Q4"),
    ],
)
def test_event_lengths_and_recent_times_stay(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase][1] == value


# -- years after a prefix, weeks of named days ------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Talks began on the basis of the pre-1967 lines.", "pre-1967", "1967"),
        ("Prices returned to pre-2008 levels.", "pre-2008", "2008"),
        ("The post-1959 order survived the crisis.", "post-1959", "1959"),
    ],
)
def test_a_year_after_pre_or_post_is_that_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "date", "phrase", "value"),
    [
        # Easter 2026 is 5 April; the week began on Monday 30 March
        ("Pilgrims arrived as Easter week began.", dt.date(2026, 3, 31), "Easter week", "2026-W14"),
        # Memorial Day 2026 is Monday 25 May: its weekend is the 23rd and 24th
        (
            "Crowds are expected over the Memorial Day weekend.",
            dt.date(2026, 5, 20),
            "Memorial Day weekend",
            "2026-W21-WE",
        ),
        (
            "Sales rose over the Thanksgiving weekend.",
            MONDAY,
            "Thanksgiving weekend",
            "2025-W48-WE",
        ),
    ],
)
def test_the_week_or_weekend_of_a_named_day(
    pipeline: Pipeline, text: str, date: dt.date, phrase: str, value: str
) -> None:
    assert found(pipeline, text, date)[phrase] == ("DATE", value)


# -- a period restated after a date; "the year of $42" ------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Eight days after Oct. 12, the day before the crash, it fell.", "the day", "2025-10-12"),
        ("Voters queued on Tuesday, the day after the storm.", "the day", "2026-02-17"),
        ("He left in 2019, the year before the pandemic.", "the year", "2019"),
    ],
)
def test_the_day_before_an_event_set_after_a_date_is_that_date(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


def test_the_day_before_an_event_alone_is_left_out(pipeline: Pipeline) -> None:
    assert not timexes(pipeline, "The day before the vote, officials met.", MONDAY)


def test_a_price_after_the_year_does_not_name_the_year(pipeline: Pipeline) -> None:
    text = "The shares touched a high for the year of $42.50."
    assert found(pipeline, text, MONDAY)["the year"] == ("DATE", "2026")


# -- zone words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The shooting happened at 3:15 p.m. ET on Friday.", "3:15 p.m. ET on Friday"),
        ("Markets in Tokyo opened at 09:00 JST.", "09:00 JST"),
        ("The show airs at 8 p.m. PT.", "8 p.m. PT"),
    ],
)
def test_short_zone_words_stay_in_the_extent(pipeline: Pipeline, text: str, phrase: str) -> None:
    assert found(pipeline, text, MONDAY)[phrase][0] == "TIME"


def test_tonnes_after_a_number_are_no_clock(pipeline: Pipeline) -> None:
    assert not timexes(pipeline, "Shipments reached 2000 MT of wheat.", MONDAY)
