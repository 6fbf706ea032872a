"""A name tagged as one work or body with an area after "in": "Pishchane in Kharkiv Oblast".

The small model reads a village it does not know, followed by "in" and an area phrase, as
the title of a work or an organisation's name. The area phrase is a place of its own
(``PlaceMentions._inside_town``); the capitalised name before "in" is then a place inside
that area, not a work or a body, when no party is known by it.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan

from dateline.model import Mention

MISREAD_LABELS = frozenset({"WORK_OF_ART", "ORG", "PERSON", "LANGUAGE"})
MAX_NAME_TOKENS = 3  # "Velykyi Burluk", "Stanytsia Luhanska": longer runs name bodies


def named_in_area(
    m: Mention, head: SpacySpan, area: SpacySpan, admin_words: Mapping[str, str]
) -> bool:
    """Whether ``head`` ("Pishchane") is a place named inside the area phrase ``area``
    ("Kharkiv Oblast"): a short run of capitalised words tagged as no known party."""
    if m.label not in MISREAD_LABELS or area[-1].lower_ not in admin_words:
        return False
    if m.actor is not None and not m.actor.id.startswith("local:"):
        return False  # a known body keeps its label ("the Kherson Oblast Council in ...")
    words = [t for t in head if t.lower_ != "the"]
    return 0 < len(words) <= MAX_NAME_TOKENS and all(t.is_title and t.is_alpha for t in words)
