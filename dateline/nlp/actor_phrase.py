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

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.kb import KnowledgeBase
from dateline.kb.gazetteer import fold
from dateline.kb.model import FORMER_SECTOR, Organisation, Person
from dateline.kb.places import PlaceIndex
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
    UNIDENTIFIED,
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
_OVERRIDING = frozenset({"REB", "PRM"})
_CIVIL_SOCIETY = "SOC"
NGO = "NGO"  # PLOVER's code for a non-governmental organisation of no one country
PLACE_CACHE = 20_000
"""How many names ``place_country`` remembers before starting afresh."""
CITY_POPULATION = 50_000
"""A town this populous, named inside a phrase, gives the phrase its country ("Kyiv police")."""


@dataclass(slots=True)
class Reading:
    """What a phrase contains: names, titles, nouns and the country they point to."""

    start: int
    end: int
    countries: list[str] = field(default_factory=list)
    org: Organisation | None = None
    org_start: int | None = None
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
    deputy: bool = False  # "deputy foreign minister": a lesser office, never the holder
    state_owned: bool = False  # "state media", "the official news agency"
    honorific: str | None = None  # sector a leading title tells ("Gen.", "Sen.")
    surname: tuple[int, int] | None = None  # a lone capitalised name after a title
    origin: bool = False  # a country named as where a thing was made ("US-made")
    backed: bool = False  # a name before "-backed" ("Iran-backed groups": an armed group)
    linked: bool = False  # a body before "-linked" ("al Qaeda-linked militants": the body's)


