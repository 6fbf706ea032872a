"""Event arguments tied to the trigger: participants, place and date.

Everything here starts from a trigger's frame and walks only its own clause (the chain of
governors up to the clause head). Participants and places come from the entities layer
(``Mention.actor`` / ``Mention.place``), dates from the timexes layer. Nothing is taken
from another sentence or an unrelated clause: what cannot be tied stays empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from dateline.model import (
    EventDate,
    EventLocation,
    Mention,
    Participant,
    Span,
)
from dateline.nlp.events_claims import GENERIC_PREFIX
from dateline.nlp.events_conventions import CountryOfWord, ParticipantConventions
from dateline.nlp.events_dates import (
    assumed_day,
    best_timex,
    from_anchor,
    from_named_event,
    from_publication,
    from_timex,
    result_verb,
    stated_object,
    untold_time,
)
from dateline.nlp.events_frames import Frame, affiliated_description, hedged_description
from dateline.nlp.events_index import DocIndex
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_place import PlaceReader, PlaceWords, is_country
from dateline.nlp.events_tokens import (
    AFFILIATION_PREPS,
    OF,
    PLURAL_TAGS,
    conjuncts,
    lemma,
    of_gerund,
    prep_objects,
    stops_weapon,
    token_span,
)

PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NON_AGENT_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
GROUP_PREPS = frozenset({"of", "from", "in", "throughout", "across"})
RESIDENCE_PREPS = frozenset({"of", "in"})
WEAPON_PART_PREPS = frozenset({"of", "from"})  # "fragments of a missile", "debris from a drone"
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
POSSESSIVE_THIRD = frozenset({"his", "her", "its", "their"})
# The links from a noun up to the subject phrase that holds it ("a mine planted by its
# fighters": pobj, agent, acl; "one of its fighters": pobj, prep), at most SUBJECT_DEPTH deep.
SUBJECT_INNER = frozenset({"pobj", "prep", "agent", "acl"})
SUBJECT_DEPTH = 5
FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my", "ours"})


class ArgumentReader(ParticipantConventions):
    """Reads participants, places and dates for frames against one document's index."""

    def __init__(
        self,
        lexicon: EventLexicon,
        index: DocIndex,
        places: PlaceWords,
        country_of_word: CountryOfWord = lambda _word: None,
    ) -> None:
        self.lex = lexicon
        self.ix = index
        self.places = places
        self.country_of_word = country_of_word
        self.place = PlaceReader(lexicon, index, places)

    # participants --------------------------------------------------------------
    def participants(self, heads: Iterable[Token], quote: int | None) -> list[Participant]:
        """Participants named by noun phrases headed by ``heads`` (and their conjuncts)."""
        out: list[Participant] = []
        for head in heads:
            for h in conjuncts(head):
                out.extend(self._np(h, quote, depth=0))
        return _unique(out)

    def _np(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        if depth > 4 or self.ix.timex_over[head.i] is not None:
            return []  # "a strike on Monday": a date is no participant
        m = self.ix.mention_at[head.i]
        if m is not None and _usable(m):
            named = _participant(m)
            if named.country is not None and (m.label == "NORP" or self._minority(m)):
                # "ethnic Albanians in south Serbia": a people where it lives.
                return self._resident(head, named, quote, depth)
            if m.actor is None or named.country is None:
                # "Kenzo Oshima, the UN relief coordinator," (a name read as a place, or a
                # person with no country): the apposition says whom they act for.
                role = self._apposed(head, quote, depth)
                if role:
                    return [replace(named, country=role[0].country, sector=role[0].sector)]
            if named.country is not None:
                # for a weapon ("Ukrainian drones"), the country that uses it
                return [named, *self._coordinated(head, named)]
            if self._weapon(head) and not self._armed_people(m):
                return self._around(head, quote, depth)
            # "Rebels in the Ivory Coast", "Iraqi Kurds": the phrase around a mention
            # without a country may still say whose it is.
            return self._around(head, quote, depth) or [named]
        if head.pos_ == "PRON":
            return self._pronoun(head, quote) or self._reported_subject(head, quote, depth)
        return self._around(head, quote, depth)

    def _around(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        own = self.ix.mention_at[head.i]
        launcher = self._launcher(head, quote)
        if launcher is not None:
            return launcher
        sides = self._weapon_of_part(head, quote, depth)
        if sides:
            return sides
        # "militants loyal to X"; "the Saudi-led coalition"
        affiliated = self._affiliation(head, quote, depth) or self._led_by(head)
        if affiliated:
            return affiliated
        relational = lemma(head) in self.lex.relational_heads
        authority = lemma(head) in self.lex.authority_heads
        found = [
            _participant(mm)
            for c in head.children
            if c.dep_ in ("compound", "amod", "poss", "nmod", "appos")
            and not (relational and c.dep_ == "poss")
            for mm in self._mentions_in(c)
            if (
                mm.actor is not None
                or mm.place is None
                or (authority and _placename(mm, self.places.labels))
                or (c.dep_ == "poss" and _country_level(mm))  # "Serbia's suppression of"
            )
            and mm is not own
            and not (c.dep_ in ("compound", "nmod") and town_as_people(mm))
        ]
        if any(p.country for p in found):
            return found
        makers = self._event_makers(head, quote, depth) or self._based_in(head)
        if makers:
            return makers
        owner = self._possessive_owner(head, quote, depth)
        if owner:
            return owner
        members: list[Participant] = []
        # "the governor of Kharkiv": an authority belongs to the place it governs
        grouped = lemma(head) in self.lex.group_heads or own is not None or authority
        grouped = grouped or self._unarmed_people(head)
        for prep in head.children:
            if prep.dep_ != "prep" or lemma(prep) not in GROUP_PREPS:
                continue
            for p in prep.children:
                # "a suicide bomber from the Baloch Liberation Army": one of a named body.
                if p.dep_ == "pobj" and (grouped or self._named_body(p, lemma(prep))):
                    members += self._member_of(p, lemma(prep), quote, depth, authority)
        return members if any(p.country for p in members) else found + members

    def _launcher(self, head: Token, quote: int | None) -> list[Participant] | None:
        """ "rockets launched by the armed forces of Ukraine": the launcher acts ("a drone
        shot down by air defences" names who stopped it instead); None when no participle
        names one."""
        for acl in head.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN":
                continue
            if stops_weapon(acl, self.lex.interception_verbs):
                continue
            agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children]
            if agents:
                return self.participants(agents, quote)
        return None

    def _weapon_of_part(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "fragments of a Ukrainian missile", "debris from a drone": the weapon's side."""
        if lemma(head) not in self.lex.weapon_parts:
            return []
        sides = [
            p
            for pobj in prep_objects([head], WEAPON_PART_PREPS)
            for p in self._np(pobj, quote, depth + 1)
        ]
        return sides if any(p.country for p in sides) else []

    def _named_body(self, pobj: Token, prep: str) -> bool:
        m = self.ix.mention_at[pobj.i]
        return (
            prep in ("of", "from")
            and m is not None
            and m.actor is not None
            and m.actor.id.startswith("o:")
        )

    def _possessive_owner(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "Bosnian Serbs said their forces had withdrawn": a possessive pronoun in the
        subject of a reported clause is the reporting subject, and so is one deeper in that
        subject ("admitted that a mine planted by its fighters killed two", "said one of its
        fighters had carried out the bombing")."""
        pron = next(
            (c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_THIRD), None
        )
        subject = head
        for _ in range(SUBJECT_DEPTH):
            if pron is None or subject.dep_ in ("nsubj", "nsubjpass"):
                break
            if subject.dep_ not in SUBJECT_INNER or subject.head.i == subject.i:
                return []
            subject = subject.head
        if pron is None or subject.dep_ not in ("nsubj", "nsubjpass"):
            return []
        return self._reporter_subject(pron, subject, quote, depth)

    def _resident(
        self, head: Token, named: Participant, quote: int | None, depth: int
    ) -> list[Participant]:
        for prep in head.children:
            if prep.dep_ == "prep" and lemma(prep) in RESIDENCE_PREPS:
                for p in prep.children:
                    if p.dep_ != "pobj":
                        continue
                    m = self.ix.mention_at[p.i]
                    if m is not None and m.place is not None and m.place.country:
                        return [replace(named, country=m.place.country)]
                    if m is not None and _country_level(m) and m.actor is not None:
                        return [replace(named, country=m.actor.country)]
        based = self._based_in(head)
        if based:
            return [replace(named, country=based[0].country)]
        minority = any(
            c.dep_ == "amod" and c.lower_ in self.lex.minority_words for c in head.children
        )
        if minority or self._minority(self.ix.mention_at[head.i]):
            # "ethnic Albanians": a minority, coded where it lives, unknown here.
            return [replace(named, country=None)]
        return [named]

    def _affiliation(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "militants loyal to X", "workers affiliated with X", "gunmen suspected of belonging
        to X": the side they belong to."""
        found = self._branch_owner(head, quote, depth) + self._emblem_owner(head, quote, depth)
        describing = [c for c in head.children if c.dep_ in ("amod", "acl", "relcl")]
        if head.dep_ == "nsubj" and hedged_description(head.head, self.lex.hedge_verbs):
            # "gunmen believed to be members of X", "militants thought to be linked to X"
            for x in head.head.children:
                if x.dep_ == "xcomp":
                    found += self._described_membership(x, quote, depth)
                    describing.append(x)
        elif head.dep_ == "nsubj" and affiliated_description(head.head, self.lex.affiliation_words):
            describing.append(head.head)  # "fighters linked to X killed ...", misparsed
        for c in describing:
            c = of_gerund(c, self.lex.affiliation_words)  # "suspected of belonging to X"
            # "who pledged allegiance to X": the "to" phrase hangs on the object
            pledged = [
                o for o in c.children if o.dep_ == "dobj" and lemma(o) in self.lex.allegiance_nouns
            ]
            if lemma(c) not in self.lex.affiliation_words and not pledged:
                continue
            for prep in (*c.children, *(x for o in pledged for x in o.children)):
                if prep.dep_ == "prep" and lemma(prep) in AFFILIATION_PREPS:
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            found += [q for q in self._np(p, quote, depth + 1) if q.country]
        return found

    def _emblem_owner(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "attackers, some carrying the black flag of the Islamic State": a group showing
        a known body's flag is the body's (a country's flag names no side: protesters)."""
        clauses = [c for c in head.children if c.dep_ in ("acl", "relcl")]
        clauses += [x for a in head.children if a.dep_ == "appos" for x in a.children]
        flags = [
            o
            for c in clauses
            if c.dep_ in ("acl", "relcl") and lemma(c) in self.lex.emblem_verbs
            for o in c.children
            if o.dep_ == "dobj" and lemma(o) in self.lex.emblem_nouns
        ]
        owners = [c for f in flags for c in f.children if c.dep_ in ("compound", "poss", "nmod")]
        owners += prep_objects(flags, frozenset({"of"}))  # "the flag of the Islamic State"
        return [
            q
            for x in owners
            for q in self._np(x, quote, depth + 1)
            if q.country and (q.actor_id or "").startswith("o:")
        ]

    def _branch_owner(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "the Islamic State's Mozambique affiliate": a body's branch is the body's."""
        if lemma(head) not in self.lex.branch_heads:
            return []
        return [
            q
            for c in head.children
            if c.dep_ == "poss"
            for q in self._np(c, quote, depth + 1)
            if q.country and (q.actor_id or "").startswith("o:")
        ]

    def _described_membership(
        self, verb: Token, quote: int | None, depth: int
    ) -> list[Participant]:
        """ "(believed) to be members of X": the organisation or country X names."""
        if lemma(verb) != "be":
            return []
        return [
            q
            for attr in verb.children
            if attr.dep_ == "attr"
            for prep in attr.children
            if prep.dep_ == "prep" and lemma(prep) == "of"
            for p in prep.children
            if p.dep_ == "pobj"
            for q in self._np(p, quote, depth + 1)
            if q.actor_id is not None and q.country
        ]

    def _member_of(
        self, pobj: Token, prep: str, quote: int | None, depth: int, authority: bool = False
    ) -> list[Participant]:
        """Whose a group is: "members of Hamas", "rebels in the Ivory Coast". A place says
        so only when it is a country ("rebels in Smara" says nothing about their side), or
        for a place's own authorities ("the government of Sindh province")."""
        # "troops from France, Germany and Italy": every coordinated body
        found = [p for h in conjuncts(pobj) for p in self._np(h, quote, depth + 1)]
        if authority:
            m = self.ix.mention_at[pobj.i]
            if not found and m is not None and m.place is not None and m.place.country:
                return [Participant(m.span, m.place.name, m.place.country, "GOV")]
        if prep == "of" or prep == "from":
            return found
        local = self._local_authority(pobj) if authority and prep == "in" else None
        if local is not None:
            return [local]
        if self._unarmed_people(pobj.head.head):
            # "demonstrators in Baghdad", "ethnic Albanians in south Serbia": civilians are
            # coded by the country they live in (CAMEO, PLOVER).
            return [p for p in found if p.country]
        return [p for p in found if _country_level(self.ix.mention_at[pobj.i])]

    def _local_authority(self, pobj: Token) -> Participant | None:
        """ "police in Nairobi", "authorities in Kandahar": a place's own authorities, known
        only by their kind, belong to its country (unlike "rebels in Smara")."""
        group = self.ix.mention_at[pobj.head.head.i]
        place = self.ix.mention_at[pobj.i]
        if group is None or group.actor is None or group.actor.country is not None:
            return None
        if not group.actor.id.startswith(GENERIC_PREFIX):
            return None
        if place is None or place.place is None or not place.place.country:
            return None
        a = group.actor
        return Participant(group.span, a.name, place.place.country, a.sector, a.id)

    def _unarmed_people(self, head: Token) -> bool:
        """A group the text does not make an armed side (civilians, protesters, a people)."""
        m = self.ix.mention_at[head.i]
        if m is None or m.actor is None:
            return lemma(head) in self.lex.civilian_heads
        sector = m.actor.sector
        return sector not in self.lex.armed_sectors and (
            m.label == "NORP" or (sector is not None and sector != "GOV")
        )

    def _weapon(self, head: Token) -> bool:
        """A weapon named like an organisation ("MLRS", "Iskander") is an instrument."""
        weapons = self.lex.classes["weapon"]
        return lemma(head) in weapons or head.lower_ in weapons

    def _armed_people(self, m: Mention) -> bool:
        """ "gunmen", "snipers": people the weapon list also names (for the attack's mode),
        whom the actors layer knows as an armed group; they act, unlike an instrument."""
        return m.actor is not None and m.actor.sector in self.lex.armed_sectors

    def _reported_subject(self, pron: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "Iraq said it would allow ...": a subject pronoun of a reported clause refers to
        the subject of the clause that reports it, when they agree."""
        if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in THIRD_PERSON:
            return []
        return self._reporter_subject(pron, pron, quote, depth)

    def _reporter_subject(
        self, pron: Token, subject: Token, quote: int | None, depth: int
    ) -> list[Participant]:
        """The subject of the clause that reports the one ``subject`` heads, if ``pron``
        agrees with it ("X was quoted as saying he ...": X)."""
        clause = subject.head
        if clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
            clause = clause.head  # a subject the small parser hung on "was"
        for _ in range(3):
            if clause.dep_ in ("xcomp", "conj", "acomp") and clause.head.i != clause.i:
                clause = clause.head
                continue
            break
        if clause.dep_ != "ccomp":
            return []
        reporter = clause.head
        if reporter.dep_ == "pcomp" and lemma(reporter.head) == "as":
            reporter = reporter.head.head  # "was quoted as saying"
        subjects = [c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not subjects and reporter.dep_ == "conj" and reporter.head.i != reporter.i:
            reporter = reporter.head  # "Moscow denied it and said its drones ...": Moscow
            subjects = [c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return []
        body = self._spoken_for(pron, subjects[0])
        if body:
            return body
        found = self._np(subjects[0], quote, depth + 1)
        return [p for p in found if _agrees(pron, self.ix.mention_at[subjects[0].i], subjects[0])]

    def _spoken_for(self, pron: Token, subject: Token) -> list[Participant]:
        """ "rebel military spokesman Ali Karim said it had fired the missiles": "it" is
        the body the named spokesperson speaks for, coded as the person's side."""
        if pron.lower_ not in BODY_PRONOUNS:
            return []
        m = self.ix.mention_at[subject.i]
        if m is None or m.label != "PERSON" or m.actor is None or m.actor.country is None:
            return []
        titles = [
            c
            for c in subject.children
            if c.dep_ in ("compound", "appos") and lemma(c) in self.lex.spokesperson_nouns
        ]
        if not titles:
            return []
        body = [c for c in titles[0].children if c.dep_ in ("nmod", "compound", "poss", "amod")]
        span = Span.hull([token_span(t) for t in body]) if body else m.span
        name = self.ix.text[span.start : span.end] if body else m.actor.name
        return [Participant(span, name, m.actor.country, m.actor.sector)]

    def _mentions_in(self, tok: Token) -> Iterator[Mention]:
        seen: set[Span] = set()
        # "Russian and Chinese leaders": a modifier's conjuncts before the noun modify it too
        inner = ("compound", "poss", "amod")
        for t in [
            tok,
            *(
                c
                for c in tok.children
                if c.dep_ in inner or (c.dep_ == "conj" and c.i < tok.head.i)
            ),
        ]:
            m = self.ix.mention_at[t.i]
            if m is not None and _usable(m) and m.span not in seen and not self._weapon(t):
                seen.add(m.span)
                yield m

    def _pronoun(self, tok: Token, quote: int | None) -> list[Participant]:
        if quote is None or lemma(tok) not in FIRST_PERSON:
            return []
        q = self.ix.quotes[quote]
        actor = q.speaker_actor
        if actor is None:
            return []
        # The quote's attribution ties "we"/"I" inside it to its speaker.
        return [
            Participant(
                token_span(tok),
                q.speaker_name or actor.name,
                actor.country,
                actor.sector,
                actor.id,
            )
        ]

    def residents(
        self, heads: Iterable[Token], where: EventLocation, found: list[Participant]
    ) -> list[Participant]:
        """ "Protesters blocked streets in Hong Kong": unarmed people with no side of their
        own are coded by the country where they act, as CAMEO and PLOVER code them."""
        country = where.place.country
        if not country:
            return found
        out: list[Participant] = []
        for head in heads:
            for t in (head, *prep_objects([head], OF)):
                minority = any(
                    c.dep_ == "amod" and c.lower_ in self.lex.minority_words for c in t.children
                )
                if (lemma(t) in self.lex.civilian_heads or minority) and not self._weapon(t):
                    out.append(Participant(token_span(t), t.text, country, "CVL"))
                    break
        spans = {p.span for p in out}
        return (
            out + [p for p in found if not any(p.span.overlaps(s) for s in spans)] if out else found
        )

    def location(self, frame: Frame, path: list[Token]) -> EventLocation | None:
        """Where the event happened (``events_place.PlaceReader``)."""
        return self.place.location(frame, path)

    # date ------------------------------------------------------------------------
    def stated(self, frame: Frame) -> bool:
        """The trigger is the object of a claim, condemnation or report ("claimed the attack")."""
        return stated_object(frame.trigger, self.lex.statement_verbs) is not None

    def date(self, frame: Frame, path: list[Token], reporter: Token | None) -> EventDate:
        """The governing time expression's date, else the publication date."""
        over = self.ix.timex_over[frame.trigger.i]
        if over is not None and over.anchor_value:
            found = from_anchor(over)
            if found is not None:
                return found
        named = self.ix.named_event(token_span(frame.trigger))
        if named is not None:  # "since the Russian invasion of Ukraine": that event's day
            return from_named_event(named)
        told = result_verb(frame.trigger, self.lex.size.result_verbs, self.lex.size.life_verbs)
        nodes = [*path, *told, *([reporter] if reporter is not None else [])]
        stated = stated_object(frame.trigger, self.lex.statement_verbs)
        if stated is not None:  # "claimed the attack on Wednesday": the day is the claim's
            nodes = [n for n in nodes if not stated.left_edge.i <= n.i <= stated.right_edge.i]
        for node in nodes:
            best = best_timex(self.ix.timex_at.get(node.i, ()), self.ix.text, self.ix.publication)
            if best is not None and not assumed_day(best, self.ix.publication):
                return from_timex(best, self.ix.publication)
        ix = self.ix
        inner = untold_time(frame.trigger, ix.timex_at, ix.text, ix.publication, self.lex, stated)
        if inner is not None:
            return from_timex(inner, ix.publication)
        return from_publication(ix.publication)


# Pronouns that stand for a body rather than a person ("said it had", "said they had").
BODY_PRONOUNS = frozenset({"it", "its", "they", "their"})


def _agrees(pron: Token, mention: Mention | None, head: Token | None = None) -> bool:
    """Pronoun and antecedent agree: "he"/"she" for people, "it" for the rest, and "it" for
    no plural ("Officials said it killed nine": "it" is the fire, not the officials)."""
    word = pron.lower_
    person = mention is not None and mention.label == "PERSON"
    if word in ("he", "she", "him", "her"):
        return person or mention is None
    if word in ("it", "its"):
        return not person and (head is None or head.tag_ not in PLURAL_TAGS)
    return True


def town_as_people(m: Mention) -> bool:
    """A town the actors layer reads as its civilians ("Kharkiv" tagged ORG): named before
    an event noun it says where ("the Kharkiv market airstrike"), not who."""
    return m.place is not None and m.actor is not None and m.actor.sector == "CVL"


def _usable(m: Mention) -> bool:
    if m.label in NON_AGENT_LABELS:
        return False  # a war, a law or a weapon's name does not act
    return m.actor is not None or m.place is not None or m.label in PARTICIPANT_LABELS


def _participant(m: Mention) -> Participant:
    if m.actor is not None:
        a = m.actor
        return Participant(m.span, a.name, a.country, a.sector, a.id)
    if m.place is not None:
        return Participant(m.span, m.place.name, m.place.country)
    return Participant(m.span, m.text)


def _placename(m: Mention, labels: frozenset[str]) -> bool:
    return m.place is not None and m.label in labels


def _country_level(m: Mention | None) -> bool:
    if m is None:
        return False
    if m.place is not None:
        return is_country(m.place)
    return m.actor is not None and m.actor.id in (m.actor.country, f"c:{m.actor.country}")


def _unique(items: list[Participant]) -> list[Participant]:
    seen: set[tuple[str | None, str, int]] = set()
    out = []
    for p in items:
        key = (p.country, p.name, p.span.start)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
