"""Event arguments tied to the trigger: participants, place and date.

Everything here starts from a trigger's frame and walks only its own clause (the chain of
governors up to the clause head). Participants and places come from the entities layer
(``Mention.actor`` / ``Mention.place``), dates from the timexes layer. Nothing is taken
from another sentence or an unrelated clause: what cannot be tied stays empty.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.model import (
    Annotations,
    EventDate,
    EventLocation,
    Mention,
    Participant,
    Quote,
    Span,
    Timex,
)
from dateline.nlp.events_conventions import CountryOfWord, ParticipantConventions
from dateline.nlp.events_dates import (
    assumed_day,
    best_timex,
    from_anchor,
    from_publication,
    from_timex,
    phrase_day,
)
from dateline.nlp.events_frames import Frame, is_listed
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_place import PlaceReader, PlaceWords, is_country
from dateline.nlp.events_tokens import (
    NOUNISH,
    VERBISH,
    DocView,
    Paragraphs,
    conjuncts,
    lemma,
    of_gerund,
    prep_objects,
)

PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
NON_AGENT_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
GROUP_PREPS = frozenset({"of", "from", "in", "throughout", "across"})
RESIDENCE_PREPS = frozenset({"of", "in"})
OF = frozenset({"of"})
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
POSSESSIVE_THIRD = frozenset({"his", "her", "its", "their"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my", "ours"})
PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "acl",
        "conj",
        "xcomp",
        "appos",
        "pcomp",
        "agent",
        "advcl",
        "npadvmod",
        "oprd",
        "acomp",
    }
)


@dataclass(slots=True)
class DocIndex:
    """Per-document lookups from tokens to mentions, timexes and quotes."""

    doc: SpacyDoc
    text: str
    publication: dt.date
    mention_at: list[Mention | None]
    view: DocView
    timex_at: dict[int, list[Timex]]
    timex_over: list[Timex | None]
    quotes: tuple[Quote, ...]

    @classmethod
    def build(
        cls,
        sdoc: SpacyDoc,
        ann: Annotations,
        text: str,
        publication: dt.date,
        boundary_preps: frozenset[str] = frozenset(),
    ) -> DocIndex:
        """Index the entities, timexes and quotes layers against the parse's tokens."""
        mention_at: list[Mention | None] = [None] * len(sdoc)
        named: set[int] = set()
        tokens = _TokenRanges(sdoc)
        for m in ann.entities:
            found = tokens.covering(m.span)
            if found is None:
                continue
            for i in range(*found):
                if _better(m, mention_at[i]):
                    mention_at[i] = m
            if m.label in NAME_LABELS:
                named.update(range(*found))
        timex_at: dict[int, list[Timex]] = {}
        timex_over: list[Timex | None] = [None] * len(sdoc)
        for tx in ann.timexes:
            if tx.type not in ("DATE", "TIME") or (tx.start_date is None and not tx.anchor_value):
                continue
            found = tokens.covering(tx.span)
            if found is None:
                continue
            for i in range(*found):
                timex_over[i] = tx
            span = sdoc[found[0] : found[1]]
            if _boundary(span.root, boundary_preps):
                continue  # "since February": a limit, not the date of what is reported
            timex_at.setdefault(_attachment(span.root).i, []).append(tx)
        return cls(
            sdoc,
            text,
            publication,
            mention_at,
            DocView(sdoc, text, frozenset(named)),
            timex_at,
            timex_over,
            ann.quotes,
        )

    @property
    def para(self) -> Paragraphs:
        """Paragraph numbers of the document's tokens."""
        return self.view.para

    def quote_of(self, span: Span) -> int | None:
        """Index of the quote whose content contains ``span``, if any."""
        for i, q in enumerate(self.quotes):
            if any(c.contains(span) for c in q.content_spans):
                return i
        return None


