"""Event dates from time expressions: calendar precision, the best timex of a clause, and
the date a timex or its anchor gives (``source: "text"``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.model import EventDate, Span, Timex
from dateline.nlp.events_frames import is_listed
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_lives import life_verb
from dateline.nlp.events_tokens import Paragraphs, lemma
from dateline.nlp.known_events import NamedEvent

_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    # a day or week of a known month or year, the rest unknown ("1998-10-XX", "2019-WXX")
    (re.compile(r"^\d{4}-\d{2}-XX$"), "month"),
    (re.compile(r"^\d{4}-(WXX|QX|HX)$"), "year"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-(Q|H)\d$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
)
_EXPLICIT_DAY = re.compile(r"\d{4}|\d{1,2}(st|nd|rd|th)?\b")
_CLOCK_VALUE = re.compile(r"T\d{2}(:\d{2})?$")  # a TIMEX3 clock time ("...T10:39")
_PART_OF_DAY_VALUE = re.compile(r"T[A-Z]{2}$")  # a TIMEX3 part of the day ("...TAF")


def precision_of(value: str) -> str | None:
    """The calendar precision of a TIMEX3 value (``day``, ``week``, ``month`` ...)."""
    for pattern, name in _PRECISION:
        if pattern.match(value):
            return name
    return None


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}


def assumed_day(t: Timex, publication: dt.date) -> bool:
    """A clock time dated only by the publication ("the shooting began at 10:39 a.m."), or a
    bare part of the day that the text's last date puts on the report's own day ("the death
    toll ... rose to 276 on Monday. The truck blew up in the afternoon"): it says the hour,
    not the day, so it neither dates an event nor keeps mentions apart."""
    if t.start_date != publication:
        return False  # "on Saturday. That night, ...": an earlier day the text told
    if t.anchor == "text" and _PART_OF_DAY_VALUE.search(t.value):
        # the anaphora takes whatever day was named last, often a toll's or a saying's
        return True
    return t.type == "TIME" and bool(_CLOCK_VALUE.search(t.value))


def best_timex(timexes: Iterable[Timex], text: str, publication: dt.date) -> Timex | None:
    """The most explicit, then most precise, then first of a node's time expressions."""
    usable = [t for t in timexes if t.start_date is not None and precision_of(t.value)]

    def key(t: Timex) -> tuple[int, int, int]:
        explicit = 0 if _EXPLICIT_DAY.search(t.text) and not assumed_day(t, publication) else 1
        return (explicit, PRECISION_RANK.get(precision_of(t.value) or "", 9), t.span.start)

    return min(usable, key=key) if usable else None


# Clauses that are events of their own: their dates are not the trigger's.
_OWN_CLAUSES = frozenset({"conj", "ccomp", "advcl", "parataxis", "xcomp"})
# A day named inside the trigger's phrase is the event's only when it is this recent.
RECENT_DAYS = 7
# How far up a toll's subject phrase a trigger may sit ("number of people killed when X
# struck": struck -> killed -> people -> of -> number), and the clauses it may not leave.
SUBJECT_DEPTH = 6
_OWN_SUBJECT_STOPS = frozenset({"ccomp", "conj", "parataxis"})


def phrase_day(
    trigger: Token,
    timex_at: Mapping[int, Sequence[Timex]],
    text: str,
    publication: dt.date,
    prior: frozenset[str] = frozenset(),
) -> Timex | None:
    """A recent day named inside the trigger's own phrase, where a small parser hung it
    on a nearby word ("struck a compound that housed leaders on Tuesday", "attacked the
    plant in X, a district north of the capital, on Wednesday"); not inside a phrase of
    what came before it (``prior``: "meets Putin, after meeting Zelenskyy on Tuesday")."""
    stack = [
        c
        for c in trigger.children
        if (c.dep_ not in _OWN_CLAUSES or _described(c))
        and not (c.dep_ == "prep" and lemma(c) in prior)
    ]
    found: list[Timex] = []
    while stack:
        tok = stack.pop()
        found += timex_at.get(tok.i, ())
        stack += [c for c in tok.children if c.dep_ not in ("ccomp", "parataxis")]
    best = best_timex(found, text, publication)
    if best is None or precision_of(best.value) != "day" or best.start_date is None:
        return None
    age = (publication - best.start_date).days
    return best if 0 <= age <= RECENT_DAYS else None


def toll_day(
    trigger: Token,
    markers: frozenset[str],
    timex_at: Mapping[int, Sequence[Timex]],
    text: str,
    publication: dt.date,
) -> Timex | None:
    """ "The death toll from a missile that hit a building early on Sunday rose to nine": a
    recent day the parser hangs on the toll's verb, but before that verb, closes the toll's
    long subject and dates the attack (the toll's own day follows it: "rose to nine on
    Monday"); so too for an attack told inside such a subject ("the number of people killed
    when a missile struck a market on Saturday rose to 17 on Monday")."""
    verb = _toll_verb(trigger, markers)
    if verb is None:
        return None
    found = [t for t in timex_at.get(verb.i, ()) if trigger.idx < t.span.start < verb.idx]
    best = best_timex(found, text, publication)
    if best is None or precision_of(best.value) != "day" or best.start_date is None:
        return None
    return best if 0 <= (publication - best.start_date).days <= RECENT_DAYS else None


def result_verb(trigger: Token, verbs: frozenset[str], life_verbs: frozenset[str]) -> list[Token]:
    """The verb telling an attack noun's result ("the strike left 20 people dead on
    Tuesday", "the attack claimed 15 lives on Monday"): a day on it is the attack's (not
    on "the ceasefire took effect on Friday": a verb of lives must take lives)."""
    if trigger.dep_ == "nsubj" and lemma(trigger.head) in verbs:
        return [trigger.head]
    lives = life_verb(trigger, life_verbs)
    return [] if lives is None else [lives]


def told_as_tally(trigger: Token, markers: frozenset[str], named: bool) -> bool:
    """A toll word ("the toll rose"), or a trigger with no side of its own told only inside a
    toll's subject ("the number of people killed in bombings outside a school rose to 50"):
    the toll counts an attack that later sentences may tell ("A car bomb went off at the
    school gate"). One naming its side ("the toll from an attack by ADF rebels") is kept."""
    if lemma(trigger) in markers:
        return True
    return not named and _toll_verb(trigger, markers) is not None


def _toll_verb(trigger: Token, markers: frozenset[str]) -> Token | None:
    """The toll verb ("rose", "climbed") whose subject is the trigger, a toll word itself,
    or a phrase holding the trigger ("the number of people killed when ...")."""
    node = trigger
    for _ in range(SUBJECT_DEPTH):
        if node.dep_ == "nsubj":
            own = node.i != trigger.i or lemma(trigger) in markers
            return node.head if own and lemma(node.head) in markers else None
        if node.head.i == node.i or node.dep_ in _OWN_SUBJECT_STOPS:
            return None
        node = node.head
    return None


def lead_in_day(
    sent: SpacySpan,
    timex_over: Sequence[Timex | None],
    para: Paragraphs,
    publication: dt.date,
) -> Timex | None:
    """ "M23 rebels pushed into the centre of Goma on Monday. Fighting between the rebels and
    troops killed 17 people in the city": a sentence naming no day goes on with the day the
    sentence before it in the paragraph named, when recent (not a saying's day: "..., the
    governor said on Sunday" dates the statement, not what follows)."""
    doc = sent.doc
    if sent.start == 0 or any(timex_over[i] is not None for i in range(sent.start, sent.end)):
        return None
    before = doc[sent.start - 1].sent
    if para.of(before.root) != para.of(sent.root):
        return None
    days = []
    for tok in before:
        t = timex_over[tok.i]
        if t is None or t in days or _said_on(tok):
            continue
        days.append(t)
    days = [t for t in days if precision_of(t.value) == "day" and t.start_date is not None]
    if len(days) != 1 or days[0].start_date is None:
        return None
    return days[0] if 0 <= (publication - days[0].start_date).days <= RECENT_DAYS else None


def sentence_day(
    sent: SpacySpan,
    timex_over: Sequence[Timex | None],
    publication: dt.date,
    totals: frozenset[str],
) -> Timex | None:
    """ "CODECO militiamen armed with machetes killed 60 people at a camp ... late on
    Tuesday, officials said": the one recent day a sentence names dates its attack when the
    parser hangs it on a noun of the sentence (a misparse: a verb's day dates that verb's
    clause, a saying or a running total, "the toll rose to 43 on Tuesday")."""
    days: list[Timex] = []
    for tok in sent:
        t = timex_over[tok.i]
        if t is None or t in days:
            continue
        governor = _governor(tok)
        if governor.pos_ in ("VERB", "AUX") or lemma(governor) in totals:
            return None  # another clause's day, or a toll's: read elsewhere
        days.append(t)
    if len(days) != 1 or precision_of(days[0].value) != "day" or days[0].start_date is None:
        return None
    return days[0] if 0 <= (publication - days[0].start_date).days <= RECENT_DAYS else None


def _governor(tok: Token) -> Token:
    """The word a time expression's phrase hangs on ("rose" in "rose to 43 on Tuesday")."""
    while tok.dep_ in ("pobj", "prep", "compound", "amod", "npadvmod", "advmod", "nummod"):
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _said_on(tok: Token) -> bool:
    """A time expression on a reporting verb (a verb taking a clause: "said on Sunday")."""
    while tok.dep_ in ("pobj", "prep", "compound", "amod", "npadvmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in tok.children)


def stated_object(trigger: Token, verbs: frozenset[str]) -> Token | None:
    """The object noun phrase holding an event noun that a claim, condemnation or report is
    about ("X claimed the attack on Wednesday", "claimed responsibility for the bombing on
    Monday"): a day the parser hangs inside that phrase is the statement's, not the event's."""
    node = trigger
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head.head  # "responsibility for the attack"
    if node.pos_ not in ("NOUN", "PROPN"):
        return None
    if node.dep_ not in ("dobj", "obj") or node.head.pos_ not in ("VERB", "AUX"):
        return None
    said = (node.head.lemma_.lower(), node.head.lower_)
    return node if any(form in verbs for form in said) else None


def _described(clause: Token) -> bool:
    """ "struck a crowd of people waiting to collect salaries on Tuesday": a participle the
    parser hung on the verb as a clause of its own describes the target, in the same act."""
    return clause.dep_ == "ccomp" and clause.tag_ == "VBG"


def from_timex(t: Timex, publication: dt.date) -> EventDate:
    """The event date a time expression states (the publication's, for a bare clock time)."""
    if assumed_day(t, publication):
        return from_publication(publication)
    return EventDate(
        t.value, t.start_date, t.end_date, precision_of(t.value) or "day", "text", t.span
    )


def from_publication(day: dt.date) -> EventDate:
    """The report's day, known only to within the days before it (ACLED precision 2)."""
    return EventDate(day.isoformat(), day, day, "week", "publication")


def from_anchor(t: Timex) -> EventDate | None:
    """The day a trigger inside a time expression is anchored to ("the day after the
    strike"), when it is a day."""
    value = t.anchor_value or ""
    precision = precision_of(value)
    if precision != "day":
        return None
    day = dt.date.fromisoformat(value[:10])
    return EventDate(value[:10], day, day, "day", "text", t.span)


def from_named_event(named: NamedEvent) -> EventDate:
    """The day of a known event the text names ("the Russian invasion of Ukraine")."""
    return EventDate(
        named.date.isoformat(),
        named.date,
        named.date,
        "day",
        "text",
        Span(named.start, named.end),
    )


# Links across which a sentence's opening time no longer holds: a reported or loose clause
# ("In May, officials said the group had attacked ...") or a relative clause ("the deal, which
# had been agreed under Obama") tells a time of its own.
_FRONT_STOPS = frozenset({"ccomp", "parataxis", "relcl"})


def fronted_period(
    trigger: Token,
    timex_at: Mapping[int, Sequence[Timex]],
    publication: dt.date,
    prior: frozenset[str] = frozenset(),
) -> Timex | None:
    """ "In July, he helped arrange a meeting", "In 2018, X licensed ..., then agreed with Y":
    a month, season or year that opens the sentence sets the time of all it tells, a noun
    under another verb or a loose conjunct included (not a reported clause; not a day or
    week, which the verb's act and the noun's need not share; nor one after a ``prior``
    word: "After an attack in 2015, a bill was proposed" dates the attack)."""
    sent = trigger.sent
    node = trigger
    chain = [node]
    while node.head.i != node.i:
        if node.dep_ in _FRONT_STOPS:
            return None
        node = node.head
        chain.append(node)
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "To modernise its army, in 2018, X bought": a subjectless lead-in
        chain += [w for w in sent[: subject.left_edge.i - sent.start] if _lead_in_verb(w)]
    for tok in chain:
        for t in timex_at.get(tok.i, ()):
            if not _opening(t, sent, subject) or any(
                lemma(w) in prior for w in sent if w.idx < t.span.start
            ):
                continue
            rank = PRECISION_RANK.get(precision_of(t.value) or "", 9)
            if t.start_date is not None and 2 <= rank < 9 and not assumed_day(t, publication):
                return t
    return None


def _opening(t: Timex, sent: SpacySpan, subject: Token | None) -> bool:
    """The time expression opens the sentence ("In July, ...") or comes before the main
    clause's subject ("To modernise its army, in 2018, Hungary bought ...")."""
    if subject is not None and t.span.end <= subject.left_edge.idx:
        return True
    lead = [w for w in sent if w.idx < t.span.start]
    return not lead or (len(lead) == 1 and lead[0].pos_ == "ADP")


def _lead_in_verb(tok: Token) -> bool:
    """A verb with no subject of its own ("To modernise its army, in 2018, ..."); not a
    clause with one ("Although rebels struck in 2019, ...") nor a noun, whose time is its own
    event's ("After an attack in 2015, a bill was proposed in 2016")."""
    if tok.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# Links inside an event noun's own phrase ("the siege of the port in 2022"); a clause on it
# ("an inquiry launched in June") or, deeper, one of the ``aspect`` verbs ("the occupation of
# the island that began in February"): another clause deeper is another act ("the crash of
# the plane, which was built in 1977").
_NOUN_PHRASE_LINKS = frozenset(
    {"prep", "pobj", "compound", "amod", "npadvmod", "advmod", "appos", "pcomp"}
)
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def phrase_period(
    trigger: Token,
    timex_at: Mapping[int, Sequence[Timex]],
    publication: dt.date,
    aspect: frozenset[str] = frozenset(),
) -> Timex | None:
    """A past month, season or year inside an event noun's own phrase: "soldiers captured
    during the siege of Mariupol in 2022", "an inquiry launched in June into X" (a day is
    ``phrase_day``'s, kept to the last week)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    found: list[Timex] = []
    stack = [c for c in trigger.children if c.dep_ in _NOUN_PHRASE_LINKS | _NOUN_CLAUSES]
    while stack:
        tok = stack.pop()
        found += timex_at.get(tok.i, ())
        for c in tok.children:
            clause = c.dep_ in _NOUN_CLAUSES and is_listed(c, aspect)
            if c.dep_ in _NOUN_PHRASE_LINKS or clause or tok.dep_ in _NOUN_CLAUSES:
                stack.append(c)
    usable = [
        t
        for t in found
        if t.start_date is not None
        and t.start_date <= publication
        and 2 <= PRECISION_RANK.get(precision_of(t.value) or "", 9) < 9
    ]
    return best_timex(usable, "", publication)


def untold_time(
    trigger: Token,
    timex_at: Mapping[int, Sequence[Timex]],
    text: str,
    publication: dt.date,
    lex: EventLexicon,
    stated: Token | None,
) -> Timex | None:
    """The time of a trigger whose clause names none: a recent day inside its phrase or
    before its toll verb, a past period inside a noun's phrase, else a period opening the
    sentence (not inside the object of a claim: ``stated``, whose time is the claim's)."""
    prior = lex.sequel_preps
    inner = None if stated is not None else phrase_day(trigger, timex_at, text, publication, prior)
    inner = inner or toll_day(trigger, lex.size.total_markers, timex_at, text, publication)
    if stated is None:
        inner = inner or phrase_period(trigger, timex_at, publication, lex.aspect_verbs)
    return inner or fronted_period(trigger, timex_at, publication, prior)
