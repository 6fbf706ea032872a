"""The timeline chart: events per day as stacked SVG columns, one colour per PLOVER quad.

Built on the server from the timeline counts (no chart library, nothing loaded). Every
string that reaches the SVG is escaped; colours come from CSS classes per quad.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup, escape

from dateline.api.event_models import PeriodModel

QUADS: tuple[tuple[str, str], ...] = (
    ("verbal_cooperation", "verbal cooperation"),
    ("material_cooperation", "material cooperation"),
    ("verbal_conflict", "verbal conflict"),
    ("material_conflict", "material conflict"),
)
"""Quad name -> how the legend calls it, in stacking order (cooperation at the bottom)."""

HEIGHT = 160
COLUMN = 6  # width of one day, in SVG units
GAP = 1


@dataclass(frozen=True, slots=True)
class Column:
    """One day's stacked bar."""

    day: dt.date
    total: int
    parts: tuple[tuple[str, int], ...]  # (quad, count), in stacking order


def columns(periods: list[PeriodModel], start: dt.date, end: dt.date) -> list[Column]:
    """A column for every day from ``start`` to ``end`` (empty days included)."""
    by_day = {p.period: p for p in periods}
    out = []
    day = start
    while day <= end:
        p = by_day.get(day)
        parts = tuple((q, p.quads.get(q, 0)) for q, _ in QUADS) if p else ()
        out.append(Column(day, p.total if p else 0, parts))
        day += dt.timedelta(days=1)
    return out


def _bar(x: int, col: Column, scale: float) -> str:
    label = f"{col.day.isoformat()}: {col.total} event{'s' if col.total != 1 else ''}"
    detail = ", ".join(
        f"{n} {name}" for (q, n), (_, name) in zip(col.parts, QUADS, strict=True) if n
    )
    title = f"<title>{escape(label + (' (' + detail + ')' if detail else ''))}</title>"
    y = HEIGHT
    rects = []
    for quad, n in col.parts:
        if not n:
            continue
        h = max(1.0, n * scale)
        y -= h
        rects.append(
            f'<rect class="q-{quad}" x="{x}" y="{y:.1f}" width="{COLUMN - GAP}" height="{h:.1f}"/>'
        )
    return f"<g>{title}{''.join(rects)}</g>"


def render_chart(cols: list[Column]) -> Markup:
    """The stacked column chart as inline SVG."""
    peak = max((c.total for c in cols), default=0) or 1
    scale = (HEIGHT - 4) / peak
    width = max(1, len(cols)) * COLUMN
    total = sum(c.total for c in cols)
    first = cols[0].day.isoformat() if cols else ""
    last = cols[-1].day.isoformat() if cols else ""
    label = f"Events per day from {first} to {last}: {total} in total, at most {peak} a day"
    bars = "".join(_bar(i * COLUMN, c, scale) for i, c in enumerate(cols) if c.total)
    return Markup(
        f'<svg class="timeline-chart" viewBox="0 0 {width} {HEIGHT}" preserveAspectRatio="none" '
        f'role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="chart-bg" width="{width}" height="{HEIGHT}"/>{bars}</svg>'
    )
