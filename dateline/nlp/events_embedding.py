"""Triggers inside other triggers: the content of a demand, offer, threat or refusal, an
event noun whose light verb is itself a trigger, and the object of a trigger ("lifted the
curfew") are not events of their own."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.nlp.events_frames import Trigger
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_tokens import lemma

EMBED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "attr", "oprd"})

PRESUPPOSING = frozenset({"ACCUSE"})


@dataclass(slots=True)
class _Embedding:
    governor: Trigger
    embedded_type: str


def drop_embedded(triggers: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """Drop triggers that are the content of a demand, offer, threat or refusal, and nouns
    whose light verb is itself a trigger; their types become the governor's modes. A measure
    enacted by its verb ("agreed new sanctions") is kept and the verb dropped instead."""
    enacting = _enacting(triggers, lex)
    triggers = [t for t in triggers if t.token.i not in enacting]
    at = {t.token.i: t for t in triggers}
    keep: list[Trigger] = []
    for t in triggers:
        pred = t.frame.predicate
        if t.frame.is_noun and pred.i != t.token.i and pred.i in at:
            gov = at[pred.i]
            if gov.sense.type == t.sense.type:
                gov.frame.modifiers.extend(t.frame.modifiers)
                gov.frame.changed()
            continue
        if _object_of_trigger(t, at):
            continue
        emb = _embedding(t, at)
        if emb is not None:
            emb.governor.embedded.append(emb.embedded_type)
            emb.governor.inner.append(t)
            continue
        keep.append(t)
    return keep


def _enacting(triggers: list[Trigger], lex: EventLexicon) -> set[int]:
    """Token indexes of verbs whose only news is the measure they enact."""
    verbs = {t.token.i: t for t in triggers if not t.frame.is_noun}
    found: set[int] = set()
    for t in triggers:
        gov = verbs.get(t.frame.predicate.i)
        if (
            gov is not None
            and t.frame.is_noun
            and t.sense.type in lex.enacted_types
            and lemma(gov.token) in lex.enacting_verbs
        ):
            found.add(gov.token.i)
    return found


def _object_of_trigger(t: Trigger, at: dict[int, Trigger]) -> bool:
    """ "lifted the curfew", "ended mediation": the verb's event is what is reported; a
    condemned or investigated event is real and stays."""
    tok = t.token
    if not t.frame.is_noun or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i not in at:
        return False
    return at[tok.head.i].sense.type not in PRESUPPOSING


def _embedding(t: Trigger, at: dict[int, Trigger]) -> _Embedding | None:
    node = t.token
    for _ in range(6):
        if (node.dep_ not in EMBED_DEPS and not _claimed(node, at)) or node.head.i == node.i:
            return None
        if node.dep_ == "ccomp":
            # "reiterated its demand that X ease ...": the clause belongs to the demand noun.
            for sib in node.head.children:
                gov = at.get(sib.i)
                if sib.dep_ == "dobj" and gov is not None and gov.sense.complement:
                    return _Embedding(gov, t.sense.type)
        node = node.head
        gov = at.get(node.i)
        if gov is not None:
            return _Embedding(gov, t.sense.type) if gov.sense.complement else None
    return None


def _claimed(clause: Token, at: dict[int, Trigger]) -> bool:
    """ "called for the UN to send": a clause whose "for" is part of its governor's key."""
    gov = at.get(clause.head.i)
    return gov is not None and any(m.head.i == clause.i for m in gov.frame.key_tokens)
