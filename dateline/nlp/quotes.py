"""The ``quotes`` layer: direct quotes, mixed quotes and reported speech, speaker resolved.

Three passes over the shared parse: pair the quotation marks (``quotes_marks``), find
cues with their speakers and contents (``quotes_cues``), then assemble quotes here:
quotations claimed by the attribution next to them (before, after, or around it for
split quotations), continuation paragraphs joined to the quote they continue,
quotations inside reported content marked as mixed quotes, and everything that
nothing attributes (scare quotes, names, titles) dropped. Speakers are resolved last,
in text order (``quotes_speakers``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from spacy.tokens import Doc as SpacyDoc

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.model import Actor, Annotations, Document, Provenance, Quote, QuoteKind, Span
from dateline.nlp.parse import token_offsets
from dateline.nlp.quotes_cues import LEAD_IN, SPLIT, Attribution, CueFinder
from dateline.nlp.quotes_lexicon import QuoteLexicon
from dateline.nlp.quotes_marks import QuotedRegion, find_regions
from dateline.nlp.quotes_speakers import SpanLookup, SpeakerResolver
from dateline.resources import Resources

ActorLookup = Callable[[Document, Annotations, Span], Actor | None]
"""Resolve a phrase of a document to an actor (the actors layer's ``resolve_span``)."""

_DIRECT_SHARE = 0.9  # share of content characters inside quotation marks for "direct"
_MIXED_CHARS = 3  # quoted characters that make reported speech a mixed quote


class QuotesComponent:
    """Finds who said what, with the speaker resolved, and evidence for every part."""

    name = "quotes"
    version = "1.1.0"
    requires: tuple[str, ...] = ("parse", "entities")
    produces: tuple[str, ...] = ("quotes",)

    def __init__(self, lexicon: QuoteLexicon, lookup: ActorLookup | None = None) -> None:
        self.lex = lexicon
        self.finder = CueFinder(lexicon)
        self.lookup = lookup
        self.provenance = Provenance(self.name, self.version)

    @classmethod
    def create(cls, resources: Resources) -> QuotesComponent:
        """Factory used by the registry."""
        lexicon = QuoteLexicon.from_rules(resources.rules("speech"), resources.rules("quotes"))
        return cls(lexicon, _actor_lookup(resources))

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Add the quotes of one document."""
        sdoc = ann.parse
        if not isinstance(sdoc, SpacyDoc):
            raise PipelineError("quotes needs the spaCy parse layer")
        text = doc.text
        regions = find_regions(text, self.lex.double, self.lex.single)
        tok_region = token_regions(sdoc, regions)
        atts = self.finder.find(sdoc, regions, tok_region, deadline, text)
        deadline.check()
        atts = assemble(text, regions, atts, self.lex, deadline)
        lookup: SpanLookup | None = None
        if self.lookup is not None:
            find = self.lookup
            lookup = functools.partial(find, doc, ann)
        resolver = SpeakerResolver(self.lex, sdoc, ann.entities, lookup, text)
        pieces = sorted(p for r in regions for p in r.pieces)
        quotes = []
        for att in atts:
            deadline.check()
            who = resolver.resolve(att.speaker_head, att.speaker)
            kind = quote_kind(text, att, regions, pieces)
            quotes.append(
                Quote(
                    content_spans=tuple(att.content),
                    kind=kind,
                    provenance=self.provenance,
                    speaker=att.speaker,
                    speaker_name=who.name,
                    speaker_actor=who.actor,
                    cue=att.cue if att.cue_token >= 0 else None,
                )
            )
        return ann.with_layers(quotes=tuple(quotes))


def _actor_lookup(resources: Resources) -> ActorLookup:
    """The actors layer's phrase resolver, bound to the shared resources."""
    from dateline.nlp.actors import resolve_span

    return functools.partial(resolve_span, resources)


def token_regions(sdoc: SpacyDoc, regions: tuple[QuotedRegion, ...]) -> list[int]:
    """For each token, the index of the quoted region it lies in, or -1."""
    out = [-1] * len(sdoc)
    if not regions:
        return out
    k = 0
    for i, idx in enumerate(token_offsets(sdoc)):
        while k < len(regions) and regions[k].outer.end <= idx:
            k += 1
        if k < len(regions) and regions[k].outer.start <= idx:
            out[i] = k
    return out


def assemble(
    text: str,
    regions: tuple[QuotedRegion, ...],
    atts: list[Attribution],
    lex: QuoteLexicon,
    deadline: Deadline | None = None,
) -> list[Attribution]:
    """Give quotations to attributions, drop nested cues, join continuations."""
    deadline = deadline or Deadline.unlimited()
    owner: dict[int, Attribution] = {}
    nested = _nested_cues(atts)
    atts = [a for a in atts if id(a) not in nested]
    for att in atts:  # a quotation followed by its attribution is the strongest signal
        if att.left_region is not None and att.left_region not in owner:
            owner[att.left_region] = att
            att.regions.append(att.left_region)
    for att in atts:
        r = att.right_region
        if r is None or r in owner or not _right_ok(text, att, regions[r]):
            continue
        owner[r] = att
        att.regions.append(r)
    for att in atts:
        if att.regions:
            att.content = [p for r in att.regions for p in regions[r].pieces]
        else:
            att.content = list(att.clause)
    deadline.check()
    owned = sorted((regions[k].outer.start, regions[k].outer.end, id(a)) for k, a in owner.items())
    plausible = [a for a in atts if a.content and _plausible(text, a, owned)]
    kept = _drop_nested(plausible, len(text))
    deadline.check()
    cues = sorted(a.cue.start for a in atts)
    starts = [r.outer.start for r in regions]
    for att in kept:
        if not att.regions:
            att.content = [_widen(span, att, regions, starts, owner, cues) for span in att.content]
    deadline.check()
    _continue_quotations(text, regions, kept, owner, lex)
    return sorted(kept, key=lambda a: a.content[0].start)


def _nested_cues(atts: list[Attribution]) -> set[int]:
    """Cues inside another cue's reported clause: the outer attribution wins (univocal)."""
    hulls = []
    for att in atts:
        if att.clause:
            hull = Span.hull(att.clause)
            if not hull.contains(att.cue):
                hulls.append((hull.start, hull.end))
    hulls.sort()
    starts = [h[0] for h in hulls]
    reach, furthest = [], -1
    for _, end in hulls:
        furthest = max(furthest, end)
        reach.append(furthest)
    nested: set[int] = set()
    for att in atts:
        k = bisect.bisect_right(starts, att.cue.start)
        if k and reach[k - 1] >= att.cue.end:
            nested.add(id(att))
    return nested


def _right_ok(text: str, att: Attribution, region: QuotedRegion) -> bool:
    """Whether the quotation after the attribution belongs to it."""
    if att.frame is None:
        return False
    gap = text[att.frame.end : region.outer.start]
    if att.regions:  # '"A," he said, "B."': the second half, in the same paragraph
        return att.right_sep in SPLIT and "\n" not in gap
    return att.right_sep in LEAD_IN


def _plausible(text: str, att: Attribution, owned: list[tuple[int, int, int]]) -> bool:
    """Reported content stays in the cue's paragraph and off others' quotations."""
    if att.regions:
        return True
    hull = att.hull
    lo, hi = min(hull.start, att.cue.start), max(hull.end, att.cue.end)
    if "\n" in text[lo:hi]:
        return False
    k = max(0, bisect.bisect_right(owned, (hull.start, hull.end + 1)) - 1)
    while k < len(owned) and owned[k][0] < hull.end:
        _, end, who = owned[k]
        if end > hull.start and who != id(att):
            return False
        k += 1
    return True


def _drop_nested(atts: list[Attribution], length: int) -> list[Attribution]:
    """Univocal attributions: a cue inside another's reported content is not separate."""
    covered = bytearray(length + 1)  # characters inside a kept attribution's content hull
    kept: list[Attribution] = []
    for att in sorted(atts, key=lambda a: -len(a.hull)):
        cue, hull = att.cue, att.hull
        if cue.end > cue.start and covered.find(1, cue.start, cue.end) >= 0:
            continue
        if not att.regions and hull.end > hull.start and covered.find(0, hull.start, hull.end) < 0:
            continue
        covered[hull.start : hull.end] = b"\x01" * len(hull)
        kept.append(att)
    return sorted(kept, key=lambda a: a.cue.start)


def _widen(
    span: Span,
    att: Attribution,
    regions: tuple[QuotedRegion, ...],
    starts: list[int],
    owner: dict[int, Attribution],
    cues: list[int],
) -> Span:
    k = max(0, bisect.bisect_right(starts, span.start) - 1)
    start, end = span.start, span.end
    while k < len(regions):
        outer = regions[k].outer
        if outer.start >= end:
            # 'said he had offers, but "the offers were ..."': a quotation later in the
            # sentence, with no other cue in between, belongs to the same content
            between = bisect.bisect_left(cues, end) < bisect.bisect_left(cues, outer.start)
            if k in owner or outer.end > att.sent_end or between:
                break
        elif outer.end <= start or k in owner:
            k += 1
            continue
        owner[k] = att
        start, end = min(start, outer.start), max(end, outer.end)
        k += 1
    return Span(start, end)


def _continue_quotations(
    text: str,
    regions: tuple[QuotedRegion, ...],
    atts: list[Attribution],
    owner: dict[int, Attribution],
    lex: QuoteLexicon,
) -> None:
    """Quotations with no cue of their own that continue the quote just before them."""
    ends = sorted((_reach(a), i) for i, a in enumerate(atts) if a.regions)
    for k, region in enumerate(regions):
        if k in owner:
            continue
        j = bisect.bisect_right(ends, (region.outer.start, len(atts))) - 1
        prev = atts[ends[j][1]] if j >= 0 else None
        if prev is not None and _continues(text, ends[j][0], region, lex):
            owner[k] = prev
            prev.regions.append(k)
            prev.content.extend(region.pieces)
            bisect.insort(ends, (_reach(prev), ends[j][1]))
            continue
        words = lex.min_unattributed_words
        if words is not None and not region.single and region.word_count(text) >= words:
            att = Attribution(Span(region.outer.start, region.outer.start), -1, None, None)
            att.content = list(region.pieces)
            att.regions.append(k)
            owner[k] = att
            atts.append(att)


def _reach(att: Attribution) -> int:
    return max(att.hull.end, att.frame.end if att.frame else 0)


def _continues(text: str, end: int, region: QuotedRegion, lex: QuoteLexicon) -> bool:
    """Whether only punctuation (and, for a paragraph of its own, a break) lies between."""
    gap = text[end : region.outer.start]
    if any(ch.isalnum() for ch in gap):
        return False
    if "\n" not in gap:
        return True
    if not lex.continue_standalone:
        return False
    line_end = text.find("\n", region.outer.end)
    rest = text[region.outer.end : line_end if line_end >= 0 else len(text)]
    return not any(ch.isalnum() for ch in rest)


def quote_kind(
    text: str, att: Attribution, regions: tuple[QuotedRegion, ...], pieces: list[Span]
) -> QuoteKind:
    """Direct, mixed or indirect, from the share of content inside quotation marks.

    ``pieces`` are the inner pieces of all quotations, sorted.
    """
    claimed = {p for k in att.regions for p in regions[k].pieces}
    if att.regions and all(p in claimed for p in att.content):
        return "direct"
    inside = total = 0
    for span in att.content:
        total += _alnum(text, span)
        k = max(0, bisect.bisect_left(pieces, Span(span.start, span.start)) - 1)
        while k < len(pieces) and pieces[k].start < span.end:
            if pieces[k].overlaps(span):
                inside += _alnum(text, _meet(pieces[k], span))
            k += 1
    if total == 0:
        return "indirect"
    if inside / total >= _DIRECT_SHARE:
        return "direct"
    return "mixed" if inside >= _MIXED_CHARS else "indirect"


def _meet(a: Span, b: Span) -> Span:
    return Span(max(a.start, b.start), max(max(a.start, b.start), min(a.end, b.end)))


def _alnum(text: str, span: Span) -> int:
    return sum(ch.isalnum() for ch in text[span.start : span.end])
