"""Scoring events against gold sentences: type, actor and recipient country, spans, place.

System events are contract objects (``docs/format.md``), already coded to PLOVER types by
``dateline.export.plover.coded_type`` (so future cooperation counts as AGREE, as the
PLOVER manual codes it). The *primary* event of a sentence is the system's most confident
coded event; type accuracy is measured on it, so emitting many events cannot raise it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bench.corpora.events_gold import GoldEvent, GoldSentence

Coder = Callable[[dict[str, Any]], str | None]


@dataclass(slots=True)
class Tally:
    """Hits over trials for one measure."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        """Count one trial."""
        self.hits += int(hit)
        self.total += 1

    @property
    def rate(self) -> float:
        """Hits per trial (0 when there were none)."""
        return self.hits / self.total if self.total else 0.0


@dataclass(slots=True)
class EventScores:
    """All measures of one run."""

    type_primary: Tally = field(default_factory=Tally)
    type_any: Tally = field(default_factory=Tally)
    precision: Tally = field(default_factory=Tally)
    actor_country: Tally = field(default_factory=Tally)
    actor_country_typed: Tally = field(default_factory=Tally)
    recipient_country: Tally = field(default_factory=Tally)
    actor_span: Tally = field(default_factory=Tally)
    recipient_span: Tally = field(default_factory=Tally)
    location: Tally = field(default_factory=Tally)
    no_event: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Tally]]:
        """The measures in report order."""
        return [
            ("event type (primary event)", self.type_primary),
            ("event type (any event)", self.type_any),
            ("type precision (all coded events)", self.precision),
            ("actor country (gold events)", self.actor_country),
            ("actor country (type matched)", self.actor_country_typed),
            ("recipient country (type matched)", self.recipient_country),
            ("actor span tied (type matched)", self.actor_span),
            ("recipient span tied (type matched)", self.recipient_span),
            ("location span (type matched)", self.location),
            ("no-event sentences left empty", self.no_event),
        ]


@dataclass(frozen=True, slots=True)
class Coded:
    """One system event reduced to what is scored."""

    type: str
    confidence: float
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    actor_texts: tuple[str, ...]
    recipient_texts: tuple[str, ...]
    location: str | None


# PLOVER's international codes: the UN and the EU are intergovernmental organisations, so a
# system coding them UNO or EUR also matches a gold IGO.
IGO_MEMBERS = frozenset({"UNO", "EUR"})


def _codes(participants: list[dict[str, Any]]) -> frozenset[str]:
    codes = {p["country"] for p in participants if p["country"]}
    if codes & IGO_MEMBERS:
        codes.add("IGO")
    return frozenset(codes)


def coded_events(record: dict[str, Any], code: Coder) -> list[Coded]:
    """The system's events of one document, coded to PLOVER; uncoded ones are dropped."""
    out = []
    for e in record["events"]:
        kind = code(e)
        if kind is None:
            continue
        out.append(
            Coded(
                kind,
                e["confidence"],
                _codes(e["actor"]),
                _codes(e["recipient"]),
                tuple(p["text"] for p in e["actor"]),
                tuple(p["text"] for p in e["recipient"]),
                (e["location"] or {}).get("text"),
            )
        )
    return out


def _overlaps(gold: str | None, texts: Iterable[str]) -> bool:
    if not gold:
        return False
    g = gold.casefold()
    return any(t and (t.casefold() in g or g in t.casefold()) for t in texts)


def score_sentence(
    scores: EventScores, gold: GoldSentence, record: dict[str, Any], code: Coder
) -> None:
    """Add one sentence's results to ``scores``."""
    system = coded_events(record, code)
    if not gold.events:
        scores.no_event.add(not system)
        return
    gold_types = {g.type for g in gold.events}
    primary = max(system, key=lambda c: c.confidence, default=None)
    hit = primary is not None and primary.type in gold_types
    scores.type_primary.add(hit)
    if not hit:
        got = primary.type if primary else "-"
        scores.errors.append(f"{gold.id}: gold {sorted(gold_types)} got {got}: {gold.text[:120]}")
    for c in system:
        scores.precision.add(c.type in gold_types)
    for g in gold.events:
        _score_event(scores, g, system, primary)


def _score_event(
    scores: EventScores, g: GoldEvent, system: list[Coded], primary: Coded | None
) -> None:
    same = [c for c in system if c.type == g.type]
    scores.type_any.add(bool(same))
    best = (
        primary if primary is not None and primary.type == g.type else (same[0] if same else None)
    )
    gold_actors = {a.code for a in g.actor if a.code}
    gold_recipients = {a.code for a in g.recipient if a.code}
    if gold_actors:
        ok = best is not None and bool(best.actor_countries & gold_actors)
        scores.actor_country.add(ok)
        if best is not None:
            scores.actor_country_typed.add(ok)
    if best is None:
        return
    if gold_recipients:
        scores.recipient_country.add(bool(best.recipient_countries & gold_recipients))
    actor_texts = [a.text for a in g.actor if a.text]
    if actor_texts:
        scores.actor_span.add(any(_overlaps(t, best.actor_texts) for t in actor_texts))
    recipient_texts = [a.text for a in g.recipient if a.text]
    if recipient_texts:
        scores.recipient_span.add(any(_overlaps(t, best.recipient_texts) for t in recipient_texts))
    if g.location:
        scores.location.add(_overlaps(g.location, [best.location or ""]))
