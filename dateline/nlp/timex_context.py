"""What the shared spaCy parse says around a time expression: tense and name guards.

The direction of a relative expression ("on Sunday": the one before or after the
publication date) follows the verb that governs it: its auxiliaries ("will", "would"),
its tag (past, present perfect, progressive) and, failing that, cues in the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.nlp.timex_clauses import inside_prior_phrase, plans_the_date

PAST, UNKNOWN, FUTURE = -1, 0, 1
PRESENT = 2  # simple present: scheduled ("meets Monday") for days, unknown otherwise
_EITHER = 3  # the verb leaves it open ("agreed to buy it in May"); no sentence fallback
_CLIMB = 8  # how far up the tree to look for a governing verb
_NOUN_MODIFIER = frozenset({"compound", "poss", "nmod", "amod"})


@dataclass(frozen=True, slots=True)
class TenseCues:
    """Words and tags (from the rules file) that decide direction."""

    future_aux: frozenset[str]
    future_cues: tuple[tuple[str, ...], ...]
    past_tags: frozenset[str]
    present_tags: frozenset[str]
    reporting_lemmas: frozenset[str]
    future_lemmas: frozenset[str]
    weak_modals: frozenset[str]
    future_preps: tuple[tuple[str, ...], ...]
    deferral_lemmas: frozenset[str] = frozenset()
    deferral_preps: frozenset[str] = frozenset()
    invariant_past: frozenset[str] = frozenset()
    closed_period_words: frozenset[str] = frozenset()
    closed_period_preps: frozenset[str] = frozenset()
    deadline_preps: frozenset[str] = frozenset()
    background_preps: frozenset[str] = frozenset()
    past_preps: frozenset[str] = frozenset()
    habitual_words: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, data: Mapping[str, Any]) -> TenseCues:
        """Build from the ``tense`` section of the rules."""
        return cls(
            future_aux=frozenset(w.lower() for w in data["future_aux"]),
            future_cues=tuple(tuple(c.lower().split()) for c in data["future_cues"]),
            past_tags=frozenset(data["past_tags"]),
            present_tags=frozenset(data["present_tags"]),
            reporting_lemmas=frozenset(data["reporting_lemmas"]),
            future_lemmas=frozenset(data["future_lemmas"]),
            weak_modals=frozenset(w.lower() for w in data.get("weak_modals", ())),
            future_preps=tuple(tuple(p.lower().split()) for p in data.get("future_preps", ())),
            deferral_lemmas=frozenset(data.get("deferral_lemmas", ())),
            deferral_preps=frozenset(p.lower() for p in data.get("deferral_preps", ())),
            invariant_past=frozenset(w.lower() for w in data.get("invariant_past", ())),
            closed_period_words=frozenset(w.lower() for w in data.get("closed_period_words", ())),
            closed_period_preps=frozenset(w.lower() for w in data.get("closed_period_preps", ())),
            deadline_preps=frozenset(w.lower() for w in data.get("deadline_preps", ())),
            background_preps=frozenset(w.lower() for w in data.get("background_preps", ())),
            past_preps=frozenset(w.lower() for w in data.get("past_preps", ())),
            habitual_words=frozenset(w.lower() for w in data.get("habitual_words", ())),
        )


@dataclass(frozen=True, slots=True)
class NameGuards:
    """Parse checks for single words that are often part of names or counts."""

    name_head_tags: frozenset[str]
    count_head_tags: frozenset[str]
    modifier_deps: frozenset[str]
    name_labels: frozenset[str]
    year_name_determiners: frozenset[str] = frozenset()
    era_name_labels: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, data: Mapping[str, Any]) -> NameGuards:
        """Build from the ``guards`` section of the rules."""
        return cls(
            frozenset(data["name_head_tags"]),
            frozenset(data["count_head_tags"]),
            frozenset(data["modifier_deps"]),
            frozenset(data["name_labels"]),
            frozenset(w.lower() for w in data.get("year_name_determiners", ())),
            frozenset(data.get("era_name_labels", ())),
        )


class ParseView:
    """Read-only questions about one document's spaCy parse."""

    def __init__(self, sdoc: SpacyDoc | None, cues: TenseCues, guards: NameGuards) -> None:
        self.sdoc = sdoc
        self.cues = cues
        self.guards = guards
        self._surnames: frozenset[str] | None = None

    def is_surname(self, word: str) -> bool:
        """True when a person named in the document ends with ``word`` ("Theresa May")."""
        if self._surnames is None:
            ents = self.sdoc.ents if self.sdoc is not None else ()
            self._surnames = frozenset(
                e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1
            )
        return word in self._surnames

    def span(self, start: int, end: int) -> SpacySpan | None:
        """The tokens covering ``[start, end)`` (expanded to token edges)."""
        if self.sdoc is None:
            return None
        return self.sdoc.char_span(start, end, alignment_mode="expand")

    def tag_at(self, start: int, end: int) -> str | None:
        """The fine-grained tag of the first token of a span."""
        span = self.span(start, end)
        return span[0].tag_ if span is not None and len(span) else None

    def sentence(self, start: int, end: int) -> tuple[int, int] | None:
        """Character bounds of the sentence containing a span."""
        span = self.span(start, end)
        if span is None or not len(span):
            return None
        sent = span[0].sent
        return sent.start_char, sent.end_char

    def habitual(self, start: int, end: int) -> bool:
        """True when the span's sentence tells what usually happens ("is usually busiest")."""
        span = self.span(start, end)
        if span is None or not len(span):
            return False
        return any(t.lower_ in self.cues.habitual_words for t in span[0].sent)

    def of_phrase_end(self, start: int, end: int) -> int:
        """The end of an "of ..." phrase attached to the span ("anniversary of X"), else end."""
        span = self.span(start, end)
        if span is None or not len(span):
            return end
        for child in span.root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.idx >= end:
                last = max(t.i for t in child.subtree)
                tok = span.doc[last]
                return tok.idx + len(tok.text)
        return end

    def possessed_lemma(self, start: int, end: int) -> str | None:
        """The lemma of the noun a span owns ("today's youth" -> "youth"), else None."""
        span = self.span(start, end)
        if span is None or not len(span) or span.root.dep_ != "poss":
            return None
        head = span.root.head
        return head.lemma_.lower() if head.pos_ in ("NOUN", "PROPN") else None

    def possessed_name(self, start: int, end: int) -> str | None:
        """The name a span owns when it is a place or body ("today's Russia"), else None."""
        span = self.span(start, end)
        if span is None or not len(span) or span.root.dep_ != "poss":
            return None
        head = span.root.head
        if head.pos_ != "PROPN" or head.ent_type_ not in self.guards.era_name_labels:
            return None
        return head.text.lower()

    # -- direction ---------------------------------------------------------------

    def direction(self, start: int, end: int) -> int:
        """PAST, FUTURE or UNKNOWN for the clause governing ``[start, end)``."""
        span = self.span(start, end)
        if span is None or not len(span):
            return UNKNOWN
        if self._after_past_prep(span):
            return PAST  # "unchanged since March"
        root = span.root
        if root.dep_ in _NOUN_MODIFIER and root.head.pos_ in ("NOUN", "PROPN"):
            # "a June agreement", "Wednesday's ruling": the clause's tense is about
            # something else; the nearest date wins.
            return UNKNOWN
        verb = _reporting_verb(_governor(span), span)
        if verb is not None and self._deferred_to(verb, span):
            return FUTURE  # "postponed until Tuesday", "extended the loans through January"
        found = self._verb_direction(verb, span) if verb is not None else UNKNOWN
        if self._after_future_prep(span) and not (verb is not None and _told_in_past(verb)):
            # "markets stay closed until Friday", "has extended it until Friday"
            return FUTURE
        if found == _EITHER:
            return UNKNOWN
        if found == PRESENT and inside_prior_phrase(span, self.cues.background_preps):
            return PAST  # "visits Beijing following talks on Thursday": the talks are over
        return found or self._sentence_cue(span[0].sent)

    def firm_tense(self, start: int, end: int) -> int:
        """PAST or FUTURE when a verb governs the date directly, through prepositions only,
        in the simple past ("took place on March 18", "lasted from March 18 to April 17")
        or with "will" ("will be held in December"), or after "since"; else UNKNOWN. A
        date reached through a noun or an adjective ("declared a dividend payable Dec. 7")
        or after a deadline word ("gave it until mid-November") is not firm."""
        span = self.span(start, end)
        if span is None or not len(span) or self._after_future_prep(span):
            return UNKNOWN
        if self._after_past_prep(span):
            return PAST
        head = _through_preps(span)
        if head.i in range(span.start, span.end):
            return UNKNOWN
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if head.tag_ == "VBD" and not auxes:
            return PAST
        if any(a.lower_ in self.cues.future_aux and a.tag_ == "MD" for a in auxes):
            return FUTURE
        return UNKNOWN

    def direct_present(self, start: int, end: int) -> bool:
        """True when a verb in the simple present governs the date through prepositions
        only ("the museum reopens in May"), not a reporting verb or a copula."""
        span = self.span(start, end)
        if span is None or not len(span):
            return False
        head = _through_preps(span)
        if head.i in range(span.start, span.end) or head.tag_ not in self.cues.present_tags:
            return False
        if head.lemma_ in self.cues.reporting_lemmas or head.lemma_ == "be":
            return False
        # "audits determine that between March and July units never received it": a verb
        # with a clause of its own reports; the date is the clause's.
        return not any(c.dep_ in ("aux", "auxpass", "ccomp") for c in head.children)

    def closes_period(self, start: int, end: int) -> bool:
        """True for the end date of a period already over ("the quarter ended (on) Sept. 30")."""
        span = self.span(start, end)
        if span is None or not len(span) or span.start == 0:
            return False
        i = span.start - 1
        if span.doc[i].lower_ in self.cues.closed_period_preps and i > 0:
            i -= 1
        return span.doc[i].lower_ in self.cues.closed_period_words

    def after_deadline_prep(self, start: int, end: int) -> bool:
        """True for a date right after a deadline word ("by 1992")."""
        span = self.span(start, end)
        if span is None or not len(span) or span.start == 0:
            return False
        return span.doc[span.start - 1].lower_ in self.cues.deadline_preps

    def in_simple_present(self, start: int, end: int) -> bool:
        """True when the verb right above the span is a simple present ("are loudest in ...")."""
        span = self.span(start, end)
        verb = _governor(span) if span is not None and len(span) else None
        return verb is not None and verb.tag_ in self.cues.present_tags

    def after_background_prep(self, start: int, end: int) -> bool:
        """True for a period governed by "after" ("After a weak first half, sales ...")."""
        span = self.span(start, end)
        if span is None or not len(span):
            return False
        head = span.root.head
        return (
            head.i < span.start
            and head.dep_ == "prep"
            and head.lower_ in self.cues.background_preps
        )

    def _after_past_prep(self, span: SpacySpan) -> bool:
        """ "since March": a date that has passed, whatever the tense."""
        return span.start > 0 and span.doc[span.start - 1].lower_ in self.cues.past_preps

    def _after_future_prep(self, span: SpacySpan) -> bool:
        """ "ahead of Tuesday's vote", "closed until Friday": a deadline or a coming event."""
        doc = span.doc
        for prep in self.cues.future_preps:
            first = span.start - len(prep)
            if first >= 0 and tuple(t.lower_ for t in doc[first : span.start]) == prep:
                return True
        return False

    def _deferred_to(self, verb: Token, span: SpacySpan) -> bool:
        """True for the new date of a deferral: "until"/"through" after "postpone", "extend"."""
        if verb.lemma_ not in self.cues.deferral_lemmas or span.start == 0:
            return False
        before = span.doc[span.start - 1]
        return before.lower_ in self.cues.deferral_preps and before.i > verb.i

    def _verb_direction(self, verb: Token, span: SpacySpan, depth: int = 0) -> int:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        found = self._lexical_direction(verb, span, depth) or self._aux_direction(verb, auxes)
        if found:
            return found
        if verb.tag_ == "VBG" and any(a.tag_ in self.cues.present_tags for a in auxes):
            return FUTURE
        if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes):
            return self._infinitive_direction(verb, span, depth)
        if verb.tag_ == "VBP" and not auxes and verb.lower_ in self.cues.invariant_past:
            # "Militants set off bombs on Saturday": the form is past as well as present;
            # news reports a completed act unless the sentence points ahead.
            return FUTURE if self._sentence_cue(verb.sent) == FUTURE else PAST
        present_passive = _present_passive(verb, auxes) and any(
            a.tag_ in self.cues.present_tags for a in auxes
        )  # "is released Thursday", "is being released Thursday"
        if present_passive or (verb.tag_ in self.cues.present_tags and not auxes):
            # News reports scheduled events in the simple present ("meets Monday", "the
            # report is released Thursday").
            if verb.lemma_ == "be" and _date_is_predicate(verb, span):
                return PRESENT  # "the deadline is Friday", "the vote is on Sunday"
            return (
                UNKNOWN
                if verb.lemma_ in self.cues.reporting_lemmas or verb.lemma_ == "be"
                else PRESENT
            )
        if verb.tag_ in ("VB", "VBG") and verb.head is not verb and depth < 2:
            head = _governor_of(verb.head, span)
            return self._verb_direction(head, span, depth + 1) if head is not None else UNKNOWN
        return UNKNOWN

    def _lexical_direction(self, verb: Token, span: SpacySpan, depth: int) -> int:
        """Direction from the verb's meaning ("plans", "is due"), else UNKNOWN."""
        if _past_perfect(verb):
            return UNKNOWN  # "had been due to expire Friday": the tense decides (past)
        if verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_ in self.cues.future_lemmas for c in verb.children
        ):
            return FUTURE  # "the book is due out in May"
        if verb.lemma_ not in self.cues.future_lemmas or self._plain_past_act(verb, span):
            return UNKNOWN
        if span.end <= verb.i and verb.tag_ in self.cues.past_tags:
            return UNKNOWN  # "On Monday, Russia threatened Poland": the day is the threat's
        # "the rally planned for Saturday was cancelled": the clause decides.
        if verb.dep_ == "acl" and depth < 2:
            head = _governor_of(verb.head, span)
            if head is None:
                return PAST
            # "strips the city of the games scheduled for August": a clause in the
            # present says nothing of when; the plan still lies ahead. "the record high
            # set on Aug. 6" is a past act ("set" is no plan without "for").
            found = self._verb_direction(head, span, depth + 1)
            if found not in (UNKNOWN, PRESENT) or not plans_the_date(
                verb, span, self.cues.invariant_past
            ):
                return found
        return FUTURE

    def _plain_past_act(self, verb: Token, span: SpacySpan) -> bool:
        """ "set off car bombs on Saturday": an act in the past, not a plan for the date.

        "set" is both a planning verb ("is set for Saturday", "set to meet") and an
        ordinary one; told in the simple past with nothing planned after it, the
        tense decides. Planning verbs proper ("planned a march on Saturday") keep
        their object ahead.
        """
        # "opened fire and set off explosives": a bare form joined to a past verb is past
        joined_past = verb.dep_ == "conj" and verb.head.tag_ in self.cues.past_tags
        form = verb.tag_ in ("VBD", "VBP") or (verb.tag_ == "VB" and joined_past)
        if not form or verb.lower_ not in self.cues.invariant_past:
            return False
        if span.start > 0 and span.doc[span.start - 1].lower_ == "for":
            return False  # "set the vote for Saturday"
        return not any(c.dep_ in ("xcomp", "ccomp", "auxpass", "aux") for c in verb.children)

    def _aux_direction(self, verb: Token, auxes: list[Token]) -> int:
        """Direction from modals, "going to" and past auxiliaries, else UNKNOWN."""
        if _perfect_modal(auxes, verb):
            if any(a.lower_ in ("will", "shall", "'ll", "’ll") for a in auxes):
                return FUTURE  # "by year-end it will have doubled": the future perfect
            return PAST  # "may have been", "would have left": a guess about the past
        for aux in auxes:
            if aux.lower_ in self.cues.weak_modals:
                return _EITHER
            if aux.lower_ in self.cues.future_aux or aux.tag_ == "MD" or _is_going_to(aux):
                return FUTURE
        if any(a.tag_ in self.cues.past_tags for a in auxes):
            return PAST
        if verb.tag_ in self.cues.past_tags and not _present_passive(verb, auxes):
            return PAST
        return UNKNOWN

    def _infinitive_direction(self, verb: Token, span: SpacySpan, depth: int) -> int:
        head = _governor_of(verb.head, span) if verb.head is not verb else None
        if head is None or depth >= 2:
            return FUTURE
        # "went there to meet on Tuesday" is past; "plans to meet on Tuesday" is not;
        # "agreed to buy it in February" lies after a past event: either side of today.
        if self._verb_direction(head, span, depth + 1) != PAST:
            return FUTURE
        return _EITHER if verb.dep_ in ("xcomp", "acl", "ccomp") else PAST

    def _sentence_cue(self, sent: SpacySpan) -> int:
        """Fallback when no verb decides: "will" anywhere in the sentence, else past."""
        if any(t.lower_ in self.cues.future_aux and t.tag_ == "MD" for t in sent):
            return FUTURE
        words = [t.lower_ for t in sent]
        for i in range(len(words)):
            for cue in self.cues.future_cues:
                if words[i : i + len(cue)] == list(cue):
                    return FUTURE
        return PAST if any(t.tag_ in self.cues.past_tags for t in sent) else UNKNOWN

    def present_perfect(self, start: int, end: int) -> bool:
        """True when the governing verb is in the present perfect ("has lasted")."""
        span = self.span(start, end)
        verb = _governor(span) if span is not None and len(span) else None
        if verb is None or verb.tag_ not in ("VBN", "VBG"):
            return False
        return any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in self.cues.present_tags
            for c in verb.children
        )

    # -- guards ------------------------------------------------------------------

    def is_name_part(self, start: int, end: int, count_like: bool = False) -> bool:
        """True when a bare time word is part of a name ("Sunday Times") or a count."""
        span = self.span(start, end)
        if span is None or not len(span):
            return False
        if count_like and self._year_of_a_name(span):
            return False  # "the 2026 World Cup": the year of the event the name gives
        if self._inside_longer_name(span):
            return True
        if count_like and self._between_names(span):
            return True  # "the Russell 2000 Index", "Windows 2000 Server"
        root = span.root
        head = root.head
        if head is root or head.i in range(span.start, span.end):
            return False
        if root.dep_ not in self.guards.modifier_deps or head.i < root.i:
            return False
        if head.tag_ in self.guards.name_head_tags and head.text[:1].isupper():
            return True
        if count_like and head.tag_ in self.guards.count_head_tags:
            before = span.doc[span.start - 1] if span.start > 0 else None
            return before is None or before.tag_ not in ("DT", "PRP$", "POS")
        return False

    def _year_of_a_name(self, span: SpacySpan) -> bool:
        """ "the 2008 Olympic Games", "its 2025 Annual Report": "the", a year, then a name.

        A name before the number ("the Russell 2000 Index") makes it part of the name.
        """
        doc = span.doc
        if span.start == 0 or span.end >= len(doc):
            return False
        before, after = doc[span.start - 1], doc[span.end]
        return (
            before.lower_ in self.guards.year_name_determiners
            and after.tag_ in self.guards.name_head_tags
            and after.text[:1].isupper()
        )

    def _between_names(self, span: SpacySpan) -> bool:
        doc = span.doc
        if span.start == 0 or span.end >= len(doc):
            return False
        before, after = doc[span.start - 1], doc[span.end]
        tags = self.guards.name_head_tags
        return (
            before.tag_ in tags
            and after.tag_ in tags
            and before.text[:1].isupper()
            and after.text[:1].isupper()
            and before.ent_type_ != "DATE"
        )

    def _inside_longer_name(self, span: SpacySpan) -> bool:
        for tok in span:
            if tok.ent_type_ not in self.guards.name_labels:
                continue
            for ent in self.sdoc.ents if self.sdoc is not None else ():
                if ent.start <= tok.i < ent.end:
                    return (ent.end - ent.start) > len(span) and ent.label_ != "DATE"
        return False


