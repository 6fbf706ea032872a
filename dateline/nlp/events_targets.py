"""Where a sentence names an event's recipient outside the trigger's own phrases.

A threat is made to whoever its condition binds ("threatened to strike unless Israel
withdrew": Israel); a protest is aimed at whoever its purpose clause names ("went on
strike to demand the resignation of the governor", "blocked roads to protest against the
army's decision"). Both are read from the parse only; which event types read them, with
which markers and prepositions, is data (``roles`` in ``rules/en/events.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import RoleSpec
from dateline.nlp.events_tokens import OF, VERBISH, lemma, prep_objects

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subordinators that make a clause a reason or a time, not a purpose ("after", "because").
CLAUSE_MARKS = frozenset({"mark"})
# A purpose clause on a verb, or on a noun ("a strike to demand ...", which the parser may
# read as an infinitival relative clause).
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def target_heads(frame: Frame, role: RoleSpec) -> list[Token]:
    """Heads of the phrases that name the recipient outside the trigger's phrases: the
    subjects of a threat's condition, the acted-on phrases of a protest's purpose."""
    heads: list[Token] = []
    if role.condition_marks:
        heads += condition_subjects(frame.trigger, role.condition_marks)
    if role.purpose_preps and not heads:
        heads += purpose_heads(frame, role)
    return heads


def condition_subjects(trigger: Token, marks: frozenset[str]) -> list[Token]:
    """ "threatened to cut supplies unless Kyiv paid": the subject of a condition clause on
    the threat or on the threatened action."""
    anchors = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    return [
        s
        for a in anchors
        for clause in a.children
        if clause.dep_ == "advcl" and any(lemma(m) in marks for m in _marks(clause))
        for s in clause.children
        if s.dep_ in SUBJECTS
    ]


def purpose_heads(frame: Frame, role: RoleSpec) -> list[Token]:
    """ "staged a sit-in to demand the ouster of the mayor", "marched calling for talks
    with Seoul": the phrases a protest's purpose clause acts on, one level of prepositions
    deep, and the ``of`` phrase of a noun that removes someone ("the resignation of"); the
    phrase a stance noun takes ("in defiance of the army")."""
    preps = role.purpose_preps
    heads: list[Token] = []
    # "blocked streets in defiance of the army", "marched in protest against the decree"
    stance = [p for lem, p in frame.preps if lem == "in" and lemma(p) in role.purpose_nouns]
    heads += prep_objects(stance, preps | OF)
    for verb in _purposes(frame):
        first = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        first += prep_objects([verb], preps)
        second = prep_objects(first, preps)
        second += [p for o in first if lemma(o) in role.object_of for p in prep_objects([o], OF)]
        heads += first + second
    return heads


def _purposes(frame: Frame) -> Iterator[Token]:
    """Purpose clauses ("to demand ...", "calling for ...") on the trigger, or on the verb
    whose object the trigger is ("began a hunger strike to protest ...")."""
    anchors = {frame.trigger, frame.predicate}
    if frame.trigger.dep_ == "dobj":
        anchors.add(frame.trigger.head)
    for a in anchors:
        for c in a.children:
            if c.dep_ not in PURPOSE_DEPS or c.pos_ not in VERBISH or c.i < frame.trigger.i:
                continue
            if _marks(c):
                continue  # "after talks failed", "because the army ...": not a purpose
            gerund = c.tag_ == "VBG" and c.dep_ != "relcl"
            if gerund or any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                yield c


def _marks(clause: Token) -> list[Token]:
    return [m for m in clause.children if m.dep_ in CLAUSE_MARKS]
