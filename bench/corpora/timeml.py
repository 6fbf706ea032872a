"""TimeML reader: each .tml file's TEXT string, creation date and TIMEX3 spans.

The text is the concatenated character data of the ``<TEXT>`` element (tags removed,
entities decoded), which is what TempEval-3 scoring offsets index. TIMEX3 elements
outside ``<TEXT>`` (the creation time, titles) and empty ones are not part of the gold.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated time expression: character span, type and value."""

    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """One TimeML document."""

    id: str
    text: str
    dct: dt.date
    dct_value: str
    timexes: tuple[GoldTimex, ...]


def read_corpus(folder: Path) -> list[TimeMLDoc]:
    """Every ``*.tml`` file under ``folder`` (recursively), sorted by file name."""
    return [read_tml(path) for path in sorted(folder.rglob("*.tml"), key=lambda p: p.name)]


def read_tml(path: Path) -> TimeMLDoc:
    """Parse one TimeML file."""
    root = ET.parse(path).getroot()
    body = root.find(".//TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    spans: list[tuple[int, int, ET.Element]] = []
    length = _collect(body, 0, spans)
    text = "".join(body.itertext())
    if length != len(text):
        raise ValueError(f"{path}: offsets do not add up ({length} != {len(text)})")
    timexes = tuple(
        GoldTimex(s, e, el.get("type", ""), el.get("value", ""), text[s:e])
        for s, e, el in spans
        if el.tag == "TIMEX3" and text[s:e].strip()
    )
    dct_value = _creation_time(root)
    return TimeMLDoc(path.stem, text, _date_of(dct_value, path), dct_value, timexes)


def _collect(elem: ET.Element, pos: int, out: list[tuple[int, int, ET.Element]]) -> int:
    """Record each descendant's character span; return the offset after ``elem``."""
    pos += len(elem.text or "")
    for child in elem:
        start = pos
        pos = _collect(child, pos, out)
        out.append((start, pos, child))
        pos += len(child.tail or "")
    return pos


def _creation_time(root: ET.Element) -> str:
    dct = root.find(".//DCT/TIMEX3")
    if dct is not None and dct.get("value"):
        return dct.get("value", "")
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value", "")
    return ""


def _date_of(value: str, path: Path) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{path}: no usable document creation time ({value!r})") from None
