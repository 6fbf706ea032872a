"""Whether a mention goes on with an event already told or reports another one.

The events builder reads these off a trigger's frame: a definite description that points
back ("the fighters then ..."), a marker of a distinct event ("in *another* attack") or of
the one an event is measured by ("the deadliest since January, when ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.model import Participant
from dateline.nlp.events_frames import Frame
from dateline.nlp.events_lexicon import EventLexicon, Sense
from dateline.nlp.events_merge import (
    DEFINITE,
    NOBODY,
    named_side,
    repeats_told_target,
    set_in_told_attack,
)
from dateline.nlp.events_size import SizeReader
from dateline.nlp.events_tokens import OF, lemma, prep_objects, turns_on_attacker

MARK_DEPTH = 12  # how far up the clause a distinct-event marker is looked for


def definite(tok: Token) -> bool:
    """A word with a definite determiner or a possessive ("the attack", "its offensive")."""
    return any((c.dep_ == "det" and lemma(c) in DEFINITE) or c.dep_ == "poss" for c in tok.children)


def anaphoric(frame: Frame, actor: list[Participant], forces: frozenset[str]) -> bool:
    """Whether the actor is only a definite description ("the fighters then torched ..."):
    a common noun with a definite article that names nobody new, so it points back (an
    unidentified side coded only by the place names nobody). A state's force named by its
    kind is that state's own side, as ``_placed_group`` codes it: a new attack noun it
    makes ("an air strike by the army") is no attack told before."""
    if not frame.subjects or any(p.country and p.sector not in NOBODY for p in actor):
        return False
    fresh = frame.is_noun and not definite(frame.trigger)
    if fresh and any(p.sector in forces for p in actor):
        return False
    return all(
        s.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in s.children)
        and not any(c.dep_ in ("amod", "compound", "poss") for c in s.children)
        for s in frame.subjects
    )


def marked(frame: Frame, marks: frozenset[int], own: bool = False) -> bool:
    """A marker modifies the trigger or a word governing it in its own clause ("officers
    arrived minutes *later*" says nothing about the shooting the sentence is about); with
    ``own``, only a marker on the trigger itself counts."""
    if not marks:
        return False
    if own:
        return frame.trigger.i in marks
    for tok in (frame.trigger, frame.predicate):
        node = tok
        for _ in range(MARK_DEPTH):
            if node.i in marks:
                return True
            if node.head.i == node.i or node.dep_ == "ccomp":
                break
            node = node.head
    return False


def continues(
    frame: Frame,
    sense: Sense,
    own_actor: list[Participant],
    lex: EventLexicon,
    sizes: SizeReader,
) -> bool:
    """Whether the mention goes on with the attack told before it rather than naming a new
    one; ``own_actor`` is the actor as the text names it, before the place codes it."""
    # "troops shot dead 16 attackers", "killed six of the attackers": fighting back
    objects = [sizes.antecedent(o) for o in (*frame.objects, *prep_objects(frame.objects, OF))]
    # "police shot and wounded him": an object the verb shares with the one joined to it
    objects += [
        d
        for c in frame.trigger.children
        if c.dep_ == "conj" and not frame.objects
        for d in c.children
        if d.dep_ == "dobj"
    ]
    perpetrators = lex.size.perpetrators
    return (
        # "The fighters struck Palma": a group the place codes still names nobody new
        anaphoric(frame, own_actor, lex.state_force_sectors)
        or (bool(sense.casualty) and set_in_told_attack(frame.preps, lex.nouns))
        or (not named_side(own_actor) and repeats_told_target(frame.objects, frame.preps))
        or (
            sense.type == "ASSAULT"
            and (
                any(lemma(o) in perpetrators for o in objects)
                or turns_on_attacker(frame.trigger, objects, perpetrators, lex.size.lone_attackers)
            )
        )
    )
