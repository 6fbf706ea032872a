"""Lexicon keys of a trigger token: the multiword entries a verb or noun is looked up under.

A verb's key may take in its particle, object or prepositional phrase ("fend off", "set ...
on fire"), the subordinator of a clause after it ("called for X to ...") or an adverb
before it; a noun's key may take in a modifier before it or an "of" phrase. Trigger finding
(``events_frames``) tries each key against the lexicon; the tokens a key consumes are left
out of the trigger's frame.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.nlp.events_tokens import KEY_CHILD_DEPS, MARKED_CLAUSE_DEPS, lemma


def verb_keys(tok: Token, base: str) -> Iterator[tuple[str, tuple[Token, ...]]]:
    """Keys a verb trigger with base form ``base`` is looked up under, longest first, and the
    tokens each consumes ("set ... on fire", "call for", "fend off"); the bare base last."""
    for c in tok.children:
        mark = _clause_mark(tok, c)
        if mark is not None:
            # "called for the UN to send observers": the parser hangs "for" on the clause.
            yield f"{base} {lemma(mark)}", (mark,)
        if c.dep_ not in KEY_CHILD_DEPS:
            continue
        yield f"{base} {lemma(c)}", (c,)
        # "set a depot on fire", "beat a man to death": the parser may hang the idiom's
        # phrase on the object instead of the verb
        preps = [c] if c.dep_ == "prep" else []
        if c.dep_ == "dobj":
            preps = [g for g in c.children if g.dep_ == "prep"]
        for prep in preps:
            for p in prep.children:
                if p.dep_ == "pobj":
                    yield f"{base} {lemma(prep)} {lemma(p)}", (prep, p)
    adv = [c for c in tok.children if c.dep_ == "advmod" and c.i == tok.i - 1]
    for a in adv:
        yield f"{lemma(a)} {base}", (a,)
    yield base, ()


def _clause_mark(verb: Token, clause: Token) -> Token | None:
    """The subordinator opening a clause right after ``verb`` ("pushed hard *for* X to ...")."""
    if clause.dep_ not in MARKED_CLAUSE_DEPS or clause.i < verb.i:
        return None
    first = clause.left_edge
    if first.dep_ != "mark" or first.head.i != clause.i:
        return None
    between = verb.doc[verb.i + 1 : first.i]
    return first if all(t.dep_ == "advmod" and t.head.i == verb.i for t in between) else None


def noun_keys(tok: Token, base: str) -> Iterator[tuple[str, tuple[Token, ...]]]:
    """Keys a noun trigger with lemma ``base`` is looked up under ("missile strike", "loss of
    life"), and the tokens each consumes; the bare lemma last."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            yield f"{lemma(c)} {base}", (c,)
        elif c.dep_ == "prep" and lemma(c) == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield f"{base} of {lemma(p)}", (c, p)
    yield base, ()
