"""Document context for choosing places: the places already resolved that pull ambiguous
names toward them, containment of one place in another, and the tests that keep look-alikes
abroad out (``dateline.nlp.geo`` uses them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from dateline.kb.gazetteer import distance_km, fold
from dateline.kb.places import Candidate, PlaceIndex

NEAR_KM = 150.0
REGION_KM = 500.0
NEAR_BONUS = 3.0
AREA_FEATURES = frozenset({"admin1", "admin2", "region"})
CONTAINER_KM = 40.0  # a district, suburb or beach of a town lies within this of its middle
CITY_STATE_KM = 70.0  # a first-level area no wider than this around a big town is that town
CITY_STATE_MIN = 500_000  # people in a town that is a first-level area of its own
SURROUNDING_KM = 150.0  # the middle of the area around such a town lies within this of it


class Anchors:
    """Places a document has already resolved, which pull ambiguous names toward them.

    A town near a resolved town (within ``NEAR_KM``) or inside a resolved area gets the full
    bonus; one within ``REGION_KM`` of either, half. An area's middle is no town: nearness
    to it only counts at the regional scale.
    """

    def __init__(self) -> None:
        self.towns: list[tuple[float, float]] = []
        self.areas: dict[tuple[str, str], tuple[float, float]] = {}

    def add(self, c: Candidate) -> None:
        """Remember a resolved place (countries and seas are too vague to pull)."""
        if c.feature == "city":
            if (c.lat, c.lon) not in self.towns:
                self.towns.append((c.lat, c.lon))
        elif c.resolution <= 3 and c.admin1 is not None:
            self.areas.setdefault(c.admin1, (c.lat, c.lon))
        elif c.feature == "admin1" and c.curated and c.country:
            # An area of our alias table has no GeoNames code: its middle pulls regionally.
            self.areas.setdefault((c.country, c.name), (c.lat, c.lon))

    def bonus(self, c: Candidate) -> float:
        """How strongly the places already resolved speak for ``c``."""
        if c.admin1 is not None and c.admin1 in self.areas and c.feature == "city":
            return NEAR_BONUS
        points = [*self.towns, *self.areas.values()]
        if not points:
            return 0.0
        dist = [distance_km(c.lat, c.lon, lat, lon) for lat, lon in points]
        if min(dist[: len(self.towns)], default=REGION_KM) < NEAR_KM:
            return NEAR_BONUS
        nearest = min(dist)
        return NEAR_BONUS / 2 if nearest < REGION_KM else 0.0


def nearest_in_area(cands: Iterable[Candidate], area: Candidate) -> Candidate | None:
    """ "Bamba, in Mali's Gao region": an area our alias table pins by its middle only holds
    the country's town of that name nearest that middle (not Mali's other Bamba)."""
    if area.feature not in ("admin1", "region") or area.admin1 is not None:
        return None
    same = [c for c in cands if c.country == area.country and c.feature == "city"]
    exact = [c for c in same if not c.fuzzy] or same
    if not exact:
        return None
    return min(exact, key=lambda c: distance_km(c.lat, c.lon, area.lat, area.lon))


def nearest_town(cands: Iterable[Candidate], outer: Candidate) -> Candidate | None:
    """ "Novoselivka near Zaporizhzhia": the namesake town nearest ``outer``, if one lies
    within ``NEAR_KM`` of it (spelling look-alikes are no namesakes)."""
    towns = [c for c in cands if c.feature == "city" and not c.fuzzy]
    if not towns:
        return None
    best = min(towns, key=lambda c: distance_km(c.lat, c.lon, outer.lat, outer.lon))
    return best if distance_km(best.lat, best.lon, outer.lat, outer.lon) <= NEAR_KM else None


def inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` can lie in ``outer`` (same country, same first-level area, or a
    town's own surroundings)."""
    if outer.feature == "country":
        return inner.country == outer.country
    if inner.country and outer.country and inner.country != outer.country:
        return False
    if outer.feature == "admin1" or (outer.feature == "city" and inner.feature in AREA_FEATURES):
        # "Sagaing's Kani township": a district of a town names the town's province
        return inner.admin1 is None or outer.admin1 is None or inner.admin1 == outer.admin1
    if outer.feature in ("city", "admin2"):
        return distance_km(inner.lat, inner.lon, outer.lat, outer.lon) <= CONTAINER_KM
    return True


def sure_area(c: Candidate) -> bool:
    """An area named with its own word ("Belgorod Oblast", "Borno state") and no look-alike:
    a place the document surely names, even when it never names the area's country."""
    return not c.fuzzy and c.feature in AREA_FEATURES


def foreign_name(
    c: Candidate, i: int, own: dict[int, set[str | None]], weights: Counter[str]
) -> bool:
    """Only another of its names matches the town, and nothing else in the document (no
    other place by its own name, no actor) points to its country."""
    if not c.exonym or c.curated or weights[c.country or ""] > 0:
        return False
    return not any(c.country in countries for j, countries in own.items() if j != i)


def look_alike(c: Candidate) -> bool:
    """A town matched only by a spelling key or by another of its names."""
    return (c.fuzzy or c.exonym) and not c.curated


def named_area(index: PlaceIndex, town: Candidate, area: Candidate) -> Candidate | None:
    """The first-level area sharing its name with a town that an area lies in: "Tame
    municipality in Arauca" is in the department of Arauca, not in its seat town (an area
    within ``CONTAINER_KM`` of the town may be a quarter of it, and keeps the town)."""
    if area.feature not in AREA_FEATURES or town.feature != "city" or town.admin1 is None:
        return None
    if look_alike(town) or distance_km(area.lat, area.lon, town.lat, town.lon) <= CONTAINER_KM:
        return None
    name = index.area_names.get(town.admin1)
    if name is None or fold(name) != fold(town.name):
        return None
    return index.area(town.admin1)


def capital(index: PlaceIndex, iso3: str) -> list[Candidate]:
    """The most populous town named as a capital of ``iso3`` (empty if none is known)."""
    names = [name for name, country in index.kb.capitals.items() if country == iso3]
    towns = [
        c
        for name in names
        for c in index.candidates(name, fuzzy=False)
        if c.country == iso3 and c.feature == "city"
    ]
    return sorted(towns, key=lambda c: -c.population)[:1]


def surrounding_area(index: PlaceIndex, town: Candidate) -> tuple[str, str] | None:
    """ "Kyiv Oblast", "Moscow Oblast": a town that is a first-level area of its own (GeoNames
    gives Kyiv and Moscow their own code) names, with an area word, the area around it: the
    nearest other first-level area of its country, when its middle lies close enough."""
    if town.admin1 is None or town.feature != "city" or town.population < CITY_STATE_MIN:
        return None
    if index.area_reach(town.admin1) > CITY_STATE_KM:
        return None
    near = [
        (distance_km(a.lat, a.lon, town.lat, town.lon), key)
        for key in index.country_areas.get(town.admin1[0], ())
        if key != town.admin1
        for a in (index.area(key),)
    ]
    best = min(near, default=None)
    return best[1] if best is not None and best[0] <= SURROUNDING_KM else None
