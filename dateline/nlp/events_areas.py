"""Areas named for one event: whether a place can lie in an area, and the innermost of
areas that hold one another ("in Jammu and Kashmir's Reasi district")."""

from __future__ import annotations

from dateline.kb.gazetteer import distance_km
from dateline.model import EventLocation, Place

SAME_SITE_KM = 10.0  # two named places this close are one scene ("the plant in Enerhodar")


def within(town: Place, area: Place) -> bool:
    """Whether a town can lie in an area (same country; same first-level area if known)."""
    if town.country != area.country:
        return False
    return is_country(area) or not (town.admin1 and area.admin1) or town.admin1 == area.admin1


def innermost(areas: list[EventLocation]) -> list[EventLocation]:
    """ "in Jammu and Kashmir's Reasi district": areas each holding the next describe one
    place, the finest of them; areas side by side stay several."""
    if len(areas) < 2:
        return areas
    finest = min(loc.place.resolution or 9 for loc in areas)
    inner = [loc for loc in areas if (loc.place.resolution or 9) == finest]
    if len(inner) == 1 and all(within(inner[0].place, loc.place) for loc in areas):
        return inner
    return areas


def is_country(place: Place) -> bool:
    """Whether a place is a whole country (the gazetteer's feature for countries)."""
    return place.feature == "country"


def same_site(a: Place, b: Place) -> bool:
    """Whether two towns lie within ``SAME_SITE_KM`` of each other (a site and its town)."""
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SITE_KM
