"""Page sizes and stable cursors.

A cursor is an opaque, URL-safe token naming the position after the last item returned
(a keyset: for documents the (date, id) of the last row), so a page never repeats or skips
rows when documents are added meanwhile. Cursors carry their kind, so one taken from one
listing is refused by another. Page sizes have a maximum, and there is no "everything"
page: asking for more than the maximum (or for 0) is a 400 that says how to page instead.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from dateline.store import DocumentKey

DEFAULT_PAGE_SIZE = 50
T = TypeVar("T")


class BadPageRequest(ValueError):
    """A page request that is refused with a 400 and this message."""


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A checked page size and the decoded cursor position (None for the first page)."""

    limit: int
    position: list[Any] | None


def check_limit(limit: int, max_page_size: int) -> int:
    """Accept ``1 <= limit <= max_page_size`` or refuse, saying why."""
    if limit < 1 or limit > max_page_size:
        raise BadPageRequest(
            f"limit={limit} refused: pages hold 1 to {max_page_size} items, and a request "
            "that would read the whole table is not served; follow next_cursor to page"
        )
    return limit


def encode_cursor(kind: str, position: Sequence[Any]) -> str:
    """An opaque token for ``position`` in a listing of ``kind``."""
    raw = json.dumps({"k": kind, "p": list(position)}, separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(kind: str, token: str) -> list[Any]:
    """The position a token names, or ``BadPageRequest`` if it is not one of ours."""
    try:
        padded = token + "=" * (-len(token) % 4)
        obj = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        obj = None
    if (
        not isinstance(obj, dict)
        or obj.get("k") != kind
        or not isinstance(obj.get("p"), list)
        or "\\u0000" in json.dumps(obj)  # a NUL, as JSON writes it: no stored key holds one
    ):
        raise BadPageRequest(f"invalid cursor for {kind}: pass next_cursor back unchanged")
    return obj["p"]


def page_request(kind: str, limit: int, cursor: str | None, max_page_size: int) -> PageRequest:
    """Check the size and decode the cursor of a request."""
    checked = check_limit(limit, max_page_size)
    return PageRequest(checked, None if cursor is None else decode_cursor(kind, cursor))


def document_key(position: list[Any] | None) -> DocumentKey | None:
    """The (date, id) keyset position of a documents cursor."""
    if position is None:
        return None
    try:
        day, doc_id = position
        if not isinstance(doc_id, str):
            raise TypeError(doc_id)
        return dt.date.fromisoformat(day), doc_id
    except (TypeError, ValueError):
        raise BadPageRequest(
            "invalid cursor for documents: pass next_cursor back unchanged"
        ) from None


def offset_of(position: list[Any] | None) -> int:
    """The offset of a ranked-listing cursor (search results, actors by mentions)."""
    if position is None:
        return 0
    if len(position) != 1 or not isinstance(position[0], int) or position[0] < 0:
        raise BadPageRequest("invalid cursor: pass next_cursor back unchanged")
    return position[0]


def split_page(
    rows: list[T], limit: int, kind: str, key: Callable[[T], Sequence[Any]]
) -> tuple[list[T], str | None]:
    """Given up to ``limit + 1`` rows, the page and the cursor after it (None when last)."""
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    return page, encode_cursor(kind, key(page[-1]))
