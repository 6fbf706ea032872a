"""One event per real event: mentions of the same event merge and their evidence joins.

Within a sentence, triggers of one type tied together by the parse ("missiles killed one
person and struck the grid", "the bombardment continued ... killing") are one event.
Across sentences, a definite or referring mention ("the attack", "ahead of the meeting")
joins the nearest compatible event of its type, and so do an attack whose actor is only a
definite description ("the fighters then torched ...") or who fights back against its
perpetrators ("troops shot dead 16 attackers"), and a repeated planned event by the same
actor. Mentions conflict, and stay apart, when their actors' countries, places
or dates disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.kb.gazetteer import distance_km
from dateline.model import EventDate, EventLocation, Participant, Span
from dateline.nlp.actor_vocab import UNIDENTIFIED  # PLOVER's sector of an actor nobody names
from dateline.nlp.events_areas import within
from dateline.nlp.events_dates import PRECISION_RANK
from dateline.nlp.events_place import is_country
from dateline.nlp.events_size import Count

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.nlp.events_lexicon import Sense

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SENTENCE_WINDOW = 3
TOLD_IN = frozenset({"in"})  # "died in the blast": the attack the casualty clause is set in
TARGET_PREPS = frozenset({"into", "on", "at"})  # "rammed a car into the hotel": its target
UNIDENTIFIED_ARMED = "UAF"  # the actors layer's sector of armed men nobody names ("gunmen")
NOBODY = frozenset({UNIDENTIFIED, UNIDENTIFIED_ARMED})  # sectors that name no side
AREA_FEATURES = frozenset({"admin1", "admin2", "region"})  # areas that may hold a town
AREA_KM = 300.0  # from an area's point to a town that may lie in it
KNOWN_EVENT_DAYS = 7  # a report dated by its publication is known only to within a week


@dataclass(slots=True)
class Candidate:
    """One event mention before merging (mutable while the component builds it)."""

    type: str
    trigger: Span
    trigger_index: int  # token index of the trigger
    sentence: int
    paragraph: int
    sentence_span: Span
    path: frozenset[int]  # token indices of the trigger's clause path
    actor: list[Participant]
    recipient: list[Participant]
    date: EventDate
    location: EventLocation | None
    aux: set[str]
    modes: list[str]
    context: list[str]
    counts: list[Count]
    confidence: float
    quote_index: int | None
    is_noun: bool = False
    definite: bool = False
    reference: bool = False
    support: bool = False  # only adds to an event it is tied to
    bare_casualty: bool = False  # "two were killed": counts with no actor, place or date
    distinct: bool = False  # "separately", "another": not the event just reported
    benchmark: bool = False  # "the deadliest since January, when X ...": what it is measured by
    continues: bool = False  # "the fighters then ...", "troops shot dead 16 attackers"
    tally: bool = False  # the trigger is a toll ("the death toll from an attack rose to 43")
    date_bound: bool = False  # the date is when it was reported ("said on Saturday")
    named_event: bool = False  # names a known dated event ("the invasion of Ukraine")
    governor_index: int | None = None  # what a reference phrase modifies ("set" in "set
    # fire ... following the killing"): another event than the one it names
    fallback_location: EventLocation | None = None  # the dateline's town, used if no other
    joint: bool = False  # "the two sides ...": the parties of the event told before
    confirmed: bool = False  # "confirmed attacks on airfields": an event already told
    evidence: list[Span] = field(default_factory=list)

    def countries(self, role: str = "actor") -> set[str]:
        """Countries of the participants in ``role`` (an unidentified actor's place says
        nothing against a named one)."""
        return {p.country for p in getattr(self, role) if p.country and p.sector not in NOBODY}


def compatible(a: Candidate, b: Candidate) -> bool:
    """False when two mentions disagree on actor countries, place or date."""
    if a.named_event != b.named_event and not _near_known(a, b):
        return False  # "fired on Russian assets since the invasion of Ukraine": two events
    if _dated_background(a) != _dated_background(b):
        return False  # "X was stabbed in prison ... serving a sentence for the 1968 killing"
    ca, cb = a.countries(), b.countries()
    if ca and cb and not ca & cb:
        return False
    if _other_counterparts(a, b):
        return False
    names_a = {p.name.casefold() for p in a.actor if p.sector not in NOBODY}
    names_b = {p.name.casefold() for p in b.actor if p.sector not in NOBODY}
    # who fights back ("soldiers chased the bandits, killing three of them") is the other
    # side, named otherwise: only the countries may set it apart
    fights_back = (a.continues or b.continues) and a.type == b.type == "ASSAULT"
    if not (ca or cb) and names_a and names_b and not names_a & names_b and not fights_back:
        return False
    if a.location is not None and b.location is not None and not _same_place(a, b):
        return False
    if a.date_bound or b.date_bound:
        return _within_bound(a, b)
    return _dates_agree(a.date, b.date)


def _other_counterparts(a: Candidate, b: Candidate) -> bool:
    """ "Orbán meets Putin in Moscow, after meeting Zelenskyy": meetings with officials of
    two different states are two meetings (an attack's victims may be foreigners where it
    strikes, and what talks are about may be a state: neither splits an event)."""
    if a.type != "CONSULT" or b.type != "CONSULT":
        return False
    ra, rb = ({p.country for p in c.recipient if p.sector == "GOV"} for c in (a, b))
    return bool(ra and rb and not ra & rb)


def _dated_background(c: Candidate) -> bool:
    """A mention whose own written date makes it background (``historical``)."""
    return "historical" in c.aux and c.date.source == "text"


def _near_known(a: Candidate, b: Candidate) -> bool:
    """True when a mention's day is within the week after a named known event's day."""
    known, other = (a, b) if a.named_event else (b, a)
    start, end = other.date.start_date, known.date.end_date
    if start is None or end is None:
        return True
    return 0 <= (start - end).days <= KNOWN_EVENT_DAYS


def _within_bound(a: Candidate, b: Candidate) -> bool:
    """A date that only says when a mention was reported agrees with any day up to it."""
    bound, other = (a, b) if a.date_bound else (b, a)
    if other.date_bound or other.date.start_date is None or bound.date.end_date is None:
        return True
    if other.date.source == "publication":
        return True  # "in a raid": no day of its own, only the report's
    return other.date.start_date <= bound.date.end_date


def _same_place(a: Candidate, b: Candidate) -> bool:
    pa, pb = a.location.place, b.location.place  # type: ignore[union-attr]
    if any(is_country(p) or p.feature in AREA_FEATURES for p in (pa, pb)):
        # "in Doha" and "in Qatar", "in Konduga" and "in Borno": one place holds the other
        return pa.country == pb.country
    if pa.geonameid is not None and pb.geonameid is not None:
        return pa.geonameid == pb.geonameid
    return pa.name.casefold() == pb.name.casefold()


def _dates_agree(a: EventDate, b: EventDate) -> bool:
    if a.source != "text" or b.source != "text":
        return True
    if None in (a.start_date, a.end_date, b.start_date, b.end_date):
        return True
    return a.start_date <= b.end_date and b.start_date <= a.end_date  # type: ignore[operator]


def absorb(into: Candidate, other: Candidate, keep_aux: bool = True) -> None:
    """Merge ``other`` into ``into``: evidence joins, missing arguments are filled."""
    into.evidence = sorted(set(into.evidence) | set(other.evidence))
    into.modes += [m for m in other.modes if m not in into.modes]
    into.context += [c for c in other.context if c not in into.context]
    # who fights back ("before police shot him dead") is the other side: never the actor
    if not other.continues and (
        not into.actor or (_unidentified(into.actor) and not _unidentified(other.actor))
    ):
        # "Two bombs exploded in Kerman. IS said it carried out the attack": the named wins.
        into.actor = other.actor or into.actor
    if not into.recipient:
        into.recipient = [p for p in other.recipient if p not in into.actor]
    if into.location is None or _refines(other.location, into.location):
        # "strikes in northern Iraq ... the heaviest hit the town of Koya": a later mention's
        # town in the country the first one names is where the event happened
        into.location = other.location or into.location
    if into.fallback_location is None:
        into.fallback_location = other.fallback_location
    if (
        into.date_bound
        and not other.date_bound
        and other.date.source == "text"
        and PRECISION_RANK.get(other.date.precision, 9) <= PRECISION_RANK["week"]
    ):
        # a day or week the text gives beats the report's bound; "one of the deadliest
        # attacks this year" gives only a year, which says less than "said on Sunday"
        into.date, into.date_bound = other.date, False
    elif not other.date_bound or into.date.source != "text":
        better = _better_date(into.date, other.date)
        if better is not into.date:
            # "Fighters who overran a base killed 54, the president said on Saturday": a
            # saying's day taken from another mention still only bounds the event
            into.date_bound = other.date_bound
        into.date = better
    into.counts += other.counts
    into.confidence = max(into.confidence, other.confidence)
    if into.quote_index is None:
        into.quote_index = other.quote_index
    if not keep_aux:
        into.aux |= other.aux
    into.support = into.support and other.support
    into.bare_casualty = into.bare_casualty and other.bare_casualty
    into.distinct = into.distinct or other.distinct
    into.continues = into.continues or other.continues


def _refines(town: EventLocation | None, area: EventLocation) -> bool:
    """A later mention's town in the country or the area the first one names ("attacked
    posts in Rakhine state ... carried out the raids around Maungdaw")."""
    if town is None or town.place.resolution != 1:
        return False
    if is_country(area.place):
        return town.place.country == area.place.country
    return (
        area.place.feature in AREA_FEATURES
        and within(town.place, area.place)
        and distance_km(town.place.lat, town.place.lon, area.place.lat, area.place.lon) <= AREA_KM
    )


