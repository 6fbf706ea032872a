"""The cue prefilter: scanning near cues finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import RulesError
from dateline.nlp.timex_cues import CueIndex, key_words
from dateline.nlp.timex_grammar import Grammar
from dateline.rules import load_rules

RULES = load_rules("timex")
GRAMMAR = Grammar(RULES)

# Words of every vocabulary, plus the glue that sits between them in real text.
VOCABULARY = sorted({key for words in RULES["words"].values() for key in words})
GLUE = ["the", "of", "on", "in", "a", "said", "troops", "-", ",", ".", "'s", "\n", "  "]
NUMBERS = ["3", "24", "1990", "2026", "90", "12:30", "10/02/2024", "Q3", "FY24", "5 1/2", "80s"]


def scanned(text: str, prefilter: bool) -> list[tuple[str, int, int]]:
    """Rule name and span of every candidate, in scan order."""
    return [(f.rule.name, f.start, f.end) for f in GRAMMAR.scan(text, prefilter=prefilter)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister will open the new bridge on Thursday, Feb. 26, 2026 at 10:30 a.m. EST.",
        "In the past twenty-four and a half hours, more than 300 people fled; a year earlier, "
        "in the summer of nineteen ninety-four, the same quarter of fiscal 2024 saw Q3 gains.",
        "The 1990s and the '80s, the 19th century and the turn of the century, every Tuesday.",
        "The next day, the same day, that day and the previous day were quiet.",
        "x" * 300 + " 2019 " + "y" * 300 + " in two weeks",
        # A window that ends inside "yearly" must not make "fourteen year" a duration.
        "before day memorial day armistice day well over eighth nightly bastille day dec "
        "this noon seconds a number of the previous eleven - past easter fourteen yearly "
        "soon overnight late the following last 2026",
        # Cues of one kind only: the patterns without a window are skipped outright.
        "Officials said the vote was moved to Monday.",
        "",
    ],
)
def test_prefilter_finds_what_a_full_scan_finds(text: str) -> None:
    assert scanned(text, True) == scanned(text, False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCABULARY + GLUE + NUMBERS), min_size=1, max_size=40))
def test_prefilter_agrees_on_random_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    assert scanned(text, True) == scanned(text, False)


def test_text_without_cues_opens_no_window() -> None:
    windows = GRAMMAR.cues.windows("Officials said the bridge was closed to traffic.")
    assert all(not w for w in windows)


def test_windows_merge_and_stay_inside_the_text() -> None:
    text = "on Monday and Tuesday"
    index = CueIndex.build([{("words", "monday"), ("words", "tuesday")}], margin=5)
    assert index.windows(text) == [[(0, len(text))]]


def test_key_words_split_like_the_scan() -> None:
    assert key_words("new year's day") == ["new", "year", "s", "day"]


def test_unknown_cue_is_a_rules_error() -> None:
    data = copy.deepcopy(RULES)
    data["patterns"][0]["cues"] = ["no_such_cue"]
    with pytest.raises(RulesError, match="no_such_cue"):
        Grammar(data)
