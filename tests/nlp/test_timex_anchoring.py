"""Anchoring to the date under discussion: underspecified days and weeks, deadlines,
"this quarter" in results reports, results periods' lengths, "the day before
<weekday>", half-year codes, "the 2025 fiscal year", "in future" and a firm tense.
Found by the fifth
TBAQ/MEANTIME error analysis and by reading modern news and results reports.

Sentences are our own; publication dates are chosen so that each case bites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp.timex_calendar import Point, interval, vague
from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes

EARLY_FEBRUARY = dt.date(2026, 2, 6)  # a Friday
EARLY_NOVEMBER = dt.date(2026, 11, 2)  # a Monday in the fourth quarter
LATE_OCTOBER = dt.date(2026, 10, 28)  # a Wednesday


# -- a day (week) counted from a month or a year -----------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The doctor was shot last October. His name was crossed out that same day.",
            "that same day",
            "2025-10-XX",
        ),
        (
            "Rebels took the port in March 2024. The next day they left.",
            "The next day",
            "2024-03-XX",
        ),
        (
            "Rebels took the port in March 2024. That evening the shelling stopped.",
            "That evening",
            "2024-03-XXTEV",  # a TIME
        ),
        (
            "Troops arrived in 2019. The following week, they left.",
            "The following week",
            "2019-WXX",
        ),
        ("Troops arrived in 2019. Two days later, they left.", "Two days later", "2019-XX-XX"),
    ],
)
def test_a_day_after_a_month_or_year_keeps_only_what_is_known(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    got = found(pipeline, text, EARLY_FEBRUARY)[phrase]
    assert got == ("TIME" if value.endswith("TEV") else "DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell in 2019. The following quarter they rose.", "2019-QX"),
        ("Sales fell in March 2019. The following quarter they rose.", "2019-Q2"),
        ("Sales fell in the third quarter of 2019. The following quarter they rose.", "2019-Q4"),
        ("The chain says the following quarter will be better.", "2027-Q1"),
    ],
)
def test_the_following_quarter_counts_from_the_date_named(
    pipeline: Pipeline, text: str, value: str
) -> None:
    got = {k.lower(): v for k, v in found(pipeline, text, LATE_OCTOBER).items()}
    assert got["the following quarter"] == ("DATE", value)


def test_an_underspecified_day_spans_the_known_period(pipeline: Pipeline) -> None:
    text = "Rebels took the port in March 2024. The next day they left."
    hit = next(t for t in timexes(pipeline, text, EARLY_FEBRUARY) if t.text == "The next day")
    assert (hit.start_date, hit.end_date, hit.anchor) == (
        dt.date(2024, 3, 1),
        dt.date(2024, 3, 31),
        "text",
    )


def test_a_day_after_a_day_is_still_counted(pipeline: Pipeline) -> None:
    text = "Rebels took the port on 3 March 2024. The next day they left."
    assert found(pipeline, text, EARLY_FEBRUARY)["The next day"] == ("DATE", "2024-03-04")


def test_vague_points_only_come_from_a_year_or_a_month() -> None:
    quarter = Point("quarter", dt.date(2024, 7, 1))
    assert vague(quarter, "day") is quarter
    some = vague(Point("month", dt.date(2024, 3, 1)), "day")
    assert (some.value, interval(some)) == (
        "2024-03-XX",
        (dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
    )
    assert vague(Point("year", dt.date(2019, 1, 1)), "month").value == "2019-XX"
    assert vague(Point("year", dt.date(2019, 1, 1)), "quarter").value == "2019-QX"
    march = Point("month", dt.date(2019, 3, 1))
    assert vague(march, "quarter") is march  # a month lies inside one quarter


# -- deadlines ---------------------------------------------------------------------


def test_a_coming_deadline_is_not_the_year_under_discussion(pipeline: Pipeline) -> None:
    text = (
        "The brewer had told investors that by 2029 it intended to double its share. "
        "The chairman forecast higher earnings for the full year."
    )
    assert found(pipeline, text, LATE_OCTOBER)["the full year"] == ("DATE", "2026")


def test_counting_from_a_deadline_still_works(pipeline: Pipeline) -> None:
    text = "The plant must close by 2030. The following year, the site will be sold."
    assert found(pipeline, text, LATE_OCTOBER)["The following year"] == ("DATE", "2031")


def test_a_past_year_still_becomes_the_year_under_discussion(pipeline: Pipeline) -> None:
    text = "The brewer lost money in 2019. Sales for the full year fell 4%."
    assert found(pipeline, text, LATE_OCTOBER)["the full year"] == ("DATE", "2019")


# -- "this quarter" in a results report ---------------------------------------------


def test_this_quarter_after_the_reported_quarter_is_that_quarter(pipeline: Pipeline) -> None:
    text = (
        "The publisher reported a net loss of $8 million for the third quarter ended Sept. 30. "
        "This quarter's loss includes charges of $4 million."
    )
    assert found(pipeline, text, EARLY_NOVEMBER)["This quarter"] == ("DATE", "2026-Q3")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The publisher expects a profit this quarter.", "this quarter"),
        (
            "The publisher reported a loss for the third quarter. This quarter will be better.",
            "This quarter",
        ),
    ],
)
def test_this_quarter_otherwise_is_the_current_one(
    pipeline: Pipeline, text: str, phrase: str
) -> None:
    assert found(pipeline, text, EARLY_NOVEMBER)[phrase] == ("DATE", "2026-Q4")


# -- lengths of results periods -------------------------------------------------------


@pytest.mark.parametrize("phrase", ["the latest nine months", "the year-earlier nine months"])
def test_a_results_period_length_is_one_duration(pipeline: Pipeline, phrase: str) -> None:
    text = f"Net income for {phrase} was $3 million."
    assert found(pipeline, text, LATE_OCTOBER)[phrase] == ("DURATION", "P9M")


# -- "the day before last Tuesday" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The day before last Tuesday's hearing, the father visited the house.",
            "The day before last Tuesday",
            "2026-10-26",
        ),
        ("Protesters gathered the day after Sunday's vote.", "the day after Sunday", "2026-10-26"),
    ],
)
def test_the_day_next_to_a_weekday(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert found(pipeline, text, LATE_OCTOBER)[phrase] == ("DATE", value)


# -- half-year codes and "the 2025 fiscal year" -----------------------------------------


def test_half_year_codes(pipeline: Pipeline) -> None:
    text = (
        "The miner expects growth in H1 2027 and H2 '26; its H1N1 vaccine, H1-B staff "
        "and H2 plant are no halves."
    )
    assert found(pipeline, text, LATE_OCTOBER) == {
        "H1 2027": ("DATE", "2027-H1"),
        "H2 '26": ("DATE", "2026-H2"),
    }


def test_a_fiscal_year_with_the_year_first_is_one_expression(pipeline: Pipeline) -> None:
    text = "The 2025 fiscal year was hard for the brewer."
    assert found(pipeline, text, LATE_OCTOBER) == {"The 2025 fiscal year": ("DATE", "2025")}


# -- "in future" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["In future, we will check every bag.", "Bags will be checked in future."]
)
def test_in_future_is_future_ref(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text, LATE_OCTOBER) == {"future": ("DATE", "FUTURE_REF")}


def test_in_future_before_a_noun_is_an_adjective(pipeline: Pipeline) -> None:
    assert found(pipeline, "The rule applies in future talks.", LATE_OCTOBER) == {}


# -- a simple past or "will" that governs the date decides, however near the other side --


@pytest.mark.parametrize(
    ("text", "phrase", "date", "value"),
    [
        ("The talks took place on March 18.", "March 18", EARLY_FEBRUARY, "2025-03-18"),
        ("The truce lasted from March 18 to April 17.", "April 17", EARLY_FEBRUARY, "2025-04-17"),
        (
            "The operator changed to a calendar year in December.",
            "December",
            LATE_OCTOBER,
            "2025-12",
        ),
        ("Elections will be held in December.", "December", EARLY_FEBRUARY, "2026-12"),
        ("The summit will open on Jan. 5.", "Jan. 5", EARLY_FEBRUARY, "2027-01-05"),
    ],
)
def test_a_simple_past_or_will_governing_the_date_decides(
    pipeline: Pipeline, text: str, phrase: str, date: dt.date, value: str
) -> None:
    assert found(pipeline, text, date)[phrase] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The board declared a dividend payable March 18.", "March 18"),
        ("The regulator gave the bidder until March 18 to reply.", "March 18"),
    ],
)
def test_a_date_not_governed_by_the_past_verb_stays_near(
    pipeline: Pipeline, text: str, phrase: str
) -> None:
    assert found(pipeline, text, EARLY_FEBRUARY)[phrase] == ("DATE", "2026-03-18")
