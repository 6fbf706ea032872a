"""Typed entries of the knowledge base, built from the data files by ``dateline.kb.loader``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_SECTOR = "GOV"
FORMER_SECTOR = "ELI"


@dataclass(frozen=True, slots=True)
class Term:
    """One spell in one office: role key, styled title, country, inclusive dates, sector."""

    role: str
    title: str
    country: str
    start: dt.date
    end: dt.date | None
    sector: str = DEFAULT_SECTOR
    executive: bool = False

    def covers(self, day: dt.date) -> bool:
        """True when the office was held on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A known person with dated offices."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    wikidata: str | None
    terms: tuple[Term, ...]

    def terms_on(self, day: dt.date) -> tuple[Term, ...]:
        """Offices held on ``day``, most recently started first."""
        held = [t for t in self.terms if t.covers(day)]
        return tuple(sorted(held, key=lambda t: t.start, reverse=True))

    def last_term_before(self, day: dt.date) -> Term | None:
        """The office that ended most recently before ``day``."""
        ended = [t for t in self.terms if t.end is not None and t.end < day]
        return max(ended, key=lambda t: t.end or t.start) if ended else None


@dataclass(frozen=True, slots=True)
class SectorSpell:
    """A sector an organisation had between two dates (for groups whose standing changed)."""

    sector: str
    start: dt.date | None
    end: dt.date | None
    country: str | None = None  # a movement of a state that split ("SPLA": SDN, then SSD)


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international body, national institution, armed group, party or agency."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str | None
    wikidata: str | None
    spells: tuple[SectorSpell, ...] = ()

    def sector_on(self, day: dt.date) -> str | None:
        """The sector on ``day`` (dated spells win over the default)."""
        spell = self._spell_on(day)
        return self.sector if spell is None else spell.sector

    def country_on(self, day: dt.date) -> str:
        """The country on ``day`` (a dated spell's own country wins over the default)."""
        spell = self._spell_on(day)
        return self.country if spell is None or spell.country is None else spell.country

    def _spell_on(self, day: dt.date) -> SectorSpell | None:
        for spell in self.spells:
            if (spell.start is None or spell.start <= day) and (
                spell.end is None or day <= spell.end
            ):
                return spell
        return None


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO3 code, display name, names, demonyms and metonyms."""

    iso3: str
    iso2: str | None
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    seats: tuple[tuple[str, str], ...]  # (name, sector)
    capitals: tuple[str, ...]
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class PlaceAlias:
    """An alias for a GeoNames town (``target``) or a place with its own coordinates."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    target: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "city"
