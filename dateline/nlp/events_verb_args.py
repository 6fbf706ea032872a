"""A verb's syntactic arguments as the events frames read them: own and relative subjects,
objects, prepositional phrases and instruments, with the small parser's usual misreadings
("he was alarmed" with "he" on the auxiliary, "to" read as a dative) mended."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.events_filters import has_dobj
from dateline.nlp.events_misparse import fronted_subject
from dateline.nlp.events_tokens import (
    INSTRUMENT_PREPS,
    NOUNISH,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    is_passive,
    lemma,
)


def relative_subject(subject: Token, verb: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies."""
    if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        head = verb.head
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ in NOUNISH:
            # "an earthquake with magnitude 6.3 that struck", "a man with a knife who
            # attacked": the clause is about the thing described, not its attribute
            return prep.head
        return head
    return subject


CLAUSE_CHAIN = frozenset({"xcomp", "advcl", "conj"})
"""Clauses whose subject is their head's when they have none ("allow X *to return*")."""


def own_subjects(verb: Token, raising: bool = True) -> list[Token]:
    """The subjects a verb has itself (or by raising), before any are inherited."""
    subjects = [relative_subject(c, verb) for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        # "he was gravely alarmed": the small parser sometimes hangs the subject on the
        # auxiliary instead of the verb
        subjects = [
            s
            for a in verb.children
            if a.dep_ in ("aux", "auxpass") and a.i < verb.i
            for s in a.children
            if s.dep_ in SUBJECT_DEPS and s.i < a.i
        ]
    if not subjects and raising and is_passive(verb):
        # Raising passives: "the prime minister is set to convene", "X was forced to".
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects or fronted_subject(verb)


def verb_children(
    tok: Token, consumed: tuple[Token, ...], passive: bool, victim_subject: bool
) -> tuple[list[Token], list[Token], list[tuple[str, Token]], list[Token]]:
    """Subjects, objects, prepositional phrases and instruments among a verb's children."""
    subjects: list[Token] = []
    preps: list[tuple[str, Token]] = []
    instruments: list[Token] = []
    objects = key_objects(consumed)
    for c in tok.children:
        if c in consumed:
            continue
        dep = c.dep_
        if dep in SUBJECT_DEPS:
            (objects if victim_subject else subjects).append(relative_subject(c, tok))
        elif dep == "nsubjpass":
            (objects if passive else subjects).append(relative_subject(c, tok))
        elif dep == "prep" or prep_like(c):
            add_prep(c, preps, instruments)
        elif dep in ("dobj", "attr", "oprd") or (dep == "dative" and not has_dobj(tok)):
            objects.append(c)
        elif dep == "dative":
            preps.append(("to", c))  # "sent the police a plan": the plan is what is sent
        elif dep == "agent":
            subjects.extend(p for p in c.children if p.dep_ == "pobj")
    return subjects, objects, preps, instruments


def passive_agent(prep: Token) -> bool:
    """The "by" phrase of a passive verb (the parser labels it agent or prep)."""
    if prep.dep_ == "agent":
        return True
    return prep.dep_ == "prep" and prep.lower_ == "by" and is_passive(prep.head)


# Finite active forms: "and called for", "and calls for" (a bare VBN shares the passive).
ACTIVE_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def is_infinitive(verb: Token) -> bool:
    """A to-infinitive ("to send")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def objects_of(verb: Token) -> list[Token]:
    """A verb's direct and indirect objects."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")]


def add_prep(prep: Token, preps: list[tuple[str, Token]], instruments: list[Token]) -> None:
    """Record a prepositional phrase (and an instrument, for "with", "using" ...)."""
    lem = lemma(prep)
    objects = [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
    if not objects:
        # "outside of the city": a two-word preposition's object hangs on its "of".
        objects = [
            p
            for c in prep.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    for p in objects:
        if lem in INSTRUMENT_PREPS:
            instruments.append(p)
        if lem != "using":
            preps.append((lem, p))


def key_noun_preps(
    consumed: tuple[Token, ...], preps: list[tuple[str, Token]], instruments: list[Token]
) -> None:
    """ "issued an ultimatum to Ecuador": the object noun of a two-word key carries the
    phrases the verb alone would."""
    for k in consumed:
        if k.dep_ == "dobj":
            for c in k.children:
                if c.dep_ == "prep" and c not in consumed:
                    add_prep(c, preps, instruments)


def key_objects(consumed: tuple[Token, ...]) -> list[Token]:
    """What the words of a two-word key take: "stand with Ukraine", "call for talks" (the
    particle's object); "called for the UN to send" (the subject of the clause "for" opens,
    whom the call is made of)."""
    objects: list[Token] = []
    for c in consumed:
        if c.dep_ == "mark":
            objects += [s for s in c.head.children if s.dep_ in ("nsubj", "nsubjpass")]
        else:
            objects += [p for p in c.children if p.dep_ == "pobj" and p not in consumed]
    return objects


def prep_like(tok: Token) -> bool:
    """ "outside of X" read as an adverb; "granted asylum to X" with "to" read as a dative."""
    return (tok.dep_ == "advmod" and has_of(tok)) or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def has_of(tok: Token) -> bool:
    """The token has an "of" phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def governing_verb(noun: Token) -> set[str]:
    """The lemma of the verb a noun's phrase hangs on ("were killed *in a police raid*") or
    that the noun is the subject of ("a police raid killed 40"): it says what the noun's
    event did, which decides between a search and an attack."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return {lemma(noun.head.head)}
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return {lemma(noun.head)}
    return set()
