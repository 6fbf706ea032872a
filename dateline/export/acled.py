"""ACLED-style CSV export (``--format acled-csv``): the ACLED columns dateline can fill.

Only events that happened (no ``aux`` mark) and whose PLOVER type maps to an ACLED event
type are written: ACLED records political violence, demonstrations and strategic
developments as they occurred. The PLOVER-to-ACLED mapping, time precision and geo
precision rules are data (``kb/data/acled.yaml``). ``notes`` is the evidence sentence;
fatalities follow ACLED in writing 0 when none are reported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.contract import JsonObject
from dateline.kb.loader import shipped
from dateline.store import Store

COLUMNS = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
)


@dataclass(frozen=True, slots=True)
class AcledRule:
    """One PLOVER type (and optional modes) mapped to an ACLED event and sub-event type."""

    type: str
    modes: frozenset[str]
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class AcledMap:
    """The mapping rules and precision tables."""

    rules: tuple[AcledRule, ...]
    time_precision: dict[str, int]
    town: frozenset[str]
    region: frozenset[str]

    def event_type(self, kind: str, modes: list[str]) -> tuple[str, str] | None:
        """ACLED (event_type, sub_event_type) for a PLOVER type and modes."""
        for r in self.rules:
            if r.type == kind and (not r.modes or r.modes & set(modes)):
                return r.event_type, r.sub_event_type
        return None

    def geo_precision(self, feature: str | None, is_country: bool) -> int:
        """1 for a town, 2 for a district or unknown feature, 3 for a region or country."""
        f = (feature or "").lower()
        if is_country or f.startswith(("adm1", "pcl", "country")):
            return 3
        if f in self.town:
            return 1
        return 2


@cache
def load_acled_map() -> AcledMap:
    """The validated ``kb/data/acled.yaml``."""
    data = shipped("acled")
    rules = tuple(
        AcledRule(r["type"], frozenset(r.get("modes", ())), r["event_type"], r["sub_event_type"])
        for r in data["rules"]
    )
    geo = data["geo_precision"]
    return AcledMap(
        rules, dict(data["time_precision"]), frozenset(geo["town"]), frozenset(geo["region"])
    )


def _names(participants: list[JsonObject]) -> list[str]:
    return [p["name"] for p in participants]


def acled_row(
    document: JsonObject, index: int, m: AcledMap | None = None, event: JsonObject | None = None
) -> dict[str, Any] | None:
    """The ACLED row of one stored event, or None when ACLED would not record it.

    ``event`` is that event when the caller has it without the document's events layer.
    """
    m = m or load_acled_map()
    e = document["events"][index] if event is None else event
    if e["aux"]:
        return None
    mapped = m.event_type(e["type"], e["modes"])
    if mapped is None:
        return None
    actors, recipients = _names(e["actor"]), _names(e["recipient"])
    loc = e["location"] or {}
    date = e["date"]
    precision = m.time_precision.get(date["precision"], 3)
    if date["source"] == "publication":
        precision = max(precision, 2)  # the day is the report's, not the event's
    text = document["text"]
    notes = " ".join(text[s:t] for s, t in e["evidence"])
    return {
        "event_id": f"{document['id']}#{index}",
        "event_date": date["start_date"],
        "time_precision": precision,
        "event_type": mapped[0],
        "sub_event_type": mapped[1],
        "actor1": actors[0] if actors else "",
        "assoc_actor_1": "; ".join(actors[1:]),
        "actor2": recipients[0] if recipients else "",
        "country": loc.get("country") or "",
        "admin1": loc.get("admin1") or "",
        "location": loc.get("name") or "",
        "latitude": loc.get("lat", ""),
        "longitude": loc.get("lon", ""),
        "geo_precision": m.geo_precision(loc.get("feature"), False) if loc else "",
        "fatalities": e["size"]["dead"] or 0,
        "notes": " ".join(notes.split()),
        "source": document["source"] or document["url"] or document["id"],
    }


def acled_rows(documents: Iterator[JsonObject]) -> Iterator[dict[str, Any]]:
    """ACLED rows for every recordable event of every document."""
    m = load_acled_map()
    for doc in documents:
        for i in range(len(doc["events"])):
            row = acled_row(doc, i, m)
            if row is not None:
                yield row


def csv_line(values: list[Any]) -> str:
    """One CSV record as a string, without its line end."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(values)
    return buf.getvalue()


def export_acled(store: Store, write_line: Callable[[str], None]) -> int:
    """Write the header and one CSV line per recordable event; return the row count."""
    write_line(csv_line(list(COLUMNS)))
    n = 0
    for row in acled_rows(store.iter_documents()):
        write_line(csv_line([row[c] for c in COLUMNS]))
        n += 1
    return n
