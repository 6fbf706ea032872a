"""Deaths told as lives an attack took: "the attack claimed 15 lives", "the strike took the
lives of 12 people", "the bombing cost 30 lives". The attack noun is the subject of a verb
of the size rules' ``life_verbs`` whose object is "lives" (counted itself or, with an "of"
phrase, through it); a claim of anything else ("claimed the attack") counts nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.nlp.events_tokens import lemma

if TYPE_CHECKING:
    from dateline.nlp.events_size import Count, SizeReader

_LIFE = "life"


def life_verb(trigger: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of lives taken whose subject is the noun trigger, if any."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lemma(verb) not in verbs:
        return None
    return verb if any(_lives(c) for c in verb.children) else None


def lives_counts(trigger: Token, reader: SizeReader) -> list[Count]:
    """The dead an attack noun's verb of lives counts."""
    from dateline.nlp.events_size import Count

    verb = life_verb(trigger, reader.r.life_verbs)
    if verb is None:
        return []
    for obj in verb.children:
        if not _lives(obj):
            continue
        victims = [
            p
            for c in obj.children
            if c.dep_ == "prep" and lemma(c) == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        value = reader.np_count(victims[0]) if victims else reader.np_count(obj)
        if value is not None:
            return [Count("dead", value)]
    return []


def _lives(tok: Token) -> bool:
    return tok.dep_ == "dobj" and lemma(tok) == _LIFE
