"""Reader for dateline's own dated conflict reports (``bench/data/conflict_events.yaml``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "conflict_events.yaml"
SPLITS = ("dev", "test")


@dataclass(frozen=True, slots=True)
class GoldAttack:
    """The coded event of one report: type, attacker, day, place and fatalities."""

    type: str
    attacker: str
    date: dt.date
    place: str
    lat: float
    lon: float
    dead: int


@dataclass(frozen=True, slots=True)
class Report:
    """One dated report and the event a coder would code from it."""

    id: str
    split: str
    published: dt.date
    text: str
    gold: GoldAttack


def read_reports(path: Path = DEFAULT_PATH, split: str | None = None) -> Iterator[Report]:
    """The reports of ``split`` ("dev", "test"; None: all), in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in data["reports"]:
        if row["split"] not in SPLITS:
            raise ValueError(f"{path}: {row['id']}: unknown split {row['split']!r}")
        if split is not None and row["split"] != split:
            continue
        gold = GoldAttack(**row["gold"])
        if gold.place not in row["text"]:
            raise ValueError(f"{path}: {row['id']}: {gold.place!r} is not in its text")
        yield Report(row["id"], row["split"], row["published"], row["text"], gold)
