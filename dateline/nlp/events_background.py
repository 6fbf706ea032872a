"""Events told as background to what a sentence reports.

A state with its onset: "the airport, occupied since May 4", "has been detained since 2019".
The "since" day is a boundary for an act ("the first attack since February"), but for a state
that a verb of the lexicon's ``onset_verbs`` names it is the day the state began, which is the
day of the act (the occupation, the detention) the trigger reports.

A known event named in passing: "the expo will be open despite Russia's invasion of Ukraine",
"a court in Tver sentenced a poet over verses critical of the Russian invasion": it did not
happen where the sentence's own act did, so the town of the clause around it is not its
place; a place inside its own phrase stays ("the 9/11 attacks on the US").

An event named in passing that the known events do not date: "prosecutors are investigating
the Bucha massacre" (a definite noun a place's name qualifies) or "has documented the abduction
of Ukrainian children" (a definite noun whose victims are a bare plural: a campaign, not one
act counted on the report's day). It did not happen on the report's day, nor does the text
say when: such a mention is background (``historical``), not an event of the day.

And a closure aimed at nobody ("closed its airspace during the missile launches"): a sense
marked ``needs_recipient`` makes no event of its own without a recipient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from dateline.model import EventDate, Timex
from dateline.nlp.events_dates import from_timex, precision_of, result_verb
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_index import DocIndex
from dateline.nlp.events_lexicon import EventLexicon, Sense
from dateline.nlp.events_merge import Candidate
from dateline.nlp.events_modality import historical
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


def background(date: EventDate, frame: Frame, kind: str, ix: DocIndex, lex: EventLexicon) -> bool:
    """Dated long before the report, a tally "since" a day long before it ("more than 2,800
    people have been killed since October last year"), or an event named in passing."""
    m = lex.modality
    if historical(date, ix.publication, m.historical_days):
        return True
    if date.source == "publication" and kind in VIOLENT and named_in_passing(frame, ix, lex):
        return True
    for node in {frame.trigger, frame.predicate}:
        if not any(c.dep_ == "aux" and lemma(c) == "have" for c in node.children):
            continue
        for word, tx in ix.bounds_at.get(node.i, ()):
            start = tx.start_date
            if (
                word in m.running_totals
                and start is not None
                and ((ix.publication - start).days >= m.running_total_days)
            ):
                return True
    return False


# The event types whose named past acts are told in passing: atrocities, abductions and
# deportations ("the Bucha massacre"), not meetings or moves ("the G7 summit", "the
# withdrawal of Russian forces"), which a report names as the day's news.
VIOLENT = frozenset({"ASSAULT", "COERCE"})
# Named-entity labels of a place whose name makes an event noun a name ("the Bucha massacre").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLURAL = frozenset({"NNS", "NNPS"})


def named_in_passing(frame: Frame, ix: DocIndex, lex: EventLexicon) -> bool:
    """A definite event noun that names a past event rather than reporting one: a place's
    name before it ("the Bucha massacre") or a people's victims after it ("the abduction of
    Ukrainian children"); not the subject of its clause, which tells its act or result ("the
    Bucha massacre left ... dead")."""
    trigger = frame.trigger
    if not frame.is_noun or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in trigger.children
    ):
        return False
    if trigger.dep_ in ("nsubj", "nsubjpass") or result_verb(
        trigger, lex.size.result_verbs, lex.size.life_verbs
    ):
        return False  # the clause's own act ("the Kharkiv market airstrike killed 40")
    for c in trigger.children:
        if c.i < trigger.i and c.dep_ == "compound" and _place_name(c, ix):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(_people(o) for o in c.children):
            return True
    return False


def _place_name(tok: Token, ix: DocIndex) -> bool:
    """A proper noun naming a place (the geo layer's or the tagger's), or a name the actors
    layer knows as no side (a town it reads as an organisation: "Bucha")."""
    if tok.pos_ != "PROPN":
        return False
    m = ix.mention_at[tok.i]
    if tok.ent_type_ in _PLACE_LABELS or (m is not None and m.place is not None):
        return True
    actor = None if m is None else m.actor
    return actor is not None and actor.country is None and actor.sector is None


def _people(noun: Token) -> bool:
    """A nation's or a people's members, with no determiner, number or owner ("Ukrainian
    children"): victims of a campaign, not of one act ("20 children", "the children")."""
    if noun.dep_ != "pobj" or noun.tag_ not in _PLURAL:
        return False
    if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in noun.children):
        return False
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)
