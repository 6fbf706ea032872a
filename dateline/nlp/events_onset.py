"""States dated by their onset: "the airport, occupied since May 4", "has been detained
since 2019". The "since" day is a boundary for an act ("the first attack since February"),
but for a state that a verb of the lexicon's ``onset_verbs`` names it is the day the state
began, which is the day of the act (the occupation, the detention) the trigger reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from dateline.model import EventDate, Timex
from dateline.nlp.events_dates import from_timex, precision_of
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_tokens import lemma


def onset_date(
    frame: Frame,
    bounds_at: Mapping[int, Sequence[tuple[str, Timex]]],
    lex: EventLexicon,
    publication: dt.date,
) -> EventDate | None:
    """The day a state the trigger names began, from a "since" bound on the trigger or its
    light verb; None for other triggers and bounds."""
    if frame.is_noun or lemma(frame.trigger) not in lex.onset_verbs:
        return None
    for node in (frame.trigger, frame.predicate):
        for word, tx in bounds_at.get(node.i, ()):
            if word in lex.onset_preps and tx.start_date is not None and precision_of(tx.value):
                return from_timex(tx, publication)
    return None