class PhraseResolver:
    """Reads phrases against the knowledge base and the actor vocabulary."""

    def __init__(
        self,
        kb: KnowledgeBase,
        vocab: ActorVocab,
        matchers: Matchers,
        admin_words: frozenset[str] = frozenset(),
        places: PlaceIndex | None = None,
    ) -> None:
        self.kb = kb
        self.vocab = vocab
        self.matchers = matchers
        self.admin_words = admin_words
        self.places = places
        self._place_countries: dict[str, str | None] = {}
        # Words that open a sentence capitalised without naming anything ("Gang members").
        self._common = frozenset(vocab.nouns) | frozenset(vocab.modifiers)

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
        inside = [(label, s, e) for label, s, e in names if s >= span.start and e <= span.end]
        named = {i for label, s, e in inside if label != ORG for i in range(s, e)}
        for label, s, e in inside:
            if label == ORG and _inside_longer_name(doc, s, span.start, named):
                continue  # "the Kurdistan Democratic Party" is not the "Democratic Party"
            self._read_name(r, label, doc[s:e].text, s, e, doc)
        for label, s, e in phrases:
            if s < span.start or e > span.end:
                continue
            text = doc[s:e].text.lower()
            if label == OFFICE and r.office is None:
                r.office_span, r.office_text = (s, e), text
            elif label == NOUN and self.vocab.sector_of(text):
                r.noun_sectors.append((e - 1, self.vocab.sector_of(text) or ""))
        self._read_tokens(r, span)
        self._read_titles(r, span)
        if r.office_span is not None:
            country = r.countries[0] if r.countries else None
            r.office = self.vocab.office(r.office_text, country)
        return r

    def _read_titles(self, r: Reading, span: SpacySpan) -> None:
        """Deputies before an office, a leading honorific, and a lone name after a title."""
        doc, vocab = span.doc, self.vocab
        if r.office_span is not None:
            before = r.office_span[0] - 1
            if before >= span.start and doc[before].lower_ in vocab.deputies:
                r.deputy = True
        i = span.start
        while i < span.end - 1 and doc[i].lower_ in vocab.deputies:
            i += 1  # "Deputy Secretary Hicks"
        first = i
        while i < span.end and doc[i].text in vocab.honorifics:
            r.honorific = vocab.honorific_sectors.get(doc[i].text, r.honorific)
            i += 1
        if r.office_span is not None and r.office_span[0] <= first < r.office_span[1]:
            i = max(i, r.office_span[1])  # "Foreign Minister Park"
        if i > first and i == span.end - 1 and _capitalised(doc[i]) and r.person is None:
            r.surname = (i, i + 1)

    def _read_name(
        self, r: Reading, label: str, text: str, s: int, e: int, doc: SpacyDoc | None = None
    ) -> None:
        kb = self.kb
        vocab = self.vocab
        backers = vocab.place_backers if label in (COUNTRY, ADJ) else vocab.backer_suffixes
        if doc is not None and _origin(doc, e, backers):
            r.backed = True  # "Iran-backed", "Iran-linked": the group's backer, not its side
        if label == ORG and doc is not None and self.not_owner(doc, s, e, body=True):
            r.origin = True  # "Hezbollah-aligned fighters": the body is the group's ally, not it
        elif label == ORG and r.org is None:
            r.org = kb.org_names.get(text)
            r.org_start = s
            r.linked = doc is not None and _origin(doc, e, self.vocab.link_suffixes)
            if r.org is not None and len(r.org.country) == 3 and r.org.country in kb.countries:
                r.countries.append(r.org.country)
        elif label == SEAT:
            r.seat = kb.seats[text]
            r.countries.append(r.seat[0])
        elif label == PERSON and r.person is None:
            r.person, r.person_span = kb.person_names[text][0], (s, e)
        elif label == COUNTRY and doc is not None and self.not_owner(doc, s, e):
            r.origin = True  # "US-made missiles", "pro-Iran": the name is no owner, nor a place run
        elif label == COUNTRY:
            r.countries.append(kb.country_names[text])
        elif label == ADJ and not (doc is not None and self.not_owner(doc, s, e)):
            r.countries.append(kb.adjectives[text])
        elif label == DEMONYM:
            r.demonym = kb.demonym_nouns[text]
            r.countries.append(r.demonym)

    def not_owner(self, doc: SpacyDoc, start: int, end: int, body: bool = False) -> bool:
        """A demonym or country name that is a stance, a backer, a link or a thing's origin,
        not a nationality ("pro-Iranian", "Iran-backed", "Iran-linked", "Russian-made"); a
        ``body`` before "-linked" is the group's side instead ("Hezbollah-linked gunmen")."""
        vocab = self.vocab
        after = vocab.origin_suffixes if body else vocab.place_origins
        return _sided(doc, start, vocab.stance_prefixes) or _origin(doc, end, after)

    def _read_tokens(self, r: Reading, span: SpacySpan) -> None:
        covered = {i for i, _ in r.noun_sectors}
        root = span.root.i
        for tok in span:
            low = tok.lower_
            if low in self.vocab.state_modifiers and tok.i < span.end - 1:
                r.state_owned = True
            if low in self.vocab.modifiers and tok.i < span.end - 1:
                sector = self.vocab.modifiers[low]
                if sector == FORMER_SECTOR:
                    r.former = True
                elif r.modifier_sector is None:
                    r.modifier_sector = sector
            if (tok.pos_ in ("NOUN", "PROPN") or tok.i == root) and tok.i not in covered:
                lemma = tok.lemma_.lower()
                sector = self.vocab.nouns.get(low) or self.vocab.nouns.get(lemma)
                if sector and not (r.office_span and r.office_span[0] <= tok.i < r.office_span[1]):
                    r.noun_sectors.append((tok.i, sector))
        # "Islamic State Sahel Province fighters": a known body's own name holds no place run
        if not r.countries and not r.origin and r.org is None:
            for run in _name_runs(span, self.vocab.name_particles, self._common):
                iso3 = self._surname_country(run) or self._run_country(run.split())
                if iso3:
                    r.countries.append(iso3)
                    break

    def _surname_country(self, run: str) -> str | None:
        """ "the Bush administration", "the Netanyahu government": a known leader's surname
        names that leader's country (when everyone of that surname we know shares one)."""
        people = self.kb.surnames.get(fold(run), ())
        countries = {p.country for p in people if p.terms}
        return countries.pop() if len(countries) == 1 and " " not in run else None

    def _run_country(self, words: list[str]) -> str | None:
        """The country of a place named by a run of capitalised words, or by its first or last
        words when the others name a kind of body ("Santa Marta Self Defense Forces", "...
        Alliance Northern Territory"; not "Victoria Nuland")."""
        parts: list[tuple[list[str], list[str]]] = [(words, [])]
        for size in range(len(words) - 1, 0, -1):
            parts += [(words[:size], words[size:]), (words[-size:], words[:-size])]
        for part, rest in parts:
            if rest and not self._names_body(rest):
                continue
            iso3 = self.place_country(" ".join(part))
            if iso3 is None and len(part) > 1 and part[-1].lower() in self.admin_words:
                iso3 = self.place_country(" ".join(part[:-1]))  # "Kano State" -> "Kano"
            if iso3:
                return iso3
        return None

    def _names_body(self, words: list[str]) -> bool:
        vocab = self.vocab
        return any(
            w.lower() in vocab.nouns or w.lower() in vocab.modifiers or vocab.sector_of(w.lower())
            for w in words
        )

    def place_country(self, name: str) -> str | None:
        """The country of a capital, a big town or a first-level area called ``name``."""
        if name in self._place_countries:
            return self._place_countries[name]
        if len(self._place_countries) >= PLACE_CACHE:
            self._place_countries.clear()
        found = self._place_countries[name] = self._place_country(name)
        return found

    def _place_country(self, name: str) -> str | None:
        key = fold(name)
        iso3 = self.kb.capitals.get(key) or self.kb.subdivisions.get(key)
        if iso3 is None and self.places is not None:
            # Areas count with their towns' people: "Florida Governor X" is American, though
            # Colombia has a town called Florida and Uruguay a department.
            cands = [c for c in self.places.candidates(name, fuzzy=False) if c.country]
            best = max(cands, key=lambda c: c.population, default=None)
            if best is not None and best.population >= CITY_POPULATION:
                iso3 = best.country
        elif iso3 is None:
            cities = self.kb.gazetteer.lookup(name)
            if cities and cities[0].population >= CITY_POPULATION:
                iso3 = self.kb.by_iso2.get(cities[0].country)
        return iso3

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
        named = span.text in self.kb.adjectives or span.text in self.kb.country_names
        if named and self.not_owner(span.doc, span.start, span.end):
            return None  # "Soviet-era tanks", "pro-Russian": no nationality
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
        return self._whole_place_or_caps(bare, day)

    def _whole_place_or_caps(self, text: str, day: dt.date) -> Actor | None:
        kb = self.kb
        key = fold(text)
        if text[:1].isupper() and key in kb.folded:
            # Names written without their accents or in capitals ("Khurelsukh", "TASS").
            kind, entry = kb.folded[key]
            if kind == "org":
                return kb.org_actor(entry, day)  # type: ignore[arg-type]
            return kb.person_actor(entry, day)  # type: ignore[arg-type]
        if key in kb.capitals:
            return kb.country_actor(kb.capitals[key], "GOV")
        if text[:1].isupper() and " " not in text.strip():
            cities = kb.gazetteer.lookup(text)
            if cities and cities[0].population >= CITY_POPULATION:
                iso3 = kb.by_iso2.get(cities[0].country)
                return kb.country_actor(iso3, "CVL") if iso3 else None
            misspelt = kb.country_of_misspelling(text)
            if misspelt:
                return kb.country_actor(misspelt)
        return None

    def from_reading(
        self, r: Reading, span: SpacySpan, day: dt.date, context: str | None
    ) -> Actor | None:
        """Combine the signals of a phrase into one actor."""
        kb = self.kb
        if r.person is None and r.surname is not None:
            # "Deputy Secretary Hicks", "President Solih": a title and a known surname.
            role = r.office.role if r.office is not None and not r.deputy else None
            r.person = kb.by_surname(span.doc[r.surname[0]].text, day, role)
        if r.person is not None:
            return self._titled_person(r, day)
        country = r.countries[0] if r.countries else None
        guessed = (
            country is None
            and context is not None
            and span.doc[span.start - 1 : span.start].text.lower() == "the"
        )
        if guessed:
            country = context
        root = span.root.i
        if r.office_span and r.office_span[0] <= root < r.office_span[1]:
            office_actor = self._office_phrase(r, span, day, country or context)
            if office_actor is not None:
                return office_actor
        sector = self._head_sector(r, span)
        if r.org is not None:
            return self._with_org(r.org, r.former, country, sector, day)
        if guessed and sector is None and r.office is None and r.seat is None:
            return None  # "the Yardbirds", "the Kyiv TV Tower": a name, not the story's country
        return self._plain(r, span, country, sector)

    def _plain(
        self, r: Reading, span: SpacySpan, country: str | None, sector: str | None
    ) -> Actor | None:
        """A phrase that names no known person or body: a country, a sector, or both."""
        kb = self.kb
        if sector is None and r.office is not None:
            sector = r.office.sector  # "Harry Tseng, Taiwan's deputy foreign minister"
        if sector is None and r.honorific is not None:
            sector = r.honorific  # "Gen. Jane Roe", "Sen. John Doe"
        if r.former and sector in (None, "GOV", "MIL", "LEG", "JUD"):
            sector = FORMER_SECTOR
        if sector is None and r.seat is not None:
            return kb.country_actor(*r.seat)
        if sector is None:
            return kb.country_actor(country) if country else None
        if country is None:
            return Actor(f"g:{sector}", span.text, self._ngo(span, sector), sector)
        return kb.country_actor(country, sector)

    def ngo_body(self, span: SpacySpan, sector: str | None) -> bool:
        """Whether ``span`` names a civil-society body by its kind ("a rights group")."""
        head = span.root.lemma_.lower()
        return sector == _CIVIL_SOCIETY and head in self.vocab.ngo_heads

    def _ngo(self, span: SpacySpan, sector: str) -> str | None:
        # A body of civil society with no country is PLOVER's NGO; its people have none.
        return NGO if self.ngo_body(span, sector) else None

    def _with_org(
        self, org: Organisation, former: bool, country: str | None, sector: str | None, day: dt.date
    ) -> Actor:
        kb = self.kb
        own = org.country
        if former:
            return kb.country_actor(country or own, FORMER_SECTOR)
        if own in kb.countries and country not in (None, own):
            # "Chile's Defense Department": another country's body of that kind.
            return kb.country_actor(country or own, sector or org.sector_on(day))
        if sector is None or own in kb.countries:
            return kb.org_actor(org, day)
        if country is None and sector == org.sector_on(day):
            return kb.org_actor(org, day)  # "IS militants": a noun of its own sector, the body
        # "European Union legislators": the body's country, the noun's sector.
        return kb.country_actor(country or own, sector)

    def _office_phrase(
        self, r: Reading, span: SpacySpan, day: dt.date, country: str | None
    ) -> Actor | None:
        """A phrase headed by an office title ("the German chancellor", "president of X")."""
        assert r.office_span is not None
        after = [s for i, s in r.noun_sectors if i >= r.office_span[1]]
        if r.org is not None and r.org_start is not None and r.org_start >= r.office_span[1]:
            # "president of the Riigikogu": an office of that body.
            return self.kb.country_actor(r.org.country, r.org.sector_on(day))
        if r.org is not None and r.org.country not in self.kb.countries:
            country = country or r.org.country
        elif after and span.doc[r.office_span[1]].lower_ == "of":
            # "President of the Chadian Human Rights League": an office of some body.
            return Actor(f"g:{after[-1]}", span.text, country, after[-1], r.office_text)
        office = self.vocab.office(r.office_text, country)
        if office is None:
            return None
        if r.deputy:
            # "the deputy foreign minister": a lesser office whose holder we do not track.
            sector = FORMER_SECTOR if r.former else office.sector
            return self.kb.office_actor(country, f"deputy {office.role}", sector)
        if country is None and not r.former:
            holders = {h.person.id: h for h in self.kb.holders_on(office.role, day)}
            if len(holders) == 1:
                h = next(iter(holders.values()))
                return self.kb.person_actor(h.person, day, h.term.title)
        return self.office_holder(office, r.office_text, country, day, r.former)

    def _head_sector(self, r: Reading, span: SpacySpan) -> str | None:
        sector = self._noun_sector(r, span)
        if sector in self.vocab.state_sectors and r.state_owned:
            return self.vocab.state_sector  # "the official news agency", "state TV"
        backed = r.backed or r.linked
        if backed and sector in (None, UNIDENTIFIED) and self.vocab.backed_head(span.root):
            return self.vocab.backed_sector  # "Iran-backed groups": armed, of no country
        return sector

    def _noun_sector(self, r: Reading, span: SpacySpan) -> str | None:
        if r.modifier_sector in _OVERRIDING:
            return r.modifier_sector
        head = span.root
        if _capitalised(head) and not head.is_sent_start:
            # "Colt CZ Group", "Free Trade Area": a capitalised head of a name is a body or a
            # place, never an unidentified person.
            r.noun_sectors = [(i, s) for i, s in r.noun_sectors if s != UNIDENTIFIED]
        if not r.noun_sectors:
            return r.modifier_sector
        # English noun phrases end in their head ("crowd control police"); otherwise the
        # parse root ("chairman of the company's board"), else the rightmost sector noun.
        last = [s for i, s in r.noun_sectors if i == span.end - 1]
        if last:
            return last[0]
        at_root = [s for i, s in r.noun_sectors if i == span.root.i]
        if at_root:
            return at_root[0]
        return r.noun_sectors[-1][1]

    def _titled_person(self, r: Reading, day: dt.date) -> Actor:
        kb = self.kb
        assert r.person is not None
        actor = kb.person_actor(r.person, day)
        if r.office is None:
            return actor
        held = {t.role for t in r.person.terms_on(day)}
        role = f"deputy {r.office.role}" if r.deputy else r.office.role
        if role in held or (r.former and actor.sector == FORMER_SECTOR):
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


