"""Modality of an event: future, hypothetical, negated or historical background.

Cues are read along the trigger's chain of governors within its clause: auxiliaries and
negation on each node, governing verbs and nouns ("plans to", "preparations for",
"denied"), conditional clauses, to-infinitives, adjectives on a noun trigger, and
prepositions that refer back to an event instead of reporting it ("ahead of the meeting").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.model import EventDate
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import AUX_ORDER, Modality
from dateline.nlp.events_tokens import (
    NOUNISH,
    VERBISH,
    Paragraphs,
    lemma,
    names_its_object,
    prep_word,
)

WALK_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "conj",
        "pcomp",
        "pobj",
        "prep",
        "acl",
        "advcl",
        "dobj",
        "relcl",
        "attr",
        "nsubj",
        "nsubjpass",
        "oprd",
        "acomp",
    }
)


@dataclass(frozen=True, slots=True)
class ModalityReading:
    """What the cues say: aux marks, a deontic modal, a reference preposition, and whether
    the only future is a decision's ("decided to allow": enacted for acts of authority)."""

    aux: frozenset[str]
    deontic: bool
    reference: bool
    reference_aux: str | None
    decided: bool = False
    # "may halt its mediation if the talks fail": a modal act stated on a condition is a
    # warning of what will follow, a future act (a threat when it is one of conflict)
    warned: bool = False


