"""Quote scoring on character offsets: content, speaker, cue and end-to-end P/R/F1.

Written for dateline from the metric definitions of the reference scorer
(../shared/tools/quote_score.py, ``score --system-offsets body``); a test checks that
both give the same numbers on the same system output.

* Characters count only when ``str.isalnum()``: whitespace, punctuation and quotation
  marks never decide a match.
* System quotes sharing one non-null cue span and one speaker span are merged into one
  quote (a split quotation is one relation).
* Content exact: identical character sets (a discontinuous gold content may also be
  matched by its hull). Content overlap: one-to-one pairs, greedy by Jaccard.
* Speaker (among overlap pairs whose gold has a source): the span shares a character
  with the gold source, or the name matches the gold source text (strict) or one of
  the coreference names of the gold source (lenient). End-to-end: overlap pair with a
  correct speaker (or, for gold without a source, no system speaker).
* Direct only: gold of kind direct or mixed, system quotes marked direct; a system
  quote whose best overlap is an indirect gold quote is left out of the count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Record = Mapping[str, Any]
Pairs = list[tuple[int, int]]

# Words that never identify a speaker: articles, honorifics, titles, possessive
# endings, and pronouns (a pronoun never counts as a name).
_NOT_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "and",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "professor",
        "rev",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "president",
        "prime",
        "minister",
        "secretary",
        "'s",
        "s",
        "jr",
        "sr",
        "former",
        "chief",
    }
)
_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "its",
        "one",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "us",
        "me",
        "himself",
        "herself",
        "themselves",
        "itself",
    }
)
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")


def significant(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Offsets of the alphanumeric characters the spans cover (clipped to the text)."""
    out: set[int] = set()
    n = len(text)
    for start, end in spans:
        out.update(i for i in range(max(0, start), min(n, end)) if text[i].isalnum())
    return out


def name_words(name: str | None) -> set[str]:
    """Lower-cased name words without titles, articles and pronouns."""
    if not name:
        return set()
    words = (w.strip(".") for w in _WORD.findall(name.replace("’", "'").lower()))
    return {w for w in words if w and w not in _NOT_NAME and w not in _PRONOUNS}


def names_match(system: str | None, gold_names: Iterable[str | None]) -> bool:
    """True when the system name and a gold name contain one another as word sets."""
    mine = name_words(system)
    if not mine:
        return False
    for g in gold_names:
        theirs = name_words(g)
        if theirs and (mine <= theirs or theirs <= mine):
            return True
    return False


def _spans(quote: Record, key: str, shift: int) -> Pairs:
    if key == "content" and quote.get("content_spans"):
        return [(int(s) + shift, int(e) + shift) for s, e in quote["content_spans"]]
    start, end = quote.get(f"{key}_start"), quote.get(f"{key}_end")
    if start is None or end is None:
        return []
    return [(int(start) + shift, int(end) + shift)]


def _merge_split(quotes: list[Record], shift: int) -> list[Record]:
    """One quote per (cue, speaker) pair: '"A," he said, "B."' is one relation."""
    groups: dict[tuple[Any, ...], list[Record]] = {}
    order: list[list[Record]] = []
    for q in quotes:
        if q.get("cue_start") is None or q.get("cue_end") is None:
            order.append([q])
            continue
        key = (q.get("cue_start"), q.get("cue_end"), q.get("speaker_start"), q.get("speaker_end"))
        if key not in groups:
            groups[key] = []
            order.append(groups[key])
        groups[key].append(q)
    merged: list[Record] = []
    for group in order:
        if len(group) == 1:
            merged.append(group[0])
            continue
        pieces = sorted(
            [s - shift, e - shift] for q in group for s, e in _spans(q, "content", shift)
        )
        first = dict(group[0])
        first.update(
            content_spans=pieces,
            content_start=pieces[0][0],
            content_end=pieces[-1][1],
            direct=any(q.get("direct", True) for q in group),
        )
        merged.append(first)
    return merged


