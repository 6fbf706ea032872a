"""Triggers and their syntactic frames, read off the shared dependency parse.

A frame collects, for one trigger token, the phrases that fill its roles: who acts
(subjects), what is acted on (objects), modifiers of a noun trigger, instruments and
prepositional phrases, and the light verb that lends a noun trigger its subject
("launched an attack"). Sense selection and participants read only these phrases, so an
argument is always syntactically tied to its trigger.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.symbols import PROPN
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.nlp.events_filters import characterises, habitual, modifies_thing
from dateline.nlp.events_keys import noun_keys, verb_keys
from dateline.nlp.events_lexicon import EventLexicon, Sense
from dateline.nlp.events_misparse import (
    adjunct_gerund,
    fronted_subject,
    grounds_verb,
    inverted_reporter,
    misread_verb_subject,
    sequel_verb,
    stray_agent,
)
from dateline.nlp.events_tokens import (
    AFFILIATION_PREPS,
    BY,
    INFLECTED_TAGS,
    MODIFIER_DEPS,
    NOUNISH,
    POS_NOUNS,
    POS_VERB,
    VERBISH,
    DocView,
    Paragraphs,
    array_key,
    base_guesses,
    is_passive,
    lemma,
    misread_active,
    names_its_object,
    phrase,
    phrase_top,
    verb_forms,
)
from dateline.nlp.events_verb_args import (
    ACTIVE_FINITE_TAGS,
    CLAUSE_CHAIN,
    add_prep,
    governing_verb,
    is_infinitive,
    key_noun_preps,
    objects_of,
    own_subjects,
    passive_agent,
    verb_children,
)


@dataclass(slots=True)
class Frame:
    """The phrases around one trigger token, by role."""

    trigger: Token
    predicate: Token
    is_noun: bool
    passive: bool
    subjects: list[Token]
    objects: list[Token]
    modifiers: list[Token]
    instruments: list[Token]
    preps: list[tuple[str, Token]]
    key_tokens: tuple[Token, ...]
    cached: dict[str, frozenset[str]] | None = field(default=None, repr=False)

    @property
    def nominal(self) -> bool:
        """A noun trigger, or a gerund used as a noun ("because of continued shelling")."""
        t = self.trigger
        return self.is_noun or (
            t.tag_ == "VBG" and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        )

    def changed(self) -> None:
        """Forget the cached words after the roles were edited."""
        self.cached = None

    def words(self) -> dict[str, frozenset[str]]:
        """Lemmas (and two-word sequences) of each role, for sense conditions and cues."""
        if self.cached is None:
            self.cached = self._words()
        return self.cached

    def _words(self) -> dict[str, frozenset[str]]:
        subject = _lemmas(t for s in self.subjects for t in phrase(s))
        if any(t.dep_ == "conj" for s in self.subjects for t in phrase(s)):
            subject |= {"<conj>"}  # coordinated actors ("French and Egyptian warships")
        obj = _lemmas(t for o in self.objects for t in phrase(o))
        modifier = _lemmas(t for m in self.modifiers for t in phrase(m))
        extra = _lemmas(t for _, p in self.preps for t in phrase(p))
        extra |= _lemmas(t for i in self.instruments for t in phrase(i))
        extra |= {lemma(c) for c in self.trigger.children}
        extra |= {f"<{c.dep_}>" for c in self.trigger.children}
        extra |= {lemma(self.predicate)} | {lemma(c) for c in self.predicate.children}
        t = self.trigger
        if (t.dep_ == "advcl" and t.tag_ == "VBG") or (t.dep_ == "conj" and t.head.pos_ in VERBISH):
            # "the helicopter crashed, killing all five", "the plane crashed ... and struck a
            # hangar": the clause it hangs on, or shares its subject with, says how.
            extra |= {lemma(t.head)}
        extra |= governing_verb(t)
        return {
            "subject": subject,
            "object": obj,
            "modifier": modifier,
            "any": subject | obj | modifier | extra,
        }


def _lemmas(tokens: Iterable[Token]) -> frozenset[str]:
    by_index = {t.i: t for t in tokens}
    out: set[str] = set()
    previous, last = "", -2
    for i in sorted(by_index):
        t = by_index[i]
        word = lemma(t)
        out.add(word)
        if i == last + 1:
            out.add(f"{previous} {word}")
        previous, last = word, i
        if t.pos == PROPN and t.is_title and t.lower_.endswith("s"):
            # A capitalised plural read as a name keeps its own lemma ("Rockets" -> "rockets").
            out.add(t.lower_[:-1])
    return frozenset(out)


@dataclass(slots=True)
class Trigger:
    """A trigger token with the sense chosen for it and its frame."""

    token: Token
    key: str
    sense: Sense
    frame: Frame
    standalone: bool = True  # False: a support-only trigger whose conditions do not hold
    embedded: list[str] = field(default_factory=list)  # types of actions it demands, offers...
    inner: list[Trigger] = field(default_factory=list)  # those actions' own triggers


class TriggerFinder:
    """Finds trigger tokens in a sentence and builds their frames."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self._deontic = frozenset(w for w, k in lexicon.modality.aux.items() if k == "deontic")
        self._demand = Sense("REQUEST", modes=("change",), confidence=0.8)
        self._control = frozenset(
            k for k, senses in lexicon.verbs.items() if any(s.object_control for s in senses)
        )
        verb_words = {w for k in lexicon.verbs for w in k.split()}
        noun_words = {w for k in lexicon.nouns for w in k.split() if w != "of"}
        self._verb_hashes = frozenset(array_key(w) for w in verb_words)
        self._noun_hashes = frozenset(array_key(w) for w in noun_words)
        self._ids = {name: array_key(name) for name in ("amod", "ccomp")}

    def find(self, start: int, end: int, view: DocView) -> Iterator[Trigger]:
        """Yield the triggers of the sentence of tokens ``start``..``end``, in text order,
        with arguments kept to the trigger's paragraph."""
        doc, ids = view.doc, self._ids
        poss, lems, lows, deps, tags = view.pos, view.lemma, view.lower, view.dep, view.tag
        for i in range(start, end):
            if i in view.named:
                continue
            pos, lem, low, dep, tag = poss[i], lems[i], lows[i], deps[i], tags[i]
            if pos == POS_VERB:
                if dep == ids["amod"]:
                    continue  # an adjectival participle ("alleged violations") reports nothing
                if not self._maybe_verb(lem, low, dep, tag, doc):
                    continue
                tok = doc[i]
                found = self._verb(tok) or self._reported_obligation(tok)
            elif pos in POS_NOUNS and (lem in self._noun_hashes or low in self._noun_hashes):
                found = self.noun_trigger(doc[i])
            else:
                continue
            if found is not None and not habitual(found.frame, self.lex.habitual_adverbs):
                _keep_paragraph(found.frame, view.para)
                yield found

    def _maybe_verb(self, lem: int, low: int, dep: int, tag: int, doc: SpacyDoc) -> bool:
        if lem in self._verb_hashes or dep == self._ids["ccomp"]:
            return True
        if tag not in INFLECTED_TAGS:
            return False
        word = doc.vocab.strings[low]
        return any(array_key(g) in self._verb_hashes for g in base_guesses(word))

    def _choose(self, senses: tuple[Sense, ...], frame: Frame) -> tuple[Sense, bool] | None:
        if senses[0].require is None and senses[0].forbid is None:
            return senses[0], True  # unconditional: no need to read the frame's words
        words = frame.words()
        for s in senses:
            if s.applies(words):
                return s, not s.count_only
        for s in senses:
            # A support-only reading still adds counts to an event it is tied to.
            if s.support and not s.count_only and (s.forbid is None or not s.forbid.holds(words)):
                return s, False
        return None

    def _verb(self, tok: Token) -> Trigger | None:
        for base in verb_forms(tok):
            for key, consumed in verb_keys(tok, base):
                senses = self.lex.verbs.get(key)
                if senses is None:
                    continue
                frame = self.verb_frame(tok, consumed)
                chosen = self._choose(senses, frame)
                if chosen is not None:
                    return Trigger(tok, key, chosen[0], frame, chosen[1])
            if base in self.lex.verbs:
                break
        return None

    def _reported_obligation(self, tok: Token) -> Trigger | None:
        """ "X said Y must drop barriers": a reported obligation is a demand by X."""
        if tok.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ in self._deontic for c in tok.children
        ):
            return None
        return Trigger(tok, "<obligation>", self._demand, self.verb_frame(tok))

    def noun_trigger(self, tok: Token) -> Trigger | None:
        """The trigger a noun makes with its senses and frame (None if it makes none)."""
        if modifies_thing(tok, self.lex.modifier_heads) or characterises(tok, self.lex):
            return None
        base = lemma(tok)
        for key, consumed in noun_keys(tok, base):
            senses = self.lex.nouns.get(key)
            if senses is None:
                continue
            frame = self.noun_frame(tok, consumed)
            chosen = self._choose(senses, frame)
            if chosen is not None:
                return Trigger(tok, key, chosen[0], frame, chosen[1])
        return None

    def verb_frame(self, tok: Token, consumed: tuple[Token, ...] = ()) -> Frame:
        """The frame of a verb trigger (active, passive or participial)."""
        base = lemma(tok)
        passive = is_passive(tok) and base not in self.lex.stative_participles
        victim_subject = base in self.lex.size.intransitive
        subjects, objects, preps, instruments = verb_children(
            tok, consumed, passive, victim_subject
        )
        key_noun_preps(consumed, preps, instruments)
        modifiers: list[Token] = []
        if tok.tag_ == "VBG":
            # A gerund read as a verb ("due to Russian shelling"): its modifiers name who.
            modifiers = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c not in consumed]
        if tok.dep_ == "acl" and not subjects:
            self._participle_roles(tok, passive, subjects, objects)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and passive_agent(tok.head) and not subjects:
            # "was interrupted by protesting farmers", parsed as a gerund taking an
            # object: a passive's agent is the people, the participle says what they do
            subjects, objects = objects, []
        if not subjects:
            subjects = self._missing_subjects(tok, passive, victim_subject)
        objects = self._sides_only(objects)
        return Frame(
            tok, tok, False, passive, subjects, objects, modifiers, instruments, preps, consumed
        )

    def _sides_only(self, objects: list[Token]) -> list[Token]:
        """The objects without a reporter the parser hangs on the verb ("beat migrants, a
        rights group charged": the group is no second object) or on its own participle."""
        return [o for o in objects if not inverted_reporter(o, self.lex.report_verbs)]

    def _missing_subjects(self, tok: Token, passive: bool, victim_subject: bool) -> list[Token]:
        """Who acts when the verb has no subject of its own: a passive's agent set after an
        aside, the subject of the clause it hangs on, or one joined to a fronted phrase."""
        found = stray_agent(tok) if passive else []
        if found or victim_subject:
            return found
        return (
            self.inherited_subjects(tok, depth=0)
            or fronted_subject(tok)
            or misread_verb_subject(tok)
        )

    def _participle_roles(
        self, tok: Token, passive: bool, subjects: list[Token], objects: list[Token]
    ) -> None:
        """The noun a participle or infinitive modifies fills its missing role."""
        if is_infinitive(tok):
            if not objects:
                subjects += self.noun_controller(tok.head)  # "reached a consensus to exchange"
        elif not passive:
            # "Russian forces invading Ukraine": the forces invade
            subjects.append(phrase_top(tok.head) if misread_active(tok) else tok.head)
        elif not objects:
            objects.append(tok.head)  # "civilians killed in the strike"

    def inherited_subjects(self, tok: Token, depth: int) -> list[Token]:
        """Subjects a verb without its own takes from the clause it hangs on."""
        if depth > 4:
            return []
        head, dep = tok.head, tok.dep_
        if head.i == tok.i:
            return []
        if dep == "pcomp" and head.dep_ == "prep" and self._is_control(head.head):
            return objects_of(head.head)
        if adjunct_gerund(tok, self.lex.gerund_preps, self.lex.size.casualty_verbs):
            return self._adjunct_subjects(head.head, depth)
        if (
            dep in ("xcomp", "relcl")
            and head.pos_ == "ADJ"
            and head.dep_ in ("acomp", "oprd", "attr")
            and (dep == "xcomp" or is_infinitive(tok))
        ):
            # "Norway is willing to send ...", "France was the first to recognise ...": the
            # adjective's clause has the subject.
            return self.inherited_subjects(head, depth + 1) or own_subjects(head.head)
        if (dep == "ccomp" and hedged_description(head, self.lex.hedge_verbs)) or (
            dep in ("ccomp", "dep") and affiliated_description(head, self.lex.affiliation_words)
        ):
            return own_subjects(head)  # "gunmen believed to be X's killed ...": the gunmen
        if dep in ("conj", "xcomp", "advcl") and head.pos_ in VERBISH:
            return self._verb_head_subjects(tok, depth)
        return []

    def _verb_head_subjects(self, tok: Token, depth: int) -> list[Token]:
        """The subjects a conjunct, complement or adverbial clause takes from its verb."""
        head, dep = tok.head, tok.dep_
        if dep == "advcl" and any(c.dep_ == "mark" for c in tok.children) and tok.tag_ != "VBG":
            return []  # "when X did Y" has its own subject; "while carrying out" shares it
        if dep == "advcl" and lemma(head) in self.lex.exposing_verbs:
            return []  # "foiled a plot to assassinate X", read with "to" on "foiled"
        if dep != "conj" and self._is_control(head) and objects_of(head):
            return objects_of(head)
        own = own_subjects(head, raising=dep == "xcomp")
        if own:
            return own
        if dep == "conj" and tok.tag_ in ACTIVE_FINITE_TAGS:
            # "he was wounded by shrapnel and fled": an active verb joined to a passive one
            # shares its surface subject, not its agent
            surface = [c for c in head.children if c.dep_ == "nsubjpass"]
            if surface:
                return surface
        agents = [p for c in head.children if c.dep_ == "agent" for p in c.children]
        return agents or self.inherited_subjects(head, depth + 1)

    def _adjunct_subjects(self, verb: Token, depth: int) -> list[Token]:
        """ "youths resorted to throwing stones": a gerund adjunct's subject is its verb's."""
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            # "Poland was more vocal in blaming Russia": the subject of "was"
            return own_subjects(verb.head)
        if verb.pos_ not in VERBISH:
            return []
        if verb.dep_ == "acl" and verb.head.pos_ in NOUNISH and not is_infinitive(verb):
            return [verb.head]  # "youths resorting to ...": the noun the participle modifies
        return own_subjects(verb) or self.inherited_subjects(verb, depth + 1)

    def noun_controller(self, noun: Token) -> list[Token]:
        """Who holds a decision, plan or pledge: the subject of the verb that takes it."""
        verb = noun.head
        if lemma(verb) in self.lex.exposing_verbs:
            return []  # "officials uncovered a plan to storm parliament": not their plan
        if noun.dep_ in ("dobj", "attr") and verb.pos_ in VERBISH and verb.i != noun.i:
            return own_subjects(verb) or self.inherited_subjects(verb, depth=1)
        return []

    def _is_control(self, tok: Token) -> bool:
        if lemma(tok) in self._control:
            return True
        return any(f"{lemma(tok)} {lemma(c)}" in self._control for c in tok.children)

    def noun_frame(self, tok: Token, consumed: tuple[Token, ...] = ()) -> Frame:
        """The frame of a noun trigger: modifiers, its own phrases, and its light verb."""
        subjects, objects, preps, instruments, modifiers = [], [], [], [], []
        possessors: list[Token] = []
        carrier = tok
        if tok.dep_ == "compound" and tok.head.pos_ in NOUNISH:
            carrier = tok.head  # "a mediation mission between X and Y": the head carries it
        for c in _noun_children(tok, carrier, consumed):
            if c in consumed:
                continue
            if c.dep_ == "poss":
                possessors.append(c)
            elif c.dep_ in MODIFIER_DEPS:
                modifiers.append(c)
            elif c.dep_ == "prep":
                if lemma(c) in BY:
                    subjects.extend(p for p in c.children if p.dep_ == "pobj")
                elif lemma(c) == "of":
                    objects.extend(p for p in c.children if p.dep_ == "pobj")
                else:
                    add_prep(c, preps, instruments)
        (objects if self._victim_possessor(tok, objects) else subjects).extend(possessors)
        predicate = self.light_verb(carrier)
        if predicate.i == carrier.i:
            predicate = tok
        passive = False
        if predicate.i != tok.i:
            passive = is_passive(predicate)
            frame = self.verb_frame(predicate)
            subjects += [s for s in frame.subjects if s.i != tok.i]
            for lem, p in frame.preps:
                preps.append((lem, p))
            instruments += frame.instruments
        subjects = subjects or self._grounds_maker(tok) or self._means_maker(tok)
        sequel = None if subjects else sequel_verb(tok, self.lex.sequel_preps)
        subjects = subjects or ([] if sequel is None else own_subjects(sequel))
        return Frame(
            tok,
            predicate,
            True,
            passive,
            subjects,
            objects,
            modifiers,
            instruments,
            preps,
            consumed,
        )

    def _grounds_maker(self, tok: Token) -> list[Token]:
        """ "jailed 52 activists on allegations of treason": who acts on them makes them; "X
        will allow refugees to return under a deal": X, not the refugees, is a party."""
        verb = grounds_verb(tok, self.lex.grounds_nouns, self.lex.grounds_parts)
        while verb is not None and not own_subjects(verb) and verb.dep_ in CLAUSE_CHAIN:
            verb = verb.head
        return [] if verb is None else own_subjects(verb)

    def _means_maker(self, tok: Token) -> list[Token]:
        """ "Ukraine said it damaged a tanker in a drone attack": the subject of an active
        verb of harm with an object, done in the noun's event, carries that event out ("died
        in an attack" is no harm done; "were killed in an attack" is passive)."""
        lex = self.lex
        if tok.dep_ != "pobj" or lemma(tok.head) not in lex.means_preps:
            return []
        verb = tok.head.head
        if verb.pos_ != "VERB" or is_passive(verb) or lemma(verb) not in lex.means_verbs:
            return []
        if not any(c.dep_ == "dobj" for c in verb.children):
            return []
        return own_subjects(verb)

    def _victim_possessor(self, tok: Token, objects: list[Token]) -> bool:
        """ "Khashoggi's killing": with no ``of`` phrase, the possessor is the victim."""
        return not objects and lemma(tok) in self.lex.patient_possessor_nouns

    def _enacts(self, verb: Token, noun: Token) -> bool:
        """Whether ``verb`` enacts the measure ``noun`` can name ("approved new sanctions")."""
        lex = self.lex
        if verb.pos_ not in VERBISH or lemma(verb) not in lex.enacting_verbs:
            return False
        return any(s.type in lex.enacted_types for s in lex.nouns.get(lemma(noun), ()))

    def light_verb(self, tok: Token) -> Token:
        """The verb lending a noun trigger its subject, time and place; else the noun."""
        lex = self.lex
        trigger = tok
        if (
            tok.dep_ == "pobj"
            and lemma(tok.head) == "of"
            and lemma(tok.head.head) in lex.measure_nouns
        ):
            tok = tok.head.head  # "launched ten days of war games": the days are launched
        head, dep = tok.head, tok.dep_
        # "called the attack a deliberate strike" names the attack; it stages nothing.
        naming = names_its_object(head, lex.characterising_verbs)
        if dep in ("dobj", "nsubjpass", "attr") and is_listed(head, lex.light_verbs) and not naming:
            return head
        if dep in ("dobj", "nsubjpass") and self._enacts(head, trigger):
            return head  # "agreed new sanctions", "adopted a package of sanctions"
        if dep in ("nsubj",) and is_listed(head, lex.aspect_verbs):
            return head
        if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERBISH:
            verb = head.head
            if f"{lemma(verb)} {lemma(head)}" in lex.light_verbs:
                return verb
            if lemma(head) == "for" and is_listed(verb, lex.motion_verbs):
                return verb  # "returned to Geneva for talks", "arrived for a visit"
        return trigger


