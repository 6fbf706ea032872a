"""The timex rule files: valid against their schemas, and every name they use exists."""

from __future__ import annotations

import copy
import re

import pytest

from dateline.errors import RulesError
from dateline.nlp.timex import NORMALISERS, LanguageRules
from dateline.nlp.timex_grammar import Grammar
from dateline.rules import languages, load_rules, rule_names, validated


@pytest.mark.parametrize("language", languages())
def test_every_language_ships_valid_timex_rules(language: str) -> None:
    if "timex" not in rule_names(language):
        pytest.skip(f"no timex rules for {language}")
    rules = LanguageRules.from_rules(
        load_rules("timex", language), load_rules("timex_events", language)
    )
    assert rules.grammar.rules


def test_every_normaliser_named_in_the_rules_exists() -> None:
    named = {p["normalise"] for p in load_rules("timex")["patterns"]}
    assert named <= NORMALISERS.keys()


def test_pattern_names_are_unique() -> None:
    names = [p["name"] for p in load_rules("timex")["patterns"]]
    assert len(names) == len(set(names))


def test_event_patterns_compile_and_dates_are_real() -> None:
    import datetime as dt

    for event in load_rules("timex_events")["events"]:
        dt.date.fromisoformat(event["date"])
        for pattern in event["of"] + event.get("owner", []):
            re.compile(pattern)


def test_every_one_event_phrase_contains_its_cue() -> None:
    """A cue skips texts without it, so a phrase lacking the cue would never be found."""
    events = [e for e in load_rules("timex_events")["events"] if e.get("one_event")]
    assert events and all("cue" in e for e in events)
    for event in events:
        for pattern in event["of"]:
            assert event["cue"] in pattern.lower(), (event["name"], pattern)


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("numeric_date_order",), "YMD"),
        (("patterns", 0, "type"), "MOMENT"),
        (("patterns", 0, "normalise"), "Not A Name"),
        (("words", "month", "january"), 1.5),
        (("tense", "future_aux"), "will"),
    ],
)
def test_schema_rejects_malformed_timex_rules(path: tuple[object, ...], bad: object) -> None:
    data = copy.deepcopy(load_rules("timex"))
    target = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = bad  # type: ignore[index]
    with pytest.raises(RulesError, match=r"timex\.yaml"):
        validated(data, "timex", "en/timex.yaml")


def test_schema_rejects_a_malformed_event() -> None:
    data = {"events": [{"name": "x", "date": "24 Feb 2022", "of": ["x"]}]}
    with pytest.raises(RulesError, match="date"):
        validated(data, "timex_events", "en/timex_events.yaml")


def test_unknown_reference_in_a_pattern_is_a_rules_error() -> None:
    data = copy.deepcopy(load_rules("timex"))
    data["patterns"][0]["regex"] = "{no_such_class}"
    with pytest.raises(RulesError, match="no_such_class"):
        Grammar(data)


def test_unknown_normaliser_is_a_rules_error() -> None:
    data = copy.deepcopy(load_rules("timex"))
    data["patterns"][0]["normalise"] = "no_such_function"
    with pytest.raises(RulesError, match="no_such_function"):
        LanguageRules.from_rules(data, load_rules("timex_events"))


def test_every_pattern_names_its_cues() -> None:
    # A pattern without cues runs over the whole text and undoes the prefilter's speed.
    missing = [
        p["name"]
        for p in load_rules("timex")["patterns"]
        if not (p.get("cues") or p.get("cue_words"))
    ]
    assert missing == []
