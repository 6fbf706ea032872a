"""A known event named in passing keeps only a place of its own phrase.

"The expo will be open despite Russia's invasion of Ukraine", "a court in Tver sentenced a
poet over verses critical of the Russian invasion of Ukraine": a known dated event that a
sentence names did not happen where the sentence's own act did, so the town of the clause
around it is not its place. A place inside the event's own phrase stays ("the 9/11 attacks
on the US", "the siege of Mariupol")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.events_merge import Candidate


def keep_own_place(cand: Candidate, trigger: Token) -> None:
    """Drop a known event's place (and fallback) unless its phrase (``trigger``'s) names it."""
    loc = cand.location
    start, end = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    if loc is None or not (start <= loc.span.start and loc.span.end <= end):
        cand.location = None
    cand.fallback_location = None
