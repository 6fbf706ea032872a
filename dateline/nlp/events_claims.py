"""Who carried out an attack when the attack's own clause names nobody: claims, blame and
membership.

"A bomb went off in a church. The Islamic State group claimed responsibility." The attack
has no named actor in its clause; the claim of responsibility names who carried it out,
as the coder of a conflict report codes it. So does blame by an authority ("Iraq blamed
Turkey", "blamed the attack on X"), and so does the group a perpetrator is said to belong
to ("the attacker belonged to the Islamic State group"). The attributed side fills only an
attack whose actor is unknown, unidentified or a group known only by its kind ("Islamist
insurgents"); a named actor is never overridden. The claim's sentence joins the attack's
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.nlp.events_merge import UNIDENTIFIED, Candidate
from dateline.nlp.events_tokens import lemma, prep_objects

if TYPE_CHECKING:
    from dateline.model import Participant, Span
    from dateline.nlp.events_arguments import ArgumentReader
    from dateline.nlp.events_frames import TriggerFinder
    from dateline.nlp.events_lexicon import EventLexicon

UNREAL = frozenset({"future", "hypothetical", "negation"})
FOR = frozenset({"for"})  # the preposition of the claimed or blamed act ("blamed X for it")
BACKGROUND = "historical"  # an attack of the story's past is never the one claimed
GENERIC_PREFIX = "g:"  # actor ids of groups known only by their kind ("g:REB")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim or blame: who is said to have done it, and the words that say so."""

    token: Token  # the claim or blame verb
    side: list[Participant]
    sentence: Span
    targets: frozenset[int]  # token indices of the claimed phrase ("for a bombing ...")


