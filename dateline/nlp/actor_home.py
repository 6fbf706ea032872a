"""The country a story is about, which bare groups and ambiguous names lean towards."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from dateline.kb.gazetteer import fold
from dateline.kb.knowledge import KnowledgeBase
from dateline.model import Mention

GROUP = "GROUP"  # the label of nominal group mentions ("Greek officials")


def home_country(
    found: list[Mention],
    kb: KnowledgeBase,
    day: dt.date,
    place_labels: frozenset[str],
    filed: int = 0,
) -> str | None:
    """The country a story is about: seats and office-holders weigh more than names;
    mentions ending before ``filed`` (a wire dateline) do not count."""
    weights: Counter[str] = Counter()
    for m in found:
        if m.span.end <= filed:
            continue  # "NAIROBI, Kenya —" says where the story was filed, not its subject
        text = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if text in kb.seats:
            weights[kb.seats[text][0]] += 3
        elif text in kb.person_names:
            held = kb.person_names[text][0].terms_on(day)
            if held and held[0].country in kb.countries:
                weights[held[0].country] += 2
        iso3 = kb.country_of_name(text) or kb.adjectives.get(text)
        if iso3 is None and m.label == GROUP:
            iso3 = kb.adjectives.get(text.split(" ", 1)[0])  # "Greek officials"
        if iso3 is None and m.label in place_labels:
            iso3 = kb.capitals.get(fold(text))  # "Athens", "Kyiv"
        if iso3:
            weights[iso3] += 1
    if not weights:
        return None
    (best, w), *rest = [*weights.most_common(2), ("", 0)]
    return best if w >= 2 and w > rest[0][1] else None
