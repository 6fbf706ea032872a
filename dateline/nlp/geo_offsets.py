"""Places given by distance and direction from a known town ("about 120 km (75 miles)
southwest of Mogadishu", "30 km north of the town of Goma"): the point that far from the
town, on the compass bearing the text names (``docs/events.md`` rule 8).

The compass words, units and approximators are the geo rules' ``offsets``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc as SpacyDoc

from dateline.model import Place, Span

EARTH_KM = 6371.0088
MAX_TOWN_NOUN_WORDS = 3  # words describing the town noun ("the Borno state capital")
_DESCRIBING = frozenset({"ADJ", "PROPN", "NOUN"})


@dataclass(frozen=True, slots=True)
class Offset:
    """A distance and bearing read before a town, and where that phrase starts."""

    km: float
    bearing: float  # degrees clockwise from north
    start: int  # character offset of the phrase's first word


@dataclass(frozen=True, slots=True)
class OffsetRules:
    """Compass bearings, distance units (in km) and the words that make a distance vague."""

    bearings: dict[str, float]
    units: dict[str, float]
    approximators: frozenset[str]
    town_words: frozenset[str]  # "of the town of Goma": a noun naming the town's kind

    @classmethod
    def from_rules(cls, geo: dict[str, Any]) -> OffsetRules:
        """Build from the ``geo`` rules file (``offsets`` and ``city_words``)."""
        data = geo["offsets"]
        return cls(
            {k: float(v) for k, v in data["bearings"].items()},
            {k: float(v) for k, v in data["units"].items()},
            frozenset(data["approximators"]),
            frozenset(w for w in geo["city_words"] if " " not in w),
        )

    def before(self, doc: SpacyDoc, i: int) -> Offset | None:
        """The offset phrase ending right before token ``i`` (the town's first token)."""
        j = self._town_noun(doc, i - 1)
        if j < 0 or doc[j].lower_ != "of":
            return None
        bearing, j = self._bearing(doc, j - 1)
        if bearing is None:
            return None
        j = _skip_brackets(doc, j)
        if j < 1 or doc[j].lower_ not in self.units:
            return None
        km = _number(doc[j - 1].text)
        if km is None:
            return None
        km *= self.units[doc[j].lower_]
        k = j - 1
        if k >= 1 and doc[k - 1].lower_ in self.approximators:
            k -= 1
        return Offset(km, bearing, doc[k].idx)

    def _town_noun(self, doc: SpacyDoc, j: int) -> int:
        """Step back from token ``j`` over a noun naming the town's kind and its words ("the
        town of", "the northeastern city of", "the capital,", "the regional capital"), to
        the token before them; ``j`` itself when none ends there."""
        k = j
        if k >= 0 and doc[k].text == ",":
            k -= 1  # "north of the capital, Niamey"
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in self.town_words:
            k -= 1  # "north of the town of Goma"
        elif k < 0 or doc[k].lower_ not in self.town_words:
            return j
        k -= 1
        for _ in range(MAX_TOWN_NOUN_WORDS):  # "the Borno state capital", "the northeastern city"
            if k < 0 or doc[k].lower_ in ("the", "of") or doc[k].pos_ not in _DESCRIBING:
                break
            k -= 1
        return k - 1 if k >= 0 and doc[k].lower_ == "the" else j

    def _bearing(self, doc: SpacyDoc, j: int) -> tuple[float | None, int]:
        """The compass word ending at token ``j`` ("north", or "south-west" split in three
        tokens by the tokenizer), and the token before it."""
        for n in (5, 3, 1):
            if j - n + 1 < 0:
                continue
            word = "".join(t.lower_ for t in doc[j - n + 1 : j + 1])
            if word in self.bearings:
                return self.bearings[word], j - n
        return None, j

    def distance_from(self, doc: SpacyDoc, j: int, end: int) -> int | None:
        """The token after "from" in a distance without a bearing among tokens ``j`` to
        ``end`` ("a village some 30 km from Ghazni"), or None."""
        for k in range(j + 1, min(end, len(doc))):
            if doc[k].lower_ in self.units and _number(doc[k - 1].text) is not None:
                n = k + 1
                if n < len(doc) and doc[n].text == "(":  # "30 km (19 miles) from X"
                    while n < len(doc) and doc[n].text != ")":
                        n += 1
                    n += 1
                return n + 1 if n < len(doc) - 1 and doc[n].lower_ == "from" else None
        return None


def _skip_brackets(doc: SpacyDoc, j: int) -> int:
    """Step back over a bracketed conversion ("120 km (75 miles) southwest")."""
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    return j


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on an initial ``bearing`` (great circle)."""
    d = km / EARTH_KM
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


def offset_place(town: Place, offset: Offset, name: str, end: int) -> tuple[Span, Place]:
    """The computed point and the span of the whole phrase: a point, not the town, so it
    carries no geonameid (``docs/format.md``); country and admin1 stay the town's."""
    lat, lon = destination(town.lat, town.lon, offset.bearing, offset.km)
    place = replace(town, name=name, lat=lat, lon=lon, geonameid=None, feature="city")
    return Span(offset.start, end), replace(place, resolution=1)