def _greedy(gold_sets: list[set[int]], sys_sets: list[set[int]]) -> list[tuple[int, int, float]]:
    """One-to-one (gold, system, Jaccard) pairs, best Jaccard first."""
    cands = []
    for gi, g in enumerate(gold_sets):
        if not g:
            continue
        for si, s in enumerate(sys_sets):
            shared = len(g & s)
            if shared:
                cands.append((shared / len(g | s), gi, si))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for j, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si, j))
    return out


@dataclass
class _Tally:
    c: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    kind_hits: Counter[str] = field(default_factory=Counter)
    ignored: int = 0


def score(
    gold: Mapping[str, Record],
    system: Mapping[str, Record],
    direct_only: bool = False,
    body_offsets: bool = True,
) -> dict[str, Any]:
    """Score system quotes (per document id) against gold records."""
    tally = _Tally()
    for doc_id, g in gold.items():
        shift = int(g.get("header_len", 0)) if body_offsets else 0
        _score_doc(g, list((system.get(doc_id) or {}).get("quotes", [])), shift, direct_only, tally)
    return _report(tally)


def _valid(text: str, quotes: list[Record], shift: int, c: Counter[str]) -> list[Record]:
    kept = []
    for q in quotes:
        try:
            spans = _spans(q, "content", shift)
        except (TypeError, ValueError):
            spans = []
        if not spans or any(s < 0 or e > len(text) or s >= e for s, e in spans):
            c["invalid"] += 1
            continue
        kept.append(q)
    return kept


def _in_scope(
    text: str,
    sys_q: list[Record],
    sys_sets: list[set[int]],
    gold_sets: list[set[int]],
    scope: list[bool],
) -> tuple[list[Record], list[set[int]], int]:
    """Drop system quotes whose best-overlapping gold quote is out of scope."""
    keep_q, keep_s, ignored = [], [], 0
    for q, s in zip(sys_q, sys_sets, strict=True):
        best, best_j = None, 0.0
        for gi, g in enumerate(gold_sets):
            shared = len(g & s)
            if shared and shared / len(g | s) > best_j:
                best, best_j = gi, shared / len(g | s)
        if best is not None and not scope[best]:
            ignored += 1
        else:
            keep_q.append(q)
            keep_s.append(s)
    return keep_q, keep_s, ignored


def _score_doc(g: Record, quotes: list[Record], shift: int, direct_only: bool, t: _Tally) -> None:
    text = g["text"]
    sys_q = _merge_split(_valid(text, quotes, shift, t.c), shift)
    if direct_only:
        sys_q = [q for q in sys_q if q.get("direct", True)]
    gold_all = list(g["quotes"])
    gold_sets_all = [significant(text, [tuple(x) for x in q["content_spans"]]) for q in gold_all]
    sys_sets = [significant(text, _spans(q, "content", shift)) for q in sys_q]
    scope = [not direct_only or q["kind"] in ("direct", "mixed") for q in gold_all]
    sys_q, sys_sets, ignored = _in_scope(text, sys_q, sys_sets, gold_sets_all, scope)
    t.ignored += ignored
    gold_q = [q for q, ok in zip(gold_all, scope, strict=True) if ok]
    gold_sets = [s for s, ok in zip(gold_sets_all, scope, strict=True) if ok]
    t.c["n_gold"] += len(gold_q)
    t.c["n_sys"] += len(sys_q)
    for q in gold_q:
        t.kinds[q["kind"]] += 1
    all_gold = set().union(*gold_sets) if gold_sets else set()
    all_sys = set().union(*sys_sets) if sys_sets else set()
    t.c["soft_sys"] += len(all_sys)
    t.c["soft_gold"] += len(all_gold)
    t.c["soft_both"] += len(all_gold & all_sys)
    _exact(text, gold_q, gold_sets, sys_sets, t.c)
    for gi, si, j in _greedy(gold_sets, sys_sets):
        if j > 0:
            _pair(text, gold_q[gi], sys_q[si], j, shift, t)


def _exact(
    text: str,
    gold_q: list[Record],
    gold_sets: list[set[int]],
    sys_sets: list[set[int]],
    c: Counter[str],
) -> None:
    used: set[int] = set()
    for gi, q in enumerate(gold_q):
        spans = [tuple(x) for x in q["content_spans"]]
        hull = [(min(s for s, _ in spans), max(e for _, e in spans))]
        variants = (gold_sets[gi], significant(text, hull))
        for si, s in enumerate(sys_sets):
            if si not in used and s and any(s == v for v in variants):
                used.add(si)
                c["exact"] += 1
                break


