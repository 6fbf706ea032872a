"""How sure an event mention is as a report: sense, structure, modality, position."""

from __future__ import annotations

from dateline.nlp.events_frames import Trigger

LEAD_STEP = 0.07  # per paragraph after the lead
LEAD_CAP = 3


def lead_penalty(paragraph: int) -> float:
    """News puts the reported event first: a mention in a later paragraph (background, an
    earlier attack, a reaction) is less likely the report's main event than the lead's."""
    return LEAD_STEP * min(paragraph, LEAD_CAP)


AUX_PENALTY = {"future": 0.05, "hypothetical": 0.15, "negation": 0.2, "historical": 0.2}


def confidence(t: Trigger, has_actor: bool, aux: set[str]) -> float:
    """How sure the event is as a report: lexical sense, structure, modality."""
    depth = 0
    node = t.token
    # "weapons seized last year": a reduced relative clause is background.
    background = node.dep_ == "acl" and node.tag_ == "VBN"
    while node.head.i != node.i and depth < 12:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            background = True  # "after X was shot down": a subordinate clause
        node = node.head
        depth += 1
    score = t.sense.confidence + (0.05 if has_actor else 0.0) - 0.02 * depth
    if t.frame.is_noun and t.frame.predicate.i != t.token.i:
        score += 0.1  # "launched an attack": the light verb reports the noun's event
    score -= max((AUX_PENALTY[a] for a in aux if a in AUX_PENALTY), default=0.0)
    return score - (0.1 if background else 0.0)
