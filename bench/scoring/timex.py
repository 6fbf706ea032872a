"""TempEval-3 timex scoring on character offsets: strict/relaxed span P/R/F1, value F1, type F1.

Relaxed match: a gold and a system timex whose spans overlap, paired one-to-one by
walking gold timexes in text order and taking the first unused system timex that
overlaps. Strict match: a relaxed pair with identical spans. Value and type are
scored over relaxed pairs: accuracy = equal / pairs, and attribute F1 = accuracy x
relaxed F1, as the TempEval-3 evaluation defines it. Counts are micro-averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


class Scored(Protocol):
    """What the scorer reads from a gold or system timex."""

    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Counts:
    """Integer tallies; metrics derive from them."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another document's counts."""
        for name in ("gold", "system", "relaxed", "strict", "type", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True, slots=True)
class Metrics:
    """Precision, recall and F1 for spans, plus attribute accuracy and F1."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_acc: float
    type_acc: float
    value_f1: float
    type_f1: float
    counts: Counts = field(default_factory=Counts)


def pair_up(gold: Sequence[Scored], system: Sequence[Scored]) -> list[tuple[int, int]]:
    """One-to-one overlap pairs (gold index, system index), greedy in text order."""
    by_position = sorted(range(len(system)), key=lambda i: (system[i].start, system[i].end))
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi in sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end)):
        g = gold[gi]
        for si in by_position:
            if si in taken:
                continue
            s = system[si]
            if s.start >= g.end:
                break  # system timexes are sorted: none further on can overlap
            if s.end > g.start:
                taken.add(si)
                pairs.append((gi, si))
                break
    return pairs


def count(gold: Sequence[Scored], system: Sequence[Scored]) -> Counts:
    """Counts for one document."""
    c = Counts(gold=len(gold), system=len(system))
    for gi, si in pair_up(gold, system):
        g, s = gold[gi], system[si]
        c.relaxed += 1
        c.strict += (g.start, g.end) == (s.start, s.end)
        c.type += g.type == s.type
        c.value += g.value == s.value
    return c


def _prf(matched: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = matched / n_system if n_system else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def metrics(c: Counts) -> Metrics:
    """Metrics from micro-averaged counts."""
    sp, sr, sf = _prf(c.strict, c.system, c.gold)
    rp, rr, rf = _prf(c.relaxed, c.system, c.gold)
    value_acc = c.value / c.relaxed if c.relaxed else 0.0
    type_acc = c.type / c.relaxed if c.relaxed else 0.0
    return Metrics(sp, sr, sf, rp, rr, rf, value_acc, type_acc, value_acc * rf, type_acc * rf, c)


def score(gold: Mapping[str, Sequence[Scored]], system: Mapping[str, Sequence[Scored]]) -> Metrics:
    """Micro-averaged metrics over documents; a document missing from ``system`` has none."""
    total = Counts()
    for doc_id, gold_timexes in gold.items():
        total.add(count(gold_timexes, system.get(doc_id, ())))
    return metrics(total)


def as_reference_dict(m: Metrics) -> dict[str, float | dict[str, int]]:
    """The metrics under the key names the reference scorer's ``--json`` output uses."""
    c = m.counts
    return {
        "strict_P": m.strict_p,
        "strict_R": m.strict_r,
        "strict_F1": m.strict_f1,
        "relaxed_P": m.relaxed_p,
        "relaxed_R": m.relaxed_r,
        "relaxed_F1": m.relaxed_f1,
        "type_acc": m.type_acc,
        "value_acc": m.value_acc,
        "type_F1": m.type_f1,
        "value_F1": m.value_f1,
        "counts": {
            "gold": c.gold,
            "system": c.system,
            "relaxed": c.relaxed,
            "strict": c.strict,
            "type": c.type,
            "value": c.value,
        },
    }


def errors(
    gold: Sequence[Scored], system: Sequence[Scored]
) -> Iterable[tuple[str, Scored | None, Scored | None]]:
    """Missed, spurious and mismatched timexes of one document, for error analysis."""
    pairs = pair_up(gold, system)
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        if (g.start, g.end, g.type, g.value) != (s.start, s.end, s.type, s.value):
            yield "MISMATCH", g, s
    paired_gold = {gi for gi, _ in pairs}
    paired_system = {si for _, si in pairs}
    yield from (("MISSED", g, None) for i, g in enumerate(gold) if i not in paired_gold)
    yield from (("SPURIOUS", None, s) for i, s in enumerate(system) if i not in paired_system)
