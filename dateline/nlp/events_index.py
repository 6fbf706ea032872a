"""The per-document index the events arguments read, and the trigger's clause path.

``DocIndex`` maps tokens to the mentions, timexes and quotes over them, built once per
document; ``clause_path`` is the chain of governors from a trigger up to its clause head,
the only nodes whose arguments may be the trigger's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.model import Annotations, Mention, Quote, Span, Timex
from dateline.nlp.events_frames import Frame, is_listed
from dateline.nlp.events_tokens import (
    NOUNISH,
    RELATIVE_TAGS,
    VERBISH,
    DocView,
    Paragraphs,
    lemma,
    prep_word,
)
from dateline.nlp.known_events import NamedEvent

# Names whose tokens are never triggers ("Air Assault Regiment", "Operation Desert Storm").
NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "acl",
        "conj",
        "xcomp",
        "appos",
        "pcomp",
        "agent",
        "advcl",
        "npadvmod",
        "oprd",
        "acomp",
    }
)


@dataclass(slots=True)
class DocIndex:
    """Per-document lookups from tokens to mentions, timexes and quotes."""

    doc: SpacyDoc
    text: str
    publication: dt.date
    mention_at: list[Mention | None]
    view: DocView
    timex_at: dict[int, list[Timex]]
    timex_over: list[Timex | None]
    quotes: tuple[Quote, ...]
    named_events: tuple[NamedEvent, ...] = ()
    # time limits by the token they modify, with their preposition ("since October": since)
    bounds_at: dict[int, list[tuple[str, Timex]]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        sdoc: SpacyDoc,
        ann: Annotations,
        text: str,
        publication: dt.date,
        boundary_preps: frozenset[str] = frozenset(),
        named_events: tuple[NamedEvent, ...] = (),
    ) -> DocIndex:
        """Index the entities, timexes and quotes layers against the parse's tokens."""
        mention_at: list[Mention | None] = [None] * len(sdoc)
        named: set[int] = set()
        tokens = _TokenRanges(sdoc)
        for m in ann.entities:
            found = tokens.covering(m.span)
            if found is None:
                continue
            for i in range(*found):
                if _better(m, mention_at[i]):
                    mention_at[i] = m
            if m.label in NAME_LABELS:
                named.update(range(*found))
        timex_at: dict[int, list[Timex]] = {}
        bounds_at: dict[int, list[tuple[str, Timex]]] = {}
        timex_over: list[Timex | None] = [None] * len(sdoc)
        for tx in ann.timexes:
            if tx.type not in ("DATE", "TIME") or (tx.start_date is None and not tx.anchor_value):
                continue
            found = tokens.covering(tx.span)
            if found is None:
                continue
            for i in range(*found):
                timex_over[i] = tx
            span = sdoc[found[0] : found[1]]
            word = _boundary_word(span.root, boundary_preps)
            if word in boundary_preps:
                # "since February": a limit, not the date of what is reported
                bounds_at.setdefault(_attachment(span.root).i, []).append((word, tx))
                continue
            timex_at.setdefault(_attachment(span.root).i, []).append(tx)
        return cls(
            sdoc,
            text,
            publication,
            mention_at,
            DocView(sdoc, text, frozenset(named)),
            timex_at,
            timex_over,
            ann.quotes,
            named_events,
            bounds_at,
        )

    @property
    def para(self) -> Paragraphs:
        """Paragraph numbers of the document's tokens."""
        return self.view.para

    def named_event(self, span: Span) -> NamedEvent | None:
        """The mention of a known dated event that contains ``span``, if any."""
        for named in self.named_events:
            if named.start <= span.start and span.end <= named.end:
                return named
        return None

    def quote_of(self, span: Span) -> int | None:
        """Index of the quote whose content contains ``span``, if any."""
        for i, q in enumerate(self.quotes):
            if any(c.contains(span) for c in q.content_spans):
                return i
        return None


class _TokenRanges:
    """Character spans to the tokens they touch, from two arrays (no Span objects)."""

    __slots__ = ("ends", "starts")

    def __init__(self, sdoc: SpacyDoc) -> None:
        if len(sdoc) == 0:
            self.starts, self.ends = [], []
            return
        arr = sdoc.to_array([IDX, LENGTH])
        self.starts = arr[:, 0].tolist()
        self.ends = (arr[:, 0] + arr[:, 1]).tolist()

    def covering(self, span: Span) -> tuple[int, int] | None:
        """Token range ``[s, e)`` of the tokens overlapping ``span`` (``char_span``'s
        ``expand`` mode), or None when it touches none."""
        s = max(bisect_right(self.starts, span.start) - 1, 0)
        while s < len(self.ends) and self.ends[s] <= span.start:
            s += 1
        e = bisect_left(self.starts, span.end)
        return (s, e) if e > s else None


def _better(new: Mention, old: Mention | None) -> bool:
    if old is None:
        return True
    rank_new = (new.actor is not None) + (new.place is not None)
    rank_old = (old.actor is not None) + (old.place is not None)
    return rank_new > rank_old or (rank_new == rank_old and len(new.span) > len(old.span))