def _keep_paragraph(frame: Frame, para: Paragraphs) -> None:
    home = para.of(frame.trigger)
    if para.of(frame.predicate) != home:
        frame.predicate = frame.trigger
    for name in ("subjects", "objects", "modifiers", "instruments"):
        setattr(frame, name, [t for t in getattr(frame, name) if para.of(t) == home])
    frame.preps = [(lem, t) for lem, t in frame.preps if para.of(t) == home]
    frame.changed()


def _noun_children(tok: Token, carrier: Token, consumed: tuple[Token, ...]) -> list[Token]:
    children = [
        *tok.children,
        *(c for c in carrier.children if carrier.i != tok.i and c.i != tok.i),
    ]
    for k in consumed:
        if k.dep_ in ("compound", "amod"):
            # "a Russian missile strike": the consumed "missile" keeps its "Russian".
            children += [g for g in k.children if g.dep_ in MODIFIER_DEPS]
    return children + _shared_phrases(tok)


def _shared_phrases(tok: Token) -> list[Token]:
    """ "A drone and artillery attack by the RSF on a shelter": the parser makes "attack" a
    conjunct of "drone" and hangs the phrases after it on "drone"; a conjunct with no article
    of its own shares the first one's, so the phrases after it are its own."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ not in NOUNISH or any(c.dep_ == "det" for c in tok.children):
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.i > tok.i]


def is_listed(tok: Token, table: frozenset[str]) -> bool:
    """Whether a verb (or verb and particle, "fend off", or verb and its fixed object, "took
    place") is in ``table``."""
    if tok.pos_ not in VERBISH:
        return False
    for base in verb_forms(tok):
        if base in table:
            return True
        if any(c.dep_ in ("prt", "dobj") and f"{base} {lemma(c)}" in table for c in tok.children):
            return True
    return False


def hedged_description(verb: Token, hedge_verbs: frozenset[str]) -> bool:
    """ "Gunmen believed to be members of X killed ...": what the parser made the main verb
    is a participle describing its subject (no auxiliary, a to-infinitive), not a report."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and lemma(verb) in hedge_verbs
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)
    )


def affiliated_description(verb: Token, affiliation_words: frozenset[str]) -> bool:
    """ "Fighters linked to X killed ...": the parser made the participle of an affiliation
    the main verb (no auxiliary, no object, a "to"/"with" phrase); it describes its subject."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and lemma(verb) in affiliation_words
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "prep" and lemma(c) in AFFILIATION_PREPS for c in verb.children)
    )