class ModalityReader:
    """Reads modality cues for frames."""

    def __init__(
        self,
        modality: Modality,
        light_verbs: frozenset[str],
        characterising: frozenset[str],
        means: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ) -> None:
        self.m = modality
        self.light = light_verbs
        self.characterising = characterising
        self.means_preps, self.means_verbs = means

    def read(self, frame: Frame, para: Paragraphs) -> ModalityReading:
        """The modality of one trigger (cues from its own paragraph only)."""
        marks: set[str] = set()
        deontic = False
        trigger = frame.trigger
        if frame.is_noun:
            marks |= self._noun_marks(trigger)
        node = trigger
        from_verb = True
        in_phrase = False  # the walk came up out of a prepositional phrase
        via = ""  # the dependency the walk came up by
        decided = planned = False
        for step in range(10):
            own = step == 0 or node.i == frame.predicate.i or not _complement(via, node)
            found, is_deontic = self._local(node, first=own, from_verb=from_verb)
            marks |= found
            if "future" in found:
                if self._decision(node, own):
                    decided = True
                else:
                    planned = True
            if step > 0 and node.i == frame.predicate.i and lemma(node) in self.m.planning_verbs:
                marks.add("future")  # "the cell planned an attack": the light verb plans it
            deontic = deontic or is_deontic
            in_phrase = in_phrase or node.dep_ in ("pobj", "pcomp")
            up = self._next(node, frame, in_phrase)
            if up is None or para.of(up) != para.of(trigger):
                break
            from_verb = node.pos_ in VERBISH or node.i == frame.predicate.i
            via = node.dep_
            node = up
        if "future" in marks and self._conditional_prep(frame):
            marks.add("hypothetical")
        if not frame.passive and any(self._nobody(s) for s in frame.subjects):
            marks.add("negation")
        if _asked(frame):
            marks.add("hypothetical")
        marks |= self._endorsed(frame.trigger)
        ref, ref_aux = self._reference(frame)
        warned = self._consequent(frame.predicate) and "negation" not in marks
        return ModalityReading(
            frozenset(marks), deontic, ref, ref_aux, decided and not planned, warned
        )

    def _endorsed(self, trigger: Token) -> set[str]:
        """ "NATO backs the use of Western weapons to strike targets in Russia": what a noun
        that a verb of endorsement takes as object is used or meant for is not reported as
        done (``object_governors``; the noun's own event, "backed the invasion", still is)."""
        noun = trigger.head
        if trigger.dep_ != "acl" or noun.pos_ not in NOUNISH or noun.head.i == noun.i:
            return set()
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            return set()
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in VERBISH:
            return set()
        kind = self.m.object_governors.get(lemma(verb))
        return {kind} if kind else set()

    def _consequent(self, verb: Token) -> bool:
        """A verb with a modal ("may", "could", "would") whose clause has an "if" or "unless"
        clause, not in the perfect ("would have attacked if" is counterfactual)."""
        if verb.pos_ not in VERBISH or _perfect(verb):
            return False
        m = self.m
        modal = any(
            c.dep_ == "aux" and m.aux.get(lemma(c)) == "hypothetical" for c in verb.children
        )
        return modal and any(
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and lemma(g) in m.conditional_marks for g in c.children)
            for c in verb.children
        )

    def _decision(self, node: Token, own: bool) -> bool:
        """Whether the future found at ``node`` is a decision taken: a decision verb governing
        the trigger ("decided to allow"; not "will decide to"), or the reported "would" of
        one ("announced it would impose")."""
        if not own:
            return lemma(node) in self.m.decision_verbs and not any(
                c.dep_ == "aux" and self.m.aux.get(lemma(c)) == "future" for c in node.children
            )
        reporter = _reporter(node)
        return (
            reporter is not None
            and lemma(reporter) in self.m.decision_verbs
            and any(c.dep_ == "aux" and c.lower_ in self.m.reported_future for c in node.children)
        )

    def _nobody(self, subject: Token) -> bool:
        """ "nobody attacked", "no one tried to storm", "no militants fired"."""
        if lemma(subject) in self.m.negative_subjects:
            return True
        return any(c.dep_ == "det" and lemma(c) in self.m.negation for c in subject.children)

    def _conditional_prep(self, frame: Frame) -> bool:
        nodes = [frame.trigger, frame.predicate]
        return any(
            c.dep_ == "prep" and lemma(c) in self.m.conditional_preps
            for n in nodes
            for c in n.children
        )

    def _noun_marks(self, noun: Token) -> set[str]:
        marks = set()
        for c in noun.children:
            lem = lemma(c)
            # "a planned attack": the participle's lemma is "plan", the listed word "planned"
            word = lem if lem in self.m.modifiers else c.lower_
            if c.dep_ in ("amod", "compound") and word in self.m.modifiers:
                marks.add(self.m.modifiers[word])
            elif c.dep_ in ("det", "neg") and lem in self.m.negation:
                marks.add("negation")
        return marks

    def _aux_kind(self, aux: Token, verb: Token) -> str | None:
        """What an auxiliary makes of its verb: future, hypothetical, deontic or nothing."""
        m = self.m
        kind = m.aux.get(lemma(aux)) or m.aux.get(aux.lower_)
        if kind == "hypothetical" and aux.lower_ in m.reported_future and _reported(verb):
            return "future"  # "said it would": the reported form of "will"
        if kind == "hypothetical" and aux.lower_ in m.epistemic_past and _perfect(verb):
            return None  # "may have been killed": a hedged report of the past
        return kind

    def _local(self, node: Token, first: bool, from_verb: bool) -> tuple[set[str], bool]:
        m = self.m
        marks: set[str] = set()
        deontic = False
        for c in node.children:
            dep, lem = c.dep_, lemma(c)
            if dep in ("aux", "auxpass"):
                kind = self._aux_kind(c, node)
                if kind == "deontic":
                    deontic = True
                    marks.add("hypothetical")
                elif kind is not None:
                    marks.add(kind)
            elif dep == "neg" or (dep == "advmod" and lem in ("never",)):
                marks.add("negation")
            elif dep == "mark" and lem in m.conditional_marks:
                marks.add("hypothetical")
            elif (
                dep == "advcl"
                and any(g.dep_ == "mark" and lemma(g) in m.conditional_marks for g in c.children)
                and node.pos_ in VERBISH
            ):
                marks.add("hypothetical")  # the consequent of a conditional
        if first and (self._running_total(node) or self._joined_total(node)):
            marks.add("historical")
        if not first:
            marks |= self._governor(node)
        if from_verb and node.pos_ in VERBISH and self._infinitive(node):
            marks.add("hypothetical")
        return marks, deontic

    def _joined_total(self, verb: Token) -> bool:
        """ "... have been killed since the invasion and that 370,000 have been injured": a
        perfect joined to a running total (or to its "since" clause) tallies that period."""
        if verb.dep_ != "conj" or not _perfect(verb):
            return False
        head = verb.head
        return self._running_total(head) or (
            head.dep_ == "advcl" and self._running_total(head.head)
        )

    def _running_total(self, verb: Token) -> bool:
        """ "200 people have been killed since fighting broke out": a verb in the perfect
        whose period opens with a clause or an event noun tallies that period."""
        if verb.pos_ not in VERBISH or not any(
            c.dep_ == "aux" and lemma(c) == "have" for c in verb.children
        ):
            return False
        for c in verb.children:
            if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and lemma(g) in self.m.running_totals for g in c.children
            ):
                return True
            if c.dep_ == "prep" and lemma(c) in self.m.running_totals:
                # "since the start of the war" is a period; "since Saturday" or "since the
                # August 13 accord" a dated start, which may be the event's own
                return any(
                    o.dep_ == "pobj" and not any(w.ent_type_ for w in o.subtree) for o in c.children
                )
        return False

    def _governor(self, node: Token) -> set[str]:
        if names_its_object(node, self.characterising):
            return set()  # "called the attack a deliberate strike" names what happened
        lem = lemma(node)
        if node.pos_ == "ADJ" and node.dep_ == "prep":
            return set()  # "blackouts due to Russian attacks": a cause, not a schedule
        if node.pos_ == "ADP":
            # "left without signing a deal", "took the town without a fight"
            return {"negation"} if lem in self.m.negation else set()
        table = self.m.governing_nouns if node.pos_ in NOUNISH else self.m.governors
        kind = table.get(lem)
        if kind is None and node.pos_ == "ADJ":
            kind = self.m.stance_adjectives.get(lem)
        return {kind} if kind else set()

    def _infinitive(self, verb: Token) -> bool:
        """A to-infinitive not governed by an implicative or a planning verb."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return False
        head = lemma(verb.head)
        if self._voiced(verb):
            return False  # "gathered to protest the law": the gathering voices it
        if head in self.m.implicatives:
            return False  # "managed to", "an attempt to assassinate" (attempts are coded)
        if verb.head.pos_ in NOUNISH:
            # "in order to target": a purpose, whatever verb the noun's lemma looks like
            return self.m.governing_nouns.get(head) != "future"
        if head in self.m.purpose_heads:
            return True
        return self.m.governors.get(head) != "future" and head not in self.light

    def _voiced(self, verb: Token) -> bool:
        """A purpose of voicing on a gathering or gesture ("marched to demand", "rallied in
        order to oppose"), which the gathering itself voices."""
        if lemma(verb) not in self.m.voicing_acts:
            return False
        head = verb.head
        if verb.dep_ == "acl" and lemma(head) in self.m.purpose_links and head.dep_ == "pobj":
            head = head.head.head  # "in order to": the verb the prepositional phrase is on
        elif verb.dep_ != "advcl":
            return False
        return head.pos_ in VERBISH and lemma(head) in self.m.voicing_heads

    def _next(self, node: Token, frame: Frame, in_phrase: bool) -> Token | None:
        head, dep = node.head, node.dep_
        if head.i == node.i or dep not in WALK_DEPS:
            return None
        nominal = node.pos_ in NOUNISH or (node.i == frame.trigger.i and frame.nominal)
        nominal = nominal or in_phrase or (frame.nominal and node.dep_ in ("prep", "pcomp"))
        if nominal and head.pos_ in VERBISH and head.i != frame.predicate.i:
            # A noun's governing verb only matters when it plans, denies or proposes it, or
            # when the noun's event is done in the verb's: "will kill more civilians in air
            # strikes" plans the strikes too.
            done_in = dep == "prep" and lemma(node) in self.means_preps
            done_in = done_in and lemma(head) in self.means_verbs
            return head if lemma(head) in self.m.governors or done_in else None
        if dep == "ccomp" and lemma(head) not in self.m.governors:
            return None  # "said that ..." reports; it does not change the modality
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None
        if dep == "advcl" and _factive(node, self.m.factive_marks):
            return None  # "advised to store water as strikes continue": a stated circumstance
        return head

    def _reference(self, frame: Frame) -> tuple[bool, str | None]:
        if not frame.is_noun or frame.predicate.i != frame.trigger.i:
            return False, None
        tok = frame.trigger
        if tok.dep_ == "poss":
            return True, None  # "the meeting's co-chairman" names an event, not reports it
        # "This was a strike on a city centre", "It is the largest loss of life in a single
        # attack": what it was, again
        attr = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
        if attr.dep_ == "attr" and any(
            c.dep_ == "nsubj" and c.lower_ in self.m.reference_subjects for c in attr.head.children
        ):
            return True, None
        if tok.dep_ != "pobj":
            return False, None
        word = prep_word(tok, self.m.reference_preps)
        if word in self.m.reference_preps:
            return True, self.m.reference_preps[word]
        return False, None


def _factive(clause: Token, marks: frozenset[str]) -> bool:
    """A clause opened by a factive subordinator ("as", "because"), not by a comparison that
    makes a condition ("as soon as", "as long as": an adverb that takes its own "as")."""
    if not any(c.dep_ == "mark" and lemma(c) in marks for c in clause.children):
        return False
    return not any(
        c.dep_ == "advmod" and any(g.lower_ == "as" for g in c.children) for c in clause.children
    )


def _reported(verb: Token) -> bool:
    """True when the clause is the complement of another clause ("said [it would ...]")."""
    return _reporter(verb) is not None


def _reporter(verb: Token) -> Token | None:
    """The verb whose complement the clause is ("said" in "said [it would ...]"), if any."""
    node = verb
    for _ in range(3):
        if node.dep_ == "ccomp":
            return node.head
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def historical(date: EventDate, publication: dt.date, days: int) -> bool:
    """True when a text date ends long enough before publication to be background."""
    if date.source != "text" or date.end_date is None:
        return False
    return (publication - date.end_date).days >= days


def future_by_date(date: EventDate, publication: dt.date) -> bool:
    """True when a text date starts after publication."""
    return date.source == "text" and date.start_date is not None and date.start_date > publication


def ordered(marks: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Aux marks in the contract's order."""
    return tuple(a for a in AUX_ORDER if a in marks)


def _asked(frame: Frame) -> bool:
    """ "Will Russia attack?", "What actions do you support?": a question reports nothing (a
    question about who or why, "Who attacked the convoy?", still takes the act as done)."""
    doc, trigger = frame.trigger.doc, frame.trigger
    end = trigger.i + 1  # scanning for the sentence's ends is cheaper than ``Token.sent``
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    last = end - 1
    while last > trigger.i and (doc[last].is_space or doc[last].is_quote):
        last -= 1
    if doc[last].text != "?":
        return False
    start = trigger.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    first = next((t for t in doc[start:end] if not t.is_punct), trigger)
    yes_no = first.tag_ == "MD" or (first.dep_ == "aux" and first.head.i == trigger.i)
    return yes_no or any(s.lower_ == "you" for s in frame.subjects)


def _complement(via: str, node: Token) -> bool:
    """Whether the walk reached ``node`` as a governor of what it plans or denies: not from
    a participle or a joined clause ("set off two car bombs, *killing* 100"), and not as
    a phrasal verb ("a bomb *went off*", "*set off* explosives"), nor as a verb with an
    object of its own."""
    if via in ("advcl", "conj"):
        return False
    if via in ("nsubj", "nsubjpass") and any(c.dep_ == "dobj" for c in node.children):
        return False  # "a drone strike set a depot on fire" (but "talks are set for Monday")
    return not any(c.dep_ == "prt" for c in node.children)


def _perfect(verb: Token) -> bool:
    """A verb in the perfect ("have been killed", "have fired")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
