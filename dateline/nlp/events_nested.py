"""Places that belong to another event named deep inside an event's phrases.

"resigned amid criticism of his handling of the war in Ukraine": Ukraine is where the war
is, not where the minister resigned. A long background event ("war", "crisis", "siege"; the
geo rules' ``background_events``) that the trigger's phrase reaches only through another
noun ("criticism *of* his handling *of* the war") has a place of its own, so its phrases
are no candidate for the trigger's place. One the trigger's clause holds directly keeps
it ("killed during the war in X"), and so does any other event noun: a target is often
described by one ("fired on mourners at a funeral in X", "the offices of the district
administration in X").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.model import EventLocation, Mention, Place
from dateline.nlp.events_areas import is_country
from dateline.nlp.events_tokens import NOUNISH, VERBISH, lemma

_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})


@dataclass(frozen=True, slots=True)
class OtherScenes:
    """What keeps another event's place, or the parties' countries, out of an event's."""

    background: frozenset[str]  # "war", "crisis": a long event with a place of its own
    pair_preps: frozenset[str]  # "between"
    area_nouns: frozenset[str]  # "the border between X and Y" is a place
    occasion_preps: frozenset[str] = frozenset()  # "during": the occasion is the clause's scene
    time_relations: frozenset[str] = frozenset()  # "on the eve of the talks in X": theirs

    def outside(
        self,
        tokens: list[Token],
        trigger: Token,
        path: Iterable[Token],
        mention_at: Sequence[Mention | None],
    ) -> list[Token]:
        """``tokens`` without the phrases of background events nested below another noun,
        of the event a time-relation noun dates by ("the eve of the talks in X"), and
        without the countries a "between" phrase names as the two sides."""
        held = {trigger.i, *(t.i for t in path)}
        drop: set[int] = set()
        for t in tokens:
            if t.i in held or t.i in drop:
                continue
            if t.pos_ in NOUNISH and lemma(t) in self.background and _nested(t, held):
                drop.update(x.i for x in t.subtree if x.i != t.i)
            if t.pos_ in NOUNISH and lemma(t) in self.time_relations:
                drop.update(x.i for x in t.subtree if x.i != t.i)
            m = mention_at[t.i]
            if m is not None and m.place is not None and is_country(m.place) and self._side(t):
                drop.update(x.i for x in tokens if mention_at[x.i] is m)
        return [t for t in tokens if t.i not in drop] if drop else tokens

    def background_noun(self, trigger: Token) -> bool:
        """Whether the trigger names a long background event ("the invasion", "a siege") that
        its sentence only refers to: the object of a preposition other than one of an
        occasion ("since the beginning of the invasion", "in response to the invasion"; not
        "killed during an offensive") or the subject of a subordinate clause ("since the
        invasion began"). One a clause tells of ("began an offensive in X") keeps its clause."""
        if trigger.pos_ not in NOUNISH or lemma(trigger) not in self.background:
            return False
        if trigger.dep_ == "pobj":
            return lemma(trigger.head) not in self.occasion_preps
        return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.dep_ in _SUBORDINATE

    def _side(self, t: Token) -> bool:
        """ "tensions between Russia and Ukraine", "a ceasefire between Ukraine and Russia":
        countries set against each other are the sides, not a scene (unlike "the border
        between Russia and Ukraine")."""
        while t.dep_ in ("conj", "compound") and t.head.i != t.i:
            t = t.head
        prep = t.head
        if t.dep_ != "pobj" or lemma(prep) not in self.pair_preps:
            return False
        return lemma(prep.head) not in self.area_nouns


def _nested(noun: Token, held: set[int]) -> bool:
    """Whether ``noun`` hangs on another noun off the trigger's clause path ("criticism of
    her response *to the war*", "prices caused *by the war*"), not on a verb or on the path
    ("amid the war in X", "the offensive it launched in X")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("compound", "amod", "nmod"):
        return False  # "the war crimes court in X": "war" only describes the court
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    # "prices caused by the war": the participle describes the noun it hangs on
    while head.pos_ in VERBISH and head.dep_ in ("acl", "relcl") and head.i not in held:
        head = head.head
    return head.i not in held and head.pos_ in NOUNISH


def own_place(found: list[tuple[Mention, Place]]) -> EventLocation | None:
    """A background event's place is only what its own phrase names ("the siege of Mariupol",
    "an offensive in Kursk Oblast"): a war or an invasion spans more than the clause it is
    mentioned in ("talks in Ankara, the first since the invasion began"), so no other phrase
    of the clause, nor the sentence's town, places it. The finest place named wins."""
    if not found:
        return None
    m, place = min(found, key=lambda p: p[1].resolution or 9)
    return EventLocation(m.span, place)


def clause_governors(trigger: Token) -> set[int]:
    """The verbs a participle or joined clause trigger hangs on ("hit a clinic in X, *killing*
    two"), never the words a noun trigger's phrase sits in ("sanctions firms for sending
    drones to Moscow to help Russia in *its invasion*")."""
    out: set[int] = set()
    node = trigger
    while node.pos_ in ("VERB", "AUX") and node.dep_ in ("advcl", "conj", "xcomp"):
        node = node.head
        out.add(node.i)
    return out
