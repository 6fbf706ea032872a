"""Core types: spans are valid ranges, facts cannot exist without evidence, all are frozen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dateline.errors import EvidenceError
from dateline.model import (
    Document,
    Event,
    EventDate,
    Mention,
    Provenance,
    Quote,
    Span,
    Timex,
)

PROV = Provenance("test", "0")


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4), (1.0, 2)])
def test_invalid_spans_are_rejected(start: int, end: int) -> None:
    with pytest.raises(EvidenceError):
        Span(start, end)


def test_span_helpers() -> None:
    a, b = Span(0, 5), Span(3, 9)
    assert a.overlaps(b) and not a.contains(b)
    assert Span.hull([a, b]) == Span(0, 9)
    assert Span(2, 4).slice("abcdef") == "cd"
    assert not Span(0, 3).overlaps(Span(3, 4))


def test_document_hash_depends_on_date_and_text() -> None:
    a = Document("a", "Text.", dt.date(2026, 1, 1))
    assert a.content_hash == Document("b", "Text.", dt.date(2026, 1, 1)).content_hash
    assert a.content_hash != Document("a", "Text.", dt.date(2026, 1, 2)).content_hash
    assert a.content_hash != Document("a", "Text!", dt.date(2026, 1, 1)).content_hash
    with pytest.raises(EvidenceError):
        a.span_text(Span(0, 99))


def test_mention_and_timex_default_evidence_is_their_span() -> None:
    m = Mention(Span(0, 4), "Kyiv", "GPE", PROV)
    assert m.evidence == (Span(0, 4),)
    t = Timex(Span(5, 12), "Tuesday", "DATE", "2026-02-24", PROV)
    assert t.evidence == (Span(5, 12),)


def test_quote_needs_content_and_event_needs_evidence() -> None:
    with pytest.raises(EvidenceError):
        Quote((), "direct", PROV)
    q = Quote((Span(10, 20), Span(30, 40)), "direct", PROV, speaker=Span(22, 24))
    assert q.content == Span(10, 40) and q.direct
    assert Span(22, 24) in q.evidence
    date = EventDate("2026-02-23", dt.date(2026, 2, 23), dt.date(2026, 2, 23), "day", "publication")
    with pytest.raises(EvidenceError):
        Event("ASSAULT", Span(0, 6), date, PROV, evidence=())
    with pytest.raises(EvidenceError):
        Event("ASSAULT", Span(0, 6), date, PROV, evidence=((0, 6),))  # type: ignore[arg-type]


def test_facts_are_frozen() -> None:
    m = Mention(Span(0, 4), "Kyiv", "GPE", PROV)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.label = "PERSON"  # type: ignore[misc]
