"""The actor vocabulary (``dateline/rules/en/actors.yaml``) and the matchers built from it.

Everything is compiled once, when the ``actors`` component is built: spaCy
``PhraseMatcher`` objects over knowledge-base names (case-sensitive) and office titles
(case-insensitive), and plain dicts for sector nouns and modifiers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.kb import KnowledgeBase


@dataclass(frozen=True, slots=True)
class Office:
    """An office title's meaning: canonical role key, sector and where it applies."""

    role: str
    sector: str
    countries: frozenset[str]  # empty: any country


@dataclass(frozen=True, slots=True)
class ActorVocab:
    """Sector nouns, office titles, modifiers and honorifics."""

    offices: dict[str, tuple[Office, ...]]
    nouns: dict[str, str]
    equipment: frozenset[str]
    modifiers: dict[str, str]
    honorifics: frozenset[str]
    ignore: frozenset[str]
    honorific_sectors: dict[str, str]
    deputies: frozenset[str]
    state_modifiers: frozenset[str]
    state_sectors: frozenset[str]
    state_sector: str
    stance_prefixes: frozenset[str]
    origin_suffixes: frozenset[str]  # "Russian-made", "Iran-backed": an origin or a backer
    name_particles: frozenset[str]
    counterparts: frozenset[str] = frozenset()  # "his Turkish counterpart": the other side
    regions: tuple[tuple[str, str], ...] = ()  # "European", "Western": groups of states
    thing_nouns: frozenset[str] = frozenset()  # "Leopard 2 tanks": the name is a thing
    region_state_nouns: frozenset[str] = frozenset()  # "European leaders": their governments
    ngo_heads: frozenset[str] = frozenset()  # "a rights group": a body of civil society, NGO
    backer_suffixes: frozenset[str] = frozenset()  # "Iran-backed": a group's backer or ally
    backed_heads: frozenset[str] = frozenset()  # "Iran-backed groups": an armed group
    backed_sector: str = "REB"
    link_suffixes: frozenset[str] = frozenset()  # "al Qaeda-linked militants": the body's
    agent_heads: frozenset[str] = frozenset()  # "a police raid": the police carry it out
    body_nouns: frozenset[str] = frozenset()  # "a militia", "the air force": many people

    @property
    def place_backers(self) -> frozenset[str]:
        """The same after a country's name, whose link is a backer's too ("Iran-linked")."""
        return self.backer_suffixes | self.link_suffixes

    @property
    def place_origins(self) -> frozenset[str]:
        """Words after a country's name that make it no owner: origins, backers and links."""
        return self.origin_suffixes | self.link_suffixes

    @classmethod
    def from_rules(cls, data: dict[str, Any]) -> ActorVocab:
        """Build from the ``actors`` rules file."""
        offices: dict[str, list[Office]] = {}
        for entry in data["offices"]:
            office = Office(entry["role"], entry["sector"], frozenset(entry.get("countries", ())))
            for phrase in entry["phrases"]:
                offices.setdefault(phrase, []).append(office)
        nouns = {word: sector for sector, words in data["nouns"].items() for word in words}
        equipment = {word: sector for sector, words in data["equipment"].items() for word in words}
        nouns.update(equipment)
        state = data["state_affiliation"]
        return cls(
            {k: tuple(v) for k, v in offices.items()},
            nouns,
            frozenset(equipment),
            dict(data["modifiers"]),
            frozenset(data["honorifics"]),
            frozenset(data["ignore"]),
            {k: v for k, v in data["honorifics"].items() if v},
            frozenset(data["deputies"]),
            frozenset(state["modifiers"]),
            frozenset(state["sectors"]),
            state["sector"],
            frozenset(data["stance_prefixes"]),
            frozenset(data["origin_suffixes"]) | frozenset(data["backer_suffixes"]),
            frozenset(data["name_particles"]),
            frozenset(data["counterparts"]),
            tuple(data["region_adjectives"].items()),
            frozenset(data["thing_nouns"]),
            frozenset(data["region_state_nouns"]),
            frozenset(data["ngo_heads"]),
            frozenset(data["backer_suffixes"]),
            frozenset(data["backed_heads"]),
            data["backed_sector"],
            frozenset(data["link_suffixes"]),
            frozenset(data["agent_heads"]),
            frozenset(data.get("body_nouns", ())),
        )

    def sector_of(self, phrase: str) -> str | None:
        """The sector a (lower-case) noun or noun phrase names, plural or singular."""
        found = self.nouns.get(phrase)
        if found is None and phrase.endswith("s"):
            found = self.nouns.get(phrase[:-1])
        return found

    def backed_head(self, head: Token) -> bool:
        """A head of no sector that a backer makes an armed group ("Turkish-backed factions")."""
        return head.lower_ in self.backed_heads or head.lemma_.lower() in self.backed_heads

    def office(self, phrase: str, country: str | None) -> Office | None:
        """The office a title names in ``country`` (country-specific meanings first)."""
        options = self.offices.get(phrase.lower())
        if not options:
            return None
        for office in options:
            if country and country in office.countries:
                return office
        general = [o for o in options if not o.countries]
        return general[0] if general else None