class Attributions:
    """Reads claims of responsibility, blame and membership, and gives attacks their actor."""

    def __init__(self, lex: EventLexicon, finder: TriggerFinder, args: ArgumentReader) -> None:
        self.lex = lex
        self.finder = finder
        self.args = args

    def read(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """The attribution a claim, blame or membership verb makes, if any."""
        base = lemma(tok)
        rules = self.lex.attribution
        verbs = rules.claim_verbs | rules.blame_verbs | rules.member_verbs
        if base in rules.claim_copulas:
            return self._behind(tok, sentence, quote)
        if tok.pos_ != "VERB" or base not in verbs:
            return None
        frame = self.finder.verb_frame(tok)
        events = [o for o in frame.objects if self._event_noun(o)]
        targets = [p for lem, p in frame.preps if lem in FOR] + events
        if base in rules.claim_verbs:
            claimed = [o for o in frame.objects if lemma(o) in rules.claim_objects]
            if not (claimed or events):
                return None  # "claimed that 400 soldiers died" is a statement, not a claim
            heads = frame.subjects
            # "claimed responsibility for a bombing that killed 23": the phrase on the noun.
            targets += prep_objects(claimed, FOR)
        elif base in rules.blame_verbs:
            # "blamed Turkey", "blamed X for the attack", "blamed the attack on X".
            heads = [o for o in frame.objects if not self._event_noun(o)]
            heads += [p for lem, p in frame.preps if lem in rules.blame_preps]
        elif any(lemma(s) in self.lex.size.perpetrators for s in frame.subjects):
            # "the attacker belonged to the Islamic State group": the perpetrator's side.
            heads = [p for lem, p in frame.preps if lem in rules.member_preps]
        else:
            return None  # "the land belongs to the state" tells of no attack
        side = [p for p in self.args.participants(heads, quote) if p.country]
        if not side and base in rules.blame_verbs:
            blamed = self.args.participants(self._misattached(events), quote)
            side = [p for p in blamed if p.country]
        if not side:
            return None
        covered = frozenset(t.i for head in targets for t in head.subtree)
        return Attribution(tok, side, sentence, covered)

    def _behind(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """ "The group said it was behind the bombing": the copula's subject carried out the
        attack its "behind" phrase names; "denied it was behind" and "was not behind" claim
        nothing."""
        rules = self.lex.attribution
        if any(c.dep_ == "neg" for c in tok.children) or lemma(tok.head) in rules.claim_denials:
            return None
        attacks = [
            p
            for prep in tok.children
            if prep.dep_ == "prep" and lemma(prep) in rules.claim_preps
            for p in prep.children
            if p.dep_ == "pobj" and (self._event_noun(p) or self._weapon(p))
        ]
        heads = [c for c in tok.children if c.dep_ == "nsubj"]
        side = [p for p in self.args.participants(heads, quote) if p.country] if attacks else []
        if not side:
            return None
        return Attribution(tok, side, sentence, frozenset(t.i for a in attacks for t in a.subtree))

    def _misattached(self, events: list[Token]) -> list[Token]:
        """ "blamed the attack on ISWAP": the parser hangs the blamed side's phrase on the
        attack noun; the last such phrase is the blamed side ("the attack on a church on X")."""
        return prep_objects(events, self.lex.attribution.blame_preps)[-1:]

    def _weapon(self, tok: Token) -> bool:
        """ "behind the car bomb that struck a convoy": a weapon stands for its attack."""
        weapons = self.lex.classes["weapon"]
        return lemma(tok) in weapons or tok.lower_ in weapons

    def _event_noun(self, tok: Token) -> bool:
        return lemma(tok) in self.lex.nouns or tok.lower_ in self.lex.nouns


def attribute(events: list[Candidate], claims: list[Attribution]) -> None:
    """Give each claim's side to the attack it is about, when that attack names nobody."""
    for claim in claims:
        for target in _claimed(events, claim):
            if _named(target.actor):
                continue
            target.actor = list(claim.side)
            target.evidence = sorted(set(target.evidence) | {claim.sentence})


def _claimed(events: list[Candidate], claim: Attribution) -> list[Candidate]:
    """The attack in the claimed phrase ("claimed a bombing that killed 54"), else (and for
    a definite mention there: "claimed responsibility for the attack") the nearest attack
    reported before the claim, with the earlier mentions of that attack the
    merge left apart ("Insurgents killed a nun ... She was shot in the head ... IS claimed
    the attack"): attacks before it on the same side and in the same country, not told apart
    from it ("separately") nor background. Their days may differ: a claim's own day ("claimed
    the attack on Wednesday") can reach the mention it is read with."""
    attacks = [e for e in events if e.type == "ASSAULT" and not e.aux & UNREAL]
    inside = [e for e in attacks if e.trigger_index in claim.targets]
    if inside and not all(e.definite or e.reference for e in inside):
        return inside[:1]
    # "claimed responsibility for the attack": a definite mention refers to one already told.
    before = [e for e in attacks if e.trigger.start < claim.token.idx and e not in inside]
    if not before:
        return inside[:1]
    nearest = max(before, key=lambda e: e.trigger.start)
    if nearest.distinct:
        return [nearest]
    same = [e for e in before if e is not nearest and _agrees(e, nearest)]
    return [*same, nearest, *inside[:1]]


def _agrees(earlier: Candidate, nearest: Candidate) -> bool:
    """An earlier attack that may be the claimed one, told again: nothing sets it apart."""
    if earlier.distinct or BACKGROUND in earlier.aux:
        return False
    sides, other = earlier.countries(), nearest.countries()
    if sides and other and not sides & other:
        return False
    places = [e.location.place.country for e in (earlier, nearest) if e.location is not None]
    return len(set(places)) <= 1


def _named(actor: list[Participant]) -> bool:
    """A side the text names: a country, body or person, not a group known only by its
    kind and coded by its place ("Islamist insurgents" in Mozambique), which a claim by a
    named side replaces."""
    return any(
        p.country and p.sector != UNIDENTIFIED and not (p.actor_id or "").startswith(GENERIC_PREFIX)
        for p in actor
    )
