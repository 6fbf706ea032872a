"""Reader for the NGEC actor-resolution cases (``eval/events/ngec_actor_tests``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TODAY = dt.date(2023, 6, 1)
"""What the cases' "today" means: they were written in 2022-23 (e.g. Merkel is former)."""

_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y")


@dataclass(frozen=True, slots=True)
class ActorCase:
    """One phrase with its context, date and expected country and sector."""

    test: str
    phrase: str
    context: str
    day: dt.date
    expect: dict[str, Any]


def parse_day(text: str) -> dt.date:
    """The case's date argument ("today", "2022-01-10", "10 May 2015", "October 1, 2021")."""
    text = text.strip()
    if not text or text.lower() == "today":
        return TODAY
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text.title() if "%B" in fmt else text, fmt).date()
        except ValueError:
            continue
    return TODAY


def read_cases(path: Path) -> Iterator[ActorCase]:
    """Cases that expect a country, a sector or no actor at all (others test Wikipedia titles)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            expect = {
                k: v
                for k, v in row["expect"].items()
                if k.startswith(("code['country']", "code['code_1']", "code Is"))
            }
            if not expect or row["method"] == "search_nat":
                continue
            args = [*row["args"], "", ""]
            yield ActorCase(row["test"], args[0], args[1], parse_day(args[2]), expect)
