"""Events told as background to what a sentence reports.

A state with its onset: "the airport, occupied since May 4", "has been detained since 2019".
The "since" day is a boundary for an act ("the first attack since February"), but for a state
that a verb of the lexicon's ``onset_verbs`` names it is the day the state began, which is the
day of the act (the occupation, the detention) the trigger reports.

A known event named in passing: "the expo will be open despite Russia's invasion of Ukraine",
"a court in Tver sentenced a poet over verses critical of the Russian invasion": it did not
happen where the sentence's own act did, so the town of the clause around it is not its
place; a place inside its own phrase stays ("the 9/11 attacks on the US").

And a closure aimed at nobody ("closed its airspace during the missile launches"): a sense
marked ``needs_recipient`` makes no event of its own without a recipient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from dateline.model import EventDate, Timex
from dateline.nlp.events_dates import from_timex, precision_of
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import EventLexicon, Sense
from dateline.nlp.events_merge import Candidate
from dateline.nlp.events_tokens import lemma


def onset_date(
    frame: Frame,
    bounds_at: Mapping[int, Sequence[tuple[str, Timex]]],
    lex: EventLexicon,
    publication: dt.date,
) -> EventDate | None:
    """The day a state the trigger names began, from a "since" bound (the modality rules'
    ``running_totals``) on the trigger or its light verb; None for other triggers."""
    if frame.is_noun or lemma(frame.trigger) not in lex.onset_verbs:
        return None
    for node in (frame.trigger, frame.predicate):
        for word, tx in bounds_at.get(node.i, ()):
            since = word in lex.modality.running_totals
            if since and tx.start_date is not None and precision_of(tx.value):
                return from_timex(tx, publication)
    return None


def settle(cand: Candidate, sense: Sense, known: bool, trigger: Token) -> None:
    """Make an unaimed ``needs_recipient`` mention support-only, and keep a known event's
    place only when its own phrase (``trigger``'s) names it."""
    if sense.needs_recipient and not cand.recipient:
        cand.support = True
    if not known:
        return
    loc = cand.location
    start, end = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    if loc is None or not (start <= loc.span.start and loc.span.end <= end):
        cand.location = None
    cand.fallback_location = None