def _told_in_past(verb: Token) -> bool:
    """Simple past or past perfect ("remained closed", "had stayed"), not "has stayed"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _present_passive(verb: Token, auxes: list[Token]) -> bool:
    """ "is heard in May", "to be published in November": a participle that is not past."""
    return any(a.dep_ == "auxpass" for a in auxes) and not any(a.lemma_ == "have" for a in auxes)


def _past_perfect(verb: Token) -> bool:
    """True for "had planned", "had been due": a plan that lies in the past."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def _perfect_modal(auxes: list[Token], verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        and any(a.tag_ == "MD" for a in auxes)
        and any(a.lemma_ == "have" for a in auxes)
    )


def _is_going_to(aux: Token) -> bool:
    return aux.lower_ == "to" and aux.i > 0 and aux.doc[aux.i - 1].lower_ == "going"


def _date_is_predicate(verb: Token, span: SpacySpan) -> bool:
    """The date is what "is" says of its subject ("the vote is (on) Friday"), not an
    adjunct of another predicate ("is closed on Friday", "is in Paris on Friday")."""
    root = span.root
    if root.dep_ == "attr" and root.head.i == verb.i:
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return False
    return not any(c.dep_ in ("acomp", "attr", "prep") and c.i != prep.i for c in verb.children)


def _reporting_verb(verb: Token | None, span: SpacySpan) -> Token | None:
    """ "said on Sunday it would merge": a date before the reported clause's subject is the
    reporting verb's, however the parser attached it; after "that" it is the clause's."""
    if verb is None or verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return verb
    if verb.head.pos_ not in ("VERB", "AUX") or verb.i < span.start:
        return verb
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < span.start]
    return verb.head if subjects and min(subjects) >= span.end and not marks else verb


def _governor(span: SpacySpan) -> Token | None:
    """The nearest verb above the span's root that lies outside the span."""
    return _governor_of(span.root, span)


def _governor_of(tok: Token, span: SpacySpan) -> Token | None:
    for _ in range(_CLIMB):
        inside = span.start <= tok.i < span.end
        if not inside and tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _through_preps(span: SpacySpan) -> Token:
    """The word governing ``span`` through prepositions only ("reopens *in* May")."""
    head = span.root.head
    for _ in range(4):
        if head.dep_ != "prep" or head.head.i == head.i:
            break
        head = head.head
    return head
