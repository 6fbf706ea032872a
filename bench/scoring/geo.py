"""Scoring places: found or not, distance from the gold point, share within a radius."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dateline.kb.gazetteer import distance_km

WITHIN_KM = 25.0


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One gold place: whether the system found it and how far its point is from gold."""

    found: bool
    distance: float | None

    @property
    def within(self) -> bool:
        """True when the system's point lies within ``WITHIN_KM`` of the gold point."""
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
