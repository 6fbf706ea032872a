"""The event rules are data: schema-checked, inside the PLOVER vocabulary, each word once."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dateline.errors import RulesError
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_plover import load_plover
from dateline.nlp.events_vocabulary import vocabulary_errors
from dateline.rules import load_rules, validated

RULES = ("events", "events_modality", "events_size")


def lexicon(events: dict[str, Any] | None = None) -> EventLexicon:
    return EventLexicon.from_rules(
        events or load_rules("events"), load_rules("events_modality"), load_rules("events_size")
    )


@pytest.mark.parametrize("name", RULES)
def test_rule_files_validate(name: str) -> None:
    assert load_rules(name)


def test_plover_vocabulary_has_the_sixteen_types_and_four_aux_modes() -> None:
    plover = load_plover()
    assert len(plover.types) == 16
    assert plover.aux == ("future", "hypothetical", "negation", "historical")
    assert "drone" in plover.modes["ASSAULT"] and "multilateral" in plover.modes["CONSULT"]
    assert set(plover.quads.values()) == {1, 2, 3, 4}


def test_rules_stay_inside_the_plover_vocabulary() -> None:
    assert vocabulary_errors(lexicon()) == []


def test_an_unknown_mode_is_reported() -> None:
    events = copy.deepcopy(load_rules("events"))
    events["verbs"]["attack"] = {"type": "ASSAULT", "modes": ["catapult"]}
    with pytest.raises(RulesError, match="catapult"):
        lexicon(events)


def test_an_unknown_type_is_reported() -> None:
    events = copy.deepcopy(load_rules("events"))
    events["nouns"]["parley"] = {"type": "CHAT"}
    with pytest.raises(RulesError, match="CHAT"):
        lexicon(events)


def test_an_unknown_word_class_is_reported() -> None:
    events = copy.deepcopy(load_rules("events"))
    events["verbs"]["hit"] = {"type": "ASSAULT", "require": {"any": ["@catapults"]}}
    with pytest.raises(RulesError, match="catapults"):
        lexicon(events)


def test_schema_rejects_a_malformed_sense() -> None:
    events = copy.deepcopy(load_rules("events"))
    events["verbs"]["attack"] = {"kind": "ASSAULT"}
    with pytest.raises(RulesError, match="verbs/attack"):
        validated(events, "events", "en/events.yaml")


def test_schema_rejects_a_yaml_boolean_in_a_word_list() -> None:
    # YAML reads a bare `off` or `no` as a boolean: the schema must catch it.
    events = copy.deepcopy(load_rules("events"))
    events["location_preps"] = [*events["location_preps"], False]
    with pytest.raises(RulesError, match="location_preps"):
        validated(events, "events", "en/events.yaml")


def test_vague_counts_follow_acled() -> None:
    size = load_rules("events_size")
    assert size["vague"]["dozens"] == 12
    assert size["vague"]["tens"] == 10
    assert size["vague"]["hundreds"] == 100


def test_classes_and_weapons_are_not_listed_twice() -> None:
    # Each vocabulary is defined once: no word repeats inside a list.
    events = load_rules("events")
    for name, words in events["classes"].items():
        assert len(words) == len(set(words)), name
    assert len(events["light_verbs"]) == len(set(events["light_verbs"]))
