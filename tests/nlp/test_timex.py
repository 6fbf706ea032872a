"""The timex component on hand-written sentences: every family, edge cases, properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import Document, Timex
from dateline.pipeline import Pipeline

DCT = dt.date(2026, 2, 23)  # a Monday

VALUE = re.compile(
    r"^(?:\d{2,4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}(?:Z|[+-]\d{2})?|MO|AF|EV|NI))?)?"
    r"|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
    r"|P(?:T?(?:X|\d+(?:\.\d+)?)(?:Y|M|W|D|H|S|Q|WE))+|PT\d+H\d+M|PT\d+M\d+S"
    r"|XXXX-(?:XX-XX|WXX-\d(?:T(?:MO|AF|EV|NI))?|\d{2}|SP|SU|FA|WI)"
    r"|\d{4}-(?:(?:\d{2}|XX)-XX(?:T(?:MO|AF|EV|NI))?|WXX(?:-WE)?|XX|QX|HX)"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|BC\d{4})$"
)


def timexes(pipeline: Pipeline, text: str, date: dt.date = DCT) -> list[Timex]:
    """Run the full default pipeline and return the timexes layer."""
    annotated = pipeline.annotate(Document("t", text, date))
    return list(annotated.annotations.timexes)


def found(pipeline: Pipeline, text: str, date: dt.date = DCT) -> dict[str, tuple[str, str]]:
    """Timex text -> (type, value)."""
    return {t.text: (t.type, t.value) for t in timexes(pipeline, text, date)}


def value_of(pipeline: Pipeline, text: str, phrase: str, date: dt.date = DCT) -> str | None:
    """The value of the timex whose text is ``phrase`` (None if not found)."""
    return next((t.value for t in timexes(pipeline, text, date) if t.text == phrase), None)


# -- weekdays by tense ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The minister will open the new bridge on Thursday.", "Thursday", "2026-02-26"),
        ("The minister opened the new bridge on Thursday.", "Thursday", "2026-02-19"),
        ("On Saturday, the mayor said the roads were closed.", "Saturday", "2026-02-21"),
        ("Talks are scheduled to resume on Wednesday in Oslo.", "Wednesday", "2026-02-25"),
        ("The envoy arrived last Friday.", "last Friday", "2026-02-20"),
        ("The vote is expected next Monday.", "next Monday", "2026-03-02"),
        ("Officials met on Monday to review the plan.", "Monday", "2026-02-23"),
    ],
)
def test_weekdays_follow_tense(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert value_of(pipeline, text, phrase) == value


def test_preposition_is_outside_the_extent(pipeline: Pipeline) -> None:
    got = timexes(pipeline, "The council will meet on Tuesday.")
    assert [t.text for t in got] == ["Tuesday"]
    assert got[0].start_date == got[0].end_date == dt.date(2026, 2, 24)
    assert got[0].anchor == "dct"


def test_part_of_day_makes_a_time(pipeline: Pipeline) -> None:
    got = found(pipeline, "Shelling resumed on Saturday morning near the port.")
    assert got["Saturday morning"] == ("TIME", "2026-02-21TMO")


# -- relative days and periods ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry sank yesterday.", "yesterday", "2026-02-22"),
        ("The summit opens today.", "today", "2026-02-23"),
        ("Ahead of tomorrow's hearing, lawyers met.", "tomorrow", "2026-02-24"),
        ("Prices fell sharply this week.", "this week", "2026-W09"),
        ("Exports rose last month.", "last month", "2026-01"),
        ("Elections are due next year.", "next year", "2027"),
        ("Fighting intensified earlier this month.", "earlier this month", "2026-02"),
        ("Troops were withdrawn over the weekend.", "the weekend", "2026-W08-WE"),
        ("The treaty was signed four years ago.", "four years ago", "2022"),
        ("Parliament will vote later this year.", "later this year", "2026"),
    ],
)
def test_relative_expressions(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert value_of(pipeline, text, phrase) == value


def test_past_hours_is_a_duration_with_an_interval(pipeline: Pipeline) -> None:
    got = timexes(pipeline, "Three villages were hit in the past 24 hours.")
    hit = next(t for t in got if t.text == "the past 24 hours")
    assert (hit.type, hit.value) == ("DURATION", "PT24H")
    assert hit.end_date == DCT


def test_in_two_weeks_keeps_the_duration_and_dates_the_end(pipeline: Pipeline) -> None:
    got = timexes(pipeline, "The inspectors return in two weeks.")
    hit = next(t for t in got if t.text == "two weeks")
    assert (hit.type, hit.value) == ("DURATION", "P2W")
    assert hit.start_date == hit.end_date == dt.date(2026, 3, 9)


def test_text_anchor_for_following_day(pipeline: Pipeline) -> None:
    got = timexes(pipeline, "The ceasefire began on 3 March 2024. The next day, shelling resumed.")
    hit = next(t for t in got if t.text == "The next day")
    assert (hit.value, hit.anchor) == ("2024-03-04", "text")


# -- explicit dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The war began on 24 February 2022.", "24 February 2022", "2022-02-24"),
        ("It was signed on February 24, 2022, in Minsk.", "February 24, 2022", "2022-02-24"),
        ("The deadline is Feb. 27.", "Feb. 27", "2026-02-27"),
        ("The order is dated 24/02/2022.", "24/02/2022", "2022-02-24"),
        ("Turnout in 2019 was low.", "2019", "2019"),
        ("Inflation peaked in the 1990s.", "the 1990s", "199"),
        ("Repairs finish in mid-March.", "mid-March", "2026-03"),
        ("Growth slowed in early 2023.", "early 2023", "2023"),
        ("Profits fell in the first quarter.", "the first quarter", "2026-Q1"),
        ("Revenue grew in fiscal 2024.", "fiscal 2024", "2024"),
        ("The dispute dates from the 19th century.", "the 19th century", "18"),
        ("Sales dipped in March 2023.", "March 2023", "2023-03"),
    ],
)
def test_explicit_dates(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert value_of(pipeline, text, phrase) == value


def test_early_narrows_the_interval(pipeline: Pipeline) -> None:
    hit = next(t for t in timexes(pipeline, "Growth slowed in early 2023.") if t.value == "2023")
    assert hit.start_date == dt.date(2023, 1, 1)
    assert hit.end_date is not None and hit.end_date < dt.date(2023, 6, 1)


def test_day_first_numeric_dates_follow_the_document(pipeline: Pipeline) -> None:
    text = "The first order is dated 25/12/2021 and the second 03/04/2022."
    assert value_of(pipeline, text, "03/04/2022") == "2022-04-03"


# -- seasons, parts of day, clock times -------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value", "type_"),
    [
        ("Energy use soars this winter.", "this winter", "2025-WI", "DATE"),
        ("Crops failed last summer.", "last summer", "2025-SU", "DATE"),
        ("The strikes came in the depths of winter.", "the depths of winter", "2025-WI", "DATE"),
        ("The press conference is at 3pm.", "3pm", "2026-02-23T15:00", "TIME"),
        ("Polls close at 10:30 p.m. tomorrow.", "10:30 p.m. tomorrow", "2026-02-24T22:30", "TIME"),
    ],
)
def test_seasons_and_times(
    pipeline: Pipeline, text: str, phrase: str, value: str, type_: str
) -> None:
    assert found(pipeline, text).get(phrase) == (type_, value)


def test_winter_interval_spans_the_new_year(pipeline: Pipeline) -> None:
    hit = timexes(pipeline, "Energy use soars this winter.")[0]
    assert (hit.start_date, hit.end_date) == (dt.date(2025, 12, 1), dt.date(2026, 2, 28))


# -- durations, sets, references --------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value", "type_"),
    [
        ("He served for four years.", "four years", "P4Y", "DURATION"),
        ("The siege lasted nearly three months.", "nearly three months", "P3M", "DURATION"),
        ("The talks took 5 1/2 hours.", "5 1/2 hours", "PT5H30M", "DURATION"),
        ("Convoys cross every day.", "every day", "P1D", "SET"),
        ("The bulletin appears weekly.", "weekly", "P1W", "SET"),
        ("Markets open every Tuesday.", "every Tuesday", "XXXX-WXX-2", "SET"),
        ("The army is now in control.", "now", "PRESENT_REF", "DATE"),
        ("Shops are currently shut.", "currently", "PRESENT_REF", "DATE"),
        ("Exports recently recovered.", "recently", "PAST_REF", "DATE"),
        ("A deal is expected soon.", "soon", "FUTURE_REF", "DATE"),
    ],
)
def test_durations_sets_refs(
    pipeline: Pipeline, text: str, phrase: str, value: str, type_: str
) -> None:
    assert found(pipeline, text).get(phrase) == (type_, value)


# -- anniversaries -----------------------------------------------------------


def test_anniversary_from_known_event(pipeline: Pipeline) -> None:
    text = (
        "Leaders gathered in Warsaw to mark the third anniversary of Russia's full-scale invasion."
    )
    hits = timexes(pipeline, text, dt.date(2025, 2, 24))
    hit = next(t for t in hits if t.text.startswith("the third anniversary"))
    assert hit.text.endswith("full-scale invasion")
    assert (hit.value, hit.anchor_value) == ("2025-02-24", "2022-02-24")


def test_anniversary_from_a_date_in_its_sentence(pipeline: Pipeline) -> None:
    text = "On Friday the town will celebrate the tenth anniversary of its new bridge."
    hits = timexes(pipeline, text)
    hit = next(t for t in hits if "anniversary" in t.text)
    assert hit.value == "2026-02-27"
    assert hit.anchor_value == "2016-02-27"
    assert hit.text == "the tenth anniversary of its new bridge"


def test_unresolvable_anniversary_is_left_out(pipeline: Pipeline) -> None:
    assert not [
        t for t in timexes(pipeline, "They marked a 40th anniversary.") if "anniv" in t.text
    ]


# -- non-temporal uses -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "Thousands joined the March on Washington.",
        "She writes for the Sunday Times.",
        "Fans flew in for the 2022 World Cup.",
        "The army sent 2000 troops to the border.",
        "He won a second term.",
    ],
)
def test_non_temporal_uses_are_not_timexes(pipeline: Pipeline, text: str) -> None:
    assert timexes(pipeline, text) == []


# -- bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The letter was dated February 30.",
        "It happened on the 45th of May.",
        "The plan runs to year 99999 and beyond.",
        "Serial 123456789012345678901234567890 was logged.",
        "Shipment 2021/2022/2023 arrived, ref 12/13/14/15.",
        "Dates 31/31/2020 and 00/00/0000 and 2020-13-45 were rejected.",
        "Feb" * 500,
        "",
    ],
)
def test_bad_input_never_raises_and_values_stay_valid(pipeline: Pipeline, text: str) -> None:
    for t in timexes(pipeline, text):
        assert VALUE.match(t.value), t.value
        assert (t.start_date is None) == (t.end_date is None)


def test_impossible_date_gets_an_unknown_value(pipeline: Pipeline) -> None:
    got = timexes(pipeline, "The letter was dated February 30.")
    assert [(t.text, t.value, t.start_date) for t in got] == [("February 30", "XXXX-XX-XX", None)]


# -- properties ----------------------------------------------------------------

PIECES = [
    "on Tuesday",
    "last week",
    "24 February 2022",
    "Feb. 3",
    "in the 1990s",
    "for four years",
    "every day",
    "now",
    "3pm",
    "the first quarter",
    "this winter",
    "two days later",
    "May",
    "2019",
    "the fourth anniversary of Russia's full-scale invasion",
    "officials said",
    "troops",
    "will meet",
    "Kyiv",
    "’s",
    "\n\n",
    ", ",
    ". ",
    "  ",
    "é",
    "12/13/2024",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(PIECES), min_size=1, max_size=14),
    noise=st.text(max_size=12),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_extents_match_the_text(
    pipeline: Pipeline, parts: list[str], noise: str, day: dt.date
) -> None:
    text = " ".join(parts) + noise
    for t in timexes(pipeline, text, day):
        assert text[t.span.start : t.span.end] == t.text
        assert t.text.strip() == t.text and t.text
        assert VALUE.match(t.value), t.value
        if t.start_date is not None:
            assert t.end_date is not None and t.start_date <= t.end_date


# -- tense, same-day weekdays and month years ------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The minister spoke to reporters on Monday.", "Monday", "2026-02-23"),
        ("The envoy could not be located Thursday in the capital.", "Thursday", "2026-02-19"),
        ("The shares may have been sold on Friday.", "Friday", "2026-02-20"),
        ("The team planned to leave the capital on Thursday.", "Thursday", "2026-02-26"),
        ("Markets will remain closed until Thursday.", "Thursday", "2026-02-26"),
        ("The firm bought the mill in November.", "November", "2025-11"),
        ("The firm agreed to buy the mill in April.", "April", "2026-04"),
    ],
)
def test_direction_from_the_clause(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert value_of(pipeline, text, phrase) == value


def test_modifier_before_a_day_is_in_the_extent(pipeline: Pipeline) -> None:
    got = found(pipeline, "Shares fell earlier today and rallied late Sunday.")
    assert got["earlier today"] == ("DATE", "2026-02-23")
    assert got["late Sunday"] == ("DATE", "2026-02-22")


# -- seasons, vague periods, fractions, references ---------------------------------


def test_depths_of_winter_keeps_the_whole_season(pipeline: Pipeline) -> None:
    text = "Strikes hit the grid in the depths of winter. The winter months have been hard."
    got = {t.text: t for t in timexes(pipeline, text)}
    for phrase in ("the depths of winter", "The winter months"):
        hit = got[phrase]
        assert hit.value == "2025-WI"
        assert (hit.start_date, hit.end_date) == (dt.date(2025, 12, 1), dt.date(2026, 2, 28))


@pytest.mark.parametrize(
    ("text", "phrase", "value", "type_"),
    [
        ("Kidnappings have risen in recent years.", "recent years", "PXY", "DURATION"),
        ("Prices may fall in the coming months.", "the coming months", "PXM", "DURATION"),
        ("The talks lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
        ("Sales for the year ended March 31 rose.", "the year", "P1Y", "DURATION"),
        ("Little has changed over the years.", "the years", "PXY", "DURATION"),
        ("No woman has led a mission until now.", "now", "PRESENT_REF", "DATE"),
        ("The outlook is good for the near term.", "the near term", "FUTURE_REF", "DATE"),
        ("Rates stay low for the time being.", "the time being", "PRESENT_REF", "DATE"),
    ],
)
def test_vague_and_fractional_periods(
    pipeline: Pipeline, text: str, phrase: str, value: str, type_: str
) -> None:
    assert found(pipeline, text).get(phrase) == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "He bought the farm when he was in his 30s.",
        "Few believed that communism would fall.",
        "Protesters joined the March for Life in the capital.",
        "Leave as soon as the roads reopen.",
        "The long-term outlook is uncertain.",
        "Iraq imports about three-quarters of its food.",
    ],
)
def test_more_non_temporal_uses(pipeline: Pipeline, text: str) -> None:
    assert timexes(pipeline, text) == []


def test_weekday_does_not_take_a_following_number(pipeline: Pipeline) -> None:
    got = found(pipeline, "At the close of business Thursday, 5,745,188 shares had been tendered.")
    assert got == {"Thursday": ("DATE", "2026-02-19")}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "type_"),
    [
        ("The carmaker posted its first annual loss.", "annual", "P1Y", "DURATION"),
        ("Stocks hit their lowest level in over a decade.", "over a decade", "P10Y", "DURATION"),
        ("Loans were extended through January.", "January", "2026-01", "DATE"),
        ("The plant shut in autumn of 2019.", "autumn of 2019", "2019-FA", "DATE"),
        ("Shares fell late in the day.", "late in the day", "2026-02-23", "DATE"),
        ("At 0800 UTC the banks acted.", "0800 UTC", "2026-02-23T08:00Z", "TIME"),
        ("They will leave at 4 in the morning.", "4 in the morning", "2026-02-23T04:00", "TIME"),
    ],
)
def test_annual_over_and_clock_forms(
    pipeline: Pipeline, text: str, phrase: str, value: str, type_: str
) -> None:
    assert found(pipeline, text).get(phrase) == (type_, value)


def test_clock_time_takes_the_day_named_in_its_sentence(pipeline: Pipeline) -> None:
    got = found(pipeline, "The jet made its first flight on Saturday at 18:00 UTC.")
    assert got["18:00 UTC"] == ("TIME", "2026-02-21T18:00Z")


def test_year_after_since_survives_a_following_name(pipeline: Pipeline) -> None:
    got = found(pipeline, "GM posts first loss since 1992 General Motors said on Monday.")
    assert got["1992"] == ("DATE", "1992")


@pytest.mark.parametrize(
    "text",
    [
        "The index posted its biggest fall since the crash.",
        "Aid flows have come to a halt after the fall of the city.",
    ],
)
def test_fall_the_decline_is_not_a_season(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in timexes(pipeline, text) if "fall" in t.text]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Sales rebounded in the last week of January.", "the last week of January", "2026-W05"),
        ("Talks resume in the week of March 9.", "the week of March 9", "2026-W11"),
        ("The index is at its lowest level since '82.", "'82", "1982"),
        ("The firm lost $8.6 billion for the entire year.", "the entire year", "2026"),
        ("Sects fear the year two thousand.", "the year two thousand", "2000"),
    ],
)
def test_weeks_of_months_short_years_whole_periods(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert value_of(pipeline, text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("He has been held for four years.", "four years", "2022-02-23", "2026-02-23"),
        ("Inspectors will return within two weeks.", "two weeks", "2026-02-23", "2026-03-09"),
        ("Inspectors return in two weeks.", "two weeks", "2026-03-09", "2026-03-09"),
    ],
)
def test_durations_tied_to_today_get_dates(
    pipeline: Pipeline, text: str, phrase: str, start: str, end: str
) -> None:
    hit = next(t for t in timexes(pipeline, text) if t.text == phrase)
    assert (hit.start_date, hit.end_date) == (
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
    )


def test_duration_in_the_past_gets_no_dates(pipeline: Pipeline) -> None:
    hit = next(t for t in timexes(pipeline, "He served for four years.") if t.text == "four years")
    assert (hit.value, hit.start_date, hit.end_date) == ("P4Y", None, None)


def test_anniversary_of_another_known_event(pipeline: Pipeline) -> None:
    text = "Police braced for the 35th anniversary of the Tiananmen Square crackdown."
    hit = next(t for t in timexes(pipeline, text, dt.date(2024, 6, 3)) if "anniversary" in t.text)
    assert (hit.value, hit.anchor_value) == ("2024-06-04", "1989-06-04")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The book is due out in May.", "May", "2026-05"),
        ("Talks resumed in May after the summer break.", "May", "2025-05"),
    ],
)
def test_month_year_from_the_clause(pipeline: Pipeline, text: str, phrase: str, value: str) -> None:
    assert value_of(pipeline, text, phrase) == value


@pytest.mark.parametrize(
    "text",
    ["Mrs May said the deal was done.", "The now-former governor resigned."],
)
def test_names_are_not_months_or_references(pipeline: Pipeline, text: str) -> None:
    assert timexes(pipeline, text) == []
