"""TimeML conventions the timex layer follows where annotators of TimeBank and MEANTIME agree.

Each test uses our own sentences; the publication dates are chosen to make the case bite.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Timex
from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes, value_of

MONDAY = dt.date(2026, 2, 23)
LATE_OCTOBER = dt.date(2026, 10, 28)  # a Wednesday in the fourth quarter


def by_text(items: list[Timex]) -> dict[str, Timex]:
    """Timex text -> timex."""
    return {t.text: t for t in items}


# -- comparisons in results reports ---------------------------------------------


def test_a_year_ago_does_not_become_the_date_under_discussion(pipeline: Pipeline) -> None:
    text = "Sales rose 8% from a year ago. Floods earlier in the year had slowed deliveries."
    got = found(pipeline, text, LATE_OCTOBER)
    assert got["a year ago"] == ("DATE", "2025")
    assert got["earlier in the year"] == ("DATE", "2026")


def test_year_ago_after_last_years_figures_is_last_year(pipeline: Pipeline) -> None:
    text = "Last year the dairy lost $3 million. The year-ago results included a plant closure."
    assert value_of(pipeline, text, "year-ago", LATE_OCTOBER) == "2025"


def test_year_ago_period_of_a_coming_quarter_is_the_last_reported_one(
    pipeline: Pipeline,
) -> None:
    text = (
        "Analysts expect losses through the third quarter of 2027. "
        "In the year-ago period, the mill earned $2 million."
    )
    assert value_of(pipeline, text, "the year-ago period", LATE_OCTOBER) == "2025-Q3"


@pytest.mark.parametrize("phrase", ["the latest quarter", "the latest period"])
def test_the_latest_quarter_has_ended(pipeline: Pipeline, phrase: str) -> None:
    text = f"The brewer expects a fourth-quarter charge. Sales in {phrase} rose 4%."
    assert value_of(pipeline, text, phrase, LATE_OCTOBER) == "2026-Q3"


def test_the_year_period_is_the_quarter_under_discussion(pipeline: Pipeline) -> None:
    text = (
        "Third-quarter profit rose to $5 million. In the 2025 period, the yard earned $4 million."
    )
    assert found(pipeline, text, LATE_OCTOBER)["the 2025 period"] == ("DATE", "2025-Q3")


def test_the_year_period_without_a_quarter_is_the_year(pipeline: Pipeline) -> None:
    text = "In the 2024 period, the shipyard earned $4 million."
    assert value_of(pipeline, text, "the 2024 period", LATE_OCTOBER) == "2024"


def test_a_year_earlier_than_a_time_of_day_is_a_day(pipeline: Pipeline) -> None:
    text = "The shares closed at $5 yesterday morning. A year earlier they traded at $3."
    assert value_of(pipeline, text, "A year earlier", MONDAY) == "2025-02-22"


# -- previous periods, quarters, rates -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("the past year", "2025"), ("the last decade", "201"), ("the past month", "2026-01")],
)
def test_the_past_period_is_the_previous_calendar_period(
    pipeline: Pipeline, phrase: str, value: str
) -> None:
    text = f"Prices of grain rose sharply over {phrase}, the ministry said."
    assert found(pipeline, text, MONDAY)[phrase] == ("DATE", value)


def test_the_past_decade_is_the_ten_years_up_to_today(pipeline: Pipeline) -> None:
    # Told in 2026, the ten years back run from 2016: mostly not the 2010s.
    text = "Rents in the port have doubled over the past decade, the council said."
    got = [t for t in timexes(pipeline, text, MONDAY) if t.text == "the past decade"]
    assert [(t.type, t.value, t.start_date) for t in got] == [
        ("DURATION", "P10Y", dt.date(2016, 2, 23))
    ]


def test_the_past_decade_early_in_a_decade_is_the_one_before(pipeline: Pipeline) -> None:
    # Told in 2031, nine of the ten years back lie in the 2020s.
    text = "Rents in the port have doubled over the past decade, the council said."
    assert value_of(pipeline, text, "the past decade", dt.date(2031, 5, 4)) == "202"


def test_the_past_century_is_the_hundred_years_up_to_today(pipeline: Pipeline) -> None:
    text = "It was one of the worst floods of the past century."
    assert found(pipeline, text, dt.date(1989, 11, 1))["the past century"] == ("DURATION", "P100Y")


def test_the_past_n_periods_stay_a_duration(pipeline: Pipeline) -> None:
    got = found(pipeline, "Prices rose over the past two years.", MONDAY)
    assert got["the past two years"] == ("DURATION", "P2Y")


def test_an_unyeared_quarter_is_the_nearer_one_despite_a_past_verb(pipeline: Pipeline) -> None:
    text = (
        "Ford has announced cuts, resulting in the closure of ten plants during the fourth quarter."
    )
    assert value_of(pipeline, text, "the fourth quarter", dt.date(2026, 8, 19)) == "2026-Q4"


def test_a_quarter_just_ended_follows_a_past_verb(pipeline: Pipeline) -> None:
    text = "The bank lost money in the fourth quarter."
    assert value_of(pipeline, text, "the fourth quarter", dt.date(2026, 2, 10)) == "2025-Q4"


def test_a_rate_per_period_is_a_set(pipeline: Pipeline) -> None:
    got = found(pipeline, "The deal saves the airline $2 million a year.", MONDAY)
    assert got["a year"] == ("SET", "P1Y")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Marchers parade through the town each July.", "each July", "XXXX-07"),
        ("The river floods every spring.", "every spring", "XXXX-SP"),
    ],
)
def test_recurring_months_and_seasons(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("SET", value)


def test_month_of_next_year_takes_that_year(pipeline: Pipeline) -> None:
    text = "Dealers whose contracts end after October of next year will be told by letter."
    got = found(pipeline, text, dt.date(2026, 5, 15))
    assert got["October"] == ("DATE", "2027-10")
    assert got["next year"] == ("DATE", "2027")


# -- clock times ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The offer runs until 5 p.m. EST on March 2.",
            "5 p.m. EST on March 2",
            "2026-03-02T17:00",
        ),
        ("Trading halted at 16:08 UTC.", "16:08 UTC", "2026-02-23T16:08Z"),
    ],
)
def test_only_utc_shows_in_a_clock_value(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)[phrase] == ("TIME", value)


# -- direction from the verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "date", "value"),
    [
        # A deferral moves something ahead, whatever the tense of the telling.
        (
            "Officials postponed the vote until Tuesday.",
            "Tuesday",
            dt.date(2026, 2, 26),
            "2026-03-03",
        ),
        ("The bank extended the loans through January.", "January", LATE_OCTOBER, "2027-01"),
        # A plan in the past perfect lies in the past.
        ("The offer had been due to expire Friday.", "Friday", MONDAY, "2026-02-20"),
        ("The rally had been scheduled for Sunday.", "Sunday", dt.date(2026, 2, 25), "2026-02-22"),
        # "as early as" points ahead.
        ("His father could arrive as early as Tuesday.", "Tuesday", MONDAY, "2026-02-24"),
    ],
)
def test_deferrals_and_past_plans(
    pipeline: Pipeline, text: str, phrase: str, date: dt.date, value: str
) -> None:
    assert value_of(pipeline, text, phrase, date) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A period that has ended ends on a date already past, however near the next one.
        ("In the fiscal year ended Jan. 31, the chain sold $40 million.", "Jan. 31", "2026-01-31"),
        ("The bakery's second quarter ended on Nov. 2.", "Nov. 2", "2025-11-02"),
        ("The fiscal year ended in December.", "December", "2025-12"),
        # A period still running is not closed.
        ("For the year ending Jan. 31, it expects a profit.", "Jan. 31", "2027-01-31"),
    ],
)
def test_a_period_that_ended_ended_in_the_past(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, LATE_OCTOBER) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The present passive of a scheduled act is ahead, as the simple present is.
        ("The report is released on Thursday.", "Thursday", "2026-02-26"),
        ("The report is being released on Thursday.", "Thursday", "2026-02-26"),
        ("Final rules to be published on Thursday will settle it.", "Thursday", "2026-02-26"),
        # The past passive stays behind.
        ("The report was released on Thursday.", "Thursday", "2026-02-19"),
        ("The report has been released on Thursday.", "Thursday", "2026-02-19"),
    ],
)
def test_a_present_passive_is_not_past(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


# -- the day under discussion ---------------------------------------------------------------


def test_the_day_is_the_last_day_named(pipeline: Pipeline) -> None:
    text = (
        "Stocks rose on Friday. The report said jobs fell in March. "
        "The index gained 39 points, ending the day at 8,017."
    )
    assert value_of(pipeline, text, "the day", dt.date(2026, 2, 21)) == "2026-02-20"


# -- not time expressions -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Reupke, 52 years old, will succeed him.",
        "The quarter-to-quarter comparison was helped by lower costs.",
        "It wants to close 789, or about a quarter, of its 3,200 dealers.",
        "The Russell 2000 Index of smaller companies fell.",
    ],
)
def test_ages_fractions_and_index_names_are_not_timexes(pipeline: Pipeline, text: str) -> None:
    assert timexes(pipeline, text, MONDAY) == []


def test_fiscal_years_generic_reported_and_ended(pipeline: Pipeline) -> None:
    text = (
        "The dairy changed from a fiscal year to a calendar year. "
        "Cheese made up 27% of its sales in the latest fiscal year. "
        "Profit for the fiscal year ended June 30 rose."
    )
    got = found(pipeline, text, LATE_OCTOBER)
    assert "fiscal year" not in got and "a fiscal year" not in got
    assert got["the latest fiscal year"] == ("DATE", "2025")
    assert got["the fiscal year"] == ("DURATION", "P1Y")
    assert got["June 30"] == ("DATE", "2026-06-30")


def test_the_quarter_ended_on_a_day_is_that_calendar_quarter(pipeline: Pipeline) -> None:
    text = "In the quarter ended July 31, the chain had 5 million shares outstanding."
    assert found(pipeline, text, LATE_OCTOBER)["the quarter"] == ("DATE", "2026-Q2")


def test_a_numbered_quarter_takes_the_year_of_the_day_it_ended(pipeline: Pipeline) -> None:
    text = (
        "The bakery lost $3 million in the second quarter ended Oct. 31. "
        "Results for that quarter included a write-down."
    )
    got = found(pipeline, text, LATE_OCTOBER)  # 28 October: this year's Oct. 31 is ahead
    assert got["the second quarter"] == ("DATE", "2025-Q2")
    assert got["that quarter"] == ("DATE", "2025-Q2")


def test_the_quarter_ended_after_a_named_quarter_is_that_quarter(pipeline: Pipeline) -> None:
    text = (
        "The maker earned $5 million in the fiscal first quarter. "
        "Sales for the quarter ended Sept. 27 rose 39%."
    )
    assert found(pipeline, text, LATE_OCTOBER)["the quarter"] == ("DATE", "2026-Q1")


def test_the_quarter_after_later_dates_is_still_the_quarter_under_discussion(
    pipeline: Pipeline,
) -> None:
    # A day and a month named after the fiscal quarter do not make "the quarter" the
    # calendar quarter of that day: the report is still about its fiscal first quarter.
    text = (
        "The chip designer earned $4 million in the fiscal first quarter. "
        "Sales for the quarter ended Sept. 27 rose 12%. Earlier this month, it had "
        "forecast a loss. It shipped 9,000 boards in the quarter, a spokesman said."
    )
    got = [t for t in timexes(pipeline, text, LATE_OCTOBER) if t.text == "the quarter"]
    assert [t.value for t in got] == ["2026-Q1", "2026-Q1"]


def test_the_quarter_ignores_a_year_ago_quarter_named_before(pipeline: Pipeline) -> None:
    # The year-ago quarter is the comparison, not the period the report is about.
    text = (
        "The grocer earned $2 million, against $3 million in the year-ago quarter. "
        "Traffic rose on Tuesday. Margins narrowed in the quarter."
    )
    assert value_of(pipeline, text, "the quarter", LATE_OCTOBER) == "2026-Q3"


def test_the_quarter_near_the_first_year_does_not_raise(pipeline: Pipeline) -> None:
    # A year before the first quarter of year 1 cannot be built; the quarter named stays.
    text = "It earned $4 in the fiscal first quarter. Sales fell in the quarter."
    assert value_of(pipeline, text, "the quarter", dt.date(1, 3, 5)) == "0001-Q1"


def test_the_latest_period_is_the_fiscal_quarter_just_reported(pipeline: Pipeline) -> None:
    text = (
        "The steelmaker earned $9 million in its fiscal second quarter ended Sept. 30. "
        "The latest period included a gain from a land sale."
    )
    assert value_of(pipeline, text, "The latest period", LATE_OCTOBER) == "2026-Q2"


def test_the_latest_period_after_a_coming_quarter_is_the_last_calendar_one(
    pipeline: Pipeline,
) -> None:
    text = "The brewer expects a charge in the fourth quarter. Sales in the latest period rose 4%."
    assert value_of(pipeline, text, "the latest period", LATE_OCTOBER) == "2026-Q3"


def test_a_year_earlier_than_a_quarter_that_ended_on_a_day_is_a_quarter(
    pipeline: Pipeline,
) -> None:
    text = (
        "Sales for the third quarter ended Sept. 30 rose to $5 million "
        "from $4 million a year earlier."
    )
    assert found(pipeline, text, LATE_OCTOBER)["a year earlier"] == ("DATE", "2025-Q3")


def test_a_day_that_ends_an_event_stays_the_reference(pipeline: Pipeline) -> None:
    text = "The strike ended on March 3. Two days later, the mill reopened."
    assert found(pipeline, text, LATE_OCTOBER)["Two days later"] == ("DATE", "2026-03-05")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The faith will one day be the largest in the country.", "DATE", "FUTURE_REF"),
        ("She voiced the hope he one day follows his father into space.", "DATE", "FUTURE_REF"),
        ("They hope to one day return home.", "DATE", "FUTURE_REF"),
        ("She was sentenced to one day in jail.", "DURATION", "P1D"),
        ("The strike lasted one day.", "DURATION", "P1D"),
    ],
)
def test_one_day_before_a_verb_is_someday(
    pipeline: Pipeline, text: str, kind: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY)["one day"] == (kind, value)


def test_a_quarter_century_is_not_a_quarter(pipeline: Pipeline) -> None:
    text = "Unemployment stayed near its quarter-century low. The quarter-end rush began."
    assert "its quarter" not in found(pipeline, text, LATE_OCTOBER)


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        ("The shrine stood for two thousand years.", "two thousand years", "DURATION", "P2000Y"),
        ("The dam was finished in two thousand four.", "two thousand four", "DATE", "2004"),
    ],
)
def test_a_count_in_words_before_a_unit_is_not_a_year(
    pipeline: Pipeline, text: str, phrase: str, kind: str, value: str
) -> None:
    got = found(pipeline, text, MONDAY)
    assert got[phrase] == (kind, value)
    assert not any(v == ("DATE", "2000") for v in got.values())


def test_thousands_after_a_teen_are_not_a_year(pipeline: Pipeline) -> None:
    text = "Eighteen thousand people marched through the capital."
    assert all(t.type != "DATE" for t in timexes(pipeline, text, MONDAY))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Analysts expect losses through the first two quarters of 2027.", "2027-H1", "2027"),
        ("The plant lost money in the last two quarters of 2025.", "2025-H2", "2025"),
    ],
)
def test_two_quarters_of_a_named_year_are_its_half(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    # One expression, as "the first half of 2027" is: no length and no separate year.
    got = found(pipeline, text, MONDAY)
    assert [v for _, v in got.values()] == [phrase]
    assert value not in got


def test_two_quarters_without_a_year_stay_a_length(pipeline: Pipeline) -> None:
    got = found(pipeline, "Sales fell in the last two quarters.", MONDAY)
    assert got["the last two quarters"] == ("DURATION", "P2Q")


@pytest.mark.parametrize(
    ("later", "phrase", "value"),
    [
        (
            "Charges in the year-earlier period flattered the comparison.",
            "the year-earlier period",
            "2025-Q3",
        ),
        ("In the 2026 period, its tax rate was lower.", "the 2026 period", "2026-Q3"),
    ],
)
def test_a_quarter_after_after_is_not_the_quarter_reported(
    pipeline: Pipeline, later: str, phrase: str, value: str
) -> None:
    # "After a weak second quarter" is the backdrop; the report stays on the third quarter.
    text = (
        "Acme said its third-quarter profit rose 12%. After a weak second quarter caused "
        f"by a strike, sales recovered in Europe. {later}"
    )
    assert found(pipeline, text, LATE_OCTOBER)[phrase] == ("DATE", value)


@pytest.mark.parametrize(
    ("later", "phrase", "value"),
    [
        (
            "For the nine months, it earned $40 million, against $31 million a year earlier.",
            "a year earlier",
            "2025",
        ),
        (
            "In the first nine months, net was $9 million, against a loss in the 2025 period.",
            "the 2025 period",
            "2025",
        ),
        (
            "In the first nine months, it earned more than year-earlier profit.",
            "year-earlier",
            "2025",
        ),
        (
            "Its quarterly sales rose to $90 million from $80 million a year earlier.",
            "a year earlier",
            "2025-Q3",
        ),
    ],
)
def test_a_year_earlier_than_nine_months_is_that_year(
    pipeline: Pipeline, later: str, phrase: str, value: str
) -> None:
    # Nine months are no quarter: the same months a year back are written as the year.
    text = f"Acme said its third-quarter profit rose 12%. {later}"
    assert found(pipeline, text, LATE_OCTOBER)[phrase] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The cooperative said earlier this month that it would sell its dairy arm. For "
            "the first nine months, it earned $41 million. The year-earlier period brought "
            "$37 million.",
            "The year-earlier period",
        ),
        (
            "Shares of the lender fell yesterday. In the nine months, the lender earned $12 "
            "million. Its card unit blamed weaker fees for a drop compared with a year earlier.",
            "a year earlier",
        ),
    ],
)
def test_nine_months_named_just_before_still_frame_the_comparison(
    pipeline: Pipeline, text: str, phrase: str
) -> None:
    # The months span opens the sentence before: the comparison is still with those months
    # a year back (the year), not with the month or the day the story named earlier.
    assert found(pipeline, text, LATE_OCTOBER)[phrase] == ("DATE", "2025")


def test_a_quarter_named_after_the_nine_months_takes_over(pipeline: Pipeline) -> None:
    text = (
        "In the nine months, the grocer earned $30 million. In the third quarter, profit "
        "slipped to $9 million from $11 million a year earlier."
    )
    assert found(pipeline, text, LATE_OCTOBER)["a year earlier"] == ("DATE", "2025-Q3")


@pytest.mark.parametrize(
    "opening",
    [
        "The grocer expects a profit for the third quarter.",
        "The grocer moved its fiscal calendar in March.",
    ],
)
def test_the_comparable_year_ago_quarter_is_a_quarter(pipeline: Pipeline, opening: str) -> None:
    # "comparable" belongs to the extent, and the phrase names a quarter, never a month.
    text = f"{opening} In the comparable year-ago quarter, it lost $2 million."
    assert found(pipeline, text, LATE_OCTOBER)["the comparable year-ago quarter"] == (
        "DATE",
        "2025-Q3",
    )
