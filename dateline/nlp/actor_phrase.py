"""Resolving a phrase of the parse to an actor: names, office titles, sector nouns, countries.

``PhraseResolver.resolve`` reads one span of a parsed document ("Ukrainian officials",
"Russia's Defence Ministry", "UK Defence Secretary Ben Wallace", "the Prime Minister") and
returns the actor it denotes on a given day, or None when nothing in it names an actor.
It is used by the ``actors`` component for nominal mentions, by ``resolve_span`` for other
layers, and by the actor benchmark.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.kb import KnowledgeBase
from dateline.kb.gazetteer import fold
from dateline.kb.model import FORMER_SECTOR, Organisation, Person
from dateline.model import Actor
from dateline.nlp.actor_vocab import (
    ADJ,
    COUNTRY,
    DEMONYM,
    NOUN,
    OFFICE,
    ORG,
    PERSON,
    SEAT,
    ActorVocab,
    Matchers,
    Office,
)

_LEADING = frozenset({"DET", "NUM", "PUNCT"})
_QUANTIFIERS = frozenset(
    {
        "some",
        "several",
        "many",
        "few",
        "dozens",
        "dozen",
        "hundreds",
        "thousands",
        "over",
        "about",
        "around",
        "more",
        "than",
        "at",
        "least",
        "nearly",
        "almost",
        "up",
        "to",
        "all",
        "both",
        "other",
        "two",
        "three",
        "four",
        "five",
        "group",
        "groups",
        "members",
        "team",
        "number",
        "of",
        "a",
        "an",
    }
)
CITY_POPULATION = 50_000
"""A town this populous, named inside a phrase, gives the phrase its country ("Kyiv police")."""


@dataclass(slots=True)
class Reading:
    """What a phrase contains: names, titles, nouns and the country they point to."""

    start: int
    end: int
    countries: list[str] = field(default_factory=list)
    org: Organisation | None = None
    person: Person | None = None
    person_span: tuple[int, int] | None = None
    seat: tuple[str, str] | None = None
    office: Office | None = None
    office_span: tuple[int, int] | None = None
    office_text: str = ""
    noun_sectors: list[tuple[int, str]] = field(default_factory=list)
    former: bool = False
    modifier_sector: str | None = None
    demonym: str | None = None


class PhraseResolver:
    """Reads phrases against the knowledge base and the actor vocabulary."""

    def __init__(self, kb: KnowledgeBase, vocab: ActorVocab, matchers: Matchers) -> None:
        self.kb = kb
        self.vocab = vocab
        self.matchers = matchers

    # ------------------------------------------------------------------ reading
    def trim(self, span: SpacySpan) -> SpacySpan:
        """Drop leading determiners, numbers and quantifiers and trailing punctuation."""
        doc, start, end = span.doc, span.start, span.end
        while start < end and (doc[start].pos_ in _LEADING or doc[start].lower_ in _QUANTIFIERS):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
            end -= 1
        return doc[start:end] if start < end else span

    def read(
        self,
        span: SpacySpan,
        names: list[tuple[str, int, int]] | None = None,
        phrases: list[tuple[str, int, int]] | None = None,
    ) -> Reading:
        """Collect the signals in ``span`` (matches may be passed in from a document pass)."""
        doc = span.doc
        names = self.matchers.name_matches(span) if names is None else names
        phrases = self.matchers.phrase_matches(span) if phrases is None else phrases
        r = Reading(span.start, span.end)
        for label, s, e in names:
            if s < span.start or e > span.end:
                continue
            self._read_name(r, label, doc[s:e].text, s, e)
        for label, s, e in phrases:
            if s < span.start or e > span.end:
                continue
            text = doc[s:e].text.lower()
            if label == OFFICE and r.office is None:
                r.office_span, r.office_text = (s, e), text
            elif label == NOUN and text in self.vocab.nouns:
                r.noun_sectors.append((e - 1, self.vocab.nouns[text]))
        self._read_tokens(r, span)
        if r.office_span is not None:
            country = r.countries[0] if r.countries else None
            r.office = self.vocab.office(r.office_text, country)
        return r

    def _read_name(self, r: Reading, label: str, text: str, s: int, e: int) -> None:
        kb = self.kb
        if label == ORG and r.org is None:
            r.org = kb.org_names.get(text)
            if r.org is not None and len(r.org.country) == 3 and r.org.country in kb.countries:
                r.countries.append(r.org.country)
        elif label == SEAT:
            r.seat = kb.seats[text]
            r.countries.append(r.seat[0])
        elif label == PERSON and r.person is None:
            r.person, r.person_span = kb.person_names[text][0], (s, e)
        elif label == COUNTRY:
            r.countries.append(kb.country_names[text])
        elif label == ADJ:
            r.countries.append(kb.adjectives[text])
        elif label == DEMONYM:
            r.demonym = kb.demonym_nouns[text]
            r.countries.append(r.demonym)

    def _read_tokens(self, r: Reading, span: SpacySpan) -> None:
        covered = {i for i, _ in r.noun_sectors}
        for tok in span:
            low = tok.lower_
            if low in self.vocab.modifiers and tok.i < span.end - 1:
                sector = self.vocab.modifiers[low]
                if sector == FORMER_SECTOR:
                    r.former = True
                elif r.modifier_sector is None:
                    r.modifier_sector = sector
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in covered:
                lemma = tok.lemma_.lower()
                sector = self.vocab.nouns.get(low) or self.vocab.nouns.get(lemma)
                if sector and not (r.office_span and r.office_span[0] <= tok.i < r.office_span[1]):
                    r.noun_sectors.append((tok.i, sector))
            if tok.pos_ == "PROPN" and not r.countries:
                self._city_country(r, tok)

    def _city_country(self, r: Reading, tok: Token) -> None:
        iso3 = self.kb.capitals.get(fold(tok.text))
        if iso3 is None:
            cities = self.kb.gazetteer.lookup(tok.text)
            if cities and cities[0].population >= CITY_POPULATION:
                iso3 = self.kb.by_iso2.get(cities[0].country)
        if iso3:
            r.countries.append(iso3)

    # ------------------------------------------------------------------ resolving
    def resolve(
        self,
        span: SpacySpan,
        day: dt.date,
        context: str | None = None,
        names: list[tuple[str, int, int]] | None = None,
        phrases: list[tuple[str, int, int]] | None = None,
    ) -> Actor | None:
        """The actor ``span`` denotes on ``day`` (``context``: the country the text is about)."""
        span = self.trim(span)
        if not span.text or span.text.lower() in self.vocab.ignore:
            return None
        whole = self._whole(span.text, day)
        if whole is not None:
            return whole
        r = self.read(span, names, phrases)
        return self.from_reading(r, span, day, context)

    def _whole(self, text: str, day: dt.date) -> Actor | None:
        kb = self.kb
        bare = text[4:] if text.lower().startswith("the ") else text
        for candidate in (text, bare):
            if candidate in kb.org_names:
                return kb.org_actor(kb.org_names[candidate], day)
            if candidate in kb.person_names:
                return kb.person_actor(kb.person_names[candidate][0], day)
            if candidate in kb.seats:
                iso3, sector = kb.seats[candidate]
                return kb.country_actor(iso3, sector)
            iso3 = kb.country_of_name(candidate) or kb.adjectives.get(candidate)
            iso3 = iso3 or kb.demonym_nouns.get(candidate)
            if iso3:
                return kb.country_actor(iso3)
        return None

    def from_reading(
        self, r: Reading, span: SpacySpan, day: dt.date, context: str | None
    ) -> Actor | None:
        """Combine the signals of a phrase into one actor."""
        kb = self.kb
        country = r.countries[0] if r.countries else None
        if r.person is not None:
            return self._titled_person(r, day)
        root = span.root.i
        if r.office_span and r.office_span[0] <= root < r.office_span[1]:
            office = self.vocab.office(r.office_text, country or context)
            if office is not None:
                return self.office_holder(office, r.office_text, country or context, day, r.former)
        if r.org is not None and (r.noun_sectors == [] or r.org.country not in kb.countries):
            return kb.org_actor(r.org, day)
        sector = self._head_sector(r, root)
        if r.former and sector in (None, "GOV", "MIL", "LEG", "JUD"):
            sector = FORMER_SECTOR
        if r.office is not None and sector is None:
            sector = r.office.sector
        if sector is None and r.org is not None:
            return kb.org_actor(r.org, day)
        if sector is None and r.seat is not None:
            return kb.country_actor(*r.seat)
        if sector is None:
            return kb.country_actor(country) if country else None
        if country is None:
            return Actor(f"g:{sector}", span.text, None, sector)
        return kb.country_actor(country, sector)

    def _head_sector(self, r: Reading, root: int) -> str | None:
        if not r.noun_sectors:
            return r.modifier_sector
        at_root = [s for i, s in r.noun_sectors if i == root]
        if at_root:
            return at_root[0]
        # The rightmost sector noun is the head in "army accountant"-like phrases only when
        # the parse root is not itself a noun we know.
        return r.noun_sectors[-1][1]

    def _titled_person(self, r: Reading, day: dt.date) -> Actor:
        kb = self.kb
        assert r.person is not None
        actor = kb.person_actor(r.person, day)
        if r.office is None:
            return actor
        held = {t.role for t in r.person.terms_on(day)}
        if r.office.role in held or (r.former and actor.sector == FORMER_SECTOR):
            return actor
        # The text's title wins over the shipped data when they disagree.
        sector = FORMER_SECTOR if r.former else r.office.sector
        role = f"former {r.office_text}" if r.former else r.office_text
        country = r.countries[0] if r.countries else actor.country
        return Actor(actor.id, actor.name, country, sector, role, actor.wikidata)

    def office_holder(
        self, office: Office, title: str, country: str | None, day: dt.date, former: bool = False
    ) -> Actor:
        """The person holding ``office`` in ``country`` on ``day``, else the office itself."""
        kb = self.kb
        if former:
            return Actor(
                f"office:{country or 'XXX'}/former-{office.role.replace(' ', '-')}",
                f"former {title}",
                country,
                FORMER_SECTOR,
                f"former {title}",
            )
        if country:
            holding = kb.holder(country, office.role, day)
            if holding is not None:
                return kb.person_actor(holding.person, day, holding.term.title)
        return kb.office_actor(country, office.role, office.sector)
