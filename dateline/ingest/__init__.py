"""Readers: paths (files, folders, ``-``) to documents, or one-line errors naming the input.

Formats are chosen by extension (``.txt``/``.text`` dated text, ``.jsonl``/``.ndjson``,
``.html``/``.htm``); standard input and files named directly with another extension are
sniffed. Folders are read recursively, in sorted order, skipping hidden entries.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import InputError
from dateline.ingest.dated_text import parse_dated_text
from dateline.ingest.html import parse_html
from dateline.ingest.jsonl import parse_jsonl
from dateline.model import Document

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: the size limit and the date for HTML pages without one."""

    max_bytes: int = 5_000_000
    html_date: dt.date | None = None
    html_min_words: int = 20


def read_inputs(paths: Iterable[str], options: ReadOptions) -> Iterator[Document | InputError]:
    """Yield every document found under ``paths``, or an error for each bad input."""
    for name in paths:
        if name == STDIN:
            yield from _read_stdin(options)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                stem = file.relative_to(path).with_suffix("").as_posix()
                yield from read_file(file, stem, options)
        elif path.is_file():
            yield from read_file(path, path.with_suffix("").name, options, sniff=True)
        else:
            yield InputError(name, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.suffix.lower() in FORMATS:
            yield entry


def _read_stdin(options: ReadOptions) -> Iterator[Document | InputError]:
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    yield from _parse_bytes(data, "stdin", "<stdin>", None, options)


def read_file(
    path: Path, doc_id: str, options: ReadOptions, sniff: bool = False
) -> Iterator[Document | InputError]:
    """Read one file (of a known or sniffed format) into documents or errors."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield InputError(
                origin, f"file is {size:,} bytes, over the limit of {options.max_bytes:,}"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and not sniff:
        yield InputError(origin, f"unsupported file type {path.suffix!r}")
        return
    yield from _parse_bytes(data, doc_id, origin, fmt, options)


def _parse_bytes(
    data: bytes, doc_id: str, origin: str, fmt: str | None, options: ReadOptions
) -> Iterator[Document | InputError]:
    try:
        raw = decode(data, origin, options.max_bytes)
        fmt = fmt or sniff_format(raw)
        if fmt == "jsonl":
            yield from parse_jsonl(raw, doc_id, origin)
        elif fmt == "html":
            yield parse_html(raw, doc_id, origin, options.html_date, options.html_min_words)
        else:
            yield parse_dated_text(raw, doc_id, origin)
    except InputError as exc:
        yield exc


def decode(data: bytes, origin: str, max_bytes: int) -> str:
    """Decode UTF-8 strictly, rejecting oversized, empty and binary input with a clear message."""
    if len(data) > max_bytes:
        raise InputError(origin, f"input is over the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(origin, f"not valid UTF-8 (byte {exc.start})", line) from None


def sniff_format(raw: str) -> str:
    """Guess the format of text whose name does not tell it."""
    head = raw.lstrip("\ufeff \t\r\n")[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<")):
        return "html"
    return "text"
