"""PolNeAR attribution relations as converted in ../shared/eval/quotes/polnear.

``docs/<split>/<doc>.txt`` are dated-text articles; ``gold/<split>.jsonl`` holds one
record per document with the full text (header included), ``header_len`` and the gold
quotes with character offsets into that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.ingest.dated_text import parse_dated_text
from dateline.model import Document

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "quotes" / "polnear"
SPLITS = ("dev", "train")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One gold record: the text the offsets index, and its relations."""

    doc: str
    text: str
    header_len: int
    record: dict[str, Any]


def root(shared: Path | None = None) -> Path:
    """The PolNeAR folder under ``shared`` (default ../shared beside the checkout)."""
    if shared is None:
        return DEFAULT_ROOT.resolve()
    return (shared / "eval" / "quotes" / "polnear").resolve()


def available(folder: Path) -> bool:
    """True when the converted corpus is there."""
    return (folder / "gold").is_dir() and (folder / "docs").is_dir()


def gold(folder: Path, split: str) -> dict[str, GoldDocument]:
    """The gold records of one split, by document id."""
    out: dict[str, GoldDocument] = {}
    with (folder / "gold" / f"{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["doc"]] = GoldDocument(rec["doc"], rec["text"], rec["header_len"], rec)
    return out


def documents(folder: Path, split: str, limit: int | None = None) -> Iterator[Document]:
    """The split's articles as dateline documents (ids are the gold document ids)."""
    paths = sorted((folder / "docs" / split).glob("*.txt"))
    for path in paths[:limit] if limit else paths:
        with path.open(encoding="utf-8", newline="") as fh:
            raw = fh.read()
        yield parse_dated_text(raw, path.stem, str(path))