class _TokenRanges:
    """Character spans to the tokens they touch, from two arrays (no Span objects)."""

    __slots__ = ("ends", "starts")

    def __init__(self, sdoc: SpacyDoc) -> None:
        if len(sdoc) == 0:
            self.starts, self.ends = [], []
            return
        arr = sdoc.to_array([IDX, LENGTH])
        self.starts = arr[:, 0].tolist()
        self.ends = (arr[:, 0] + arr[:, 1]).tolist()

    def covering(self, span: Span) -> tuple[int, int] | None:
        """Token range ``[s, e)`` of the tokens overlapping ``span`` (``char_span``'s
        ``expand`` mode), or None when it touches none."""
        s = max(bisect_right(self.starts, span.start) - 1, 0)
        while s < len(self.ends) and self.ends[s] <= span.start:
            s += 1
        e = bisect_left(self.starts, span.end)
        return (s, e) if e > s else None


def _better(new: Mention, old: Mention | None) -> bool:
    if old is None:
        return True
    rank_new = (new.actor is not None) + (new.place is not None)
    rank_old = (old.actor is not None) + (old.place is not None)
    return rank_new > rank_old or (rank_new == rank_old and len(new.span) > len(old.span))


def _boundary(root: Token, preps: frozenset[str]) -> bool:
    head = root.head
    if root.dep_ != "pobj" or head.dep_ != "prep":
        return False
    word = lemma(head)
    if word == "of" and head.head.i != head.i:
        word = lemma(head.head)  # "ahead of Tuesday"
    return word in preps


def _attachment(root: Token) -> Token:
    """The token a time expression modifies: through its preposition, out of nested nouns."""
    node = root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            governor = node.head.head
            if governor.pos_ in NOUNISH and governor.dep_ == "pobj" and governor.i != node.i:
                node = governor
                continue
            return governor
        return node.head
    return node.head


def token_span(tok: Token) -> Span:
    """The character span of one token."""
    return Span(tok.idx, tok.idx + len(tok.text))


def clause_path(
    frame: Frame, para: Paragraphs, concurrent: frozenset[str] = frozenset()
) -> tuple[list[Token], Token | None]:
    """Trigger, its light verb, and its governors up to the clause head; and a reporting verb.

    The second value is the verb a ``ccomp`` clause reports to ("said that ..."), whose
    date bounds the reported event when the clause has none of its own. A ``concurrent``
    verb taking a noun trigger ("repelled an attack on Sunday") happens with it, so the
    path goes on through it.
    """
    nodes = [frame.trigger]
    if frame.predicate.i != frame.trigger.i:
        nodes.append(frame.predicate)
    node = nodes[-1]
    in_phrase = False
    for _ in range(8):
        dep, head = node.dep_, node.head
        if head.i == node.i or para.of(head) != para.of(frame.trigger):
            return nodes, None
        if dep == "ccomp":
            return nodes, head
        in_phrase = in_phrase or dep in ("pobj", "pcomp")
        if dep not in PATH_DEPS:
            return nodes, None
        if _ends_clause(node, head, frame, in_phrase) and not _concurrent(
            node, head, frame, concurrent
        ):
            return nodes, None
        nodes.append(head)
        node = head
    return nodes, None


def _concurrent(node: Token, head: Token, frame: Frame, concurrent: frozenset[str]) -> bool:
    """ "repelled an attack", "came under attack": the verb happens with the noun trigger."""
    trigger = frame.trigger
    if node.i == trigger.i and node.dep_ == "dobj":
        return is_listed(head, concurrent)
    return (
        node.dep_ == "prep"
        and trigger.head.i == node.i
        and trigger.dep_ == "pobj"
        and f"{lemma(head)} {lemma(node)}" in concurrent
    )


