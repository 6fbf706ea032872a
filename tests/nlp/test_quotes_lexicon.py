"""The quote rules are data: schema-checked, each word listed once."""

from __future__ import annotations

import copy

import pytest

from dateline.errors import RulesError
from dateline.nlp.quotes_lexicon import QuoteLexicon
from dateline.rules import load_rules, validated


def test_rules_load_and_compile() -> None:
    lex = QuoteLexicon.from_rules(load_rules("speech"), load_rules("quotes"))
    assert lex.cue_group("say") == "speech"
    assert lex.cue_group("accuse") == "object"
    assert lex.cue_group("believe") == "cognition"
    assert lex.cue_group("walk") is None
    assert "“" in lex.double.open and "”" in lex.double.close
    assert lex.pronouns["she"].gender == "female"
    assert lex.honorific_gender["sir"] == "male"


def test_each_verb_in_one_group_only() -> None:
    verbs = load_rules("speech")["verbs"]
    listed = [v for group in verbs.values() for v in group]
    assert len(listed) == len(set(listed))


def test_marks_are_not_shared_between_families() -> None:
    marks = load_rules("quotes")["marks"]
    double = {c for key in ("open", "close", "either") for c in marks["double"][key]}
    single = {c for key in ("open", "close", "either") for c in marks["single"][key]}
    assert not double & single


@pytest.mark.parametrize(
    ("name", "path", "bad"),
    [
        ("quotes", ("marks", "double", "open"), ["““"]),
        ("quotes", ("min_unattributed_words",), 0),
        ("speech", ("indirect_groups",), ["gossip"]),
        ("speech", ("verbs", "speech"), ["Say"]),
    ],
)
def test_schema_rejects_bad_rules(name: str, path: tuple[str, ...], bad: object) -> None:
    data = copy.deepcopy(load_rules(name))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(RulesError, match=path[-1]):
        validated(data, name, f"en/{name}.yaml")
