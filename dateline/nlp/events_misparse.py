"""Sides of an event that the parse does not tie to its trigger, found where they are.

Four functions read misparses of the small English model: a passive's agent hung inside
an aside, a subject joined to a fronted phrase and a subject read as the compound of a verb
taken for a noun ("a gunman shot and killed": sides the parse drops), and a reporting
clause set after the sentence read as a noun with a participle (a reporter the parse makes
a side: "..., a rights group charged on Saturday"). One finds who makes an accusation that
only gives the grounds of another act. The frames of ``events_frames`` call them; the size
reader calls one more, which tells an infinitive whose outcome may not have happened even
where the parser hangs it on the wrong verb ("foiled a plot to assassinate X").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from dateline.nlp.events_tokens import NOUNISH, VERBISH, is_passive, lemma

# Dependents before a verb that sit between its subject and it ("have", "not").
_PREVERBAL = frozenset({"aux", "auxpass", "neg"})


def fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser joined to a fronted phrase: in "With the signing of X, the
    government and the rebels have agreed", it made "government" a conjunct of "X"."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return []
    first = min([c.i for c in verb.children if c.dep_ in _PREVERBAL] + [verb.i])
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "prep" or c.right_edge.i != first - 1:
            continue  # the fronted phrase must run right up to the verb
        for t in c.subtree:
            if t.dep_ == "conj" and t.pos_ in NOUNISH and doc[t.left_edge.i - 1].text == ",":
                return [t]
    return []


def stray_agent(tok: Token) -> list[Token]:
    """The agent of a passive verb that the parser hung inside a comma-set aside after it:
    "X was accused of misusing funds, much of it believed embezzled, *by officials*", "the
    village was shelled, residents said, *by government forces*"."""
    doc = tok.doc
    for by in doc[tok.i + 1 : tok.sent.end]:
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or doc[by.i - 1].text != ",":
            continue
        head = by.head
        if tok.i < head.i < by.i and any(t.text == "," for t in doc[tok.i + 1 : head.i]):
            return [p for p in by.children if p.dep_ == "pobj" and p.pos_ in NOUNISH]
    return []


def misread_verb_subject(verb: Token) -> list[Token]:
    """The subject of a past verb joined to a root the parser read as a noun with the subject
    as its compound: in "A gunman shot and killed three people", "gunman shot" became one
    noun (or a noun with "gunman" as its subject) and "killed" its conjunct, which leaves the
    killing without its killer."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ROOT":
        return []
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.i > verb.i:
        return []
    return [
        c
        for c in head.children
        if (c.dep_ == "compound" and c.i == head.i - 1) or (c.dep_ == "nsubj" and c.i < head.i)
    ]


def unrealised_outcome(verb: Token, unrealised: frozenset[str]) -> bool:
    """ "tried to kill X", "a plot to assassinate X": an infinitive whose outcome may not have
    happened, also when the parser hangs "to assassinate" on the verb before the plot."""
    if verb.dep_ in ("xcomp", "acl") and lemma(verb.head) in unrealised:
        return True
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.i < 2 or doc[verb.i - 1].lower_ != "to":
        return False
    return doc[verb.i - 2].pos_ == "NOUN" and lemma(doc[verb.i - 2]) in unrealised


def grounds_verb(
    tok: Token, grounds_nouns: Mapping[str, frozenset[str]], parts: frozenset[str] = frozenset()
) -> Token | None:
    """The active verb done on a noun trigger ("detained 30 students *on allegations of*
    sedition", "released prisoners *under a deal*"): its subject makes the accusation or is a
    party to the deal, which stays its own event."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and lemma(prep.head) in parts and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of a deal", "under the first phase of" it
        key = "under" if prep.lower_ in ("as", "under") else prep.lower_
    else:
        key = prep.lower_
    verb = prep.head
    if lemma(tok) not in grounds_nouns.get(key, ()) or verb.pos_ not in VERBISH:
        return None
    return None if is_passive(verb) else verb


def inverted_reporter(noun: Token, report_verbs: frozenset[str]) -> bool:
    """Whether ``noun`` reports the sentence from its end ("..., a human rights group charged
    on Saturday."), which the parser reads as a noun with a participle: no side of the event."""
    doc = noun.doc
    if noun.pos_ not in NOUNISH or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return False
    for c in noun.children:
        if c.dep_ != "acl" or lemma(c) not in report_verbs:
            continue
        if not any(g.dep_ in ("dobj", "ccomp", "agent") for g in c.children):
            return all(t.is_punct for t in doc[c.right_edge.i + 1 : noun.sent.end])
    return False


def sequel_verb(tok: Token, sequel_preps: frozenset[str]) -> Token | None:
    """The clause a meeting with someone comes before ("Ukraine said it was ready to accept
    the plan *after* eight hours of talks *with* American officials"): its subject is the
    one who met them. Only a noun with its own "with" counterpart: "after the talks" alone
    says nothing of who took part."""
    if tok.dep_ != "pobj" or not any(c.dep_ == "prep" and lemma(c) == "with" for c in tok.children):
        return None
    prep = tok.head
    measure = prep.head
    if (
        lemma(prep) == "of"
        and measure.dep_ == "pobj"
        and any(c.dep_ == "nummod" for c in measure.children)
    ):
        prep = measure.head  # "after eight hours of talks"
    if lemma(prep) not in sequel_preps or prep.head.pos_ not in VERBISH:
        return None
    return prep.head


def adjunct_gerund(gerund: Token, gerund_preps: frozenset[str], harm: Mapping[str, str]) -> bool:
    """A gerund in an adjunct phrase ("resorted to throwing stones") that takes its verb's
    subject; not one of harm in an "in" phrase on a passive casualty verb ("12 people were
    killed in shelling"): the victims suffered it, they did not do it (unlike "were arrested
    after attacking police")."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or lemma(prep) not in gerund_preps:
        return False
    verb = prep.head
    suffered = lemma(prep) == "in" and verb.pos_ in VERBISH and is_passive(verb)
    return not (suffered and lemma(verb) in harm)