# Match labels of the knowledge-base matcher.
ORG, SEAT, COUNTRY, PERSON, ADJ, DEMONYM = "ORG", "SEAT", "COUNTRY", "PERSON", "ADJ", "DEMONYM"
OFFICE, NOUN = "OFFICE", "NOUN"
UNIDENTIFIED = "UNK"  # the sector of a person or group known by no more than that


def _add(matcher: PhraseMatcher, nlp: Language, label: str, texts: Iterable[str]) -> None:
    unique = sorted(set(texts))
    matcher.add(label, list(nlp.tokenizer.pipe(unique)))


@dataclass(slots=True)
class Matchers:
    """Phrase matchers over names (exact case) and over titles and nouns (any case)."""

    names: PhraseMatcher
    phrases: PhraseMatcher

    @classmethod
    def build(cls, nlp: Language, kb: KnowledgeBase, vocab: ActorVocab) -> Matchers:
        """Compile the matchers (a few thousand patterns; done once per pipeline)."""
        names = PhraseMatcher(nlp.vocab, attr="ORTH")
        _add(names, nlp, ORG, kb.org_names)
        _add(names, nlp, SEAT, kb.seats)
        _add(names, nlp, COUNTRY, kb.country_names)
        _add(names, nlp, PERSON, kb.person_names)
        _add(names, nlp, ADJ, kb.adjectives)
        _add(names, nlp, DEMONYM, kb.demonym_nouns)
        phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        _add(phrases, nlp, OFFICE, vocab.offices)
        multi = [n for n in vocab.nouns if " " in n or "-" in n or "'" in n]
        _add(phrases, nlp, NOUN, [*multi, *(n + "s" for n in multi if not n.endswith("s"))])
        return cls(names, phrases)

    def name_matches(self, doc: SpacyDoc | Any) -> list[tuple[str, int, int]]:
        """Longest non-overlapping knowledge-base name matches: (label, start, end) tokens."""
        return _longest(doc, self.names(doc))

    def phrase_matches(self, doc: SpacyDoc | Any) -> list[tuple[str, int, int]]:
        """Longest non-overlapping office-title and sector-noun matches."""
        return _longest(doc, self.phrases(doc))


_PRIORITY = {ORG: 0, SEAT: 1, PERSON: 2, COUNTRY: 3, DEMONYM: 4, ADJ: 5, OFFICE: 0, NOUN: 1}


def _longest(doc: Any, found: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
    strings = doc.vocab.strings
    ranked = sorted(
        ((strings[m], s, e) for m, s, e in found),
        key=lambda x: (-(x[2] - x[1]), _PRIORITY.get(x[0], 9), x[1]),
    )
    taken: set[int] = set()
    out = []
    for label, s, e in ranked:
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((label, s, e))
    return sorted(out, key=lambda x: x[1])
