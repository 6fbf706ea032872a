"""Where the counted phrase of a casualty verb sits when it is not the verb's own argument.

"four of the attackers were killed" counts a part of a group; "the attackers, four of whom
were killed" tells it in a relative clause; and the small parser may hang a reported
clause's subject on the reporting verb, or leave an infinitive's subject on the verb it
completes. The size reader (``events_size``) reads counts from the phrases found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.events_tokens import lemma


def counted_whole(part: Token, verb: Token) -> Token:
    """ "four of the attackers", "the attackers, four of whom were killed": the group a
    counted part is taken from; any other word stands for itself."""
    if not (part.like_num or part.pos_ == "NUM"):
        return part
    for prep in part.children:
        if prep.dep_ == "prep" and lemma(prep) == "of":
            for whole in prep.children:
                if whole.dep_ != "pobj":
                    continue
                if whole.tag_ == "WP" and verb.dep_ == "relcl":
                    return verb.head  # "whom" is the noun the relative clause hangs on
                return whole
    return part


def relative_part(verb: Token) -> list[Token]:
    """ "the attackers, four of whom were killed" parsed with "four" beside the noun: the
    relative clause's subject is the counted part."""
    if verb.dep_ != "relcl":
        return []
    return [
        c
        for c in verb.head.children
        if c.dep_ == "appos"
        and (c.like_num or c.pos_ == "NUM")
        and any(g.dep_ == "prep" and any(w.tag_ == "WP" for w in g.children) for g in c.children)
    ]


def stranded_subjects(verb: Token) -> list[Token]:
    """ "officials said between 100 and 200 civilians may have been killed": the parser hangs
    the subject of a reported clause on the reporting verb (here as the object of "between");
    a noun between that verb and the clause, in no clause of its own, is its subject."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    report = verb.head
    return [
        p
        for c in report.children
        if c.dep_ == "prep" and report.i < c.i < verb.i
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i < verb.i
    ]


def raised_subjects(verb: Token) -> list[Token]:
    """ "200 people are reported to have been killed", "40 are feared to have died": an
    infinitive without a subject of its own tells of the subject of the verb it completes."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