def _unidentified(actor: list[Participant]) -> bool:
    return bool(actor) and all(p.sector in NOBODY for p in actor)


def _better_date(a: EventDate, b: EventDate) -> EventDate:
    if a.source != b.source:
        return a if a.source == "text" else b
    rank_a = PRECISION_RANK.get(a.precision, 9)
    rank_b = PRECISION_RANK.get(b.precision, 9)
    return b if rank_b < rank_a else a


def merge_sentence(cands: list[Candidate]) -> list[Candidate]:
    """Merge same-type mentions of one sentence that the parse ties together."""
    out: list[Candidate] = []
    for c in sorted(cands, key=_priority):
        target = next(
            (
                o
                for o in out
                if o.type == c.type
                and o.paragraph == c.paragraph
                and compatible(o, c)
                and o.benchmark == c.benchmark  # "the deadliest since X, when ...": another
                and not _adjunct_reference(o, c)
                and (_tied(o, c) or (o.aux == c.aux and not c.reference))
            ),
            None,
        )
        if target is None:
            out.append(c)
        else:
            absorb(target, c, keep_aux=True)
    return out


def _priority(c: Candidate) -> tuple[int, int, int]:
    # Governing triggers first, so they carry the event's modality; verbs before nouns.
    return (c.support, len(c.path), c.trigger.start)