def _sided(doc: SpacyDoc, start: int, prefixes: frozenset[str]) -> bool:
    """ "pro-Iranian", "anti-Russian": a stance towards a country, not its nationality."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in prefixes


def _origin(doc: SpacyDoc, end: int, suffixes: frozenset[str]) -> bool:
    """ "Russian-made", "Soviet-era": where or when a thing comes from, not whose it is."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in suffixes


def _inside_longer_name(doc: SpacyDoc, start: int, first: int, named: set[int]) -> bool:
    """A known body's name that a capitalised word of another name runs into ("Kurdistan
    Democratic Party"): not that body. A country word ("US Democratic Party") or an article
    before it is no such word."""
    if start <= first or start - 1 in named:
        return False
    prev = doc[start - 1]
    return _capitalised(prev) and prev.lower_ != "the" and not prev.is_sent_start


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _name_runs(
    span: SpacySpan, particles: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()
) -> list[str]:
    """Maximal runs of capitalised words (joined across hyphens and name particles:
    "Norte de Santander"): candidate place names. A ``common`` word capitalised only because
    it starts the sentence ("Gang members opened fire") names nothing."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    doc = span.doc
    for tok in span:
        capital = tok.text[:1].isupper() and tok.is_alpha
        capital = capital and not (tok.is_sent_start and tok.lower_ in common)
        inner = tok.text == "-" or (
            tok.text in particles and tok.i + 1 < span.end and doc[tok.i + 1].text[:1].isupper()
        )
        if capital or (current and inner):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and run[-1].text == "-":
            run = run[:-1]
        if run:
            out.append(span.doc[run[0].i : run[-1].i + 1].text)
    return out
