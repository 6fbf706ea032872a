"""Short forms of a person's name tagged as places (dateline.nlp.actor_short_names)."""

from __future__ import annotations

import pytest

from dateline.kb import KnowledgeBase, load_kb
from dateline.model import Mention, Provenance, Span
from dateline.nlp.actor_short_names import person_short_names

TEST = Provenance("test", "0")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _mentions(text: str, labelled: list[tuple[str, str, int]]) -> list[Mention]:
    out = []
    for words, label, nth in labelled:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        out.append(Mention(Span(start, start + len(words)), words, label, TEST))
    return out


def test_a_first_name_or_surname_tagged_as_a_place_is_the_person(kb: KnowledgeBase) -> None:
    text = "Jamal Khashoggi was killed. Nobody spoke of Jamal's killing or of Khashoggi."
    found = _mentions(
        text, [("Jamal Khashoggi", "PERSON", 0), ("Jamal's", "GPE", 0), ("Khashoggi", "GPE", 1)]
    )
    assert [m.label for m in person_short_names(found, kb)] == ["PERSON"] * 3


def test_a_country_or_capital_keeps_its_place_label(kb: KnowledgeBase) -> None:
    text = "Michael Jordan flew to Jordan; Paris Hilton stayed in Paris."
    found = _mentions(
        text,
        [
            ("Michael Jordan", "PERSON", 0),
            ("Jordan", "GPE", 1),
            ("Paris Hilton", "PERSON", 0),
            ("Paris", "GPE", 1),
        ],
    )
    assert [m.label for m in person_short_names(found, kb)] == ["PERSON", "GPE", "PERSON", "GPE"]


def test_without_a_full_name_a_place_stays_a_place(kb: KnowledgeBase) -> None:
    text = "Troops entered Jamal on Monday."
    found = _mentions(text, [("Jamal", "GPE", 0)])
    assert person_short_names(found, kb) == found
