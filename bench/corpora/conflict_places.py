"""Reader for dateline's own conflict-report place set (``bench/data/conflict_places.yaml``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "conflict_places.yaml"
FEATURES = ("city", "admin1", "country")


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """The hand-picked GeoNames place of one report (see the file header for the kinds)."""

    feature: str
    country: str  # ISO2 for city and admin1, ISO3 for country
    geonameid: int | None = None
    name: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class ConflictReport:
    """One short report, the character span of its event place, and the gold place."""

    id: str
    split: str
    text: str
    start: int
    end: int
    gold: GoldPlace


def read_reports(path: Path = DEFAULT_PATH, split: str | None = None) -> Iterator[ConflictReport]:
    """The reports of ``split`` ("dev", "test"; None: all), in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in data["cases"]:
        if split is not None and row["split"] != split:
            continue
        text, place = row["text"], row["place"]
        start = text.find(place)
        if start < 0:
            raise ValueError(f"{path}: {row['id']}: {place!r} is not in its text")
        gold = dict(row["gold"])
        gold["country"] = str(gold["country"])
        if gold.get("admin1") is not None:
            gold["admin1"] = str(gold["admin1"])
        if gold["feature"] not in FEATURES:
            raise ValueError(f"{path}: {row['id']}: unknown gold feature {gold['feature']!r}")
        yield ConflictReport(
            row["id"], row["split"], text, start, start + len(place), GoldPlace(**gold)
        )
