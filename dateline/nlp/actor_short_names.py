"""Short forms of a person's name that the small model tags as places."""

from __future__ import annotations

from dataclasses import replace

from dateline.kb.gazetteer import fold, without_possessive
from dateline.kb.knowledge import KnowledgeBase
from dateline.model import Mention

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def person_short_names(found: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """ "Jamal Khashoggi" is a person; a later "Jamal" or "Khashoggi" tagged as a place is that
    person, unless the word names a country or a capital ("Jordan", "Paris")."""
    words = {
        w
        for m in found
        if m.label == "PERSON" and " " in m.text
        for w in m.text.split()
        if w[:1].isupper()
    }
    if not words:
        return found
    return [_as_person(m, words, kb) for m in found]


def _as_person(m: Mention, words: set[str], kb: KnowledgeBase) -> Mention:
    if m.label not in _PLACE_LABELS:
        return m
    text = without_possessive(m.text)
    if " " in text or text not in words:
        return m
    if kb.country_of_name(text) or fold(text) in kb.capitals or fold(text) in kb.places:
        return m
    return replace(m, label="PERSON", actor=None, place=None)
