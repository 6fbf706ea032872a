"""How a sentence uses a name: as an agent ("accusing Moscow") or as a location ("in Kyiv").

Shared by the ``actors`` layer (a capital used as an agent stands for its government) and
the ``geo`` layer (a name used as a location gets coordinates). The decision reads the
dependency parse of the mention's head token; the word lists live in
``dateline/rules/en/usage.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

Usage = Literal["agent", "location", "target", "modifier", "other"]
"""``target``: what an attack is aimed at ("the shelling of Nikopol"): a town there is where
it happens (a place), a country the recipient (an actor)."""

_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class UsageRules:
    """The word lists that decide how a place name is used."""

    locative_preps: frozenset[str]
    directional_preps: frozenset[str]
    agentive_preps: frozenset[str]
    motion_words: frozenset[str]
    origin_words: frozenset[str]
    physical_verbs: frozenset[str]
    stative_verbs: frozenset[str]
    place_heads: frozenset[str]
    attack_nouns: frozenset[str]
    apposition_heads: frozenset[str]

    @classmethod
    def from_rules(cls, data: dict[str, Any]) -> UsageRules:
        """Build from the ``usage`` rules file."""
        return cls(**{k: frozenset(v) for k, v in data.items()})


def _head_of_conjunction(token: Token) -> Token:
    # "Britain and France have ..." : France takes the role of Britain.
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _prep_usage(prep: Token, rules: UsageRules) -> Usage:
    word = prep.lower_
    if word in rules.locative_preps:
        return "location"
    if word in rules.directional_preps:
        governor = prep.head.lemma_.lower()
        origin = word == "from" and governor in rules.origin_words
        return "location" if governor in rules.motion_words or origin else "agent"
    if word == "of":
        head = prep.head.lemma_.lower()
        if head in rules.place_heads or head in rules.locative_preps:
            return "location"  # "the mayor of Kyiv", "120 km southwest of Mogadishu"
        if head in rules.attack_nouns or prep.head.lower_ in rules.attack_nouns:
            return "target"  # "the shelling of Nikopol"
        return "agent"
    if word in rules.agentive_preps:
        return "agent"
    return "other"


def _apposed(span: SpacySpan, rules: UsageRules) -> bool:
    # "in Libya's capital Tripoli killed ...": the parser may make the name the next verb's
    # subject, but a name right after a place noun in a locative phrase is that place.
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.lower_ in rules.apposition_heads
        and before.dep_ == "pobj"
        and before.head.lower_ in rules.locative_preps
    )


def classify(span: SpacySpan, rules: UsageRules) -> Usage:
    """Whether the words of ``span`` are used as an agent, a location, the target of an attack,
    a modifier, or otherwise."""
    token = _head_of_conjunction(span.root)
    if _apposed(span, rules):
        return "location"
    dep = token.dep_
    head = token.head
    lemma = head.lemma_.lower()
    if dep in _MODIFIERS and head.i >= span.end:
        return "modifier"
    if dep == "pobj" or (dep == "pcomp" and head.pos_ == "ADP"):
        return _prep_usage(head, rules)
    if dep in _PASSIVE:
        return "location" if lemma in rules.physical_verbs else "agent"
    if dep in _SUBJECTS:
        return "location" if lemma in rules.stative_verbs else "agent"
    if dep in _OBJECTS:
        moved = lemma in rules.physical_verbs or lemma in rules.motion_words
        return "location" if moved else "agent"
    if dep == "poss":
        owned = head
        while owned.dep_ in ("poss", "compound") and owned.head.i > owned.i:
            owned = owned.head  # "Kyiv's main children's hospital": the hospital is owned
        heads = {lemma, owned.lemma_.lower()}
        return "location" if heads & rules.place_heads else "agent"
    if dep == "agent":
        return "agent"
    return "other"
