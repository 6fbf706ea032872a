"""Scoring places: found or not, distance from the gold point, share within a radius or area."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bench.corpora.conflict_places import GoldPlace
from dateline.kb.gazetteer import Gazetteer, distance_km
from dateline.model import Place

WITHIN_KM = 25.0


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One gold place: whether the system found it, how far its point is from gold, and (for
    gold areas and countries, where a radius means little) whether it is the right one."""

    found: bool
    distance: float | None
    right: bool | None = None

    @property
    def within(self) -> bool:
        """Right: within ``WITHIN_KM`` of the gold point, or the right area or country."""
        if self.right is not None:
            return self.right
        return self.distance is not None and self.distance <= WITHIN_KM


def nearest(gold: tuple[float, float], points: Iterable[tuple[float, float]]) -> float | None:
    """Distance in km from ``gold`` to the closest of ``points`` (None when there are none)."""
    dists = [distance_km(gold[0], gold[1], lat, lon) for lat, lon in points]
    return min(dists) if dists else None


def summarise(hits: list[PlaceHit]) -> dict[str, float]:
    """Found rate, within-radius rate (of all gold places) and median distance of found ones."""
    if not hits:
        return {"n": 0, "found": 0.0, "within": 0.0, "median_km": 0.0}
    dists = sorted(h.distance for h in hits if h.distance is not None)
    median = dists[len(dists) // 2] if dists else 0.0
    return {
        "n": len(hits),
        "found": sum(h.found for h in hits) / len(hits),
        "within": sum(h.within for h in hits) / len(hits),
        "median_km": median,
    }


def admin1_at(gaz: Gazetteer, lat: float, lon: float, iso2: str) -> str | None:
    """The GeoNames admin1 code of the town of ``iso2`` nearest to a point (a linear scan)."""
    best, code = None, None
    for ix in range(len(gaz)):
        if gaz.countries[gaz.country[ix]] != iso2:
            continue
        d = distance_km(lat, lon, gaz.lat[ix], gaz.lon[ix])
        if best is None or d < best:
            best, code = d, gaz.admin1_codes[gaz.admin1[ix]]
    return code


def judge(
    gold: GoldPlace, places: list[Place], gaz: Gazetteer, iso3_of: dict[str, str]
) -> PlaceHit:
    """Score the places resolved for one gold place (see bench/data/conflict_places.yaml).

    A town is right within ``WITHIN_KM``; a first-level area when a resolved place lies in
    it; a country when a country-level place is that country. ``distance`` is from the gold
    point (towns and areas) to the nearest resolved place.
    """
    points = [(p.lat, p.lon) for p in places]
    dist = nearest((gold.lat, gold.lon), points) if gold.lat is not None else None
    if gold.feature == "city":
        return PlaceHit(bool(places), dist)
    if gold.feature == "country":
        ok = any(p.feature == "country" and p.country == gold.country for p in places)
        return PlaceHit(bool(places), dist, ok)
    iso3 = iso3_of.get(gold.country)
    ok = any(
        p.country == iso3 and admin1_at(gaz, p.lat, p.lon, gold.country) == gold.admin1
        for p in places
    )
    return PlaceHit(bool(places), dist, ok)
