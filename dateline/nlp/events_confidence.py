"""How sure an event mention is as a report: sense, structure, modality, position."""

from __future__ import annotations

import datetime as dt

from dateline.model import EventDate
from dateline.nlp.events_dates import RECENT_DAYS
from dateline.nlp.events_frames import Trigger

LEAD_STEP = 0.07  # per paragraph after the lead
LEAD_CAP = 3


def lead_penalty(paragraph: int) -> float:
    """News puts the reported event first: a mention in a later paragraph (background, an
    earlier attack, a reaction) is less likely the report's main event than the lead's."""
    return LEAD_STEP * min(paragraph, LEAD_CAP)


STALE_PENALTY = 0.15  # below a lead's attack, above a year-old one's ``historical`` mark


def stale_penalty(date: EventDate, publication: dt.date, sentence: int) -> float:
    """A report tells of the last days: an event told after the lead sentence that its own
    words date to before the week before publication ("In February, 79 prisoners were
    killed", "shelling killed 25 people there on Dec. 30") is background to the attack the
    report is about (the lead's own event is the report's, however old)."""
    if sentence == 0 or date.source != "text" or date.end_date is None:
        return 0.0
    return STALE_PENALTY if (publication - date.end_date).days > RECENT_DAYS else 0.0


TALLY_BONUS = 0.05


def tally_bonus(tally: bool, aux: set[str]) -> float:
    """ "The death toll from Saturday's strike rose to 12": a toll update is written about
    the report's attack, so it outranks the other attacks the report tells (a toll noun
    alone is a weaker trigger than an attack verb)."""
    return TALLY_BONUS if tally and not aux else 0.0


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
