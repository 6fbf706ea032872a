"""Dates told within the story's own time, scheduled months, and periods two steps away.

Our own sentences; each case bites against the reading dateline gave before (the year of
the publication date, the nearest month, no timex at all).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes, value_of

MONDAY = dt.date(2026, 2, 23)

# -- the year under discussion ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The war began in 2019. In March of that year, the port fell.", "March", "2019-03"),
        ("The war began in 2019. In October that year, the port fell.", "October", "2019-10"),
        (
            "The war began in 2019. In the spring of that year, the port fell.",
            "the spring",
            "2019-SP",
        ),
        ("The mill was sold in May 2019. That October, it closed.", "That October", "2019-10"),
        (
            "The mill was sold in May 2019. The following March, it closed.",
            "The following March",
            "2020-03",
        ),
        (
            "The mill was sold in May 2019. The previous October, it lost money.",
            "The previous October",
            "2018-10",
        ),
    ],
)
def test_a_month_of_that_year_is_the_story_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


def test_that_year_after_its_month_is_still_the_story_year(pipeline: Pipeline) -> None:
    got = found(pipeline, "The dam broke in 2011. In June of that year, crops failed.", MONDAY)
    assert got["June"] == ("DATE", "2011-06")
    assert got["that year"] == ("DATE", "2011")


# -- month abbreviations without a dot ------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The minister resigned in Oct 2025.", "Oct 2025", "2025-10"),
        ("The lease was signed in Jan 2024 and expires Dec 2026.", "Dec 2026", "2026-12"),
        ("Prices peaked in Sept 2022.", "Sept 2022", "2022-09"),
    ],
)
def test_abbreviated_month_and_year(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


def test_lower_case_abbreviation_is_no_month(pipeline: Pipeline) -> None:
    got = found(pipeline, "Scandals mar 2025 for the party.", MONDAY)
    assert "mar 2025" not in got


# -- scheduled months and days ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The museum reopens in May.", "May", "2026-05"),
        ("The festival takes place in June.", "June", "2026-06"),
        ("Talks resume on Sept. 14.", "Sept. 14", "2026-09-14"),
    ],
)
def test_simple_present_schedules_a_month_ahead(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


def test_past_tense_month_stays_behind(pipeline: Pipeline) -> None:
    assert value_of(pipeline, "The museum reopened in May.", "May", MONDAY) == "2025-05"


# -- two periods away -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Talks broke down the week before last.", "the week before last", "2026-W07"),
        ("The vote is due the week after next.", "the week after next", "2026-W11"),
        ("He was sacked the month before last.", "the month before last", "2025-12"),
        ("The firm lost money the year before last.", "the year before last", "2024"),
        ("Crowds marched the weekend before last.", "the weekend before last", "2026-W07-WE"),
    ],
)
def test_period_before_last(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


def test_the_year_before_still_counts_from_the_story(pipeline: Pipeline) -> None:
    text = "The law took effect in 2019. The year before, a similar bill failed."
    assert value_of(pipeline, text, "The year before", MONDAY) == "2018"


# -- the same period a year back ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Profit in the same quarter last year was $3 million.",
            "the same quarter last year",
            "2025-Q1",
        ),
        ("Sales rose 4% from the same month last year.", "the same month last year", "2025-02"),
        (
            "Traffic was lighter than in the same week a year earlier.",
            "the same week a year earlier",
            "2025-W09",
        ),
        ("Sales rose 4% from the same period last year.", "the same period last year", "2025"),
    ],
)
def test_same_unit_last_year_keeps_its_unit(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


# -- pairs of quarters ----------------------------------------------------------------


def test_a_pair_of_quarters_is_two_quarters_of_one_year(pipeline: Pipeline) -> None:
    got = found(pipeline, "The company lost money in the first and second quarters.", MONDAY)
    assert got["first"] == ("DATE", "2025-Q1")
    assert got["second quarters"] == ("DATE", "2025-Q2")


def test_a_pair_of_quarters_with_a_year(pipeline: Pipeline) -> None:
    got = found(pipeline, "Profit fell in the third and fourth quarters of 2024.", MONDAY)
    assert got["third"] == ("DATE", "2024-Q3")
    assert got["fourth quarters of 2024"] == ("DATE", "2024-Q4")


def test_quarters_that_usually_hold_sales_are_a_set(pipeline: Pipeline) -> None:
    text = "Most of the toy maker's sales usually come in the third and fourth quarters."
    got = found(pipeline, text, MONDAY)
    assert got["third"] == ("SET", "XXXX-Q3")
    assert got["fourth quarters"] == ("SET", "XXXX-Q4")


def test_a_single_quarter_is_no_pair(pipeline: Pipeline) -> None:
    got = found(pipeline, "Revenue rose 3% in the third quarter.", MONDAY)
    assert got == {"the third quarter": ("DATE", "2025-Q3")}


# -- weekdays that share a plural part of the day -----------------------------------


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        ("Two new flights will leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
        ("The clinic is open on Saturday and Sunday mornings.", "Saturday", "XXXX-WXX-6TMO"),
    ],
)
def test_first_weekday_shares_the_plural(
    pipeline: Pipeline, text: str, first: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[first] == ("SET", value)


def test_weekdays_without_a_plural_stay_days(pipeline: Pipeline) -> None:
    got = found(pipeline, "Troops arrived on Saturday and left on Sunday morning.", MONDAY)
    assert got["Saturday"] == ("DATE", "2026-02-21")


# -- the quarter a year back ------------------------------------------------------------


def test_the_quarter_a_year_ago_is_one_expression(pipeline: Pipeline) -> None:
    text = (
        "The bank lost money in the third quarter. "
        "For the quarter a year ago, it earned $16 million."
    )
    got = found(pipeline, text, dt.date(2026, 10, 28))
    assert got["the quarter a year ago"] == ("DATE", "2025-Q3")
    assert "a year ago" not in got


def test_year_ago_of_last_years_reported_quarter(pipeline: Pipeline) -> None:
    # Told in February: the third quarter just reported is last year's, and the year-ago
    # quarter is the one before it, not the same one.
    text = (
        "The bank lost money in the third quarter. In the year-ago quarter, it earned $16 million."
    )
    got = found(pipeline, text, MONDAY)
    assert got["the third quarter"] == ("DATE", "2025-Q3")
    assert got["the year-ago quarter"] == ("DATE", "2024-Q3")


# -- fortnights and counted weekdays ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        (
            "Prices have risen over the past fortnight.",
            "the past fortnight",
            ("2026-02-09", "2026-02-23"),
        ),
        (
            "Talks will go on over the next fortnight.",
            "the next fortnight",
            ("2026-02-23", "2026-03-09"),
        ),
    ],
)
def test_the_past_fortnight_is_two_weeks(
    pipeline: Pipeline, text: str, phrase: str, interval: tuple[str, str]
) -> None:
    got = {t.text: t for t in timexes(pipeline, text, MONDAY)}
    assert (got[phrase].type, got[phrase].value) == ("DURATION", "P2W")
    assert (str(got[phrase].start_date), str(got[phrase].end_date)) == interval
    assert "the past" not in got


def test_counted_weekdays_ago_are_no_set(pipeline: Pipeline) -> None:
    assert all(t.type != "SET" for t in timexes(pipeline, "He left two Fridays ago.", MONDAY))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The budget for the 2023-24 fiscal year rose.", "the 2023-24 fiscal year"),
        ("The plan covers the 2023/2024 financial year.", "the 2023/2024 financial year"),
    ],
)
def test_fiscal_year_named_by_two_years_is_one_expression(
    pipeline: Pipeline, text: str, phrase: str
) -> None:
    got = found(pipeline, text, MONDAY)
    assert got[phrase] == ("DATE", "2023")
    assert "fiscal year" not in got and "financial year" not in got


# -- a day of the month alone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The rent is due on the 15th.", "the 15th", "2026-03-15"),
        ("The strike began on the 3rd, officials said.", "the 3rd", "2026-02-03"),
        (
            "The army entered the city in March 2024. On the 15th, the mayor fled.",
            "the 15th",
            "2024-03-15",
        ),
    ],
)
def test_day_of_the_month_alone(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    ["The chapel was built in the 15th century.", "He sank a putt on the 18th green."],
)
def test_ordinals_that_are_no_days(pipeline: Pipeline, text: str) -> None:
    assert all(t.type != "DATE" or "century" in t.text for t in timexes(pipeline, text, MONDAY))


# -- streaks still running ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Prices have risen for the third straight year.", "the third straight year", "2026"),
        (
            "Inflation has slowed for a fifth consecutive month.",
            "a fifth consecutive month",
            "2026-02",
        ),
        ("Stocks fell for a third straight day.", "a third straight day", "2026-02-23"),
    ],
)
def test_a_running_streak_includes_today(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


def test_a_past_yearly_streak_names_no_year(pipeline: Pipeline) -> None:
    got = found(pipeline, "Exports fell for the second year in a row.", MONDAY)
    assert "the second year in a row" not in got


@pytest.mark.parametrize(
    ("date", "text", "phrase", "value"),
    [
        (
            dt.date(2024, 8, 26),
            "Audits determine that between March and July, units never received the aid.",
            "March",
            "2024-03",
        ),
        (
            dt.date(2024, 10, 23),
            "A court charges a man for stabbing two soldiers at a shop in April.",
            "April",
            "2024-04",
        ),
    ],
)
def test_a_present_that_reports_schedules_nothing(
    pipeline: Pipeline, date: dt.date, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, date) == value


@pytest.mark.parametrize(
    "text",
    [
        "The ship sailed from July 13 to 17 of last year.",
        "The ship sailed on July 13 of last year.",
    ],
)
def test_a_day_before_of_last_year_takes_that_year(pipeline: Pipeline, text: str) -> None:
    got = found(pipeline, text, dt.date(2026, 11, 20))
    assert got["July 13"] == ("DATE", "2025-07-13")
    assert got["last year"] == ("DATE", "2025")


# -- months of any year -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The monsoon usually arrives in June.", "June", "XXXX-06"),
        ("Prices typically rise in December, analysts say.", "December", "XXXX-12"),
    ],
)
def test_a_month_in_what_usually_happens_has_no_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    got = {t.text: t for t in timexes(pipeline, text, MONDAY)}
    assert (got[phrase].type, got[phrase].value) == ("DATE", value)
    assert got[phrase].start_date is None


def test_a_month_told_once_keeps_its_year(pipeline: Pipeline) -> None:
    assert value_of(pipeline, "Sales peaked in December.", "December", MONDAY) == "2025-12"
