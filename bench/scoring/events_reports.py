"""Scoring dated conflict reports the way the held-out evaluation does.

Per report: is an attack coded at all (a coded ASSAULT that is neither planned nor
hypothetical), and for the report's attack (the most confident such event) whether the
attacker's country, the day, the place (within 25 km) and the fatalities are right.
System events are contract objects (``docs/format.md``) coded by
``dateline.export.plover.coded_type``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.corpora.conflict_events import Report
from bench.scoring.events import Tally

Coder = Callable[[dict[str, Any]], str | None]
UNREAL = frozenset({"future", "hypothetical"})
PLACE_KM = 25.0
EARTH_KM = 6371.0


@dataclass(slots=True)
class ReportScores:
    """The held-out measures over a set of reports."""

    found: Tally = field(default_factory=Tally)
    attacker: Tally = field(default_factory=Tally)
    date: Tally = field(default_factory=Tally)
    place: Tally = field(default_factory=Tally)
    dead: Tally = field(default_factory=Tally)
    attacks: int = 0  # coded attacks in all reports (one per report is ideal)
    errors: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Tally]]:
        """The measures in report order (all over every report, so misses count)."""
        return [
            ("ASSAULT found", self.found),
            ("attacker country right", self.attacker),
            ("date right", self.date),
            ("place within 25 km", self.place),
            ("fatalities exact", self.dead),
        ]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


def attacks(record: dict[str, Any], code: Coder) -> list[dict[str, Any]]:
    """The report's coded attacks that happened as stated."""
    return [e for e in record["events"] if code(e) == "ASSAULT" and not (set(e["aux"]) & UNREAL)]


def _countries(event: dict[str, Any]) -> set[str]:
    return {p["country"] for p in event["actor"] if p["country"]}


def score_report(scores: ReportScores, report: Report, record: dict[str, Any], code: Coder) -> None:
    """Add one report's results to ``scores``."""
    g = report.gold
    found = attacks(record, code)
    scores.attacks += len(found)
    scores.found.add(bool(found))
    if not found:
        for tally in (scores.attacker, scores.date, scores.place, scores.dead):
            tally.add(False)
        scores.errors.append(f"{report.id}: no attack coded: {report.text[:100]}")
        return
    e = max(found, key=lambda ev: ev["confidence"])
    got = {
        "attacker": g.attacker in _countries(e),
        "date": str(e["date"]["value"])[:10] == g.date.isoformat(),
        "place": e["location"] is not None
        and km(g.lat, g.lon, e["location"]["lat"], e["location"]["lon"]) <= PLACE_KM,
        "dead": e["size"]["dead"] == g.dead,
    }
    scores.attacker.add(got["attacker"])
    scores.date.add(got["date"])
    scores.place.add(got["place"])
    scores.dead.add(got["dead"])
    wrong = [k for k, ok in got.items() if not ok]
    if wrong:
        where = (e["location"] or {}).get("name")
        scores.errors.append(
            f"{report.id}: wrong {','.join(wrong)}: actor {sorted(_countries(e))} "
            f"(gold {g.attacker}), date {e['date']['value']} (gold {g.date}), place {where} "
            f"(gold {g.place}), dead {e['size']['dead']} (gold {g.dead})"
        )
