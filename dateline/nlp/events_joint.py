"""Mentions that point back at an event already told: "the two sides", confirmations.

Diplomatic reports name the parties once ("Russian and Ukrainian delegations held talks")
and then refer to them together ("the two sides agreed to exchange prisoners", "both
governments said"). Such a subject is coreferent with the two parties of the nearest event
told before it; the event takes them as its actors, and that event's sentence joins its
evidence. Nothing is guessed when the nearest event does not name exactly two countries.
An event noun that a verb of confirming takes ("the ministry confirmed attacks on airfields")
is the event told before, seen from the other side (``confirms_told``; merged in
``events_merge``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.model import Participant
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_merge import NOBODY, Candidate
from dateline.nlp.events_tokens import lemma

JOINT_PARTIES = 2  # "the two sides", "both": a pair and nothing else
JOINT_PARAGRAPHS = 2  # how many paragraphs back the parties may have been named


def joint_subject(subjects: list[Token], lex: EventLexicon) -> bool:
    """Whether the subject is the parties together: "the two sides", "both governments"."""
    for s in subjects:
        if lemma(s) not in lex.joint_nouns:
            continue
        if any(
            lemma(c) in lex.joint_determiners
            for c in s.children
            if c.dep_ in ("det", "nummod", "predet")
        ):
            return True
    return False


def confirms_told(trigger: Token, lex: EventLexicon) -> bool:
    """Whether a noun trigger is what a verb of confirming takes ("the ministry confirmed
    attacks on airfields"): the event was told before, by the other side or the wire."""
    return trigger.dep_ in ("dobj", "nsubjpass") and lemma(trigger.head) in lex.confirming_verbs


def resolve_joint(events: list[Candidate]) -> None:
    """Give each event told of "the two sides" the two parties of the nearest event before it."""
    ordered = sorted(events, key=lambda c: c.trigger.start)
    for i, c in enumerate(ordered):
        if not c.joint or c.actor:
            continue
        source = _nearest_parties(ordered[:i], c.paragraph)
        if source is None:
            continue
        antecedent, parties = source
        c.actor = parties
        if antecedent.sentence_span not in c.evidence:
            c.evidence.insert(0, antecedent.sentence_span)


def _nearest_parties(
    before: list[Candidate], paragraph: int
) -> tuple[Candidate, list[Participant]] | None:
    for prior in reversed(before):
        if prior.paragraph < paragraph - JOINT_PARAGRAPHS:
            return None
        named = [
            p for p in (*prior.actor, *prior.recipient) if p.country and p.sector not in NOBODY
        ]
        if not named:
            continue  # an event that names nobody neither helps nor blocks
        first: dict[str, Participant] = {}
        for p in named:
            first.setdefault(p.country or "", p)
        # the nearest event that names anyone decides: two countries, or no guess at all
        return (prior, list(first.values())) if len(first) == JOINT_PARTIES else None
    return None
