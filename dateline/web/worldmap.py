"""An offline SVG world map: country outlines shipped as data, points plotted on top.

The outlines (``data/world.json``, built by :mod:`dateline.web.build_worldmap` from public
domain Natural Earth data) are read once, on first use. The projection is equirectangular,
which keeps the arithmetic obvious and the points exactly where their coordinates say.
Every string that reaches the SVG is escaped; links must be site-relative paths.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from markupsafe import Markup, escape

WIDTH = 1000
HEIGHT = 500
TOP_LAT = 84.0  # Natural Earth land stops near 84°N; Antarctica's coast is cut at -60°
BOTTOM_LAT = -60.0


@dataclass(frozen=True, slots=True)
class Country:
    """One country's outline: ISO 3166 alpha-3 code (None when unassigned), name, rings."""

    iso3: str | None
    name: str
    rings: tuple[tuple[float, ...], ...]  # flat lon, lat pairs


@dataclass(frozen=True, slots=True)
class MapPoint:
    """Something to plot: a position, a label (untrusted text) and an optional link."""

    lat: float
    lon: float
    label: str
    href: str | None = None
    kind: str = "point"  # a CSS class suffix, e.g. the event's type quad


@functools.cache
def countries() -> tuple[Country, ...]:
    """The shipped country outlines (loaded on first call, then cached)."""
    raw = resources.files("dateline.web").joinpath("data/world.json").read_text("utf-8")
    return tuple(
        Country(c["iso3"], c["name"], tuple(tuple(r) for r in c["rings"]))
        for c in json.loads(raw)["countries"]
    )


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular position of (lat, lon) in map units (x right, y down)."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (TOP_LAT - lat) / (TOP_LAT - BOTTOM_LAT) * HEIGHT
    return round(x, 1), round(y, 1)


def _ring_path(ring: Sequence[float]) -> str:
    points = (project(ring[k + 1], ring[k]) for k in range(0, len(ring), 2))
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z"


@functools.cache
def _outline_paths() -> str:
    """The SVG for all outlines; identical on every page, so built once."""
    parts = []
    for c in countries():
        code = escape(c.iso3 or "")
        d = "".join(_ring_path(r) for r in c.rings)
        title = f"<title>{escape(c.name)}</title>"
        parts.append(f'<path class="country" data-iso3="{code}" d="{d}">{title}</path>')
    return "".join(parts)


def _safe_href(href: str | None) -> str | None:
    # Only site-relative links: never javascript:, data: or another host.
    if href is None or not href.startswith("/") or href.startswith("//"):
        return None
    return href


def _point_svg(point: MapPoint) -> str:
    if not (-90.0 <= point.lat <= 90.0 and -180.0 <= point.lon <= 180.0):
        return ""
    x, y = project(point.lat, point.lon)
    kind = "".join(ch for ch in point.kind if ch.isalnum() or ch in "-_") or "point"
    dot = (
        f'<circle class="map-point map-point-{kind}" cx="{x:g}" cy="{y:g}" r="4">'
        f"<title>{escape(point.label)}</title></circle>"
    )
    href = _safe_href(point.href)
    return f'<a href="{escape(href)}">{dot}</a>' if href else dot


def render_svg(points: Iterable[MapPoint] = (), label: str = "World map") -> Markup:
    """The map as inline SVG markup, with ``points`` drawn over the outlines."""
    dots = "".join(_point_svg(p) for p in points)
    return Markup(
        f'<svg class="world-map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="sea" width="{WIDTH}" height="{HEIGHT}"/>'
        f'<g class="countries">{_outline_paths()}</g><g class="points">{dots}</g></svg>'
    )
