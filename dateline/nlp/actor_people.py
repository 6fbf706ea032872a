"""The people of one document: full names clustered with their short forms, and each
person's actor on the publication day (a known person's office, or the role the text gives).

``PeopleReader`` is mixed into ``DocumentActors``, which supplies the parse and the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.kb import slug
from dateline.kb.knowledge import KnowledgeBase
from dateline.kb.model import Person
from dateline.model import Actor, Mention, Span
from dateline.nlp.actor_vocab import ActorVocab

_KNIGHTS = frozenset({"Sir", "Dame"})


@dataclass(slots=True)
class Assertion:
    """A role the text gives a person, with the words that say so."""

    role: str | None  # canonical office key, when the title names a known office
    title: str
    sector: str
    country: str | None
    former: bool
    evidence: Span


@dataclass(slots=True)
class PersonCluster:
    """One person of the document: the full name, the known entry and asserted roles."""

    name: str
    tokens: tuple[str, ...]
    known: Person | None
    assertions: list[Assertion] = field(default_factory=list)


class PeopleReader:
    """Person clusters and person actors (mixed into ``DocumentActors``)."""

    kb: KnowledgeBase
    vocab: ActorVocab
    parse: SpacyDoc
    day: date
    clusters: list[PersonCluster]
    by_mention: dict[tuple[int, int], PersonCluster]
    titles: dict[tuple[int, int], Assertion]

    def _span(self, m: Mention) -> SpacySpan | None:
        raise NotImplementedError  # supplied by the class this is mixed into

    def _name_tokens(self, m: Mention) -> tuple[tuple[str, ...], bool]:
        words = m.text.replace("’s", "").replace("'s", "").split()
        knight = False
        while words and words[0] in self.vocab.honorifics:
            knight = knight or words[0] in _KNIGHTS
            words = words[1:]
        span = self._span(m)
        if span is not None and span.start > 0 and self.parse[span.start - 1].text in _KNIGHTS:
            knight = True
        return tuple(words), knight

    def _cluster_people(self, found: list[Mention]) -> None:
        for m in found:
            if m.label != "PERSON":
                continue
            tokens, knight = self._name_tokens(m)
            if not tokens:
                continue
            cluster = self._find_cluster(tokens, knight)
            if cluster is None:
                name = " ".join(tokens)
                known = self._known_person(m.text, name)
                cluster = PersonCluster(name, tokens, known)
                self.clusters.append(cluster)
            key = (m.span.start, m.span.end)
            self.by_mention[key] = cluster
            if key in self.titles:
                cluster.assertions.append(self.titles[key])

    def _known_person(self, text: str, name: str) -> Person | None:
        for candidate in (text, name):
            found = self.kb.person_names.get(candidate)
            if found:
                return found[0]
        # A full name misspelt by one letter ("Abdelaziz Bouteflicka") is still that person.
        return self.kb.person_of_misspelling(name)

    def _find_cluster(self, tokens: tuple[str, ...], knight: bool) -> PersonCluster | None:
        name = " ".join(tokens)
        for cluster in reversed(self.clusters):
            if cluster.name == name:
                return cluster
        if len(tokens) != 1:
            return None
        word = tokens[0]
        for cluster in reversed(self.clusters):
            if len(cluster.tokens) < 2:
                continue
            if cluster.tokens[-1] == word or (knight and cluster.tokens[0] == word):
                return cluster
        return None

    def _with_person(self, m: Mention, cluster: PersonCluster) -> Mention:
        actor = self._person_actor(cluster)
        evidence = (m.span, *(a.evidence for a in cluster.assertions[:1]))
        return replace(m, label="PERSON", actor=actor, evidence=evidence)

    def _person_actor(self, cluster: PersonCluster) -> Actor:
        kb = self.kb
        a = cluster.assertions[0] if cluster.assertions else None
        if cluster.known is not None:
            actor = kb.person_actor(cluster.known, self.day)
            if a is None:
                return actor
            held = {t.role for t in cluster.known.terms_on(self.day)}
            if (a.role in held and not a.former) or (a.former and actor.sector == "ELI"):
                return actor
            return Actor(
                actor.id,
                actor.name,
                a.country or actor.country,
                "ELI" if a.former else a.sector,
                f"former {a.title}" if a.former else a.title,
                actor.wikidata,
            )
        if a is None:
            return Actor(f"local:{slug(cluster.name)}", cluster.name)
        country = a.country
        if country is None and len(cluster.tokens) == 1 and a.role:
            # "President Bush" when no Bush is in office: every Bush who was is American.
            country = kb.surname_country(cluster.name, a.role)
        return Actor(
            f"local:{slug(cluster.name)}",
            cluster.name,
            country,
            "ELI" if a.former else a.sector,
            f"former {a.title}" if a.former else a.title,
        )
