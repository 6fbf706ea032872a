"""Readers for the event gold sets in ../shared/eval/events (read at run time, never copied).

- ``plover_gsr_cameo``: sentences with PLOVER type, actor/recipient country codes and texts,
  event location text and sizes.
- ``petrarch2_validation``: real sentences with CAMEO codings, mapped to PLOVER through the
  CAMEO-to-PLOVER table in ``plover_spec``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
EVENTS = SHARED / "eval" / "events"

# Legacy CAMEO country codes in the gold files, and their ISO 3166 alpha-3 codes.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "---": ""}


@dataclass(frozen=True, slots=True)
class GoldParticipant:
    """One coded participant: its text in the sentence (if given) and its country code."""

    text: str | None
    code: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One coded event of a gold sentence."""

    type: str
    actor: tuple[GoldParticipant, ...]
    recipient: tuple[GoldParticipant, ...]
    location: str | None = None
    dead: int | None = None
    injured: int | None = None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """A gold sentence, its publication date and its coded events (none for no-event cases)."""

    id: str
    text: str
    date: dt.date
    events: tuple[GoldEvent, ...]
    no_event: bool = False  # coded as containing no event at all


def iso3(code: str) -> str:
    """The ISO alpha-3 (or international) code for a gold actor code."""
    head = code[:3]
    return LEGACY_CODES.get(head, head)


def _size(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def read_plover_gsr(path: Path | None = None) -> Iterator[GoldSentence]:
    """The PLOVER gold-standard records, one sentence per record (dates are 2000-01-01)."""
    path = path or EVENTS / "plover_gsr_cameo" / "plover_gsr_cameo.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            event = GoldEvent(
                r["event"],
                tuple(GoldParticipant(a.get("text"), iso3(a["code"])) for a in r["actor"]),
                tuple(GoldParticipant(a.get("text"), iso3(a["code"])) for a in r["recipient"]),
                (r.get("event_loc") or {}).get("name"),
                _size(r.get("dead")),
                _size(r.get("injured")),
            )
            yield GoldSentence(r["id"], r["text"], dt.date(2000, 1, 1), (event,))


def cameo_map(path: Path | None = None) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the shared CAMEO-to-PLOVER table."""
    path = path or EVENTS / "plover_spec" / "cameo2plover.csv"
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["cameo"].strip(), row["plover_event"].strip())
    return out


def plover_of_cameo(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: exact, else its 3- and 2-digit parents."""
    for n in (len(code), 3, 2):
        found = table.get(code[:n])
        if found:
            return found
    return None


def read_petrarch2(path: Path | None = None) -> Iterator[GoldSentence]:
    """The 78 real PETRARCH2 validation sentences with their codings mapped to PLOVER.

    Codings whose CAMEO code PLOVER drops (01 statements, 02 appeals) are left out.
    """
    path = path or EVENTS / "petrarch2_validation" / "petr2_gsr_validation.jsonl"
    table = cameo_map()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r["text"].strip():
                continue
            events = []
            for c in r["codings"]:
                plover = plover_of_cameo(c["eventcode"], table)
                if plover is None:
                    continue
                src, tgt = iso3(c["sourcecode"]), iso3(c["targetcode"])
                events.append(
                    GoldEvent(
                        plover,
                        (GoldParticipant(None, src),) if src else (),
                        (GoldParticipant(None, tgt),) if tgt else (),
                    )
                )
            if not events and not r.get("noevents"):
                continue  # every coding is in a category PLOVER drops
            day = _day(r.get("date") or "")
            yield GoldSentence(r["id"], r["text"], day, tuple(events), bool(r.get("noevents")))


def _day(value: str) -> dt.date:
    for fmt in ("%Y%m%d", "%y%m%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return dt.date(2000, 1, 1)
