"""Country names two countries share ("Congo"): the one the document points to
(``dateline.nlp.geo`` applies it before resolving places)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dateline.kb.gazetteer import fold
from dateline.kb.places import PlaceIndex
from dateline.model import Mention


def shared_names(
    found: list[Mention],
    shared: dict[str, tuple[str, ...]],
    labels: frozenset[str],
    index: PlaceIndex,
) -> list[Mention]:
    """A country name two countries share (``shared``: folded name -> ISO3s) means the one
    the document's other mentions point to (their own countries; towns of only one of them),
    else the first listed. The mention's actor and place follow, and so do bare groups the
    actors layer gave that country ("the army", "fighters": the document's country)."""
    options = next(
        (
            shared[fold(m.text)]
            for m in found
            if fold(m.text) in shared and m.actor is not None and m.actor.id.startswith("c:")
        ),
        None,
    )
    if options is None:
        return found
    votes: Counter[str] = Counter()
    for m in found:
        if fold(m.text) in shared or _bare_group(m):
            continue
        if m.actor is not None and m.actor.country:
            votes[m.actor.country] += 1
        elif m.label in labels:
            homes = {c.country for c in index.candidates(m.text, fuzzy=False)}
            if len(homes & set(options)) == 1:
                votes[(homes & set(options)).pop() or ""] += 1
    best = max(options, key=lambda iso: (votes[iso], -options.index(iso)))
    if best not in index.kb.countries:
        return found
    return [
        _as_country(m, best, index)
        if m.actor is not None
        and m.actor.country in options
        and (fold(m.text) in shared or _bare_group(m))
        else m
        for m in found
    ]


def _bare_group(m: Mention) -> bool:
    return m.label == "GROUP" and m.actor is not None and m.actor.id.startswith("c:")


def _as_country(m: Mention, iso3: str, index: PlaceIndex) -> Mention:
    actor = m.actor
    if actor is None or actor.country == iso3:
        return m
    sector = actor.id.partition("/")[2]
    name = index.kb.countries[iso3].name + (f" ({sector})" if sector else "")
    new_id = f"c:{iso3}/{sector}" if sector else f"c:{iso3}"
    return replace(m, actor=replace(actor, id=new_id, name=name, country=iso3))
