"""The geo layer's settings read from ``rules/en/geo.yaml`` and the shared place index."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.kb.gazetteer import fold
from dateline.kb.places import PlaceIndex, SpellingRules

if TYPE_CHECKING:
    from dateline.resources import Resources

# One index per resources object: building it streams the whole gazetteer.
_INDEXES: weakref.WeakKeyDictionary[Resources, PlaceIndex] = weakref.WeakKeyDictionary()


def place_index(resources: Resources) -> PlaceIndex:
    """The place index of this pipeline's resources (built once, then shared)."""
    found = _INDEXES.get(resources)
    if found is None:
        spelling = SpellingRules.from_rules(resources.rules("geo")["spelling"])
        found = _INDEXES[resources] = PlaceIndex(resources.kb, spelling)
    return found


@dataclass(frozen=True, slots=True)
class GeoRules:
    """Area words, city words and the labels that may name places."""

    admin_words: dict[str, str]
    city_words: frozenset[str]
    directions: frozenset[str]
    labels: frozenset[str]
    missed_min_population: int
    abroad_min_population: int
    container_preps: frozenset[str] = frozenset()
    nearby_preps: frozenset[str] = frozenset()
    pair_preps: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()  # "the frigate Admiral Makarov": a ship
    dateline_marks: frozenset[str] = frozenset()
    shared_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded name
    area_phrases: dict[str, str] = field(default_factory=dict)  # "local government area"

    @classmethod
    def from_rules(cls, data: dict[str, Any]) -> GeoRules:
        """Build from the ``geo`` rules file."""
        return cls(
            dict(data["admin_words"]),
            frozenset(data["city_words"]),
            frozenset(data["directions"]),
            frozenset(data["labels"]),
            int(data["missed_min_population"]),
            int(data["abroad_min_population"]),
            frozenset(data["container_preps"]),
            frozenset(data.get("nearby_preps", ())),
            frozenset(data.get("pair_preps", ())),
            frozenset(data.get("site_nouns", ())),
            frozenset(data["vessel_nouns"]),
            frozenset(data["dateline_marks"]),
            {fold(k): tuple(v) for k, v in data.get("shared_country_names", {}).items()},
            dict(data.get("area_phrases", {})),
        )