def _adjunct_reference(a: Candidate, b: Candidate) -> bool:
    """ "set fire to the offices following the killing of a man": an event named in a
    reference phrase of another event's own clause is another event (its cause, its
    occasion), never that one."""
    return (b.reference and a.trigger_index in (b.governor_index, *b.path)) or (
        a.reference and b.trigger_index in (a.governor_index, *a.path)
    )


def _tied(a: Candidate, b: Candidate) -> bool:
    return a.trigger_index in b.path or b.trigger_index in a.path


def merge_document(cands: list[Candidate]) -> list[Candidate]:
    """Join referring and repeated mentions to earlier events of the same type."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.trigger.start):
        target = _antecedent(out, c)
        if target is not None:
            absorb(target, c, keep_aux=True)
        elif not c.support:
            tally = _tally_before(out, c)
            if tally is not None:
                # "The death toll from a gang attack rose to 115. Gunmen stormed the town
                # ...": the toll counts the attack the next sentences tell.
                out.remove(tally)
                absorb(c, tally, keep_aux=True)
            out.append(c)
    # Events in the order the text first tells them: the lead's event before later ones.
    return sorted(_resolve_references(out), key=lambda c: min(s.start for s in c.evidence))


def _tally_before(events: list[Candidate], c: Candidate) -> Candidate | None:
    """The nearest earlier attack known only by its toll that ``c`` may be."""
    if c.distinct or c.tally or c.type != "ASSAULT" or c.aux:
        return None
    for e in reversed(events):
        if c.sentence - e.sentence > SENTENCE_WINDOW:
            return None
        if e.type == c.type and e.tally and not e.aux and compatible(e, c):
            return e
    return None


def _antecedent(events: list[Candidate], c: Candidate) -> Candidate | None:
    if c.distinct and not c.reference:
        return None
    for e in reversed(events):
        if e.type != c.type or not compatible(e, c) or _adjunct_reference(e, c):
            continue
        near = c.sentence - e.sentence <= SENTENCE_WINDOW
        if c.reference or (c.is_noun and (c.definite or c.confirmed) and near):
            return e
        if c.is_noun and c.definite and _bare(c):
            return e  # "The strikes came a day before ...": told before, however far back
        if (c.support or c.bare_casualty) and near and e.type == "ASSAULT" and c.aux <= e.aux:
            # a background tally ("200 have been killed since fighting began") counts no
            # attack just told
            return e
        if c.continues and not e.tally and near and e.type == "ASSAULT" and e.aux == c.aux:
            return e  # a toll known alone is instead absorbed by the attack that follows it
        if near and _retold_with_side(e, c):
            return e
        if (
            near
            and e.type != "ASSAULT"
            and e.aux == c.aux
            and e.aux
            and c.countries() & e.countries()
        ):
            return e
    return None


def _bare(c: Candidate) -> bool:
    """A mention with nothing of its own: no side, place, written day or count."""
    return (
        not c.actor
        and not c.recipient
        and c.location is None
        and c.date.source != "text"
        and not c.counts
    )


def _retold_with_side(e: Candidate, c: Candidate) -> bool:
    """ "Gunmen opened fire on worshippers at a mosque in X ... Attackers carrying the flag
    of Y shot at people as they fled": an attack by unnamed attackers told again, with no
    place or day of its own, by attackers whose side is named."""
    return (
        e.type == c.type == "ASSAULT"
        and not e.aux
        and not c.aux
        and _unidentified(e.actor)
        and named_side(c.actor)
        and c.location is None
        and c.date.source != "text"
        and not c.distinct
    )


def _resolve_references(events: list[Candidate]) -> list[Candidate]:
    """A referring mention with no antecedent joins a later event, or keeps its own aux."""
    out: list[Candidate] = []
    for i, c in enumerate(events):
        if not c.reference:
            out.append(c)
            continue
        later = next(
            (
                e
                for e in events[i + 1 :]
                if e.type == c.type and not e.reference and compatible(e, c)
            ),
            None,
        )
        if later is not None:
            absorb(later, c, keep_aux=True)
        elif c.aux:
            out.append(c)
    return out


def set_in_told_attack(
    preps: list[tuple[str, Token]], nouns: Mapping[str, tuple[Sense, ...]]
) -> bool:
    """ "He died in the blast", "two more were killed in the attack": a casualty clause set
    in a definite attack noun tells of the attack already reported, so it continues it."""
    return any(
        lem in TOLD_IN
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in p.children)
        and any(sense.type == "ASSAULT" for sense in nouns.get(p.lemma_.lower(), ()))
        for lem, p in preps
    )


def repeats_told_target(objects: list[Token], preps: list[tuple[str, Token]]) -> bool:
    """ "militants attacked a hotel ... A suicide bomber rammed a car into the hotel": an
    attack on a definite target the text has already named (an earlier sentence's noun of
    the same word) tells more of the attack on it, so it continues that attack."""
    targets = [*objects, *(p for lem, p in preps if lem in TARGET_PREPS)]
    # "rammed a car packed with explosives into the hotel": the parser hangs "into" on the
    # object's participle
    described = [c for o in objects for c in o.children if c.dep_ == "acl"]
    targets += [
        g
        for c in described
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for t in targets:
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)
        if t.pos_ != "NOUN" or not definite:
            continue
        told = t.doc[: t.sent.start]
        if any(w.pos_ == "NOUN" and w.lemma_.lower() == t.lemma_.lower() for w in told):
            return True
    return False


def named_side(actor: list[Participant]) -> bool:
    """Whether a mention's actor names a side (an unidentified one coded by the place does not)."""
    return any(p.country and p.sector not in NOBODY for p in actor)
