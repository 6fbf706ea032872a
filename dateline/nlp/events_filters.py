"""Readings that keep a word from being an event trigger, or say how its objects divide.

A trigger noun that only names a kind of thing ("assault rifles"), one that says what
something is ("described Russia as a threat"), a habit ("rarely comments on strikes"), and
the direct/indirect object split of a verb ("sent the police a plan").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_tokens import NOUNISH, VERBISH, lemma

if TYPE_CHECKING:
    from dateline.nlp.events_frames import Frame


def habitual(frame: Frame, adverbs: frozenset[str]) -> bool:
    """ "Israel rarely comments on individual strikes", "the group usually attacks convoys":
    a habit or a pattern is no event (unlike "repeatedly shelled the town on Monday")."""
    node = frame.predicate
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in node.children):
            return True
        if node.dep_ not in ("pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def characterises(tok: Token, lex: EventLexicon) -> bool:
    """ "described Russia as a threat", "poses a threat": a noun saying what something is."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
        return head.pos_ in VERBISH and lemma(head) in lex.characterising_verbs
    if tok.dep_ == "oprd":
        # the second of two objects says what the first is (a misparse may make both oprd)
        named = any(c.dep_ in ("dobj", "oprd") and c.i < tok.i for c in head.children)
        return named and lemma(head) in lex.characterising_verbs
    return tok.dep_ == "dobj" and lemma(head) in lex.copular_verbs


def has_dobj(verb: Token) -> bool:
    """Whether the verb has a direct object."""
    return any(c.dep_ == "dobj" for c in verb.children)


def modifies_thing(tok: Token, heads: frozenset[str]) -> bool:
    """ "assault rifles", "attack helicopters": a trigger modifying a thing names no event."""
    head = tok.head
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and head.i != tok.i
        and head.pos_ in NOUNISH
        and (lemma(head) in heads or _next_thing(tok, heads))
    ) or (
        (tok.dep_ == "conj" and head.dep_ in ("compound", "amod") and modifies_thing(head, heads))
        or misparsed_modifier(tok, heads)
    )


def misparsed_modifier(tok: Token, heads: frozenset[str]) -> bool:
    """ "serve assault or logistics purposes": the parser makes the first modifier the head
    and the thing its conjunct; a bare trigger coordinated with a listed thing that has its
    own modifier names no event either."""
    if any(c.dep_ in ("det", "poss", "nummod", "prep") for c in tok.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in NOUNISH
        and lemma(c) in heads
        and any(g.dep_ == "compound" for g in c.children)
        for c in tok.children
    )


def _next_thing(tok: Token, heads: frozenset[str]) -> bool:
    """ "assault rifle production": the parser hangs both words on the last noun; the word
    right after the trigger, a listed thing modifying the same noun, is what it modifies."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return (
        nxt.i != tok.i
        and nxt.head.i == tok.head.i
        and nxt.dep_ == "compound"
        and lemma(nxt) in heads
    )
