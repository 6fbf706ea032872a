"""An event set between two towns ("on the road between Wajir and Mandera", "a bridge between
Bakhmut and Kostiantynivka"): its place is their midpoint, which lies nearer a point along
the way than either end does (``docs/events.md`` rule 8)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc

from dateline.kb.gazetteer import distance_km
from dateline.model import EventLocation, Mention, Span

PAIR_KM = 250.0  # towns a place lies between are this close at most ("between Kyiv and
# Moscow" joins two sides, not the ends of a road)


def _pair(
    doc: SpacyDoc, mention_at: Sequence[Mention | None], found: EventLocation
) -> tuple[int, int] | None:
    """The tokens of A and B in "between A and B" when ``found`` is A or B."""
    span = doc.char_span(found.span.start, found.span.end, alignment_mode="expand")
    if span is None:
        return None
    if span.start >= 1 and doc[span.start - 1].lower_ == "between":
        pair = (span.start, span.end + 1)  # "between A and B", A found
    elif span.start >= 3 and doc[span.start - 1].lower_ == "and":
        left = mention_at[span.start - 2]
        if left is None or left.place is None:
            return None
        first = doc.char_span(left.span.start, left.span.end, alignment_mode="expand")
        if first is None or first.start < 1 or doc[first.start - 1].lower_ != "between":
            return None
        pair = (first.start, span.start)
    else:
        return None
    if pair[1] >= len(doc) or doc[pair[1] - 1].lower_ != "and":
        return None
    return pair


def midpoint_between(
    doc: SpacyDoc, mention_at: Sequence[Mention | None], text: str, found: EventLocation
) -> EventLocation:
    """The midpoint of "between A and B" when ``found`` is one of two towns of one country
    within ``PAIR_KM`` of each other; else ``found``. A point, so it has no geonameid."""
    pair = _pair(doc, mention_at, found)
    if pair is None:
        return found
    a, b = mention_at[pair[0]], mention_at[pair[1]]
    if a is None or b is None or a.place is None or b.place is None:
        return found
    p, q = a.place, b.place
    if q.resolution != 1 or p.resolution != 1 or p.country != q.country:
        return found
    if distance_km(p.lat, p.lon, q.lat, q.lon) > PAIR_KM:
        return found
    whole = Span(doc[pair[0] - 1].idx, b.span.end)  # "between A and B", its evidence
    lat, lon = round((p.lat + q.lat) / 2, 5), round((p.lon + q.lon) / 2, 5)
    admin1 = p.admin1 if p.admin1 == q.admin1 else None
    name = text[whole.start : whole.end]
    mid = replace(p, name=name, lat=lat, lon=lon, geonameid=None, admin1=admin1)
    return EventLocation(whole, mid)
