"""Quoted regions: pairing quotation marks, paragraph by paragraph, robust to bad typography.

Each line is a paragraph. A quotation left open at the end of a paragraph continues
into the next one only when that paragraph opens with a quotation mark (the news
convention for quotations over several paragraphs); otherwise it ends with its
paragraph, so an unbalanced mark never derails the rest of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.model import Span
from dateline.nlp.quotes_lexicon import MarkSet

_OPENING_CONTEXT = frozenset("([{—–-/")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…")


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Text between quotation marks: one inner piece per paragraph it runs over."""

    pieces: tuple[Span, ...]
    outer: Span  # opening mark .. after the closing mark (or the end of the last piece)
    closed: bool
    single: bool = False

    @property
    def inner(self) -> Span:
        """The hull of the inner pieces."""
        return Span.hull(self.pieces)

    def last_char(self, text: str) -> str:
        """The last non-space character inside the marks (commas included)."""
        end = self.outer.end - 1 if self.closed else self.outer.end
        while end > self.outer.start + 1 and text[end - 1].isspace():
            end -= 1
        return text[end - 1] if end > self.outer.start + 1 else ""

    def word_count(self, text: str) -> int:
        """How many whitespace-separated words the quotation has."""
        return sum(len(p.slice(text).split()) for p in self.pieces)


@dataclass(frozen=True, slots=True)
class _Segment:
    open_at: int
    close_at: int | None  # index of the closing mark, None when open at paragraph end
    para: int
    para_end: int
    first_in_para: bool


def paragraphs(text: str) -> list[Span]:
    """Line spans of ``text`` (newline excluded), blank lines included."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_regions(text: str, double: MarkSet, single: MarkSet) -> tuple[QuotedRegion, ...]:
    """Double-quoted regions, then single-quoted ones outside them, in text order."""
    shadow = _shadow(text, double)
    paras = paragraphs(shadow)
    doubles = _join(shadow, paras, list(_segments(shadow, paras, double, ())), keep_unclosed=True)
    masked = tuple(r.outer for r in doubles)
    singles = _join(shadow, paras, list(_segments(shadow, paras, single, masked)), False)
    singles = [QuotedRegion(r.pieces, r.outer, r.closed, True) for r in singles]
    if shadow is not text:
        doubles = [_cover_digraphs(text, r, double.digraphs) for r in doubles]
    return tuple(sorted((*doubles, *singles), key=lambda r: r.outer.start))


def _shadow(text: str, marks: MarkSet) -> str:
    """``text`` with each two-character mark written as one typographic mark and a space.

    The copy has the same length, so every offset found in it holds in ``text``. A digraph
    before a word opens (space, then the opening mark); anywhere else it closes (the closing
    mark, then a space). One glued between two letters is read as part of the word.
    """
    if not marks.digraphs or not any(d in text for d in marks.digraphs):
        return text
    opening, closing = min(marks.open, default='"'), min(marks.close, default='"')
    chars = list(text)
    pattern = re.compile("|".join(re.escape(d) for d in sorted(marks.digraphs)))
    for m in pattern.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 2] if i + 2 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            chars[i : i + 2] = ["x", "x"]  # letters: neither pass pairs them
        else:
            chars[i : i + 2] = [" ", opening] if nxt.isalnum() else [closing, " "]
    return "".join(chars)


def _cover_digraphs(text: str, region: QuotedRegion, digraphs: frozenset[str]) -> QuotedRegion:
    """Widen a region's outer span over both characters of its two-character marks."""
    start, end = region.outer.start, region.outer.end
    if start > 0 and text[start - 1 : start + 1] in digraphs:
        start -= 1
    if region.closed and text[end - 1 : end + 1] in digraphs:
        end += 1
    if (start, end) == (region.outer.start, region.outer.end):
        return region
    return QuotedRegion(region.pieces, Span(start, end), region.closed, region.single)


def _role(text: str, i: int, marks: MarkSet) -> str | None:
    """'open', 'close', 'both' (ambiguous) or None (an apostrophe) for the mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return None  # inside a word: an apostrophe, or a mark glued to letters
    opens = prev.isspace() or prev in _OPENING_CONTEXT or prev in marks.all
    closes = nxt.isspace() or nxt in _CLOSING_CONTEXT or nxt in marks.all
    if ch in marks.open:
        return "close" if closes and not opens else "open"
    if ch in marks.close:
        return "open" if opens and not closes and nxt.isalnum() else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "both"


def _segments(
    text: str, paras: list[Span], marks: MarkSet, masked: tuple[Span, ...]
) -> Iterator[_Segment]:
    pattern = re.compile("[" + re.escape("".join(sorted(marks.all))) + "]")
    mask_i = 0
    for k, para in enumerate(paras):
        open_at: int | None = None
        first = True
        for m in pattern.finditer(text, para.start, para.end):
            i = m.start()
            while mask_i < len(masked) and masked[mask_i].end <= i:
                mask_i += 1
            if mask_i < len(masked) and masked[mask_i].start <= i:
                continue
            role = _role(text, i, marks)
            if role is None:
                continue
            if open_at is None:
                if role != "close":
                    open_at = i
                continue
            if role == "open":
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if nxt.isalnum():
                    open_at = i  # a second opening mark: the first one was stray
                    continue
            yield _Segment(open_at, i, k, para.end, first)
            first = False
            open_at = None
        if open_at is not None:
            yield _Segment(open_at, None, k, para.end, first)


def _starts_paragraph(text: str, seg: _Segment, para: Span) -> bool:
    return seg.first_in_para and not text[para.start : seg.open_at].strip()


def _join(
    text: str, paras: list[Span], segs: list[_Segment], keep_unclosed: bool
) -> list[QuotedRegion]:
    """Merge paragraph segments into regions following the multi-paragraph convention."""
    regions: list[QuotedRegion] = []
    i = 0
    while i < len(segs):
        group = [segs[i]]
        while group[-1].close_at is None and i + 1 < len(segs):
            nxt = segs[i + 1]
            if nxt.para != _next_nonblank(text, paras, group[-1].para):
                break
            if not _starts_paragraph(text, nxt, paras[nxt.para]):
                break
            group.append(nxt)
            i += 1
        i += 1
        last = group[-1]
        if last.close_at is None and not keep_unclosed:
            continue
        region = _region(text, group)
        if region is not None:
            regions.append(region)
    return regions


def _next_nonblank(text: str, paras: list[Span], k: int) -> int:
    k += 1
    while k < len(paras) and not text[paras[k].start : paras[k].end].strip():
        k += 1
    return k


def _region(text: str, group: list[_Segment]) -> QuotedRegion | None:
    pieces: list[Span] = []
    for seg in group:
        end = seg.close_at if seg.close_at is not None else seg.para_end
        piece = _trim(text, seg.open_at + 1, end)
        if piece is not None:
            pieces.append(piece)
    if not pieces:
        return None
    last = group[-1]
    outer_end = last.close_at + 1 if last.close_at is not None else pieces[-1].end
    return QuotedRegion(tuple(pieces), Span(group[0].open_at, outer_end), last.close_at is not None)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(start, end) if end > start else None