def _boundary_word(root: Token, preps: frozenset[str]) -> str:
    """The preposition that introduces a time expression ("since", "ahead" of "ahead of")."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return ""
    return prep_word(root, preps)


def _attachment(root: Token) -> Token:
    """The token a time expression modifies: through its preposition, out of nested nouns
    and past an adverb of the time ("late on Monday", "early on Friday": the verb's day)."""
    found = _governor(root)
    if found.pos_ in VERBISH:
        return _clause_before(found, root) or found
    return found


def _governor(root: Token) -> Token:
    node = root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            governor = node.head.head
            if governor.pos_ in NOUNISH and governor.dep_ == "pobj" and governor.i != node.i:
                node = governor
                continue
            if governor.dep_ == "advmod" and governor.pos_ == "ADV":
                return governor.head  # an advmod always has a head of its own
            return governor
        return node.head
    return node.head


def _clause_before(verb: Token, root: Token) -> Token | None:
    """ "Gunmen killed 11 people late on Sunday, police said on Tuesday": a time the parser
    hangs on a later clause, before the comma and the subject that open it, modifies the
    clause it follows."""
    if verb.dep_ not in ("advcl", "ccomp", "conj", "parataxis") or verb.head.i >= root.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i <= root.i:
        return None
    between = verb.doc[root.i : subject.left_edge.i]
    return verb.head if any(t.text == "," for t in between) else None


def clause_path(
    frame: Frame,
    para: Paragraphs,
    concurrent: frozenset[str] = frozenset(),
    simultaneous: frozenset[str] = frozenset(),
    aspect: frozenset[str] = frozenset(),
) -> tuple[list[Token], Token | None]:
    """Trigger, its light verb, and its governors up to the clause head; and a reporting verb.

    The second value is the verb a ``ccomp`` clause reports to ("said that ..."), whose
    date bounds the reported event when the clause has none of its own. A ``concurrent``
    verb taking a noun trigger ("repelled an attack on Sunday") happens with it, so the
    path goes on through it. A comma-set participle hung on a ``simultaneous`` clause ("as
    families shopped, killing 30") goes on to the main clause.
    """
    nodes = [frame.trigger]
    if frame.is_noun:
        # "the attack, which took place on June 3, ...": the relative clause dates the noun
        nodes += [
            c
            for c in frame.trigger.children
            if c.dep_ == "relcl"
            and is_listed(c, aspect)
            and any(g.dep_ == "nsubj" and g.tag_ in RELATIVE_TAGS for g in c.children)
        ]
    if frame.predicate.i != frame.trigger.i:
        nodes.append(frame.predicate)
    node = nodes[-1]
    in_phrase = False
    for _ in range(8):
        dep, head = node.dep_, node.head
        if head.i == node.i or para.of(head) != para.of(frame.trigger):
            return nodes, None
        if dep == "ccomp":
            return nodes, head
        in_phrase = in_phrase or dep in ("pobj", "pcomp")
        if dep not in PATH_DEPS:
            return nodes, None
        if _ends_clause(node, head, frame, in_phrase, simultaneous) and not _concurrent(
            node, head, frame, concurrent
        ):
            return nodes, None
        nodes.append(head)
        node = head
    return nodes, None


def _concurrent(node: Token, head: Token, frame: Frame, concurrent: frozenset[str]) -> bool:
    """ "repelled an attack", "came under attack": the verb happens with the noun trigger."""
    trigger = frame.trigger
    if node.i == trigger.i and node.dep_ == "dobj":
        return is_listed(head, concurrent)
    return (
        node.dep_ == "prep"
        and trigger.head.i == node.i
        and trigger.dep_ == "pobj"
        and f"{lemma(head)} {lemma(node)}" in concurrent
    )


def _ends_clause(
    node: Token, head: Token, frame: Frame, in_phrase: bool, simultaneous: frozenset[str]
) -> bool:
    nominal = node.pos_ in NOUNISH or (node.i == frame.trigger.i and frame.nominal)
    nominal = nominal or in_phrase or (frame.nominal and node.dep_ in ("prep", "pcomp"))
    if nominal and head.pos_ in VERBISH and head.i != frame.predicate.i:
        return True  # a noun's governing verb is another event ("condemned the attack")
    if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
        return not _trailing_participle(frame.trigger, node, simultaneous)
    return node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _trailing_participle(trigger: Token, clause: Token, simultaneous: frozenset[str]) -> bool:
    """ "struck the market as families shopped, killing 30": the comma-set participle at the end
    of a ``simultaneous`` clause, where a parser hangs it, is the main clause's result."""
    return (
        trigger.head.i == clause.i
        and trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.i > clause.i
        and trigger.i > 0
        and trigger.nbor(-1).text == ","
        and any(c.dep_ == "mark" and c.lower_ in simultaneous for c in clause.children)
    )
