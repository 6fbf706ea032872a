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

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.nlp.events_merge import UNIDENTIFIED, Candidate, absorb, compatible
from dateline.nlp.events_tokens import OF, lemma, prep_objects, stops_weapon

if TYPE_CHECKING:
    from dateline.model import Participant, Span
    from dateline.nlp.events_arguments import ArgumentReader
    from dateline.nlp.events_frames import TriggerFinder
    from dateline.nlp.events_lexicon import EventLexicon

UNREAL = frozenset({"future", "hypothetical", "negation"})
PARTICLE_DEPS = frozenset({"prt", "advmod"})  # "shot down": the parser may read "down" as an adverb
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
    blame: bool = False  # said by another side ("blamed X"), not the side's own claim
    superseded: bool = False  # a blame told as an earlier view ("had first blamed X")
    deed: int | None = None  # token index of the attack verb a side tells of itself


class Attributions:
    """Reads claims of responsibility, blame and membership, and gives attacks their actor."""

    def __init__(self, lex: EventLexicon, finder: TriggerFinder, args: ArgumentReader) -> None:
        self.lex = lex
        self.finder = finder
        self.args = args
        self.attacks = attack_verbs(lex)

    @staticmethod
    def verbs(lex: EventLexicon) -> frozenset[str]:
        """Every verb that may attribute an attack: claims, blame, membership, "be behind",
        deeds ("carried out") and attack verbs told of the reporting side itself."""
        rules = lex.attribution
        said = rules.claim_verbs | rules.blame_verbs | rules.member_verbs | rules.claim_copulas
        return said | rules.deed_verbs | attack_verbs(lex)

    def read(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """The attribution a claim, blame or membership verb makes, if any."""
        base = lemma(tok)
        rules = self.lex.attribution
        verbs = rules.claim_verbs | rules.blame_verbs | rules.member_verbs
        if base in rules.claim_copulas:
            return self._behind(tok, sentence, quote) or self._member(tok, sentence, quote)
        if base in rules.deed_verbs or base in self.attacks:
            return self._deed(tok, sentence, quote)
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
        side = self._sides(self.args.participants(heads, quote), base in rules.claim_verbs)
        if not side and base in rules.blame_verbs:
            blamed = self.args.participants(self._misattached(events), quote)
            side = [p for p in blamed if p.country]
        if not side:
            return None
        covered = frozenset(t.i for head in targets for t in head.subtree)
        blame = base in rules.blame_verbs
        return Attribution(tok, side, sentence, covered, blame, blame and self._superseded(tok))

    def _sides(self, found: list[Participant], own: bool = True) -> list[Participant]:
        """The sides a claim names: those with a country, else one with none, coded later by
        the place of the attack it claims, as a group with no country of its own is where it
        attacks: for a side's own claim any body ("a little-known group claimed ..."), for
        another's blame an armed group known by its kind ("U.S. officials blamed Iran-backed
        militias"), never an unarmed one nor a body the text only names."""
        named = [p for p in found if p.country]
        if named:
            return named
        lex = self.lex
        if not own:
            return [p for p in found if p.sector in lex.armed_sectors | lex.placed_sectors]
        return [p for p in found if p.sector is None or p.sector in lex.armed_sectors]

    def _superseded(self, tok: Token) -> bool:
        """ "The government had blamed X", "officials first blamed X": an earlier view."""
        adverbs = self.lex.attribution.superseded_adverbs
        earlier = any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children)
        perfect = tok.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in tok.children
        )
        return earlier or perfect

    def _deed(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """ "The group said it carried out the raid", "IS said its fighters had seized the
        town": an attack the reporting side says it did itself is its claim ("denied it
        carried out" is no reporter of a deed)."""
        rules = self.lex.attribution
        reporter = tok.head
        if tok.dep_ != "ccomp" or lemma(reporter) not in rules.deed_reporters:
            return None
        if any(c.dep_ == "neg" for c in (*tok.children, *reporter.children)):
            return None
        frame = self.finder.verb_frame(tok)
        events = [o for o in frame.objects if self._event_noun(o)]
        if lemma(tok) in rules.deed_verbs and not events:
            return None  # "said it carried out repairs"
        if lemma(tok) not in rules.deed_verbs and not any(map(self._self, frame.subjects)):
            return None  # "said Russian drones hit Odesa" reports another side's attack
        if stops_weapon(tok, self.lex.interception_verbs, PARTICLE_DEPS):
            return None  # "said they shot down 52 drones" stopped an attack, carried none out
        doers = frame.subjects + prep_objects(frame.subjects, OF)  # "one of its fighters"
        side = self._sides(self.args.participants(doers, quote))
        if not side:
            return None
        if lemma(tok) in rules.deed_verbs:
            return Attribution(
                tok, side, sentence, frozenset(t.i for e in events for t in e.subtree)
            )
        # "said its fighters had seized the town", "said its fighters killed 20 soldiers":
        # the attack told before (never one of the story's past)
        return Attribution(tok, side, sentence, frozenset(), deed=tok.i)

    def _behind(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """ "The group said it was behind the bombing": the copula's subject carried out the
        attack its "behind" phrase names; "denied it was behind" and "was not behind" claim
        nothing."""
        rules = self.lex.attribution
        if any(c.dep_ == "neg" for c in tok.children) or lemma(tok.head) in rules.claim_denials:
            return None
        # "was behind the bombing", and a phrase of the copula's adjective written whole in
        # the rules ("the rebels were responsible for the attack")
        said = [c for c in tok.children if c.dep_ == "acomp"]
        preps = [p for p in tok.children if p.dep_ == "prep" and lemma(p) in rules.claim_preps]
        preps += [
            p
            for a in said
            for p in a.children
            if p.dep_ == "prep" and f"{lemma(a)} {lemma(p)}" in rules.claim_preps
        ]
        attacks = [
            p
            for prep in preps
            for p in prep.children
            if p.dep_ == "pobj" and (self._event_noun(p) or self._weapon(p))
        ]
        heads = [c for c in tok.children if c.dep_ == "nsubj"]
        # "X said it was behind ...": its own claim; "Y said X was behind ...": Y's blame
        own = any(map(self._self, heads))
        side = self._sides(self.args.participants(heads, quote), own) if attacks else []
        if not side:
            return None
        covered = frozenset(t.i for a in attacks for t in a.subtree)
        return Attribution(tok, side, sentence, covered, blame=not own)

    def _member(self, tok: Token, sentence: Span, quote: int | None) -> Attribution | None:
        """ "Police said the bomber was a member of Islamic State": the perpetrator's group
        (blamed by whoever says so, so it needs a country of its own)."""
        rules, perpetrators = self.lex.attribution, self.lex.size.perpetrators
        if any(c.dep_ == "neg" for c in tok.children):
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not any(lemma(s) in perpetrators for s in subjects):
            return None
        roles = [c for c in tok.children if c.dep_ == "attr" and lemma(c) in rules.member_nouns]
        groups = prep_objects(roles, OF)
        side = self._sides(self.args.participants(groups, quote), own=False)
        return Attribution(tok, side, sentence, frozenset(), blame=True) if side else None

    def _misattached(self, events: list[Token]) -> list[Token]:
        """ "blamed the attack on ISWAP": the parser hangs the blamed side's phrase on the
        attack noun; the last such phrase is the blamed side ("the attack on a church on X")."""
        return prep_objects(events, self.lex.attribution.blame_preps)[-1:]

    def _self(self, subject: Token) -> bool:
        """ "it", "they", "its fighters", "one of its fighters": the reporting side speaking
        of itself."""
        rules = self.lex.attribution
        if subject.pos_ == "PRON":
            return subject.lower_ in rules.self_pronouns
        heads = [subject, *prep_objects([subject], OF)]  # "one of its fighters detonated ..."
        owners = (c.lower_ for h in heads for c in h.children if c.dep_ == "poss")
        return any(w in rules.self_possessives for w in owners)

    def _weapon(self, tok: Token) -> bool:
        """ "behind the car bomb that struck a convoy": a weapon stands for its attack."""
        weapons = self.lex.classes["weapon"]
        return lemma(tok) in weapons or tok.lower_ in weapons

    def _event_noun(self, tok: Token) -> bool:
        return lemma(tok) in self.lex.nouns or tok.lower_ in self.lex.nouns


def attack_verbs(lex: EventLexicon) -> frozenset[str]:
    """Verbs with an attack sense ("struck", "seized"): told of itself, a side's claim."""
    return frozenset(
        w for w, senses in lex.verbs.items() if any(s.type == "ASSAULT" for s in senses)
    )


def attribute(events: list[Candidate], claims: list[Attribution]) -> None:
    """Give each claim's side to the attack it is about, when that attack names nobody."""
    # "IS said it was behind the bombings ... Iran had first blamed Israel": the claim stands
    claimed = any(not c.blame for c in claims)
    for claim in claims:
        if claim.superseded and claimed:
            continue
        _join_retold(events, claim)
        for target in _claimed(events, claim):
            if _named(target.actor):
                continue
            side = _placed(claim.side, target)
            if not side:
                continue
            target.actor = side
            target.evidence = sorted(set(target.evidence) | {claim.sentence})


def _placed(side: list[Participant], target: Candidate) -> list[Participant]:
    """The claiming side, a group known only by its kind coded by the attack's place."""
    if all(p.country for p in side):
        return list(side)
    where = target.location or target.fallback_location
    country = where.place.country if where is not None else None
    return [replace(p, country=p.country or country) for p in side] if country else []


def _join_retold(events: list[Candidate], claim: Attribution) -> None:
    """ "IS said it was behind bombings that killed 84 in Kerman. Two bombers detonated
    vests there on Wednesday": the attack told again after its claim, at the same place and
    day, is the claimed attack; the two mentions become one event."""
    attacks = [e for e in events if e.type == "ASSAULT" and not e.aux & UNREAL]
    inside = [e for e in attacks if e.trigger_index in claim.targets]
    if not inside or all(e.definite or e.reference for e in inside):
        return
    for later in _retold(attacks, claim, inside[0]):
        if compatible(inside[0], later):
            absorb(inside[0], later)
            events.remove(later)


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
        return [inside[0], *_retold(attacks, claim, inside[0])]
    # "claimed responsibility for the attack": a definite mention refers to one already told.
    before = [
        e
        for e in attacks
        if e.trigger.start < claim.token.idx and e not in inside and BACKGROUND not in e.aux
    ]
    if not before:
        return inside[:1]
    nearest = max(before, key=lambda e: e.trigger.start)
    if not _same_deed(attacks, claim, nearest):
        return []
    if nearest.distinct:
        return [nearest]
    same = [e for e in before if e is not nearest and _agrees(e, nearest)]
    return [*same, nearest, *inside[:1]]


def _same_deed(attacks: list[Candidate], claim: Attribution, nearest: Candidate) -> bool:
    """ "IS said its fighters had seized the town" tells again the attack told before;
    "the army said its forces had hit a post near Vovchansk" (another place) or "... killed
    20 militants in a separate operation" tells another: a side's account of its own attack
    reaches an earlier one only when nothing sets the two apart."""
    own = next((e for e in attacks if e.trigger_index == claim.deed), None)
    if claim.deed is None or own is None or own is nearest:
        return True
    # the sides are what the claim settles: only place and day may set the two apart
    return not own.distinct and compatible(replace(nearest, actor=[]), replace(own, actor=[]))


def _retold(attacks: list[Candidate], claim: Attribution, claimed: Candidate) -> list[Candidate]:
    """ "IS said it was behind bombings that killed 84 in Kerman. Two bombers detonated
    vests ...": the claimed attack told again after the claim, in its paragraph or the
    next, naming nobody (a claim, not another side's blame)."""
    if claim.blame:
        return []
    return [
        e
        for e in attacks
        if e.trigger.start > claim.token.idx
        and e is not claimed
        and e.paragraph - claimed.paragraph <= 1
        and not _named(e.actor)
        and _agrees(e, claimed)
    ]


def _agrees(earlier: Candidate, nearest: Candidate) -> bool:
    """An earlier attack that may be the claimed one, told again: nothing sets it apart (a
    group known only by its kind, coded by its place, sets nothing apart)."""
    if earlier.distinct or BACKGROUND in earlier.aux:
        return False
    sides, other = _named_countries(earlier), _named_countries(nearest)
    if sides and other and not sides & other:
        return False
    places = [e.location.place.country for e in (earlier, nearest) if e.location is not None]
    return len(set(places)) <= 1


def _named_countries(event: Candidate) -> set[str]:
    return {p.country for p in event.actor if p.country and _named([p])}


def _named(actor: list[Participant]) -> bool:
    """A side the text names: a country, body or person, not a group known only by its
    kind and coded by its place ("Islamist insurgents" in Mozambique), which a claim by a
    named side replaces."""
    return any(
        p.country and p.sector != UNIDENTIFIED and not (p.actor_id or "").startswith(GENERIC_PREFIX)
        for p in actor
    )
