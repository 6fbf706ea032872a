"""Narrative offsets, "soon" in past clauses, year-ends, clock days after a parenthesis
and event adjectives: TimeML conventions found by the fourth TBAQ/MEANTIME error analysis.

Sentences are our own; publication dates are chosen so that each case bites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.test_timex import found, timexes

MONDAY = dt.date(2026, 2, 23)
EARLY_NOVEMBER = dt.date(2026, 11, 4)  # a Wednesday


# -- "an hour later", "a few days later" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ferry sank on 3 May. Just over an hour later, divers arrived.",
            "over an hour later",
            "PT1H",
        ),
        (
            "The ferry sank on 3 May. Twenty minutes later, divers arrived.",
            "Twenty minutes later",
            "PT20M",
        ),
        (
            "The mill closed on 3 May. A few days later, the owners sold it.",
            "A few days later",
            "PXD",
        ),
        (
            "The mill closed on 3 May. Several months later, it reopened.",
            "Several months later",
            "PXM",
        ),
    ],
)
def test_sub_day_and_vague_offsets_from_the_story_are_durations(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DURATION", value)


def test_a_counted_day_offset_from_the_story_is_still_a_date(pipeline: Pipeline) -> None:
    # TimeBank writes the measure (P2D); the events layer dates what happened by the day
    text = "The mill closed on 3 May 2025. Two days later, the owners sold it."
    assert found(pipeline, text, MONDAY)["Two days later"] == ("DATE", "2025-05-05")


def test_vague_offsets_from_today_stay_references(pipeline: Pipeline) -> None:
    assert found(pipeline, "He left the party several years ago.", MONDAY)["several years ago"] == (
        "DATE",
        "PAST_REF",
    )


# -- "soon" ----------------------------------------------------------------------


def test_soon_in_a_past_clause_names_no_time(pipeline: Pipeline) -> None:
    text = "The trickle of cash soon became a flood, and he was soon released."
    assert [t.text for t in timexes(pipeline, text, MONDAY)] == []


def test_soon_in_a_future_clause_is_future_ref(pipeline: Pipeline) -> None:
    text = "The budget will soon move into surplus."
    assert found(pipeline, text, MONDAY)["soon"] == ("DATE", "FUTURE_REF")


# -- year-end ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bank expects to close the deal by year-end.", "year-end", "2026-12-31"),
        ("The index has risen 5% since year-end.", "year-end", "2025-12-31"),
    ],
)
def test_year_end_is_the_closing_day_of_this_or_the_last_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, EARLY_NOVEMBER).get(phrase) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The plant should reopen by year end.", "year end", "2026"),
        ("Its reserves were thin at the year's end.", "the year's end", "2025"),
        ("The firm hopes to hire 40 more people by year's end.", "year's end", "2026"),
    ],
)
def test_year_end_in_two_words_is_the_end_of_the_year(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    # Spelt apart, "year end" says "the end of the year": the year with mod END, as
    # TIMEX3 writes "the end of the year"; only the compound "year-end" is the day.
    assert found(pipeline, text, EARLY_NOVEMBER).get(phrase) == ("DATE", value)
    got = next(t for t in timexes(pipeline, text, EARLY_NOVEMBER) if t.text == phrase)
    assert got.end_date == dt.date(int(value), 12, 31)
    assert got.start_date is not None and got.start_date > dt.date(int(value), 6, 30)


def test_the_year_ended_is_not_a_year_end(pipeline: Pipeline) -> None:
    got = found(
        pipeline, "For the year ended Sept. 30, the mill earned $4 million.", EARLY_NOVEMBER
    )
    assert "year end" not in " ".join(got).lower()


# -- clock times with a day after a parenthesis -----------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, near the port.",
            "10:35 a.m.",
            "2026-02-20T10:35",
        ),
        (
            "The father will leave at 4 in the morning (4 a.m. EDT Wednesday), aides said.",
            "4 in the morning",
            "2026-02-25T04:00",
        ),
    ],
)
def test_a_clock_time_takes_the_day_named_after_its_parenthesis(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("TIME", value)


def test_a_clock_time_without_a_day_is_the_publication_day(pipeline: Pipeline) -> None:
    assert found(pipeline, "The blast occurred at 10:35 a.m. (0735 GMT).", MONDAY)[
        "10:35 a.m."
    ] == ("TIME", "2026-02-23T10:35")


# -- "annual", "late in the day after ..." -----------------------------------------


def test_an_annual_event_is_not_a_time_expression(pipeline: Pipeline) -> None:
    text = "Delegates met at the annual conference, before the annual parade."
    assert "annual" not in found(pipeline, text, MONDAY)


def test_an_annual_amount_is_one_year(pipeline: Pipeline) -> None:
    text = "The carmaker posted an annual profit of $2 billion."
    assert found(pipeline, text, MONDAY)["annual"] == ("DURATION", "P1Y")


def test_late_in_the_day_before_a_clause_is_that_day(pipeline: Pipeline) -> None:
    text = "Shares rebounded late in the day after falling 3%."
    assert found(pipeline, text, MONDAY)["late in the day"] == ("DATE", "2026-02-23")


# -- "a second consecutive day" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Trading was suspended for a second consecutive day.",
            "a second consecutive day",
            "2026-02-23",
        ),
        ("Today is the eighth day of the strike.", "the eighth day", "2026-02-23"),
        ("Stocks rose for the fourth week in a row.", "the fourth week in a row", "2026-W09"),
    ],
)
def test_the_nth_day_of_a_running_story_is_the_reported_one(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DATE", value)


def test_the_nth_day_ahead_is_not_resolved(pipeline: Pipeline) -> None:
    text = "The strike will enter a second consecutive day on Wednesday."
    assert "a second consecutive day" not in found(pipeline, text, MONDAY)


def test_the_first_week_of_a_month_is_still_that_week(pipeline: Pipeline) -> None:
    text = "The summit opens in the first week of March."
    assert found(pipeline, text, MONDAY)["the first week of March"] == ("DATE", "2026-W10")


def test_high_noon_is_an_idiom(pipeline: Pipeline) -> None:
    text = 'For the party, high noon comes today; the film "High Noon" ran at noon.'
    got = timexes(pipeline, text, MONDAY)
    assert [(t.text, t.value) for t in got if "oon" in t.text] == [("noon", "2026-02-23T12:00")]


# -- "the October slaying" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Police found new evidence in the October killing.", "October", "2025-10"),
        ("Her aides planned the late-November trip.", "late-November", "2025-11"),
    ],
)
def test_a_month_before_a_noun_after_the_is_a_date(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("DATE", value)


@pytest.mark.parametrize(
    "text", ["Thousands joined the annual March for Life.", "The May government fell apart."]
)
def test_march_and_may_after_the_stay_names(pipeline: Pipeline, text: str) -> None:
    assert timexes(pipeline, text, MONDAY) == []


# -- "in the morning" of the day told about -----------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Shares slumped on Friday. Dealers had placed big buy orders in the morning.",
            "the morning",
            "2026-02-20TMO",
        ),
        (
            "The talks resumed yesterday. In the afternoon, the delegates left.",
            "the afternoon",
            "2026-02-22TAF",
        ),
    ],
)
def test_in_the_morning_is_a_part_of_the_day_told_about(
    pipeline: Pipeline, text: str, phrase: str, value: str
) -> None:
    assert found(pipeline, text, MONDAY).get(phrase) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "She usually runs in the morning before work.",
        "The colony was counted on Monday. The birds are loudest in the morning.",
        "The host died on Friday. His show Wake Up in the Morning ran for years.",
        "The colony was counted on Monday. They are loudest in the morning and evening, "
        "braying a lot— an older colony earned a nickname because they sound like donkeys.",
    ],
)
def test_in_the_morning_of_no_day_told_about_is_no_timex(pipeline: Pipeline, text: str) -> None:
    # No day told about, a present that tells what is usual, or a title.
    assert all("the morning" not in t.text.lower() for t in timexes(pipeline, text, MONDAY))
