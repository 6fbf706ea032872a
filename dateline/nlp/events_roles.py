"""Who acts and who is acted on: the participants of one trigger's frame.

``RoleReader`` is mixed into the events builder: it reads the actor and recipient heads of a
frame by the event type's role (``roles`` in ``rules/en/events.yaml``), turns them into
participants through the ``ArgumentReader``, and applies the sense flags that reverse or
complete them (``converse``, ``theme_actor``, ``complement``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.model import Mention, Participant, Span
from dateline.nlp.events_arguments import ArgumentReader, town_as_people
from dateline.nlp.events_frames import Frame, Trigger, is_listed
from dateline.nlp.events_index import DocIndex
from dateline.nlp.events_lexicon import EventLexicon, RoleSpec, Sense
from dateline.nlp.events_misparse import inverted_reporter
from dateline.nlp.events_targets import target_heads
from dateline.nlp.events_tokens import BY, OF, VERBISH, conjuncts, lemma, prep_objects
from dateline.nlp.events_verb_args import is_infinitive

# PLOVER's mode for a visit: the one visited is the other party.
VISIT_MODE = "visit"

if TYPE_CHECKING:
    from dateline.nlp.events import EventsComponent


class RoleReader:
    """Actor and recipient of a frame (mixed into the events builder)."""

    c: EventsComponent
    lex: EventLexicon
    ix: DocIndex
    args: ArgumentReader

    def _sense_participants(
        self, frame: Frame, sense: Sense, quote: int | None, standalone: bool = True
    ) -> tuple[list[Participant], list[Participant]]:
        actor, recipient = self._participants(frame, sense.type, quote, sense.theme_actor)
        if frame.is_noun and lemma(frame.trigger) in self.lex.size.total_nouns:
            # "the ministry raised the toll from a Ukrainian missile attack": whoever tells or
            # counts a toll did not attack; only the attack it counts names the attacker
            actor = self._toll_source_actor(frame, quote)
        if sense.converse:
            # "Ukraine received tanks from the US": the giver acts, the receiver is given to
            by = self.lex.giver_preps
            things = frame.objects + prep_objects(frame.objects, OF)
            givers = [p for lem, p in frame.preps if lem in by] + prep_objects(things, by)
            actor, recipient = self.args.participants(givers, quote), actor
        custody = self.lex.role(sense.type).custody_nouns
        if not actor and custody and standalone:  # "died in custody" alone is no attack
            actor = self.args.participants(_custodians(frame, custody), quote)
        return actor, recipient

    def _toll_source_actor(self, frame: Frame, quote: int | None) -> list[Participant]:
        """The attacker of the attack or weapon a toll counts ("the toll from a Ukrainian
        missile attack", "the toll of the strike by the army"), never the toll's teller."""
        lex = self.lex
        sources = [p for lem, p in frame.preps if lem in lex.size.toll_source_preps]
        sources += prep_objects([frame.trigger], lex.size.toll_source_preps)
        for src in sources:
            if src.i == frame.trigger.i or self.ix.mention_at[src.i] is not None:
                continue
            if lemma(src) in lex.nouns:
                # the finder's own reading keeps a two-word noun's modifiers ("army air strike")
                found = self.c.finder.noun_trigger(src)
                inner = found.frame if found is not None else self.c.finder.noun_frame(src)
                actor = self._participants(inner, "ASSAULT", quote)[0]
            elif lex.in_class("weapon", lemma(src)):
                actor = self.args.participants(_premodifier_sides(src, self.ix, lex), quote)
            else:
                continue
            if actor:
                return actor
        return []

    def _participants(
        self, frame: Frame, event_type: str, quote: int | None, theme: bool = False
    ) -> tuple[list[Participant], list[Participant]]:
        """Actor and recipient of a frame, read by the event type's role."""
        role = self.lex.role(event_type)
        actor_heads, recipient_heads, between = self._role_heads(frame, role, theme)
        actor = self.args.participants(actor_heads, quote)
        if frame.modifiers:
            actor += [
                p
                for m in frame.modifiers
                if not _place_only(self.ix, m)
                for p in self.args.participants([m], quote)
            ]
        if not actor:
            actor = self._unwritten_actor(frame, quote)
        if not actor and (role.theme_actor or theme):
            actor = self.args.participants(frame.objects, quote)
            recipient_heads = [h for h in recipient_heads if all(h.i != o.i for o in frame.objects)]
        if not actor and between and role.between == "recipient" and frame.nominal:
            actor = self.args.participants(between, quote)
            recipient_heads = [h for h in recipient_heads if all(h.i != b.i for b in between)]
        spans = {p.span for p in actor}
        recipient = [
            p for p in self.args.participants(recipient_heads, quote) if p.span not in spans
        ]
        if role.complement_recipient and not recipient:
            recipient = self.args.participants(_complement_subjects(frame.trigger), quote)
        return _dedupe(actor), recipient

    def _role_heads(
        self, frame: Frame, role: RoleSpec, theme: bool
    ) -> tuple[list[Token], list[Token], list[Token]]:
        """The actor heads, the recipient heads and the "between" objects of a frame."""
        # "the number of Palestinians killed ...", misparsed as the subject, is a count
        actor_heads = [s for s in frame.subjects if lemma(s) not in self.lex.size.total_nouns]
        actor_heads = _talked_into(frame) or actor_heads
        # "deployed troops", "sent peacekeepers": those moved are the mover's own, no target
        own_objects = (frame.is_noun and role.noun_of == "actor") or role.theme_actor or theme
        recipient_heads = [] if own_objects else list(frame.objects)
        if frame.is_noun and role.noun_of == "actor":
            actor_heads += frame.objects
        between = [p for lem, p in frame.preps if lem == "between"]
        (actor_heads if role.between == "actor" else recipient_heads).extend(between)
        preps = role.recipient_preps
        if not frame.is_noun and lemma(frame.trigger) in self.lex.opponent_verbs:
            preps = preps | {"with"}  # "clashed with ELN guerrillas": the other side
        named = [
            p for lem, p in frame.preps if lem in preps and not self._destination(frame, lem, p)
        ]
        # "photographs and intelligence to Macedonia": the phrase hangs on the last conjunct
        acted = [c for o in frame.objects for c in conjuncts(o)]
        named += prep_objects(acted, role.recipient_preps | role.object_preps)
        if role.given_object and _names_someone(named, self.ix):
            # "sent IRIS-T systems to Ukraine": the "to" names who gets them, not the object
            recipient_heads = [h for h in recipient_heads if all(h.i != o.i for o in frame.objects)]
        recipient_heads += named
        # "mobilized reservists for a war *against Iraq*": a phrase on the trigger's phrase
        recipient_heads += prep_objects([p for _, p in frame.preps], role.nested_preps)
        recipient_heads += [
            p for o in acted if lemma(o) in role.object_of for p in prep_objects([o], OF)
        ]
        return actor_heads, recipient_heads, between

    def _destination(self, frame: Frame, lem: str, pobj: Token) -> bool:
        """Whether ``pobj`` is only where the actor travelled for the event: "flew to Geneva
        for talks with X" puts the talks in Geneva, but Switzerland is no party to them (the
        host of a visit is: "flew to Beijing for a state visit")."""
        predicate = frame.predicate
        if not frame.is_noun or predicate.i == frame.trigger.i:
            return False
        if lem not in self.lex.destination_preps or pobj.head.head.i != predicate.i:
            return False
        if not is_listed(predicate, self.lex.motion_verbs):
            return False
        senses = self.lex.nouns.get(lemma(frame.trigger), ())
        return not any(VISIT_MODE in s.modes for s in senses)

    def _unwritten_actor(self, frame: Frame, quote: int | None) -> list[Participant]:
        """An actor that no subject or modifier names, read off the trigger's surroundings."""
        actor: list[Participant] = []
        if (
            frame.trigger.dep_ == "acl"
            and not frame.passive
            and not any(c.dep_ == "mark" for c in frame.trigger.children)
        ):
            # "issued a declaration demanding ...": the one who issued it demands (not "a
            # statement that an inmate had been stabbed": that clause has its own roles).
            # "backs the use of weapons by Ukrainian forces to strike": the noun's own agent
            # acts, not whoever backs or reports the noun
            noun = frame.trigger.head
            agents = [c for c in noun.children if c.dep_ == "poss"] + prep_objects([noun], BY)
            actor = self.args.participants(agents, quote)
            actor = actor or self.args.participants(self.c.finder.noun_controller(noun), quote)
        if not actor:
            # "accused Ukraine of a drone attack", "accuse Ukrainian forces of shelling X"
            # (the "of" hung on the accused): the accused is the alleged attacker
            actor = self.args.participants(self._accused(frame.trigger), quote)
        if not actor:
            # "killed in Russian missile and drone strikes": a side written before the noun
            # that the parser hung on a weapon or misread
            actor = self.args.participants(self._premodified(frame), quote)
        if not actor and frame.trigger.tag_ == "VBG" and frame.trigger.dep_ == "pcomp":
            # "died in shelling by government troops": a gerund the parser read as a verb
            # keeps its agent phrase, as the noun would
            actor = self.args.participants(prep_objects([frame.trigger], BY), quote)
        if not actor and _reports_after(frame.trigger, self.lex.report_verbs):
            # "..., a human rights group protested on Monday.": the group protests
            actor = self.args.participants([frame.trigger.head], quote)
        return actor

    def _accused(self, trigger: Token) -> list[Token]:
        """The object of an accusing verb whose "of" phrase holds the trigger, a noun or a
        gerund, whether the parser hangs "of" on the verb or on its object."""
        if trigger.dep_ not in ("pobj", "pcomp") or lemma(trigger.head) != "of":
            return []
        owner = trigger.head.head
        verb = owner.head if owner.dep_ == "dobj" else owner
        senses = self.lex.verbs.get(lemma(verb), ())
        if verb.pos_ not in VERBISH or not any(s.object_control for s in senses):
            return []
        return [c for c in verb.children if c.dep_ == "dobj"]

    def _premodified(self, frame: Frame) -> list[Token]:
        """The side written before the trigger noun or, for a verb whose subject is an attack
        noun or a weapon ("Russian missile and drone strikes hit ..."), before that noun."""
        lex = self.lex
        if not frame.subjects:
            return _premodifier_sides(frame.trigger, self.ix, lex)
        heads = [c for s in frame.subjects for c in conjuncts(s)]
        heads += prep_objects(heads, OF)  # "a pair of Russian missiles struck ..."
        nouns = [c for c in heads if lemma(c) in lex.nouns or lex.in_class("weapon", lemma(c))]
        sides = [t for n in nouns for t in _premodifier_sides(n, self.ix, lex)][:1]
        # "Warplanes of the Syrian government struck ...": the weapons' owner
        return sides or [o for o in prep_objects(nouns, OF) if _owner(self.ix.mention_at[o.i])][:1]

    def _complement_recipients(
        self, t: Trigger, actor: list[Participant], quote: int | None
    ) -> list[Participant]:
        """ "promised to continue aid to Mozambique", "refused to meet Jordan's king": whom
        the promised, refused or demanded action is for is whom the promise is made to."""
        found: list[Participant] = []
        for inner in t.inner:
            found += self._participants(inner.frame, inner.sense.type, quote)[1]
        if not found:
            preps = self.lex.role("default").recipient_preps
            for c in t.token.children:
                if (
                    c.dep_ == "xcomp"
                    and c.pos_ in VERBISH
                    and c.i not in {i.token.i for i in t.inner}
                ):
                    f = self.c.finder.verb_frame(c)
                    heads = [*f.objects, *(p for lem, p in f.preps if lem in preps)]
                    heads += prep_objects(f.objects, preps)
                    found += self.args.participants(heads, quote)
        sides = {p.span for p in actor}
        return [p for p in found if p.country and p.span not in sides]

    def _fallback_recipients(
        self, t: Trigger, actor: list[Participant], quote: int | None
    ) -> list[Participant]:
        """With no recipient in the trigger's phrases: whom the promised or demanded action
        is for, else whom a threat's condition or a protest's purpose names (events_targets)."""
        if t.sense.complement:
            found = self._complement_recipients(t, actor, quote)
            if found:
                return found
        role = self.lex.role(t.sense.type)
        if not (role.condition_marks or role.purpose_preps):
            return []
        sides = {p.span for p in actor}
        named = self.args.participants(target_heads(t.frame, role), quote)
        return [p for p in named if p.country and p.span not in sides]


COMPLEMENT_DEPS = frozenset({"ccomp", "acl"})


def _complement_subjects(trigger: Token) -> list[Token]:
    """ "demanded that the US cancel ...", "its demand that Burundi's government grant ...":
    the subject of the demanded clause is whom the demand is made of; so is the subject the
    parser gives an infinitive ("allowed the opposition leader to hold a rally", read with
    the leader as the subject of "hold"): whom one lets act."""
    return [
        s
        for c in trigger.children
        if c.dep_ in COMPLEMENT_DEPS
        and (any(m.dep_ == "mark" for m in c.children) or is_infinitive(c))
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
    ]


def _custodians(frame: Frame, custody: frozenset[str]) -> list[Token]:
    """ "died of torture in Israeli police custody", "beaten in the custody of the police":
    the holder named on a custody noun of the trigger's phrases."""
    held = [p for lem, p in frame.preps if lem == "in" and lemma(p) in custody]
    holders = [c for h in held for c in h.children if c.dep_ in ("amod", "compound", "poss")]
    return holders + prep_objects(held, OF)


def _talked_into(frame: Frame) -> list[Token]:
    """ "accused the UK of provoking Ukraine into attacking Russia": whoever is pushed into
    an act does it, not the one who pushes (who is the subject the gerund inherits)."""
    trigger = frame.trigger
    if frame.is_noun or trigger.dep_ != "pcomp" or lemma(trigger.head) != "into":
        return []
    verb = trigger.head.head
    if verb.pos_ not in VERBISH:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _reports_after(trigger: Token, report_verbs: frozenset[str]) -> bool:
    """A reporting verb set after the sentence, parsed as a participle on its subject."""
    return trigger.dep_ == "acl" and inverted_reporter(trigger.head, report_verbs)


# Words a side's adjective may stand before a noun trigger with: "Russian *overnight
# ballistic missile and drone* strikes" (tags: adjective, adverb, conjunction, noun).
_PREMODIFIER_TAGS = frozenset({"JJ", "RB", "CC", "NN", "NNS", "HYPH"})


def _premodifier_sides(trigger: Token, ix: DocIndex, lex: EventLexicon) -> list[Token]:
    """The nationality or possessive opening the words before a noun (or gerund) trigger,
    read off the surface: "Russian ballistic missile and drone strikes" (the parser hangs
    "Russian" on "missile" inside another phrase), "in Russian shelling" (read as a verb
    with "Russian" as the object of "in"). Only weapons, event nouns and adjectives may
    stand between, so "Syrian refugee camp attacks" names none."""
    if trigger.tag_ not in ("NN", "NNS", "VBG", "VBZ"):  # "strikes" misread as a verb
        return []
    doc = trigger.doc
    for i in range(trigger.i - 1, max(trigger.sent.start, trigger.i - 7) - 1, -1):
        tok = doc[i]
        m = ix.mention_at[i]
        if m is not None:
            return [tok] if _side_word(m, lex) and m.text[:1].isupper() else []
        if tok.tag_ not in _PREMODIFIER_TAGS or tok.text == "-":
            return []  # "pro-Russian", "Russian-occupied": a hyphen joins another word
        if tok.tag_ in ("NN", "NNS") and not _attack_word(tok, lex):
            return []  # "air strike" passes, "refugee camp" does not
    return []


def _attack_word(tok: Token, lex: EventLexicon) -> bool:
    """A weapon or an attack noun, also the first word of a two-word weapon ("air strike")."""
    base = lemma(tok)
    if lex.in_class("weapon", base) or base in lex.nouns:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return f"{tok.lower_} {nxt.lower_}" in lex.classes["weapon"]


def _side_word(m: Mention, lex: EventLexicon) -> bool:
    """A nationality, an armed body ("Russian Air Force strikes", "Russian ballistic
    missile" read as the army's) or a country's name before an attack noun: the attacker.
    A town there is the scene ("Kharkiv drone strikes"), a hospital or a school the target."""
    actor = m.actor
    if actor is None:
        return False
    if m.label == "NORP" or (m.place is not None and m.place.feature == "country"):
        return actor.country is not None
    if m.place is None and actor.country is not None and actor.id == f"c:{actor.country}":
        return True  # "in Ukrainian shelling" tagged as a GPE: the country, not a town
    return m.place is None and actor.sector in lex.armed_sectors


def _owner(m: Mention | None) -> bool:
    """A side that may own weapons: a mention with a country that is no town."""
    if m is None or m.actor is None or m.actor.country is None:
        return False
    return m.place is None or m.place.feature == "country"


def _place_only(ix: DocIndex, tok: Token) -> bool:
    """A place before the trigger says where, also a town read as its civilians."""
    m = ix.mention_at[tok.i]
    return m is not None and m.place is not None and (m.actor is None or town_as_people(m))


def _names_someone(heads: list[Token], ix: DocIndex) -> bool:
    """Whether some phrase names an actor or a place ("to Ukraine"; not "for a year")."""
    return any(
        (m := ix.mention_at[t.i]) is not None and (m.actor is not None or m.place is not None)
        for h in heads
        for t in h.subtree
    )


def _dedupe(items: list[Participant]) -> list[Participant]:
    seen: set[Span] = set()
    out = []
    for p in items:
        if p.span not in seen:
            seen.add(p.span)
            out.append(p)
    return out