def _ends_clause(node: Token, head: Token, frame: Frame, in_phrase: bool) -> bool:
    nominal = node.pos_ in NOUNISH or (node.i == frame.trigger.i and frame.nominal)
    nominal = nominal or in_phrase or (frame.nominal and node.dep_ in ("prep", "pcomp"))
    if nominal and head.pos_ in VERBISH and head.i != frame.predicate.i:
        return True  # a noun's governing verb is another event ("condemned the attack")
    if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
        return True
    return node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


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
            if self._weapon(head):
                return self._around(head, quote, depth)
            # "Rebels in the Ivory Coast", "Iraqi Kurds": the phrase around a mention
            # without a country may still say whose it is.
            return self._around(head, quote, depth) or [named]
        if head.pos_ == "PRON":
            return self._pronoun(head, quote) or self._reported_subject(head, quote, depth)
        return self._around(head, quote, depth)

    def _around(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        own = self.ix.mention_at[head.i]
        for acl in head.children:
            # "rockets launched by the armed forces of Ukraine": the launcher acts.
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children]
                if agents:
                    return self.participants(agents, quote)
        affiliated = self._affiliation(head, quote, depth)
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
        grouped = lemma(head) in self.lex.group_heads or own is not None
        grouped = grouped or self._unarmed_people(head)
        for prep in head.children:
            if prep.dep_ != "prep" or lemma(prep) not in GROUP_PREPS:
                continue
            for p in prep.children:
                # "a suicide bomber from the Baloch Liberation Army": one of a named body.
                if p.dep_ == "pobj" and (grouped or self._named_body(p, lemma(prep))):
                    members += self._member_of(p, lemma(prep), quote, depth, authority)
        return members if any(p.country for p in members) else found + members

    def _named_body(self, pobj: Token, prep: str) -> bool:
        m = self.ix.mention_at[pobj.i]
        return (
            prep in ("of", "from")
            and m is not None
            and m.actor is not None
            and m.actor.id.startswith("o:")
        )

    def _possessive_owner(self, head: Token, quote: int | None, depth: int) -> list[Participant]:
        """ "Bosnian Serbs said their forces had withdrawn": a possessive pronoun on the
        subject of a reported clause is the reporting subject."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ in POSSESSIVE_THIRD:
                return self._reporter_subject(c, head, quote, depth)
        return []

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
        found: list[Participant] = []
        for c in head.children:
            if c.dep_ not in ("amod", "acl"):
                continue
            c = of_gerund(c, self.lex.affiliation_words)  # "suspected of belonging to X"
            if lemma(c) not in self.lex.affiliation_words:
                continue
            for prep in c.children:
                if prep.dep_ == "prep" and lemma(prep) in ("to", "with"):
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            found += [q for q in self._np(p, quote, depth + 1) if q.country]
        return found

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
        if self._unarmed_people(pobj.head.head):
            # "demonstrators in Baghdad", "ethnic Albanians in south Serbia": civilians are
            # coded by the country they live in (CAMEO, PLOVER).
            return [p for p in found if p.country]
        return [p for p in found if _country_level(self.ix.mention_at[pobj.i])]

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
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return []
        found = self._np(subjects[0], quote, depth + 1)
        return [p for p in found if _agrees(pron, self.ix.mention_at[subjects[0].i])]

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
    def date(self, frame: Frame, path: list[Token], reporter: Token | None) -> EventDate:
        """The governing time expression's date, else the publication date."""
        over = self.ix.timex_over[frame.trigger.i]
        if over is not None and over.anchor_value:
            found = from_anchor(over)
            if found is not None:
                return found
        nodes = [*path, *([reporter] if reporter is not None else [])]
        for node in nodes:
            best = best_timex(self.ix.timex_at.get(node.i, ()), self.ix.text, self.ix.publication)
            if best is not None and not assumed_day(best, self.ix.publication):
                return from_timex(best, self.ix.publication)
        inner = phrase_day(frame.trigger, self.ix.timex_at, self.ix.text, self.ix.publication)
        if inner is not None:
            return from_timex(inner, self.ix.publication)
        return from_publication(self.ix.publication)


def _agrees(pron: Token, mention: Mention | None) -> bool:
    """Pronoun and antecedent agree: "he"/"she" for people, "it" for the rest."""
    word = pron.lower_
    person = mention is not None and mention.label == "PERSON"
    if word in ("he", "she", "him", "her"):
        return person or mention is None
    if word in ("it", "its"):
        return not person
    return True


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
