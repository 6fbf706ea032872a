"""General readings that recur in any news: years of named events, spelt-out counts,
halves ahead, parts of weeks and decades, numbered things, and tense through a reported
clause or a copula.

Each test uses our own sentences; the publication dates are chosen to make the case bite.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes, value_of

MONDAY = dt.date(2026, 2, 23)
WEDNESDAY = dt.date(2026, 2, 25)


# -- a year before a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The insurer published its 2025 Annual Report.", "2025"),
        ("The carmakers released their 2024 Sustainability Reports.", "2024"),
    ],
)
def test_a_year_between_a_possessive_and_a_name_is_a_year(
    pipeline: Pipeline, text: str, year: str
) -> None:
    assert found(pipeline, text, MONDAY).get(year) == ("DATE", year)


@pytest.mark.parametrize(
    "text",
    [
        # a title's year is part of the title (issue 3: "2022 World Cup" is no timex)
        "Fans flew in for the 2030 World Cup.",
        "The stadium was built for the 2028 Los Angeles Olympic Games.",
        "The senator voted against the 1996 Telecommunications Act.",
        "The Russell 2000 Index fell 2%.",
        "She still runs Windows 2000 Server.",
        "Police found the suspect's 1987 Chevrolet Cavalier.",
        "The army sent 2000 troops to the border.",
    ],
)
def test_a_year_inside_a_name_or_a_count_stays_out(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipeline, text, MONDAY) if t.text.isdigit()]


@pytest.mark.parametrize(
    "text",
    [
        "Passengers on flight 1549 were rescued from the river.",
        "The council adopted resolution 1701 on a Friday night.",
        "She sued under Section 1983 of the civil rights law.",
        "The meeting moved to room 2024.",
    ],
)
def test_a_number_that_names_a_thing_is_no_year(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipeline, text, MONDAY) if t.text.isdigit()]


# -- spelt-out counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mayor served two four-year terms.", "four-year", "P4Y"),
        ("The club signed three one-year deals.", "one-year", "P1Y"),
        ("The siege lasted twenty-four hours.", "twenty-four hours", "PT24H"),
        ("The dispute ran for two hundred years.", "two hundred years", "P200Y"),
        ("The talks took two dozen days.", "two dozen days", "P24D"),
        ("The vault stayed shut for a hundred and five days.", "hundred and five days", "P105D"),
        ("The ruins are two thousand five hundred years old.", None, None),
    ],
)
def test_number_words_join_only_as_numbers_are_spelt(
    pipeline: Pipeline, text: str, phrase: str | None, value: str | None
) -> None:
    got = found(pipeline, text, MONDAY)
    if phrase is None:  # an age: no duration at all, and no six-year misreading
        assert not [v for v in got.values() if v[1].startswith("P")]
    else:
        assert got.get(phrase) == ("DURATION", value)


def test_two_spelt_numbers_side_by_side_are_not_added(pipeline: Pipeline) -> None:
    got = found(pipeline, "The board approved two five-year plans.", MONDAY)
    assert got == {"five-year": ("DURATION", "P5Y")}


# -- halves ahead ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Growth will slow in the second half of the year.",
            "the second half of the year",
            "2026-H2",
        ),
        ("Analysts expect a rebound in the second half.", "the second half", "2026-H2"),
        ("Profit rose in the second half.", "the second half", "2025-H2"),
        ("The plant will reopen in the third quarter.", "the third quarter", "2026-Q3"),
        ("Profits fell in the fourth quarter.", "the fourth quarter", "2025-Q4"),
        # a firm tense decides however far the quarter lies, as it does for months
        ("Profits fell in the third quarter.", "the third quarter", "2025-Q3"),
        ("The mill will restart in the fourth quarter.", "the fourth quarter", "2026-Q4"),
    ],
)
def test_a_half_the_tense_points_to_may_lie_two_quarters_ahead(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


# -- parts of weeks, decades and centuries ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The port will reopen by the end of the week.", "the end of the week", "2026-W09"),
        ("Emissions must halve by the end of the decade.", "the end of the decade", "202"),
        ("Seas will rise by the end of the century.", "the end of the century", "20"),
        (
            "In 1994 the mill hired 300 people, and it closed late in the decade.",
            "late in the decade",
            "199",
        ),
    ],
)
def test_a_part_of_a_week_or_decade_is_that_period(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, MONDAY) == value


@pytest.mark.parametrize(
    "text", ["It was the merger of the decade.", "Friday is the busiest day of the week."]
)
def test_a_bare_week_or_decade_stays_generic(pipeline: Pipeline, text: str) -> None:
    got = [t.text for t in timexes(pipeline, text, MONDAY)]
    assert not [t for t in got if "decade" in t or "week" in t]


# -- tense ----------------------------------------------------------------------------


def test_a_date_before_the_reported_clause_is_the_reporting_verbs(pipeline: Pipeline) -> None:
    text = "Shares jumped on Tuesday after the bank said on Sunday it would sell the unit."
    assert value_of(pipeline, text, "Sunday", WEDNESDAY) == "2026-02-22"


def test_a_date_after_that_belongs_to_the_reported_clause(pipeline: Pipeline) -> None:
    text = "The bank said that on Sunday it would sell the unit."
    assert value_of(pipeline, text, "Sunday", WEDNESDAY) == "2026-03-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deadline is Friday.", "Friday", "2026-02-27"),
        ("The final is on Saturday.", "Saturday", "2026-02-28"),
        ("The runoff was on Sunday.", "Sunday", "2026-02-22"),
    ],
)
def test_a_date_that_is_the_predicate_of_is_lies_ahead(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, WEDNESDAY) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Fares have been frozen since March.", "March", "2025-03"),
        ("The climber has been missing since March 3.", "March 3", "2025-03-03"),
        ("Exports have shrunk since the third quarter.", "the third quarter", "2025-Q3"),
        ("Fares will stay frozen until March.", "March", "2026-03"),
    ],
)
def test_a_date_after_since_has_passed(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase, WEDNESDAY) == value


# -- clock ranges -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The curfew runs from 10 p.m. to 6 a.m.", "10 p.m."),
        ("The polling stations open from 7:00 to 19:00.", "7:00"),
    ],
)
def test_a_clock_range_keeps_its_first_time(pipeline: Pipeline, text: str, first: str) -> None:
    assert found(pipeline, text, WEDNESDAY).get(first, ("", ""))[0] == "TIME"


def test_a_number_before_to_and_a_count_is_no_clock_time(pipeline: Pipeline) -> None:
    assert timexes(pipeline, "The ratio moved from 3:2 to 4 percent.", WEDNESDAY) == []


# -- ranges of days -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "value"),
    [
        ("Leaders meet on April 24 and 25.", "April 24", "25", "2026-04-25"),
        ("The fair runs from Nov. 5 through 7.", "Nov. 5", "7", "2025-11-07"),
        ("Voting is on 14 and 15 March.", "14", "15 March", "2026-03-15"),
    ],
)
def test_each_day_of_a_range_is_a_date(
    pipeline: Pipeline, text: str, first: str, last: str, value: str
) -> None:
    got = found(pipeline, text, WEDNESDAY)
    assert first in got
    assert got.get(last) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "On March 3 and 25 people were killed.",
        "He was born on May 5, 1960 and 12 of his friends came.",
        "Between 24 and 25 percent of voters abstained.",
    ],
)
def test_a_number_after_a_date_that_counts_something_is_no_day(
    pipeline: Pipeline, text: str
) -> None:
    assert not [t for t in timexes(pipeline, text, WEDNESDAY) if t.text in ("25", "12")]


# -- named days and recurring parts of the day ------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shoppers queued for Black Friday.", "Black Friday", "2025-11-28"),
        ("Parcels piled up after Cyber Monday.", "Cyber Monday", "2025-12-01"),
        ("Markets were shut for Presidents' Day.", "Presidents' Day", "2026-02-16"),
        ("Pilgrims gathered on Easter Monday.", "Easter Monday", "2025-04-21"),
        ("Veterans marched on Anzac Day.", "Anzac Day", "2025-04-25"),
        ("The city will celebrate Juneteenth.", "Juneteenth", "2026-06-19"),
    ],
)
def test_more_named_days(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Protesters gather every evening outside the court.", "every evening", "XXXX-XX-XXTEV"),
        ("Shelling resumed each night.", "each night", "XXXX-XX-XXTNI"),
    ],
)
def test_every_part_of_the_day_is_a_set(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("SET", value)


# -- halves of units -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("Traffic stopped for half an hour.", "half an hour", "DURATION", "PT30M"),
        ("The dynasty ruled for half a century.", "half a century", "DURATION", "P50Y"),
        ("A minute and a half later, the siren sounded.", None, "DURATION", "PT1M30S"),
        ("Half an hour later, the ferry left.", None, "DURATION", "PT30M"),
        ("The mine shut half a century ago.", "half a century ago", "DATE", "1976"),
    ],
)
def test_half_a_unit_and_a_unit_and_a_half(
    pipeline: Pipeline, text: str, phrase: str | None, type_: str, value: str
) -> None:
    got = found(pipeline, text, WEDNESDAY)
    phrase = phrase or next((p for p in got if p.endswith("later")), "")
    assert got.get(phrase) == (type_, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Margins shrank in Q3 FY25.", "Q3 FY25", "2025-Q3"),
        ("Margins shrank in Q2 FY2024.", "Q2 FY2024", "2024-Q2"),
    ],
)
def test_a_quarter_code_with_a_fiscal_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("DATE", value)


# -- clock times with a date after them, counts from today ---------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Polls shut at 22:00 GMT on 14 February.",
            "22:00 GMT on 14 February",
            "2026-02-14T22:00Z",
        ),
        ("Updated 09:15 GMT, 3 January 2026", "09:15 GMT, 3 January 2026", "2026-01-03T09:15Z"),
        ("The ferry sank at 16:40 UTC, June 2nd.", "16:40 UTC, June 2nd", "2025-06-02T16:40Z"),
        ("The ferry will sail at 16:40 UTC, June 2nd.", "16:40 UTC, June 2nd", "2026-06-02T16:40Z"),
    ],
)
def test_a_clock_time_takes_the_date_written_after_it(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("TIME", value)


def test_units_from_today_are_a_date(pipeline: Pipeline) -> None:
    got = found(pipeline, "The runoff is two weeks from today.", WEDNESDAY)
    assert got == {"two weeks from today": ("DATE", "2026-03-11")}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The envoy resigned this past week.", "this past week", "2026-W08"),
        ("Exports fell this past month.", "this past month", "2026-01"),
    ],
)
def test_this_past_period_is_the_last_one(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("DATE", value)


# -- financial shorthand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value", "end", "most_days"),
    [
        ("Net debt stood at 60% of output at end-2025.", "end-2025", "2025", "2025-12-31", 130),
        ("The review is due by end-March.", "end-March", "2026-03", "2026-03-31", 12),
    ],
)
def test_a_hyphenated_end_is_the_end_of_the_period(
    pipeline: Pipeline, text: str, phrase: str, value: str, end: str, most_days: int
) -> None:
    got = {t.text: t for t in timexes(pipeline, text, WEDNESDAY)}
    timex = got[phrase]
    assert timex.value == value
    assert str(timex.end_date) == end
    assert timex.start_date is not None and timex.end_date is not None
    assert (timex.end_date - timex.start_date).days < most_days  # its last third only


def test_end_as_a_verb_before_a_year_is_no_modifier(pipeline: Pipeline) -> None:
    got = found(pipeline, "The miner aims to end 2026 with no debt.", WEDNESDAY)
    assert got == {"2026": ("DATE", "2026")}


def test_the_year_to_a_month_is_twelve_months(pipeline: Pipeline) -> None:
    got = found(pipeline, "Prices rose 3% in the year to January.", WEDNESDAY)
    assert got["the year"] == ("DURATION", "P1Y")
    assert got["January"] == ("DATE", "2026-01")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Copper output jumped in the March quarter.", "the March quarter", "2025-Q1"),
        ("Miners expect more output in the June quarter.", "the June quarter", "2026-Q2"),
        ("The bank lost money in the December quarter.", "the December quarter", "2025-Q4"),
    ],
)
def test_a_quarter_named_by_its_month(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, WEDNESDAY).get(phrase) == ("DATE", value)


# -- a day fronted before a planning verb in the past ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the government threatened the strikers with dismissal.",
        "On Monday, the opposition vowed to keep up the protests.",
    ],
)
def test_a_day_before_a_past_planning_verb_is_the_day_it_was_said(
    pipeline: Pipeline, text: str
) -> None:
    assert value_of(pipeline, text, "Monday", WEDNESDAY) == "2026-02-23"


def test_a_day_after_a_planning_verb_still_lies_ahead(pipeline: Pipeline) -> None:
    text = "The union planned a march on Saturday."
    assert value_of(pipeline, text, "Saturday", WEDNESDAY) == "2026-02-28"