def _pair(text: str, gq: Record, sq: Record, j: float, shift: int, t: _Tally) -> None:
    c = t.c
    c["overlap"] += 1
    c["overlap50"] += j >= 0.5
    t.kind_hits[gq["kind"]] += 1
    c["dir_n"] += 1
    c["dir_ok"] += bool(sq.get("direct", True)) == bool(gq["direct"])
    gold_cue = significant(text, [tuple(x) for x in gq.get("cue_spans") or []])
    if gold_cue:
        c["cue_n"] += 1
        c["cue_ok"] += bool(gold_cue & significant(text, _spans(sq, "cue", shift)))
    gold_src = [tuple(x) for x in gq.get("speaker_spans") or []]
    name = sq.get("speaker_name")
    sys_src = significant(text, _spans(sq, "speaker", shift))
    if not gold_src:
        ok = not sys_src and not name
        c["nosrc_n"] += 1
        c["nosrc_ok"] += ok
        c["e2e"] += ok
        return
    span_ok = bool(sys_src & significant(text, gold_src))
    strict = names_match(name, [gq["speaker_name"]])
    lenient = strict or names_match(name, gq.get("speaker_names_silver") or [])
    c["spk_n"] += 1
    c["spk_span"] += span_ok
    c["spk_strict"] += strict
    c["spk_lenient"] += lenient
    c["spk_ok"] += span_ok or lenient
    c["e2e"] += span_ok or lenient
    if gq.get("speaker_is_pronoun"):
        c["pron_n"] += 1
        c["pron_span"] += span_ok
        c["pron_lenient"] += lenient


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "P": round(100 * p, 2),
        "R": round(100 * r, 2),
        "F1": round(100 * f, 2),
        "tp": tp,
        "n_sys": n_sys,
        "n_gold": n_gold,
    }


def _report(t: _Tally) -> dict[str, Any]:
    c = t.c

    def acc(ok: str, n: str) -> dict[str, Any]:
        return {"acc": round(100 * c[ok] / c[n], 2) if c[n] else None, "n": c[n]}

    sp = c["soft_both"] / c["soft_sys"] if c["soft_sys"] else 0.0
    sr = c["soft_both"] / c["soft_gold"] if c["soft_gold"] else 0.0
    n_sys, n_gold = c["n_sys"], c["n_gold"]
    return {
        "n_gold": n_gold,
        "n_sys": n_sys,
        "ignored_sys_out_of_scope": t.ignored,
        "invalid_sys_quotes_dropped": c["invalid"],
        "content_exact": _prf(c["exact"], n_sys, n_gold),
        "content_overlap": _prf(c["overlap"], n_sys, n_gold),
        "content_overlap_j50": _prf(c["overlap50"], n_sys, n_gold),
        "content_soft_chars": {
            "P": round(100 * sp, 2),
            "R": round(100 * sr, 2),
            "F1": round(200 * sp * sr / (sp + sr), 2) if sp + sr else 0.0,
        },
        "speaker_among_matched": {
            "correct(span|lenient_name)": acc("spk_ok", "spk_n"),
            "span": acc("spk_span", "spk_n"),
            "name_strict": acc("spk_strict", "spk_n"),
            "name_lenient_silver": acc("spk_lenient", "spk_n"),
            "gold_no_source_sys_null": acc("nosrc_ok", "nosrc_n"),
            "gold_pronoun_source_span": acc("pron_span", "pron_n"),
            "gold_pronoun_source_name_lenient": acc("pron_lenient", "pron_n"),
        },
        "end_to_end(content_overlap+speaker)": _prf(c["e2e"], n_sys, n_gold),
        "cue_among_matched": acc("cue_ok", "cue_n"),
        "direct_flag_among_matched": acc("dir_ok", "dir_n"),
        "overlap_recall_by_gold_kind": {
            k: {"R": round(100 * t.kind_hits[k] / t.kinds[k], 2), "n": t.kinds[k]}
            for k in sorted(t.kinds)
            if t.kinds[k]
        },
    }
